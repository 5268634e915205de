import { INELIGIBLE_REASONS } from './calls.service.js';
import { PARTICIPANT_GROUPS } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';
import { APPLICANT_TYPES, ASSOCIATION_ORIGINS, BLUEPRINT_CELL_STATES } from '../db/schema-programme.js';
import { CALL_STATUSES, PARTICIPANT_LANGUAGES } from '../db/schema-calls.js';

/**
 * What the programme's routes of agents.routes.ts, benchmarking.routes.ts, blueprint.routes.ts,
 * calls.routes.ts, calls.assessment.routes.ts, cohorts.routes.ts and cohorts.roster.routes.ts
 * answer (response schemas): documentation of the API, from which the web app's types are
 * generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). The call's eligible types and countries, a recommendation's status and
 * an assessment's area are plain text here. The certificate PDF is a file, without a schema.
 */

const Named = Row({ id: Uuid, name: Type.String() });
/** The answer of a creation that gives only the new row's id. */
export const Created = Row({ id: Uuid });

// Cluster development agents and their reports (agents.routes.ts).
const AgentReportFields = {
  id: Uuid,
  initiative: Named,
  /** The agent who wrote it; null once their login is gone. */
  agent: Nullable(Named),
  period: Type.String(),
  text: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
};
export const AgentsOverview = Row({
  agents: Type.Array(
    Row({ id: Uuid, name: Type.String(), email: Type.String(), initiatives: Type.Array(Named) }),
  ),
  reports: Type.Array(Row(AgentReportFields)),
});
export const AgentReports = Row({
  reports: Type.Array(Row({ ...AgentReportFields, canEdit: Type.Boolean() })),
});

// External benchmarking of a followed initiative (benchmarking.routes.ts).
export const PortfolioBenchmarking = Row({
  groups: Type.Array(
    Row({
      key: Type.String(),
      label: Type.String(),
      source: Type.String(),
      criteria: Type.Array(Row({ key: Type.String(), label: Type.String() })),
    }),
  ),
  scale: Row({ min: Type.Integer(), max: Type.Integer() }),
  canAssess: Type.Boolean(),
  assessments: Type.Array(
    Row({
      id: Uuid,
      assessedOn: Day,
      assessor: Type.String(),
      assessorOrganisation: Type.String(),
      conductedBy: OneOf(['team', 'external']),
      /** The programme an external assessment was conducted for. */
      programme: Nullable(Type.String()),
      scores: Type.Record(Type.String(), Type.Number()),
      notes: Type.Record(Type.String(), Type.String()),
      signedAt: Nullable(DateTime),
      signedBy: Nullable(Type.String()),
      createdAt: DateTime,
      byMe: Type.Boolean(),
      forThisProgramme: Type.Boolean(),
      /** The mean score of each ECEI group, null for a group without scores. */
      groupMeans: Type.Record(Type.String(), Nullable(Type.Number())),
      recommendations: Type.Array(
        Row({
          id: Uuid,
          groupKey: Nullable(Type.String()),
          text: Type.String(),
          status: Type.String(),
          byAssessor: Type.Boolean(),
        }),
      ),
    }),
  ),
});
export const RecommendationCreated = Row({ id: Uuid, status: Type.Literal('open') });
export const AssessmentSigned = Row({ id: Uuid, signedAt: DateTime });

// The blueprint chart (blueprint.routes.ts).
export const BlueprintChart = Row({
  steps: Type.Array(Row({ number: Type.Integer(), name: Type.String(), source: Type.String() })),
  associations: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      initiative: Nullable(Named),
      applicantId: Nullable(Uuid),
      origin: OneOf(ASSOCIATION_ORIGINS),
      partnershipNote: Type.String(),
      cells: Type.Array(
        Row({ step: Type.Integer(), state: OneOf(BLUEPRINT_CELL_STATES), note: Type.String() }),
      ),
      /** The blueprint step a followed initiative sharing its lifecycle records. */
      currentStep: Nullable(Type.Integer()),
    }),
  ),
});

// The applicant register and calls (calls.routes.ts, calls.assessment.routes.ts).
const ApplicantList = {
  applicants: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      shortName: Type.String(),
      country: Type.String(),
      type: OneOf(APPLICANT_TYPES),
      initiativeId: Nullable(Uuid),
      initiativeName: Nullable(Type.String()),
      contactName: Type.String(),
      contactEmail: Type.String(),
    }),
  ),
};
export const Applicants = Row(ApplicantList);
export const ApplicantCreated = Row({ id: Uuid, ...ApplicantList });

