import type { App } from '../http/app-types.js';

/** The routes of staff positions, the qualification scorecard and the training plan (issue 14). Reserved; filled in by its slice. */
export function staffRoutes(_app: App) {}
