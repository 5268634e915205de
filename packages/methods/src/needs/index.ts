/**
 * Needs ranking of the GIZ guide (001_2b00e659d173dc60.txt:1582–1631, the ICT Cluster Dakar example):
 * each need is voted less important / important / very important, and
 * score = (1·n_less + 2·n_important + 3·n_very) / N on a 1.0–3.0 scale, shown to one decimal.
 */

export interface NeedVotes {
  id: string;
  lessImportant: number;
  important: number;
  veryImportant: number;
}

export interface RankedNeed {
  id: string;
  /** Unrounded score from 1.0 to 3.0; null when nobody voted. */
  score: number | null;
  respondents: number;
  /** 1 = highest score; equal scores share a rank; null when nobody voted. */
  rank: number | null;
}

export function rankNeeds(items: readonly NeedVotes[]): RankedNeed[] {
  for (const item of items)
    for (const key of ['lessImportant', 'important', 'veryImportant'] as const)
      if (!Number.isInteger(item[key]) || item[key] < 0)
        throw new RangeError(`need ${item.id}: ${key} must be a whole number of votes ≥ 0, got ${item[key]}`);
  const scored = items.map((item) => {
    const respondents = item.lessImportant + item.important + item.veryImportant;
    const score = respondents
      ? (item.lessImportant + 2 * item.important + 3 * item.veryImportant) / respondents
      : null;
    return { id: item.id, score, respondents };
  });
  const scores = scored.map((s) => s.score).filter((s): s is number => s !== null);
  return scored.map((s) => ({
    ...s,
    rank: s.score === null ? null : 1 + scores.filter((o) => o > s.score!).length,
  }));
}

/** The score as the guide prints it: one decimal, halves rounded up. */
export function formatNeedScore(score: number | null): string {
  return score === null ? '—' : (Math.round(score * 10 + 1e-9) / 10).toFixed(1);
}
