import type { App } from '../http/app-types.js';
import { monitoringRoutes } from './routes.js';
import { monitoringReportRoutes } from './reports.routes.js';
import { satisfactionRoutes } from './satisfaction.routes.js';
import { benchmarkingRoutes } from './benchmarking/routes.js';
import { evaluationRoutes } from './evaluations/routes.js';
import { evaluationRecommendationRoutes } from './evaluations/recommendations.routes.js';
import { surveyRoutes } from './surveys/routes.js';
import { surveyTieRoutes } from './surveys/ties.js';

/**
 * The monitoring module (docs/product.md, §6 of methods.md): the results chain with its indicators
 * and measurements (./routes.ts), the monitoring reports, member satisfaction, the benchmarking of
 * cluster organisations (./benchmarking/) and evaluations with their recommendations
 * (./evaluations/), and the surveys (./surveys/: built here or imported as XLSForms, answered,
 * sent, coded, their ties into the network).
 */
export async function registerMonitoring(app: App, prefix: string) {
  // Surveys first, as app.ts registered them before the rest of monitoring (the OpenAPI order).
  await app.register(surveyRoutes, { prefix });
  await app.register(surveyTieRoutes, { prefix });
  await app.register(monitoringRoutes, { prefix });
  await app.register(monitoringReportRoutes, { prefix });
  await app.register(satisfactionRoutes, { prefix });
  await app.register(benchmarkingRoutes, { prefix });
  await app.register(evaluationRoutes, { prefix });
  await app.register(evaluationRecommendationRoutes, { prefix });
}
