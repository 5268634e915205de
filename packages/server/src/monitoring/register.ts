import type { App } from '../http/app-types.js';
import { monitoringRoutes } from './routes.js';
import { monitoringReportRoutes } from './reports.routes.js';
import { satisfactionRoutes } from './satisfaction.routes.js';
import { benchmarkingRoutes } from './benchmarking/routes.js';
import { evaluationRoutes } from './evaluations/routes.js';
import { evaluationRecommendationRoutes } from './evaluations/recommendations.routes.js';

/**
 * The monitoring module (docs/product.md, §6 of methods.md): the results chain with its indicators
 * and measurements (./routes.ts), the monitoring reports, member satisfaction, the benchmarking of
 * cluster organisations (./benchmarking/) and evaluations with their recommendations
 * (./evaluations/). Surveys belong to monitoring too; they are registered by app.ts from
 * ../surveys/ until that folder moves here.
 */
export async function registerMonitoring(app: App, prefix: string) {
  await app.register(monitoringRoutes, { prefix });
  await app.register(monitoringReportRoutes, { prefix });
  await app.register(satisfactionRoutes, { prefix });
  await app.register(benchmarkingRoutes, { prefix });
  await app.register(evaluationRoutes, { prefix });
  await app.register(evaluationRecommendationRoutes, { prefix });
}
