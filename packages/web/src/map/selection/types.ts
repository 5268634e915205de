import type { ApiGet } from '../../api/types';

/** A selection exercise as GET /selections/:id answers it (server: map/selection/selection.schemas.ts). */
export type Exercise = ApiGet<'/workspaces/{workspaceId}/selections/{exerciseId}'>;
/** The selection exercises of a workspace. */
export type ExerciseList = ApiGet<'/workspaces/{workspaceId}/selections'>;
