import type { App } from '../http/app-types.js';

/** Reserved for slice B — training cohorts, attendance, certificates, Table 1 (docs/programme.md). */
export function cohortsRoutes(_app: App): void {}
