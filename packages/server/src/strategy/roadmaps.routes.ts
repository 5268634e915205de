import type { App } from '../http/app-types.js';

/** Reserved for its slice of the strategy module (issue 13). */
export function roadmapRoutes(_app: App): void {}
