import type { App } from '../http/app-types.js';
import { lifecycleRoutes } from './routes.js';

/** The lifecycle module (docs/product.md, §0 of methods.md): where each cluster initiative stands. */
export async function registerLifecycle(app: App, prefix: string) {
  await app.register(lifecycleRoutes, { prefix });
}
