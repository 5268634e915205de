import type { ApiGet } from '../api/types';

/**
 * The lifecycle screen's shapes of the API's answer, from the types generated from the server's
 * response schemas (lifecycle/lifecycle.schemas.ts on the server; npm run api-types).
 */
export type LifecycleState = ApiGet<'/workspaces/{workspaceId}/lifecycle'>;
export type KeyQuestionState = LifecycleState['stages'][number]['keyQuestions'][number];
