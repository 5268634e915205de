import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CLUSTER_CHARACTERISTICS,
  COST_CATEGORIES,
  COMPETENCE_AREA_KEYS,
  COMPETENCE_LEVELS,
  GOVERNANCE_BODY_KINDS,
  DRIVER_TYPES,
  FINANCING_SOURCES,
  FORMALITIES,
  IMPLEMENTATION_SHAPES,
  LEGAL_FORMS,
  LEGAL_FORM_QUESTIONS,
  MEMBERSHIP_STAGES,
  QUALIFICATION_CRITERION_KEYS,
} from '@agglomera/methods';
import { Type, type TSchema } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';
import { BUSINESS_PLAN_SECTIONS } from './businessplan-document.js';

/**
 * What the organisation routes answer (response schemas): documentation of the API, from which
 * the web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts).
 */

/** An object with one property of the same shape for each key of a list. */
const Keyed = <K extends string>(keys: readonly K[], value: () => TSchema) =>
  Row(Object.fromEntries(keys.map((k) => [k, value()])));

// The profile and the legal form (profile.routes.ts).
export const Profile = Row({
  profile: Nullable(
    Row({
      driverType: Nullable(OneOf(DRIVER_TYPES)),
      implementationShape: Nullable(OneOf(IMPLEMENTATION_SHAPES)),
      formality: Nullable(OneOf(FORMALITIES)),
      characteristics: Type.Array(
        Row({ key: OneOf(CLUSTER_CHARACTERISTICS), met: Nullable(Type.Boolean()), evidence: Type.String() }),
      ),
      notes: Type.String(),
      /** The steps the driver may skip (001:1228–1230). */
      maySkip: Type.Array(Type.String()),
      updatedAt: DateTime,
    }),
  ),
});
const LegalFormDecision = Row({
  id: Uuid,
  form: OneOf(LEGAL_FORMS),
  answers: Keyed(LEGAL_FORM_QUESTIONS, () => Type.String()),
  reasons: Type.String(),
  decidedOn: Day,
  decidedBy: Nullable(Type.String()),
});
/** The decisions, newest first: the first is the current choice. */
export const LegalFormDecisions = Row({
  current: Nullable(LegalFormDecision),
  decisions: Type.Array(LegalFormDecision),
});

// The agreements (agreements.routes.ts).
const FeeChoice = Row({
  id: Uuid,
  name: Type.String(),
  amount: Type.Number(),
  currency: Type.String(),
  period: OneOf(['year', 'quarter', 'month']),
});
export const AgreementSettings = Row({
  settings: Row({
    feeCategoryId: Nullable(Uuid),
    paymentDays: Type.Integer(),
    /** null: the contract runs for an indefinite term (001:2516). */
    termMonths: Nullable(Type.Integer()),
    noticeMonths: Type.Integer(),
    trademarkUse: OneOf(['allowed', 'with_approval', 'not_allowed']),
    services: Type.String(),
    disclosedInformation: Type.String(),
    dataProtection: Type.String(),
    applicableLaw: Type.String(),
    contractLanguage: Type.String(),
    mediation: Type.Boolean(),
    mediator: Type.String(),
    arbitration: Type.Boolean(),
    arbitrationVenue: Type.String(),
    court: Type.String(),
  }),
  /** Whether the team has recorded its choices (else the platform's defaults). */
  saved: Type.Boolean(),
  fee: Nullable(FeeChoice),
  feeCategories: Type.Array(FeeChoice),
});
export const MemberAgreement = Row({
  id: Uuid,
  actorId: Uuid,
  actorName: Type.String(),
  membershipStage: Nullable(OneOf(MEMBERSHIP_STAGES)),
  kind: OneOf(AGREEMENT_KINDS),
  status: OneOf(AGREEMENT_STATUSES),
  sentOn: Nullable(Day),
  signedOn: Nullable(Day),
  endedOn: Nullable(Day),
  notes: Type.String(),
});
export const MemberAgreementList = Row({ agreements: Type.Array(MemberAgreement) });

