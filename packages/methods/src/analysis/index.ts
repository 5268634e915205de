/**
 * Structured analyses of the cluster (GIZ 001_2b00e659d173dc60.txt:1325–1392): SWOT, the "five
 * forces" of competition and Porter's Diamond. Items carry a sign (+, ±, −) and tags, as in the
 * guide's Lagos ICT example (001:1377–1392).
 */

export const ANALYSIS_FRAMEWORKS = {
  // SWOT: internal strengths and weaknesses, external opportunities and threats (001:1325–1331).
  swot: ['strengths', 'weaknesses', 'opportunities', 'threats'],
  // Five forces: industry competitors, suppliers, new entrants, buyers and substitutes (001:1331).
  five_forces: ['industry_competitors', 'suppliers', 'new_entrants', 'buyers', 'substitutes'],
  // Diamond: demand conditions, factor conditions, related industries, context for firm strategy and rivalry (001:1373).
  diamond: ['demand_conditions', 'factor_conditions', 'related_industries', 'strategy_and_rivalry'],
} as const;

export type AnalysisFramework = keyof typeof ANALYSIS_FRAMEWORKS;
export const ANALYSIS_SIGNS = ['+', '±', '−'] as const;
export const ANALYSIS_TAGS = [
  'incentives',
  'rules',
  'physical infra',
  'human resources',
  'technological infra',
  'public sector',
  'private sector',
] as const;

/** Counts of +, ± and − items per category: a quick reading of where the analysis leans. */
export function signBalance(items: readonly { category: string; sign: string }[]) {
  const out: Record<string, { '+': number; '±': number; '−': number }> = {};
  for (const i of items) {
    out[i.category] ??= { '+': 0, '±': 0, '−': 0 };
    if (i.sign === '+' || i.sign === '±' || i.sign === '−') out[i.category]![i.sign]++;
  }
  return out;
}
