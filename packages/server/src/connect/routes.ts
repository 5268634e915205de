import type { App } from '../http/app-types.js';
import { boardRoutes } from './board.routes.js';
import { interestRoutes } from './interests.routes.js';
import { postingRoutes } from './postings.routes.js';

/**
 * The connect routes (docs/connect.md): an initiative's own postings and interests under its
 * workspace, and the board read across workspaces under /connect/board. The queries are in the
 * *.service.ts files beside them.
 */
export async function connectRoutes(app: App) {
  postingRoutes(app);
  interestRoutes(app);
  boardRoutes(app);
}