const Scale = Row({ min: Type.Integer(), max: Type.Integer() });
const CallFields = {
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  opensOn: Day,
  deadline: Day,
  eligibility: Type.String(),
  eligibleTypes: Type.Array(Type.String()),
  eligibleCountries: Type.Array(Type.String()),
  /** The form's questions, q1, q2, … */
  questions: Type.Array(Row({ id: Type.String(), text: Type.String(), required: Type.Boolean() })),
  competenceAreas: Type.Array(Type.String()),
  scale: Scale,
  status: OneOf(CALL_STATUSES),
};
export const CallList = Row({
  calls: Type.Array(Row({ ...CallFields, applications: Type.Integer(), selected: Type.Integer() })),
  defaults: Row({ competenceAreas: Type.Array(Type.String()), scale: Scale }),
});
const Application = Row({
  id: Uuid,
  applicant: Row({
    id: Uuid,
    name: Type.String(),
    shortName: Type.String(),
    country: Type.String(),
    type: OneOf(APPLICANT_TYPES),
  }),
  /** Answers by question id. */
  answers: Type.Record(Type.String(), Type.String()),
  eligible: Type.Boolean(),
  ineligibleReasons: Type.Array(OneOf(INELIGIBLE_REASONS)),
  selected: Type.Boolean(),
  selectionReason: Type.String(),
  selectedAt: Nullable(DateTime),
  submittedOn: Day,
  scores: Type.Array(
    Row({ userId: Uuid, userName: Type.String(), area: Type.String(), score: Type.Integer() }),
  ),
  /** The mean score of each competence area, null without scores (to the hundredth). */
  meanByArea: Type.Record(Type.String(), Nullable(Type.Number())),
  mean: Nullable(Type.Number()),
});
const CallDetailFields = {
  call: Row(CallFields),
  canRun: Type.Boolean(),
  canAssess: Type.Boolean(),
  applications: Type.Array(Application),
  /** The assessors' declarations of conflicts (an assessor sees only their own). */
  declarations: Type.Array(
    Row({
      userId: Uuid,
      userName: Type.String(),
      conflictApplicantIds: Type.Array(Uuid),
      note: Type.String(),
      declaredAt: DateTime,
    }),
  ),
  myDeclaration: Nullable(Row({ conflictApplicantIds: Type.Array(Uuid) })),
};
export const CallDetail = Row(CallDetailFields);
/** A recorded application: its id and row, with the call as it is now. */
export const ApplicationCreated = Row({ id: Uuid, application: Application, ...CallDetailFields });

// Training cohorts, their roster and certificates (cohorts.routes.ts, cohorts.roster.routes.ts).
const CERTIFICATE_KINDS = ['completion', 'participation'] as const;
const Thresholds = Row({ completion: Type.Number(), participation: Type.Number() });
const Count = Type.Integer();
export const CohortList = Row({
  cohorts: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      callId: Nullable(Uuid),
      callTitle: Nullable(Type.String()),
      thresholds: Thresholds,
      idbThresholds: Type.Boolean(),
      sessions: Count,
      participants: Count,
      certificates: Count,
    }),
  ),
  defaults: Row({ thresholds: Thresholds }),
});
export const CohortDetail = Row({
  cohort: Row({
    id: Uuid,
    title: Type.String(),
    callId: Nullable(Uuid),
    callTitle: Nullable(Type.String()),
    thresholds: Thresholds,
    idbThresholds: Type.Boolean(),
  }),
  defaults: Row({ thresholds: Thresholds }),
  sessions: Type.Array(Row({ id: Uuid, heldOn: Day, title: Type.String() })),
  participants: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      applicantId: Nullable(Uuid),
      /** How Table 1 names the organisation: the register's short name, else its name, else the text. */
      organisation: Type.String(),
      organisationText: Type.String(),
      group: OneOf(PARTICIPANT_GROUPS),
      country: Type.String(),
      language: OneOf(PARTICIPANT_LANGUAGES),
      attended: Count,
      /** The certificate the attendance earns now. */
      earns: Nullable(OneOf(CERTIFICATE_KINDS)),
      certificate: Nullable(
        Row({ kind: OneOf(CERTIFICATE_KINDS), attended: Count, sessions: Count, issuedOn: Day }),
      ),
    }),
  ),
  attendance: Type.Array(Row({ sessionId: Uuid, participantId: Uuid })),
  certificates: Row({ completion: Count, participation: Count, outdated: Count }),
  /** The roll-up in the structure of IDB Table 1 (003:267–284). */
  table1: Row({
    rows: Type.Array(
      Row({
        kind: OneOf(['country', 'regional', 'programme_team']),
        country: Type.String(),
        total: Count,
        bso: Count,
        bsoByOrganisation: Type.Array(Row({ organisation: Type.String(), count: Count })),
        other: Count,
        certified: Count,
      }),
    ),
    totals: Row({
      total: Count,
      bso: Count,
      other: Count,
      certified: Count,
      programmeTeam: Count,
    }),
  }),
});

// The check of a published table against its stated totals (cohorts.routes.ts).
const Cell = Nullable(Type.Number());
export const IdbTable1 = Row({
  title: Type.String(),
  columns: Type.Array(Type.String()),
  rowLabels: Type.Array(Type.String()),
  rows: Type.Array(Type.Array(Cell)),
  stated: Type.Array(Type.Number()),
  text: Row({
    participants: Count,
    completion: Count,
    participation: Count,
    bsoStaff: Count,
    programmeTeam: Count,
    others: Count,
  }),
});
export const TableCheck = Row({
  mismatches: Type.Array(Row({ column: Type.Integer(), sum: Type.Number(), stated: Type.Number() })),
  sums: Type.Array(Type.Number()),
});
