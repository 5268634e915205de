import type { App } from '../http/app-types.js';
import { programmeRoutes } from './routes.js';

/** The programme module (docs/product.md, §8 of methods.md; docs/programme.md). */
export async function registerProgramme(app: App, prefix: string) {
  await app.register(programmeRoutes, { prefix });
}
