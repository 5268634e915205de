import type { App } from '../http/app-types.js';

/** The routes of the financial plan, the liquidity line and the financing mix (issue 14). Reserved; filled in by its slice. */
export function financeRoutes(_app: App) {}