// Governance: bodies, seats and meetings (governance*.routes.ts).
const Seat = Row({
  id: Uuid,
  userId: Nullable(Uuid),
  userName: Nullable(Type.String()),
  actorId: Nullable(Uuid),
  actorName: Nullable(Type.String()),
  holderName: Type.String(),
  roleInBody: Type.String(),
  termStart: Nullable(Day),
  termEnd: Nullable(Day),
  termStatus: OneOf(['not_started', 'current', 'expiring', 'expired', 'open']),
});
const Body = Row({
  id: Uuid,
  kind: OneOf(GOVERNANCE_BODY_KINDS),
  name: Type.String(),
  parentId: Nullable(Uuid),
  minSize: Nullable(Type.Integer()),
  maxSize: Nullable(Type.Integer()),
  termYears: Nullable(Type.Integer()),
  electionRule: Type.String(),
  tasks: Type.String(),
  decidesApplications: Type.Boolean(),
  seats: Type.Array(Seat),
});
const governanceFields = {
  reminderDays: Type.Integer(),
  reminderDaysDefault: Type.Integer(),
  bodies: Type.Array(Body),
  meetings: Type.Array(
    Row({
      id: Uuid,
      bodyId: Uuid,
      heldOn: Day,
      title: Type.String(),
      agenda: Type.String(),
      minutes: Type.String(),
      decisions: Type.Array(Type.String()),
    }),
  ),
  /** The four indicators of good governance (001:2357–2362). */
  checklist: Type.Array(
    Row({
      key: OneOf(['legal_form', 'tasks_defined', 'governing_body', 'regular_meetings']),
      status: OneOf(['met', 'partly', 'not_met']),
      /** Why, as a stable code the screen puts in words. */
      reason: Type.String(),
    }),
  ),
  expiring: Type.Array(Row({ bodyId: Uuid, bodyName: Type.String(), seatId: Uuid, termEnd: Day })),
  /** The body deciding on membership applications, if one is marked. */
  decider: Nullable(Body),
};
export const Governance = Row(governanceFields);
/** What creating a body, a seat or a meeting answers: its id and the governance after it. */
export const GovernanceCreated = Row({ id: Uuid, ...governanceFields });
export const ApplicationDeciders = Row({
  body: Nullable(Row({ id: Uuid, name: Type.String() })),
  canDecide: Type.Boolean(),
  /** The applications waiting, for those who may decide. */
  applications: Type.Array(
    Row({
      id: Uuid,
      organisation: Type.String(),
      contact_name: Type.String(),
      email: Type.String(),
      actor_type: Type.String(),
      message: Type.String(),
      created_at: DateTime,
    }),
  ),
});

// The cluster management team (staff.routes.ts).
const Level = OneOf(COMPETENCE_LEVELS);
const staffFields = {
  /** The top of the scoring scale the team chose. */
  scaleMax: Type.Integer(),
  positions: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      fte: Type.Number(),
      jobDescription: Type.String(),
      userId: Nullable(Uuid),
      holderName: Type.String(),
      /** The holder's name, else the login's, else null. */
      holder: Nullable(Type.String()),
      /** A score (or null) on each of the ten criteria (001:2443–2452). */
      scores: Keyed(QUALIFICATION_CRITERION_KEYS, () => Nullable(Type.Number())),
      competences: Keyed(COMPETENCE_AREA_KEYS, () =>
        Row({ current: Nullable(Level), target: Nullable(Level) }),
      ),
      training: Type.Array(
        Row({
          id: Uuid,
          item: Type.String(),
          area: OneOf(COMPETENCE_AREA_KEYS),
          targetLevel: Level,
          dueOn: Nullable(Day),
          done: Type.Boolean(),
        }),
      ),
    }),
  ),
  /** The FTE-weighted scorecard (001:2439). */
  scorecard: Row({
    byCriterion: Keyed(QUALIFICATION_CRITERION_KEYS, () => Nullable(Type.Number())),
    team: Nullable(Type.Number()),
    fteTotal: Type.Number(),
  }),
};
/** The team after a change. */
export const StaffTeam = Row(staffFields);
/** The team, with the criteria, areas and levels to show it by. */
export const Staff = Row({
  ...staffFields,
  criteria: Type.Array(OneOf(QUALIFICATION_CRITERION_KEYS)),
  areas: Type.Array(OneOf(COMPETENCE_AREA_KEYS)),
  levels: Type.Array(Level),
});

