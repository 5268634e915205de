import type { App } from '../http/app-types.js';

/** Reserved for slice C — cluster development plans, panels and rounds (docs/programme.md). */
export function plansRoutes(_app: App): void {}
