import { RESULTS_LEVELS } from '@agglomera/methods';
import { Type } from 'typebox';
import { Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the results chain routes answer (response schemas; chain.routes.ts): documentation of the
 * API, from which the web app's types are generated (npm run api-types), checked against every
 * answer in the tests (http/response-check.ts). An indicator's level and frequency are checked when
 * written and are plain text here. The other monitoring routes (indicators, satisfaction, reports,
 * benchmarking, evaluations) do not declare a response schema yet.
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
