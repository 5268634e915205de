import type { App } from '../http/app-types.js';

/** The routes of the membership agreement, trial partnership and MoU, and each member's agreement (issue 14). Reserved; filled in by its slice. */
export function agreementRoutes(_app: App) {}
