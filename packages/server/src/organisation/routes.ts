import type { App } from '../http/app-types.js';
import { profileRoutes } from './profile.routes.js';
import { governanceRoutes } from './governance.routes.js';
import { staffRoutes } from './staff.routes.js';
import { financeRoutes } from './finance.routes.js';
import { agreementRoutes } from './agreements.routes.js';
import { businessPlanRoutes } from './businessplan.routes.js';

/**
 * The organisation routes (issue 14; docs/organisation.md): the initiative profile and legal form,
 * governance, staff, the financial plan, agreements and the business plan. The queries and
 * transactions are in the *.service.ts files beside them.
 */
export async function organisationRoutes(app: App) {
  profileRoutes(app);
  governanceRoutes(app);
  staffRoutes(app);
  financeRoutes(app);
  agreementRoutes(app);
  businessPlanRoutes(app);
}
