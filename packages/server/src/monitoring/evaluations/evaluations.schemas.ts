import { EVALUATION_KINDS, EVALUATION_TARGETS, RECOMMENDATION_STATUSES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../../http/schemas.js';

/**
 * What the evaluation routes answer (response schemas; routes.ts and recommendations.routes.ts):
 * documentation of the API, from which the web app's types are generated (npm run api-types),
 * checked against every answer in the tests (http/response-check.ts). The shape of present() in
 * service.ts, as JSON sends it.
 */

export const Evaluation = Row({
  id: Uuid,
  title: Type.String(),
  kind: OneOf(EVALUATION_KINDS),
  requestingBody: Type.String(),
  purpose: Type.String(),
  evaluator: Type.String(),
  criteria: Type.Array(Row({ text: Type.String(), target: OneOf(EVALUATION_TARGETS) })),
  /** The criteria are fixed once the evaluation started. */
  criteriaFixed: Type.Boolean(),
  periodStart: Nullable(Day),
  criteriaSetOn: Nullable(Day),
  /** Whether the criteria were set at the beginning of the period (null without both days). */
  criteriaTiming: Nullable(OneOf(['on_time', 'late'])),
  criteriaGraceDays: Type.Integer(),
  status: OneOf(['planned', 'started', 'completed']),
  startedAt: Nullable(DateTime),
  completedAt: Nullable(DateTime),
  findings: Type.String(),
  /** Share of the jointly selected recommendations implemented; null when none is tracked. */
  implementationRate: Nullable(Type.Number()),
  recommendations: Type.Array(
    Row({
      id: Uuid,
      text: Type.String(),
      agreedByEvaluators: Type.Boolean(),
      agreedByCluster: Type.Boolean(),
      agreedByRequester: Type.Boolean(),
      selected: Type.Boolean(),
      status: OneOf(RECOMMENDATION_STATUSES),
      statusNote: Type.String(),
      responsibleUserId: Nullable(Uuid),
      responsible: Nullable(Type.String()),
      dueOn: Nullable(Day),
    }),
  ),
});

export const EvaluationList = Row({
  evaluations: Type.Array(Evaluation),
  kinds: Type.Array(OneOf(EVALUATION_KINDS)),
  targets: Type.Array(OneOf(EVALUATION_TARGETS)),
  statuses: Type.Array(OneOf(RECOMMENDATION_STATUSES)),
  /** The workspace's people, who may answer for a recommendation. */
  people: Type.Array(Row({ id: Uuid, name: Type.String() })),
  canEdit: Type.Boolean(),
  /** Whose agreement the caller may record. */
  agreementsFor: Type.Array(OneOf(['agreedByEvaluators', 'agreedByCluster', 'agreedByRequester'])),
});

export const RecommendationCreated = Row({ id: Uuid });
