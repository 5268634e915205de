import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the constraint diagnosis routes answer (response schemas; MarketMakers 000:48–62):
 * documentation of the API, from which the web app's types are generated (npm run api-types),
 * checked against every answer in the tests (http/response-check.ts). Rows keep their SQL names.
 */

export const Constraint = Row({
  id: Uuid,
  workspace_id: Uuid,
  title: Type.String(),
  tier: Type.Integer(),
  kind: OneOf(['function', 'rule']),
  deficiency: OneOf(['absent', 'suboptimal_scope', 'suboptimal_quality', 'suboptimal_scope_quality']),
  description: Type.String(),
  /** The day the constraint was identified. */
  identified_on: Day,
  revised_at: Nullable(DateTime),
  created_at: DateTime,
});
export const Pathway = Row({
  id: Uuid,
  workspace_id: Uuid,
  name: Type.String(),
  /** The constraints in order, each a cause of the next. */
  constraint_ids: Type.Array(Uuid),
  ability_to_act: Type.Number(),
  expected_effect: Type.Number(),
  created_at: DateTime,
});
export const ConstraintDiagnosis = Row({
  constraints: Type.Array(
    Row({
      ...Constraint.properties,
      /** The actors holding the constraint (000:62). */
      actorIds: Type.Array(Uuid),
      actors: Type.Array(Row({ id: Uuid, name: Type.String() })),
    }),
  ),
  links: Type.Array(Row({ causeId: Uuid, effectId: Uuid })),
  /** Ranked by their score, highest first (000:54). */
  pathways: Type.Array(Row({ ...Pathway.properties, score: Type.Number() })),
});
