import type { ApiAnswer, ApiBody, ApiGet } from '../api/types';

/**
 * The shapes of projects, processes and joint actions as the API gives them to the operations
 * screens: read from the types generated from the server's response schemas
 * (operations/projects.schemas.ts on the server; npm run api-types), not written again here.
 */

/** The projects with their budget totals. */
export type ProjectList = ApiGet<'/workspaces/{workspaceId}/projects'>;
/** One project with its plan, budget vs actual and reports. */
export type ProjectDetail = ApiGet<'/workspaces/{workspaceId}/projects/{projectId}'>;

/** A process of the cluster process model, and the list of them. */
export type ProcessList = ApiGet<'/workspaces/{workspaceId}/operations/processes'>;
export type Process = ProcessList['processes'][number];
/** A process with its PDCA cycles, newest first. */
export type ProcessDetail = ApiGet<'/workspaces/{workspaceId}/operations/processes/{processId}'>;
/** One PDCA cycle of a process. */
export type Cycle = ProcessDetail['cycles'][number];
/** A cycle ended, with the new cycle when it restarts. */
export type PdcaCycleClosed = ApiAnswer<
  '/workspaces/{workspaceId}/operations/processes/{processId}/cycles/{cycleId}/close',
  'post'
>;
/** What POST and PUT /processes take. */
export type ProcessBody = ApiBody<'/workspaces/{workspaceId}/operations/processes', 'post'>;

/** The joint actions with their participants and cost shares. */
export type JointActionList = ApiGet<'/workspaces/{workspaceId}/joint-actions'>;
export type JointAction = JointActionList['jointActions'][number];
