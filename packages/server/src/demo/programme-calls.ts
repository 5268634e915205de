import type { DemoLoader } from './programme-ids.js';

/** Reserved for slice B — the call, about twenty applications, assessment, ten selected, a cohort of thirty with attendance and certificates (docs/programme.md). */
export const loadDemoCalls: DemoLoader = async () => {};
