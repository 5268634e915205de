import { STAGES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';
import { CO_INVESTMENT_KINDS, PLAN_STATUSES, ROUND_STATUSES, TRANCHE_PURPOSES } from '../db/schema-plans.js';
import { EVALUATION_LEVELS } from './portfolio-analysis.js';
import { ReportSummary } from '../monitoring/monitoring.schemas.js';

/**
 * What the funder's programme routes answer (response schemas): grants.routes.ts,
 * plans.routes.ts, panels.routes.ts, portfolio.routes.ts, portfolio-analysis.routes.ts and
 * invitations.routes.ts (report.routes.ts sends only files). Documentation of the API, from which
 * the web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). Columns of other modules (an indicator's level, unit, frequency and
 * evaluation level; a lifecycle stage as the portfolio lists it) are plain text here. Amounts are
 * SQL `numeric` columns the presenters turn into numbers.
 */

const Named = Row({ id: Uuid, name: Type.String() });
const Titled = Row({ id: Uuid, title: Type.String() });
const LIGHTS = ['green', 'amber', 'red', 'none'] as const;
/** What an initiative shares with a programme that follows it. */
const SCOPES = ['benchmarking', 'indicators', 'lifecycle', 'reports'] as const;

// Grants (grants.routes.ts).
/** What is due next on a grant: a released tranche not fully paid, then the next milestone. */
const DueNext = Type.Union([
  Row({
    kind: Type.Literal('disbursement'),
    trancheId: Uuid,
    title: Type.String(),
    dueOn: Day,
    amount: Type.Number(),
  }),
  Row({
    kind: Type.Literal('milestone'),
    trancheId: Uuid,
    title: Type.String(),
    dueOn: Day,
    amount: Type.Number(),
    milestone: Type.String(),
  }),
]);
export const GrantList = Row({
  grants: Type.Array(
    Row({
      id: Uuid,
      plan: Titled,
      applicant: Type.String(),
      initiativeId: Nullable(Uuid),
      currency: Type.String(),
      startsOn: Day,
      coInvestment: Type.Number(),
      awarded: Type.Number(),
      disbursed: Type.Number(),
      /** How many tranches, and how many of them released. */
      tranches: Type.Integer(),
      released: Type.Integer(),
      dueNext: Type.Array(DueNext),
    }),
  ),
  /** Funded plans still without an agreement. */
  fundedWithoutGrant: Type.Array(
    Row({ id: Uuid, title: Type.String(), currency: Type.String(), applicant: Type.String() }),
  ),
});
export const TaperSchedule = Row({ ratio: Type.Number(), amounts: Type.Array(Type.Number()) });
export const GrantDetail = Row({
  grant: Row({
    id: Uuid,
    plan: Row({ id: Uuid, title: Type.String(), budget: Type.Number() }),
    applicant: Type.String(),
    initiativeId: Nullable(Uuid),
    currency: Type.String(),
    startsOn: Day,
    coInvestment: Type.Number(),
    coInvestmentKind: OneOf(CO_INVESTMENT_KINDS),
    coInvestmentNote: Type.String(),
    taper: Type.Boolean(),
    notes: Type.String(),
    awarded: Type.Number(),
    disbursed: Type.Number(),
  }),
  tranches: Type.Array(
    Row({
      id: Uuid,
      position: Type.Integer(),
      title: Type.String(),
      amount: Type.Number(),
      purpose: OneOf(TRANCHE_PURPOSES),
      reEngagement: Type.Boolean(),
      service: Type.String(),
      dueOn: Day,
      milestone: Type.String(),
      milestoneMetOn: Nullable(Day),
      milestoneEvidence: Type.String(),
      disbursed: Type.Number(),
      status: OneOf(['planned', 'due', 'released']),
    }),
  ),
  disbursements: Type.Array(
    Row({
      id: Uuid,
      trancheId: Uuid,
      amount: Type.Number(),
      paidOn: Day,
      reference: Type.String(),
      /** Who recorded it (null once their login is gone). */
      by: Nullable(Type.String()),
    }),
  ),
  dueNext: Type.Array(DueNext),
});

// Panels and rounds (panels.routes.ts, plans.routes.ts).
const Panel = Row({
  id: Uuid,
  name: Type.String(),
  focus: Type.String(),
  members: Type.Array(Row({ id: Uuid, name: Type.String(), email: Type.String() })),
});
export const PanelList = Row({ panels: Type.Array(Panel) });
/** A panel or round just created or edited: its id. */
export const Created = Row({ id: Uuid });
const Scale = Row({ min: Type.Integer(), max: Type.Integer() });
export const RoundList = Row({
  rounds: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      pitchDate: Day,
      status: OneOf(ROUND_STATUSES),
      scale: Scale,
      panel: Named,
      /** Plans submitted to the round, and those funded. */
      plans: Type.Integer(),
      funded: Type.Integer(),
    }),
  ),
});
const PlanIndicator = Row({
  id: Uuid,
  name: Type.String(),
  unit: Type.String(),
  baseline: Nullable(Type.Number()),
  target: Nullable(Type.Number()),
  /** The monitoring indicator it became in the funded initiative. */
  indicatorId: Nullable(Uuid),
});
const roundProperties = {
  round: Row({
    id: Uuid,
    name: Type.String(),
    pitchDate: Day,
    status: OneOf(ROUND_STATUSES),
    scale: Scale,
    panel: Panel,
    decidedAt: Nullable(DateTime),
  }),
  canScore: Type.Boolean(),
  canDecide: Type.Boolean(),
  seesAllScores: Type.Boolean(),
  plans: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      sector: Type.String(),
      country: Type.String(),
      summary: Type.String(),
      budget: Type.Number(),
      currency: Type.String(),
      status: OneOf(PLAN_STATUSES),
      decisionReason: Type.String(),
      initiativeId: Nullable(Uuid),
      applicant: Named,
      indicators: Type.Array(PlanIndicator),
      /** The scores the reader may see: their own until the round is decided, unless a runner. */
      scores: Type.Array(
        Row({
          userId: Uuid,
          name: Type.String(),
          score: Type.Integer(),
          comment: Type.String(),
          scoredAt: DateTime,
        }),
      ),
      mean: Nullable(Type.Number()),
    }),
  ),
};
export const RoundDetail = Row(roundProperties);
/** A round just decided: the plans funded with the initiative each became, and the round. */
export const RoundDecided = Row({
  funded: Type.Array(Row({ planId: Uuid, initiativeId: Uuid })),
  ...roundProperties,
});

