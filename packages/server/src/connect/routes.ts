import type { App } from '../http/app-types.js';
import { boardRoutes } from './board.routes.js';
import { interestRoutes } from './interests.routes.js';
import { postingRoutes } from './postings.routes.js';
import { profileRoutes } from './profiles.routes.js';

/**
 * The connect routes (docs/connect.md): an initiative's own postings and interests under its
 * workspace, its profile, and the board and the directory of profiles read across workspaces under
 * /connect/board and /connect/profiles. The queries are in the
 * *.service.ts files beside them.
 */
export async function connectRoutes(app: App) {
  postingRoutes(app);
  interestRoutes(app);
  boardRoutes(app);
  profileRoutes(app);
}
