import type { App } from '../http/app-types.js';

/** Reserved for slice B — calls, applications, assessment and selection (docs/programme.md). */
export function callsRoutes(_app: App): void {}
