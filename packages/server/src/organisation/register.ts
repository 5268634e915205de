import type { App } from '../http/app-types.js';
import { organisationRoutes } from './routes.js';

/** The organisation module (docs/product.md, §4 of methods.md; docs/organisation.md). */
export async function registerOrganisation(app: App, prefix: string) {
  await app.register(organisationRoutes, { prefix });
}
