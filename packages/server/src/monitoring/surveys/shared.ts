import { Type } from 'typebox';
import type { WorkspaceRole } from '../../http/policy.js';
import { QuestionSchema, Text3Schema } from './model.js';

/** What the survey routes share: their tag, the workspaces they serve, who builds them, common schemas. */
export const tags = ['surveys'];
export const kinds = ['cluster_initiative', 'programme'] as const;
/** Who builds, sends and reads surveys: the management team (or a programme officer). */
export const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
export const Params = Type.Object({ workspaceId: Type.String() });
export const SurveyParams = Type.Object({
  workspaceId: Type.String(),
  surveyId: Type.String({ format: 'uuid' }),
});
export const Deadline = Type.String({ format: 'date-time' });
export const DefinitionBody = Type.Object(
  {
    title: Text3Schema,
    formId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,60}$' })),
    anonymous: Type.Boolean(),
    deadline: Deadline,
    questions: Type.Array(QuestionSchema, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export const AnswersBody = Type.Object(
  { answers: Type.Record(Type.String(), Type.Unknown()) },
  { additionalProperties: false },
);
