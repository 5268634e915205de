/**
 * Constraint diagnosis of MarketMakers (000_83686791654886b8.txt:50–64, 237–249): constraints in
 * tiers 1–4 (higher tiers: services — "functions" — and policy conditions — "rules"; lower tiers:
 * relationships and collaboration), each absent or sub-optimal in scope or quality, linked cause →
 * effect into pathways.
 *
 * Pathways are prioritised on the two criteria of 000:54: the initiative "selected those for which
 * it felt most able to act and where a meaningful positive youth employment effect was most likely
 * to result in the medium-term to long-term. The initiative's ability to act was, in part,
 * characterised by the presence or otherwise of quality partnership options". Ability to act
 * therefore already includes the availability of partners; it is not scored a second time. The
 * guide gives no scale or weights: scoring each criterion 1–5 and showing their unweighted sum is
 * the platform's choice.
 */

export const CONSTRAINT_TIERS = [1, 2, 3, 4] as const;
export const CONSTRAINT_KINDS = ['function', 'rule'] as const;
export const CONSTRAINT_DEFICIENCIES = ['absent', 'suboptimal_scope', 'suboptimal_quality'] as const;
/** Ability to act (partners included) and the expected medium- to long-term employment effect. */
export const PATHWAY_CRITERIA = ['abilityToAct', 'expectedEffect'] as const;

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

/** The platform's priority of a pathway: the unweighted sum of the two criteria of 000:54. */
export function pathwayScore(p: { abilityToAct: number; expectedEffect: number }): number {
  return p.abilityToAct + p.expectedEffect;
}
