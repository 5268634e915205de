import type { App } from '../http/app-types.js';
import { portfolioRoutes } from './portfolio.routes.js';
import { callsRoutes } from './calls.routes.js';
import { cohortsRoutes } from './cohorts.routes.js';
import { plansRoutes } from './plans.routes.js';
import { grantsRoutes } from './grants.routes.js';

/**
 * The funder's programme (issue 15; docs/programme.md): the portfolio that reads what initiatives
 * share, calls and applications, training cohorts, cluster development plans and their panels,
 * grants in tranches. The queries and transactions are in the *.service.ts files beside them.
 */
export async function programmeRoutes(app: App) {
  portfolioRoutes(app);
  callsRoutes(app);
  cohortsRoutes(app);
  plansRoutes(app);
  grantsRoutes(app);
}