// The financial plan (finance*.routes.ts).
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
const PLAN_STATUSES = ['draft', 'agreed', 'superseded'] as const;
const planFields = {
  id: Uuid,
  version: Type.Integer(),
  title: Type.String(),
  /** The first month, YYYY-MM. */
  startMonth: Month,
  months: Type.Integer(),
  currency: Type.String(),
  status: OneOf(PLAN_STATUSES),
  agreedOn: Nullable(Day),
};
/** Amounts by month (YYYY-MM): only the months that have some. */
const ByMonth = <T extends TSchema>(value: T) => Type.Record(Type.String(), value);
export const FinancialPlanList = Row({
  plans: Type.Array(Row(planFields)),
  /** The current plan (the agreed one, else the newest draft). */
  currentId: Nullable(Uuid),
  feeCategories: Type.Array(FeeChoice),
  /** Paying members, for the revenue scenario. */
  members: Type.Integer(),
  sources: Type.Array(OneOf(FINANCING_SOURCES)),
  categories: Type.Array(OneOf(COST_CATEGORIES)),
});
export const FinancialPlan = Row({
  ...planFields,
  opening: Type.Number(),
  monthLabels: Type.Array(Month),
  lines: Type.Array(
    Row({
      id: Uuid,
      kind: OneOf(['income', 'expenditure']),
      label: Type.String(),
      source: Nullable(OneOf(FINANCING_SOURCES)),
      publicFunding: Type.Boolean(),
      category: Nullable(OneOf(COST_CATEGORIES)),
      /** One amount per month of the plan. */
      amounts: Type.Array(Type.Number()),
    }),
  ),
  totals: Type.Array(Row({ income: Type.Number(), expenditure: Type.Number() })),
  liquidity: Row({
    closing: Type.Array(Type.Number()),
    lowest: Type.Number(),
    /** The index of the first month that closes below zero. */
    firstGap: Nullable(Type.Integer()),
  }),
  mix: Row({
    total: Type.Number(),
    shares: Keyed(FINANCING_SOURCES, () => Type.Number()),
    publicShare: Type.Number(),
    privateShare: Type.Number(),
  }),
  publicShareByYear: Type.Array(
    Row({ year: Type.Integer(), total: Type.Number(), publicShare: Type.Number() }),
  ),
  /** Planned expenditure by cost category (the categories that have some). */
  costsByCategory: Type.Record(Type.String(), Type.Number()),
  /** What the platform's own records say beside the plan. */
  actuals: Row({
    feesPaid: ByMonth(Type.Number()),
    feeInvoicesInOtherCurrencies: Type.Integer(),
    serviceUses: ByMonth(Row({ uses: Type.Integer(), atMemberPrice: Type.Number() })),
    projects: Type.Array(
      Row({
        id: Uuid,
        title: Type.String(),
        currency: Type.String(),
        startsOn: Day,
        endsOn: Day,
        planned: Type.Number(),
        actual: Type.Number(),
      }),
    ),
  }),
  /** The liquidity line and the financing mix as SVG, in the reader's language (null when empty). */
  charts: Row({ liquidity: Nullable(Type.String()), mix: Nullable(Type.String()) }),
});
/** What deleting a draft answers: the plans left. */
export const FinancialPlansLeft = Row({ plans: Type.Array(Row(planFields)) });

// The business plan (businessplan.routes.ts): which sections are filled; DOCX and PDF have no schema.
export const BusinessPlanSections = Row({ sections: Keyed(BUSINESS_PLAN_SECTIONS, () => Type.Boolean()) });
