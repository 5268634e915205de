import type { App } from '../http/app-types.js';

/** Reserved for slice C — grants, milestones and tranches (docs/programme.md). */
export function grantsRoutes(_app: App): void {}
