import { RESULTS_LEVELS } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';
import { Text3 } from './surveys/surveys.schemas.js';

/**
 * What the monitoring routes answer (response schemas) of chain.routes.ts, indicators.routes.ts,
 * measurements.routes.ts, reports.routes.ts and satisfaction.routes.ts: documentation of the API,
 * from which the web app's types are generated (npm run api-types), checked against every answer in
 * the tests (http/response-check.ts). An indicator's level, unit and frequency are checked when
 * written and are plain text here. Benchmarking and evaluations have their own schemas files
 * (benchmarking/benchmarking.schemas.ts, evaluations/evaluations.schemas.ts); surveys theirs.
 */

export const ResultsItem = Row({
  id: Uuid,
  level: OneOf(RESULTS_LEVELS),
  title: Type.String(),
  description: Type.String(),
  position: Type.Integer(),
});
export const ImpactHypothesis = Row({
  id: Uuid,
  fromItemId: Uuid,
  toItemId: Uuid,
  statement: Type.String(),
});
export const ResultsChain = Row({
  levels: Type.Array(OneOf(RESULTS_LEVELS)),
  items: Type.Array(ResultsItem),
  hypotheses: Type.Array(ImpactHypothesis),
  indicators: Type.Array(
    Row({
      id: Uuid,
      itemId: Nullable(Uuid),
      level: Type.String(),
      name: Type.String(),
      unit: Type.String(),
      source: Type.String(),
      frequency: Type.String(),
      /** The strategy goals the indicator measures. */
      goals: Type.Array(Row({ id: Uuid, title: Type.String() })),
    }),
  ),
  /** Who may answer for an indicator: the workspace's people with their role. */
  people: Type.Array(Row({ id: Uuid, name: Type.String(), role: Type.String() })),
  /** The figures the platform computes itself (metric_key of an indicator). */
  metrics: Type.Array(Row({ key: Type.String(), description: Type.String() })),
  canEdit: Type.Boolean(),
});

// Values of indicators (measurements.routes.ts); the values export is a file, without a schema.
export const ValueComputed = Row({ value: Type.Number() });
const DueValue = Row({
  indicatorId: Uuid,
  indicator: Type.String(),
  source: Type.String(),
  period: Type.String(),
  startsOn: Day,
  endsOn: Day,
  responsible: Nullable(Type.String()),
  responsibleUserId: Nullable(Uuid),
});
export const DueValues = Row({
  /** Periods started whose value is mine to enter. */
  due: Type.Array(DueValue),
  /** Periods ended without a value, whoever answers for them. */
  late: Type.Array(DueValue),
});

