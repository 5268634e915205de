import type { DemoLoader } from './programme-ids.js';

/** Reserved for slice A — follow invitation, agents, the demo initiative's shared results chain and report, the blueprint chart (docs/programme.md). */
export const loadDemoPortfolio: DemoLoader = async () => {};
