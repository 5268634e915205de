import type { App } from '../http/app-types.js';
import { resultsChainRoutes } from './chain.routes.js';
import { indicatorRoutes } from './indicators.routes.js';
import { measurementRoutes } from './measurements.routes.js';

/**
 * The monitoring routes (issue 7): the results chain, its indicators, and their measurements,
 * registered in this order. The queries and transactions are in the *.service.ts files beside them.
 */
export async function monitoringRoutes(app: App) {
  resultsChainRoutes(app);
  indicatorRoutes(app);
  measurementRoutes(app);
}
