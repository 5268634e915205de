/**
 * Constraint diagnosis of MarketMakers (000_83686791654886b8.txt:50–64, 237–249): constraints in
 * tiers 1–4 (higher tiers: services — "functions" — and policy conditions — "rules"; lower tiers:
 * relationships and collaboration), each absent or sub-optimal in scope or quality, linked cause →
 * effect into pathways. Pathways are prioritised on ability to act, expected effect and the
 * availability of partners (000:54). The guide gives no scale or weights: each criterion is scored
 * 1–5 and the platform shows their sum without weighting.
 */

export const CONSTRAINT_TIERS = [1, 2, 3, 4] as const;
export const CONSTRAINT_KINDS = ['function', 'rule'] as const;
export const CONSTRAINT_DEFICIENCIES = ['absent', 'suboptimal_scope', 'suboptimal_quality'] as const;
export const PATHWAY_CRITERIA = ['abilityToAct', 'expectedEffect', 'partnerAvailability'] as const;

/**
 * Checks that a pathway follows recorded cause → effect links, step by step. Returns the index of
 * the first step without a link (the step from ids[i] to ids[i + 1]), or null when the path holds.
 */
export function brokenPathwayStep(
  ids: readonly string[],
  links: readonly { causeId: string; effectId: string }[],
): number | null {
  const has = new Set(links.map((l) => `${l.causeId}>${l.effectId}`));
  for (let i = 0; i + 1 < ids.length; i++) if (!has.has(`${ids[i]}>${ids[i + 1]}`)) return i;
  return null;
}

export function pathwayScore(p: {
  abilityToAct: number;
  expectedEffect: number;
  partnerAvailability: number;
}): number {
  return p.abilityToAct + p.expectedEffect + p.partnerAvailability;
}
