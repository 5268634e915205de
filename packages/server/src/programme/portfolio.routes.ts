import type { App } from '../http/app-types.js';

/** Reserved for slice A — the portfolio, follow invitations, agents, programme report and IATI (docs/programme.md). */
export function portfolioRoutes(_app: App): void {}