// Plans (plans.routes.ts).
export const PlanList = Row({
  plans: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      sector: Type.String(),
      country: Type.String(),
      budget: Type.Number(),
      currency: Type.String(),
      status: OneOf(PLAN_STATUSES),
      applicant: Named,
      round: Nullable(Named),
      initiativeId: Nullable(Uuid),
      decisionReason: Type.String(),
    }),
  ),
  /** All the plans the filter finds, beyond this page. */
  total: Type.Integer(),
});
export const PlanApplicants = Row({
  applicants: Type.Array(Row({ id: Uuid, name: Type.String(), country: Type.String() })),
});
export const PlanDetail = Row({
  plan: Row({
    id: Uuid,
    title: Type.String(),
    sector: Type.String(),
    country: Type.String(),
    summary: Type.String(),
    budget: Type.Number(),
    currency: Type.String(),
    status: OneOf(PLAN_STATUSES),
    roundId: Nullable(Uuid),
    initiativeId: Nullable(Uuid),
    decisionReason: Type.String(),
    decidedAt: Nullable(DateTime),
    applicant: Row({ id: Uuid, name: Type.String(), country: Type.String() }),
    indicators: Type.Array(PlanIndicator),
  }),
});

// Follow invitations (invitations.routes.ts).
const invitationProperties = {
  id: Uuid,
  scopes: Type.Array(OneOf(SCOPES)),
  note: Type.String(),
  expiresAt: DateTime,
  createdAt: DateTime,
  createdBy: Nullable(Type.String()),
  status: OneOf(['open', 'used', 'revoked', 'expired']),
  usedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
  /** The programme that redeemed it. */
  programme: Nullable(Type.String()),
};
export const InvitationList = Row({ invitations: Type.Array(Row(invitationProperties)) });
/** An invitation just made, with its code: shown in this answer only. */
export const InvitationCreated = Row({ ...invitationProperties, code: Type.String() });
export const InvitationRedeemed = Row({ initiative: Named, shares: Type.Array(OneOf(SCOPES)) });

