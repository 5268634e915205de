import type { App } from '../http/app-types.js';
import { homeRoutes } from './home.routes.js';
import { calendarRoutes } from './calendar.routes.js';
import { reminderRoutes } from './reminders.routes.js';

/** Role homes, My tasks, the calendar feed and the e-mail reminders (shared). */
export async function registerHome(app: App, prefix: string) {
  await app.register(homeRoutes, { prefix });
  await app.register(calendarRoutes, { prefix });
  await app.register(reminderRoutes, { prefix });
}
