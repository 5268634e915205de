/**
 * Weighted multi-criteria selection of candidate clusters (methods.md §1: UNIDO 002:224–228,
 * IDB 003:192, 839, GIZ 001:941–966). Criteria mix hard data from the mapping (size,
 * specialisation, growth) and qualitative scores given independently by a panel; the seeds set no
 * weights or scales, so both are the user's. Experts recommend; the decision is recorded separately.
 */

export type CriterionKind = 'computed' | 'scored';

export interface SelectionCriterion {
  id: string;
  kind: CriterionKind;
  /** Relative weight (> 0). */
  weight: number;
  /** For computed criteria: the candidate metric to use (e.g. employment, lq, cagr). */
  metric?: string;
  /** For computed criteria: whether a lower value is better (e.g. a cost). Default false. */
  lowerIsBetter?: boolean;
  /** For scored criteria: the top of the scale (scores run from 0 to scaleMax). */
  scaleMax?: number;
  /**
   * A knock-out threshold beside the weighted sum: the GIZ guide asks to "elaborate indicators and
   * thresholds defining whether or not there is a critical mass and sufficient competitive
   * advantage for cluster development" (001:945). On the criterion's own terms: the raw metric of a
   * computed criterion (at most the threshold when lower is better, else at least), the panel's mean
   * score of a scored one (at least). The guide sets no threshold: each is the user's.
   */
  threshold?: number | null;
}

export interface SelectionCandidate {
  id: string;
  metrics: Record<string, number | null | undefined>;
}

export interface PanelScore {
  candidateId: string;
  criterionId: string;
  scorerId: string;
  score: number;
}

export interface RankedCandidate {
  candidateId: string;
  /** Weighted score from 0 to 1. */
  total: number;
  rank: number;
  /** Each criterion's value on 0..1 before weighting; null when no data or no score yet. */
  byCriterion: Record<string, number | null>;
  /** The weighted total each scorer's own scores would give. */
  scorerTotals: Record<string, number>;
  /** Max − min of the scorers' totals: how far the panel disagrees. Null with fewer than two scorers. */
  spread: number | null;
  /** The criteria whose threshold the candidate does not reach: it is knocked out. */
  knockedOut: string[];
  /** The criteria with a threshold the candidate has no value for yet (no data, no score). */
  pending: string[];
}

/**
 * Min–max normalisation of a computed metric across candidates: the best gets 1, the worst 0;
 * when all candidates are equal they all get 1. Missing values get null (and weigh as 0).
 */
export function normaliseMetric(
  values: (number | null | undefined)[],
  lowerIsBetter = false,
): (number | null)[] {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!present.length) return values.map(() => null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values.map((v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    if (max === min) return 1;
    const x = (v - min) / (max - min);
    return lowerIsBetter ? 1 - x : x;
  });
}

export function checkCriteria(criteria: readonly SelectionCriterion[]): void {
  if (!criteria.length) throw new Error('A selection needs at least one criterion');
  for (const c of criteria) {
    if (!(c.weight > 0)) throw new Error(`Criterion ${c.id}: weight must be above 0`);
    if (c.kind === 'computed' && !c.metric)
      throw new Error(`Criterion ${c.id}: a computed criterion needs a metric`);
    if (c.kind === 'scored' && !(c.scaleMax && c.scaleMax > 0))
      throw new Error(`Criterion ${c.id}: a scored criterion needs a scale maximum above 0`);
  }
}

export function rankCandidates(
  candidates: readonly SelectionCandidate[],
  criteria: readonly SelectionCriterion[],
  scores: readonly PanelScore[],
): RankedCandidate[] {
  checkCriteria(criteria);
  const totalWeight = criteria.reduce((s, c) => s + c.weight, 0);
  const computed = new Map<string, (number | null)[]>();
  for (const c of criteria)
    if (c.kind === 'computed')
      computed.set(
        c.id,
        normaliseMetric(
          candidates.map((k) => k.metrics[c.metric!]),
          c.lowerIsBetter,
        ),
      );
  const scorers = [...new Set(scores.map((s) => s.scorerId))].sort();
  const scoreOf = new Map(scores.map((s) => [`${s.candidateId}|${s.criterionId}|${s.scorerId}`, s.score]));

  const rows = candidates.map((cand, i) => {
    const byCriterion: Record<string, number | null> = {};
    for (const c of criteria) {
      if (c.kind === 'computed') byCriterion[c.id] = computed.get(c.id)![i]!;
      else {
        const given = scorers
          .map((s) => scoreOf.get(`${cand.id}|${c.id}|${s}`))
          .filter((v): v is number => v !== undefined);
        byCriterion[c.id] = given.length
          ? given.reduce((a, b) => a + b, 0) / given.length / c.scaleMax!
          : null;
      }
    }
    const weighted = (value: (c: SelectionCriterion) => number | null) =>
      criteria.reduce((s, c) => s + c.weight * (value(c) ?? 0), 0) / totalWeight;
    const total = weighted((c) => byCriterion[c.id]!);
    const scorerTotals: Record<string, number> = {};
    for (const s of scorers)
      scorerTotals[s] = weighted((c) => {
        if (c.kind === 'computed') return byCriterion[c.id]!;
        const v = scoreOf.get(`${cand.id}|${c.id}|${s}`);
        return v === undefined ? null : v / c.scaleMax!;
      });
    const perScorer = Object.values(scorerTotals);
    const knockedOut: string[] = [];
    const pending: string[] = [];
    for (const c of criteria) {
      if (c.threshold === null || c.threshold === undefined) continue;
      const raw = rawValue(cand, c);
      if (raw === null) pending.push(c.id);
      else if (c.kind === 'computed' && c.lowerIsBetter ? raw > c.threshold : raw < c.threshold)
        knockedOut.push(c.id);
    }
    return {
      candidateId: cand.id,
      total,
      rank: 0,
      byCriterion,
      scorerTotals,
      spread: perScorer.length >= 2 ? Math.max(...perScorer) - Math.min(...perScorer) : null,
      knockedOut,
      pending,
    };
  });
  // The raw value a threshold is read against: the metric itself, or the panel's mean score.
  function rawValue(cand: SelectionCandidate, c: SelectionCriterion): number | null {
    if (c.kind === 'computed') {
      const v = cand.metrics[c.metric!];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    const given = scorers
      .map((s) => scoreOf.get(`${cand.id}|${c.id}|${s}`))
      .filter((v): v is number => v !== undefined);
    return given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
  }
  // Candidates that clear every threshold rank before those knocked out, each group by its total.
  const out = (r: RankedCandidate) => (r.knockedOut.length ? 1 : 0);
  const before = (a: RankedCandidate, b: RankedCandidate) =>
    out(a) < out(b) || (out(a) === out(b) && a.total > b.total);
  const sorted = [...rows].sort((a, b) => out(a) - out(b) || b.total - a.total);
  for (const r of rows) r.rank = 1 + rows.filter((o) => before(o, r)).length;
  return sorted;
}
