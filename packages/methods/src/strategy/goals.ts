/**
 * Goals of a cluster (GIZ 001:1660–1697): the typical goals the guide lists and the points it asks
 * to consider in setting them.
 */

/** The eight typical goals "in numerous clusters" (001:1686–1693). */
export const TYPICAL_GOALS = [
  'innovation',
  'joint_marketing',
  'export',
  'procurement',
  'services',
  'training',
  'synergies',
  'lobbying',
] as const;
export type TypicalGoal = (typeof TYPICAL_GOALS)[number];
