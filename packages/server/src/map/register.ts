import type { App } from '../http/app-types.js';
import { mapRoutes } from './routes.js';
import { selectionRoutes } from './selection/routes.js';
import { removeUnfinishedDatasets } from './service.js';

/** The scheduled removal of map datasets whose writing a crash stopped (half past each hour, UTC). */
export const UNFINISHED_DATASETS_QUEUE = 'map-unfinished-datasets';

/**
 * The map module (docs/product.md, §1 of methods.md): mapping regional statistics into clusters
 * (this folder; the engine that the CLI also runs is ./engine.ts) and the selection of candidates
 * with weighted criteria (./selection/).
 */
export async function registerMap(app: App, prefix: string) {
  app.jobs.every(UNFINISHED_DATASETS_QUEUE, '30 * * * *', async (host) => ({
    removed: await removeUnfinishedDatasets(host.db),
  }));
  await app.register(mapRoutes, { prefix });
  await app.register(selectionRoutes, { prefix });
}