// Indicators (indicators.routes.ts): presentIndicator of indicators.service.ts.
const indicatorFields = {
  id: Uuid,
  itemId: Nullable(Uuid),
  level: Type.String(),
  name: Type.String(),
  definition: Type.String(),
  unit: Type.String(),
  currency: Nullable(Type.String()),
  disaggregation: Type.Array(Type.String()),
  baselineValue: Nullable(Type.Number()),
  baselineDate: Nullable(Day),
  baselineSource: Nullable(OneOf(['manual', 'diagnostic'])),
  baselineNote: Type.String(),
  baselineRecordId: Nullable(Uuid),
  dataSource: Type.String(),
  method: Type.String(),
  /** manual, platform or survey. */
  source: Type.String(),
  metricKey: Nullable(Type.String()),
  responsibleUserId: Nullable(Uuid),
  frequency: Type.String(),
  evaluationLevel: Type.String(),
  startsOn: Day,
  endsOn: Day,
};
export const Indicator = Row(indicatorFields);
export const IndicatorPage = Row({
  indicators: Type.Array(
    Row({
      ...indicatorFields,
      /** The value of the latest period with one (total, no segment). */
      latestValue: Nullable(Type.Number()),
      latestPeriod: Nullable(Type.String()),
      /** A computed indicator's value today. */
      computedToday: Nullable(Type.Number()),
    }),
  ),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export const IndicatorCreated = Row({
  id: Uuid,
  periods: Type.Array(Type.String()),
  /** The baseline taken from the first diagnostic baseline, when it was. */
  baselineFromDiagnostic: Nullable(Row({ value: Type.Number(), date: Day, note: Type.String() })),
});
export const IndicatorDetail = Row({
  indicator: Row({
    ...indicatorFields,
    responsible: Nullable(Row({ id: Uuid, name: Type.String() })),
  }),
  canEdit: Type.Boolean(),
  canClose: Type.Boolean(),
  canEnter: Type.Boolean(),
  periods: Type.Array(
    Row({
      key: Type.String(),
      startsOn: Day,
      endsOn: Day,
      target: Nullable(Type.Number()),
      state: OneOf(['upcoming', 'open', 'late', 'closed']),
      /** The total (no segment). */
      value: Nullable(Type.Number()),
      values: Type.Array(
        Row({
          /** '' for the total, else dimension:category. */
          segment: Type.String(),
          value: Type.Number(),
          origin: Type.String(),
          sourceNote: Type.String(),
          enteredBy: Nullable(Type.String()),
          enteredAt: DateTime,
        }),
      ),
      /** A computed indicator's value at the period's end (or today), once the period began. */
      computed: Nullable(Type.Number()),
    }),
  ),
});
export const IndicatorUpdated = Row({
  indicator: Indicator,
  periods: Type.Array(Type.String()),
  /** The periods were made anew (frequency or dates changed). */
  periodsRecreated: Type.Boolean(),
  /** The fields that changed. */
  changed: Type.Array(Type.String()),
});
export const BaselineFromDiagnostic = Row({
  baselineValue: Type.Number(),
  baselineDate: Day,
  baselineSource: Type.Literal('diagnostic'),
  baselineNote: Type.String(),
});

// Monitoring reports (reports.routes.ts); the rendered report (html, pdf, docx) and the IATI XML
// are documents without a schema.
const TrafficLight = OneOf(['green', 'amber', 'red', 'none']);
const CheckResultFields = { met: Type.Boolean(), value: Nullable(Type.Number()), required: Type.Number() };
export const MonitoringChecks = Row({
  impactMonitoring: Row({
    ...CheckResultFields,
    participants: Type.Integer(),
    actors: Type.Integer(),
    base: OneOf(['involved', 'register']),
    surveyId: Nullable(Uuid),
  }),
  baselineObservation: Row({ ...CheckResultFields, observedOn: Nullable(Day) }),
  canEdit: Type.Boolean(),
});
/** A monitoring report in a list: the initiative's own, or one it shares with a programme. */
export const ReportSummary = Row({
  id: Uuid,
  title: Type.String(),
  startsOn: Day,
  endsOn: Day,
  tolerance: Type.Number(),
  updatedAt: DateTime,
});
export const ReportList = Row({
  reports: Type.Array(ReportSummary),
  satisfactionSurveys: Type.Array(
    Row({ id: Uuid, title: Text3, sentAt: Nullable(DateTime), deadline: DateTime }),
  ),
  defaultTolerance: Type.Number(),
  canEdit: Type.Boolean(),
});
const reportFields = {
  id: Uuid,
  workspace: Type.String(),
  workspaceKind: Type.String(),
  title: Type.String(),
  startsOn: Day,
  endsOn: Day,
  tolerance: Type.Number(),
  narrative: Row({
    summary: Type.Optional(Type.String()),
    progress: Type.Optional(Type.String()),
    challenges: Type.Optional(Type.String()),
    nextSteps: Type.Optional(Type.String()),
  }),
  updatedAt: DateTime,
  indicators: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      level: Type.String(),
      unit: Type.String(),
      currency: Nullable(Type.String()),
      definition: Type.String(),
      evaluationLevel: Type.String(),
      baselineValue: Nullable(Type.Number()),
      baselineDate: Nullable(Day),
      /** The last period that overlaps the report's dates. */
      period: Nullable(Row({ key: Type.String(), startsOn: Day, endsOn: Day })),
      target: Nullable(Type.Number()),
      actual: Nullable(Type.Number()),
      light: TrafficLight,
      progress: Nullable(Type.Number()),
      /** Every period that began by the end of the report. */
      trend: Type.Array(
        Row({
          key: Type.String(),
          startsOn: Day,
          endsOn: Day,
          target: Nullable(Type.Number()),
          actual: Nullable(Type.Number()),
        }),
      ),
    }),
  ),
  lights: Row({ green: Type.Integer(), amber: Type.Integer(), red: Type.Integer(), none: Type.Integer() }),
  /** The participation checks, for a cluster initiative (null for a programme). */
  checks: Nullable(
    Row({
      impactMonitoring: Row({
        ...CheckResultFields,
        participants: Type.Integer(),
        actors: Type.Integer(),
        base: OneOf(['involved', 'register']),
        surveyId: Nullable(Uuid),
      }),
      baselineObservation: Row({ ...CheckResultFields, observedOn: Nullable(Day) }),
    }),
  ),
};
/** A report as created (POST answers it without canEdit and charts). */
export const MonitoringReport = Row(reportFields);
/** A report as edited (PUT). */
export const MonitoringReportEdited = Row({ ...reportFields, canEdit: Type.Boolean() });
/** A report as read in JSON, with each indicator's trend chart (SVG, null without values) by id. */
export const MonitoringReportRead = Row({
  ...reportFields,
  canEdit: Type.Boolean(),
  charts: Type.Record(Type.String(), Nullable(Type.String())),
});
export const IatiValidation = Row({
  schema: OneOf(['official', 'agglomera-subset']),
  valid: Type.Boolean(),
  /** What libxml2 found wrong, with the line of the file when it gives one. */
  problems: Type.Array(Row({ line: Nullable(Type.Integer()), message: Type.String() })),
});

// Member satisfaction (satisfaction.routes.ts).
export const SatisfactionSurveyCreated = Row({
  id: Uuid,
  title: Text3,
  /** The names of its questions. */
  questions: Type.Array(Type.String()),
});
const GroupSummaryFields = {
  respondents: Type.Integer(),
  counts: Type.Array(Type.Integer()),
  percentages: Type.Array(Nullable(Type.Number())),
  mean: Nullable(Type.Number()),
  satisfied: Nullable(Type.Number()),
};
export const SatisfactionReading = Row({
  surveyId: Uuid,
  title: Text3,
  responses: Type.Integer(),
  members: Type.Integer(),
  nonMembers: Type.Integer(),
  /** The labels of the scale's points, lowest first. */
  points: Type.Array(Text3),
  indicators: Type.Array(
    Row({
      name: Type.String(),
      member: Row(GroupSummaryFields),
      nonMember: Row(GroupSummaryFields),
      /** Members' mean − non-members' mean. */
      difference: Nullable(Type.Number()),
      label: Text3,
    }),
  ),
  metAt: Type.Number(),
  unmet: Type.Array(Type.String()),
  bySize: Nullable(
    Type.Array(
      Row({
        size: OneOf(['micro', 'small', 'medium', 'large']),
        respondents: Type.Integer(),
        indicators: Type.Array(Row({ name: Type.String(), ...GroupSummaryFields })),
      }),
    ),
  ),
});
