import type { App } from '../http/app-types.js';
import { workspaceRoutes } from './routes.js';
import { programmeFollowRoutes } from './follows.routes.js';
import { workspaceVerificationRoutes } from './verification.routes.js';

/** Workspaces (shared): the workspaces and their members, programme follows, and verification. */
export async function registerWorkspaces(app: App, prefix: string) {
  await app.register(workspaceRoutes, { prefix });
  await app.register(programmeFollowRoutes, { prefix });
  await app.register(workspaceVerificationRoutes, { prefix });
}
