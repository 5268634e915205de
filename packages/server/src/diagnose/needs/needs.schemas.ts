import { Type } from 'typebox';
import { DateTime, Nullable, OneOf, Row, Uuid } from '../../http/schemas.js';

/**
 * What the needs-ranking routes answer (response schemas; GIZ 001:1582–1603): documentation of the
 * API, from which the web app's types are generated (npm run api-types), checked against every
 * answer in the tests (http/response-check.ts). Rows keep their SQL names.
 */

const surveyFields = {
  id: Uuid,
  title: Type.String(),
  status: OneOf(['open', 'closed']),
  team_votes: Type.Boolean(),
  created_at: DateTime,
};
export const NeedsSurvey = Row({ ...surveyFields, workspace_id: Uuid, created_by: Nullable(Uuid) });
export const NeedsSurveyList = Row({ surveys: Type.Array(Row(surveyFields)) });
export const NeedsSurveyDetail = Row({
  ...NeedsSurvey.properties,
  voters: Type.Integer(),
  /** Organisations whose votes a moderator entered from a workshop. */
  workshopVoters: Type.Integer(),
  canVote: Type.Boolean(),
  /** Whom the caller votes for: their organisation, the cluster team, or nobody. */
  votesFor: Nullable(OneOf(['organisation', 'team'])),
  needs: Type.Array(
    Row({
      id: Uuid,
      survey_id: Uuid,
      category: Type.String(),
      title: Type.String(),
      is_goal: Type.Boolean(),
      created_at: DateTime,
      lessImportant: Type.Integer(),
      important: Type.Integer(),
      veryImportant: Type.Integer(),
      /** From 1.0 to 3.0; null while nobody voted. */
      score: Nullable(Type.Number()),
      respondents: Type.Integer(),
      rank: Nullable(Type.Integer()),
      /** The caller's vote (1 to 3), null without one. */
      myVote: Nullable(Type.Integer()),
    }),
  ),
});
/** A need marked as a goal answers with the goals that answer it; unmarked, with ok only. */
export const NeedGoal = Row({ ok: Type.Literal(true), goalIds: Type.Optional(Type.Array(Uuid)) });
