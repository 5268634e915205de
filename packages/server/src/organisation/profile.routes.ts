import type { App } from '../http/app-types.js';

/** The routes of the initiative profile and the legal form decision (issue 14). Reserved; filled in by its slice. */
export function profileRoutes(_app: App) {}
