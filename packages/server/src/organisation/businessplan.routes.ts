import type { App } from '../http/app-types.js';

/** The routes of the business plan document (issue 14). Reserved; filled in by its slice. */
export function businessPlanRoutes(_app: App) {}