// The portfolio (portfolio.routes.ts).
export const PortfolioInitiative = Row({
  id: Uuid,
  name: Type.String(),
  country: Type.String(),
  sector: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  followedSince: Nullable(DateTime),
  shares: Type.Array(OneOf(SCOPES)),
  /** Where it is, when it shares its lifecycle. */
  lifecycle: Nullable(
    Row({ stage: OneOf(STAGES), unidoPhase: Type.Integer(), blueprintStep: Nullable(Type.Integer()) }),
  ),
  agents: Type.Array(Named),
});
export const Portfolio = Row({ initiatives: Type.Array(PortfolioInitiative) });
const Latest = Row({
  period: Type.String(),
  value: Nullable(Type.Number()),
  target: Nullable(Type.Number()),
  light: OneOf(LIGHTS),
});
export const SharedIndicators = Row({
  indicators: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      definition: Type.String(),
      level: Type.String(),
      unit: Type.String(),
      currency: Nullable(Type.String()),
      frequency: Type.String(),
      evaluationLevel: Type.String(),
      baselineValue: Nullable(Type.Number()),
      baselineDate: Nullable(Day),
      periods: Type.Array(
        Row({
          key: Type.String(),
          startsOn: Day,
          endsOn: Day,
          target: Nullable(Type.Number()),
          value: Nullable(Type.Number()),
          light: OneOf(LIGHTS),
        }),
      ),
      latest: Nullable(Latest),
    }),
  ),
  /** Each indicator's trend as an SVG picture, by indicator id (null without any value or target). */
  charts: Type.Record(Type.String(), Nullable(Type.String())),
});
export const SharedReports = Row({ reports: Type.Array(ReportSummary) });

// Roll-ups and comparison (portfolio-analysis.routes.ts).
const RollupGroup = Row({
  key: Type.String(),
  initiatives: Type.Integer(),
  sharingIndicators: Type.Integer(),
  funded: Type.Integer(),
  awarded: Type.Number(),
  disbursed: Type.Number(),
});
export const Rollups = Row({
  levels: Type.Array(
    Row({
      level: OneOf(EVALUATION_LEVELS),
      indicators: Type.Integer(),
      initiatives: Type.Integer(),
      lights: Row({
        green: Type.Integer(),
        amber: Type.Integer(),
        red: Type.Integer(),
        none: Type.Integer(),
      }),
    }),
  ),
  countries: Type.Array(RollupGroup),
  sectors: Type.Array(RollupGroup),
  /** Funded initiatives the programme does not (or not yet) follow: counted in no group above. */
  fundedNotFollowed: Type.Integer(),
  /** The grants' currency when they share one, else null (the amounts then mix currencies). */
  currency: Nullable(Type.String()),
});
export const Comparison = Row({
  initiatives: Type.Array(Row({ id: Uuid, name: Type.String(), sharesIndicators: Type.Boolean() })),
  indicators: Type.Array(
    Row({
      name: Type.String(),
      unit: Type.String(),
      /** One per initiative compared, in their order: null where it lacks the indicator or a value. */
      values: Type.Array(
        Nullable(
          Row({
            period: Type.String(),
            value: Nullable(Type.Number()),
            target: Nullable(Type.Number()),
            light: OneOf(LIGHTS),
            baseline: Nullable(Type.Number()),
          }),
        ),
      ),
    }),
  ),
});
