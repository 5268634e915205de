import type { App } from '../http/app-types.js';
import { homeRoutes } from './home.routes.js';
import { calendarRoutes } from './calendar.routes.js';

/** Role homes, My tasks and the calendar feed (shared). */
export async function registerHome(app: App, prefix: string) {
  await app.register(homeRoutes, { prefix });
  await app.register(calendarRoutes, { prefix });
}
