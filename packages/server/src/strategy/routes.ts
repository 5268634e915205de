import type { App } from '../http/app-types.js';
import { goalRoutes } from './goals.routes.js';
import { strategyVersionRoutes } from './strategies.routes.js';
import { actionPlanRoutes } from './actionplan.routes.js';
import { canvasRoutes } from './canvas.routes.js';
import { roadmapRoutes } from './roadmaps.routes.js';

/**
 * The strategy routes (issue 13): goals from the diagnosis, cluster strategy versions, the action
 * plan, the cluster business canvas, roadmaps and the green and internationalisation strategies.
 * The queries and transactions are in the *.service.ts files beside them.
 */
export async function strategyRoutes(app: App) {
  goalRoutes(app);
  strategyVersionRoutes(app);
  actionPlanRoutes(app);
  canvasRoutes(app);
  roadmapRoutes(app);
}
