import type { App } from '../http/app-types.js';
import { mapRoutes } from './routes.js';
import { selectionRoutes } from './selection/routes.js';

/**
 * The map module (docs/product.md, §1 of methods.md): mapping regional statistics into clusters
 * (this folder; the engine that the CLI also runs is ./engine.ts) and the selection of candidates
 * with weighted criteria (./selection/).
 */
export async function registerMap(app: App, prefix: string) {
  await app.register(mapRoutes, { prefix });
  await app.register(selectionRoutes, { prefix });
}
