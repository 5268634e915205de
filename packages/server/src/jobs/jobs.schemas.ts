import { Type } from 'typebox';
import { DateTime, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the jobs routes answer (response schemas): documentation of the API, from which the web
 * app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts).
 */

export const JOB_KINDS = ['mailing', 'survey_send', 'survey_reminder', 'import'] as const;
export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;

export const Job = Row({
  id: Uuid,
  kind: OneOf(JOB_KINDS),
  state: OneOf(JOB_STATES),
  done: Type.Integer(),
  total: Type.Integer(),
  /** What the job works on: the message or the survey. */
  subjectId: Nullable(Uuid),
  label: Type.String(),
  startedBy: Nullable(Type.String()),
  createdAt: DateTime,
  startedAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
  summary: Type.String(),
  error: Type.String(),
  /**
   * What the work answered, for the web to read once the job is done: each kind of job keeps its
   * own shape (a mailing's counts, a send's invitations, an import's report), so it is free-form
   * JSON here, null until the job is done.
   */
  result: Type.Unknown(),
});
export const JobList = Row({
  jobs: Type.Array(Job),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
