import type { App } from '../http/app-types.js';

/** The routes of governance bodies, seats, meetings and who decides on membership applications (issue 14). Reserved; filled in by its slice. */
export function governanceRoutes(_app: App) {}
