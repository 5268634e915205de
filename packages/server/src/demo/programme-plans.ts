import type { DemoLoader } from './programme-ids.js';

/** Reserved for slice C — plans pitched in three rounds to two panels, several funded, one on tranches; the agency's diagnosis (docs/programme.md). */
export const loadDemoPlans: DemoLoader = async () => {};
