import { Type } from 'typebox';
import { DateTime, Nullable, OneOf, Row, Uuid } from '../../http/schemas.js';
import { CANDIDATE_METRICS } from './service.js';

/**
 * What the selection routes answer (response schemas): documentation of the API, from which the
 * web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). Rows keep their SQL names (snake_case), as the routes send them.
 */

const STATUSES = ['open', 'decided'] as const;
const exerciseFields = {
  id: Uuid,
  name: Type.String(),
  year: Nullable(Type.Integer()),
  status: OneOf(STATUSES),
};
export const ExerciseCreated = Row(exerciseFields);
export const ExerciseList = Row({
  selections: Type.Array(Row({ ...exerciseFields, created_at: DateTime })),
});
export const Candidate = Row({
  id: Uuid,
  exercise_id: Uuid,
  name: Type.String(),
  region: Nullable(Type.String()),
  cluster_code: Nullable(Type.String()),
  /** By metric (CANDIDATE_METRICS; `strong` as 1 or 0); a candidate entered by hand has its own. */
  metrics: Type.Record(Type.String(), Nullable(Type.Number())),
  source: OneOf(['mapping', 'manual']),
  created_at: DateTime,
});
export const Criterion = Row({
  id: Uuid,
  exercise_id: Uuid,
  name: Type.String(),
  kind: OneOf(['computed', 'scored']),
  metric: Nullable(OneOf(CANDIDATE_METRICS)),
  lower_is_better: Type.Boolean(),
  scale_max: Nullable(Type.Integer()),
  weight: Type.Number(),
  /** A knock-out threshold, null without one. */
  threshold: Nullable(Type.Number()),
  created_at: DateTime,
});
export const Exercise = Row({
  ...exerciseFields,
  workspace_id: Uuid,
  dataset_id: Nullable(Uuid),
  created_by: Nullable(Uuid),
  created_at: DateTime,
  candidates: Type.Array(Candidate),
  criteria: Type.Array(Criterion),
  scorers: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      email: Type.String(),
      scored: Type.Integer(),
      expected: Type.Integer(),
    }),
  ),
  isScorer: Type.Boolean(),
  canManage: Type.Boolean(),
  /** A scorer sees only their own scores until the decision. */
  scores: Type.Array(
    Row({
      exercise_id: Uuid,
      candidate_id: Uuid,
      criterion_id: Uuid,
      scorer_id: Uuid,
      score: Type.Number(),
      comment: Type.String(),
      updated_at: DateTime,
    }),
  ),
  /** For those who run the exercise (and everyone once decided); null without candidates or criteria. */
  ranking: Nullable(
    Type.Array(
      Row({
        candidateId: Uuid,
        total: Type.Number(),
        rank: Type.Integer(),
        byCriterion: Type.Record(Type.String(), Nullable(Type.Number())),
        scorerTotals: Type.Record(Type.String(), Type.Number()),
        spread: Nullable(Type.Number()),
        knockedOut: Type.Array(Uuid),
        pending: Type.Array(Uuid),
      }),
    ),
  ),
  decisions: Type.Array(
    Row({
      id: Uuid,
      exercise_id: Uuid,
      candidate_id: Uuid,
      deciding_body: Type.String(),
      reason: Type.String(),
      decided_by: Uuid,
      decided_at: DateTime,
      initiative_id: Nullable(Uuid),
      decided_by_name: Nullable(Type.String()),
    }),
  ),
});
export const Decision = Row({
  /** The first initiative opened, null when none was. */
  initiativeId: Nullable(Uuid),
  initiatives: Type.Array(Row({ candidateId: Uuid, initiativeId: Nullable(Uuid) })),
});
export const Baselines = Row({
  baselines: Type.Array(
    Row({
      id: Uuid,
      source: Type.String(),
      description: Type.String(),
      /**
       * The figures recorded, as their source gave them (a mapping record's metrics, a diagnostic
       * report's summary): each source keeps its own shape, so it is free-form JSON here.
       */
      data: Type.Unknown(),
      recorded_at: DateTime,
    }),
  ),
});
