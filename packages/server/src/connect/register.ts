import type { App } from '../http/app-types.js';
import { connectRoutes } from './routes.js';

/** The connect module (docs/product.md, §7 of methods.md; docs/connect.md). */
export async function registerConnect(app: App, prefix: string) {
  await app.register(connectRoutes, { prefix });
}
