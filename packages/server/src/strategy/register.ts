import type { App } from '../http/app-types.js';
import { strategyRoutes } from './routes.js';

/** The strategy module (docs/product.md, §3 of methods.md; docs/strategy.md). */
export async function registerStrategy(app: App, prefix: string) {
  await app.register(strategyRoutes, { prefix });
}
