/** What the parts of the demo strategy share: the ids they need and the titles they link by. */
export interface DemoStrategyIds {
  initiative: string;
  manager: string;
}

/**
 * The demo strategy's measures, by competitiveness initiative: the action plan and the roadmap
 * of the demo link to them by title.
 */
export const DEMO_MEASURES = {
  exportReadiness: ['Market studies for two target markets', 'Joint stand at an international food fair'],
  qualityAcademy: ['Food safety training cycle', 'Coaching towards quality labels'],
  sharedLaboratory: ['Feasibility study for a shared testing laboratory'],
  jointPackaging: ['Pool packaging orders', 'Sustainable packaging pilot'],
  policyDialogue: ['Public-private consultation on export procedures'],
} as const;

/** The demo goals' titles (drawn from the demo needs ranking). */
export const DEMO_GOALS = {
  export: 'Open new export markets (demo)',
  training: 'Skills for food safety and quality (demo)',
  procurement: 'Joint procurement of packaging (demo)',
} as const;
