import type { App } from '../http/app-types.js';
import { memberRoutes } from './members.routes.js';
import { applicationLinkRoutes } from './applicationlinks.routes.js';
import { feeRoutes } from './fees.routes.js';
import { portalRoutes } from './portal.routes.js';
import { eventRoutes } from './events.routes.js';
import { eventRegistrationRoutes } from './event-registrations.routes.js';
import { workingGroupRoutes } from './workinggroups.routes.js';
import { serviceRoutes } from './services.routes.js';
import { memberPageRoutes } from './memberpage.routes.js';
import { projectRoutes } from './projects.routes.js';
import { processRoutes } from './processes.routes.js';
import { jointActionRoutes } from './jointactions.routes.js';
import { communicationRoutes } from './communication.routes.js';
import { operationsImportRoutes } from './imports.routes.js';
import { registerOperationsMetrics } from './metrics.js';

/**
 * The operations module (docs/product.md, §5 of methods.md): members and their applications, fees,
 * the member portal, events and registrations, working groups, services, member pages, projects,
 * processes, joint actions, communication and imports, registered in this order; then the
 * operations metrics of the monitoring registry.
 */
export async function registerOperations(app: App, prefix: string) {
  await app.register(memberRoutes, { prefix });
  await app.register(applicationLinkRoutes, { prefix });
  await app.register(feeRoutes, { prefix });
  await app.register(portalRoutes, { prefix });
  await app.register(eventRoutes, { prefix });
  await app.register(eventRegistrationRoutes, { prefix });
  await app.register(workingGroupRoutes, { prefix });
  await app.register(serviceRoutes, { prefix });
  await app.register(memberPageRoutes, { prefix });
  await app.register(projectRoutes, { prefix });
  await app.register(processRoutes, { prefix });
  await app.register(jointActionRoutes, { prefix });
  await app.register(communicationRoutes, { prefix });
  await app.register(operationsImportRoutes, { prefix });
  registerOperationsMetrics();
}
