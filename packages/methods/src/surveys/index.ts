/**
 * Survey percentages computed from raw counts (methods.md §6; IDB 003_607c093dd4f9c631.txt:320–349,
 * Tables 3–6). Every published cell is k/n of the respondents, so percentages are rounded exactly
 * (integer arithmetic, no floating-point drift) with an explicit rounding mode, and a published value
 * that no k/n can produce is flagged.
 */

export type Rounding = 'half-up' | 'half-even' | 'truncate';

export interface PercentageOptions {
  decimals?: number;
  rounding?: Rounding;
}

/** k·100/n rounded to `decimals`, as an integer count of 10^−decimals units. */
function scaledPercentage(k: number, n: number, decimals: number, rounding: Rounding): number {
  const numerator = k * 100 * 10 ** decimals;
  const q = Math.floor(numerator / n);
  const twiceRemainder = 2 * (numerator - q * n);
  if (rounding === 'truncate') return q;
  if (rounding === 'half-up') return twiceRemainder >= n ? q + 1 : q;
  if (twiceRemainder > n) return q + 1;
  if (twiceRemainder === n) return q % 2 === 0 ? q : q + 1;
  return q;
}

function check(decimals: number) {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    throw new RangeError(`decimals must be 0–6, got ${decimals}`);
}

/** Each count × 100 / the sum of counts, rounded as asked (default: one decimal, half-up). */
export function likertPercentages(counts: number[], options: PercentageOptions = {}): number[] {
  const { decimals = 1, rounding = 'half-up' } = options;
  check(decimals);
  for (const c of counts)
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`counts must be whole numbers ≥ 0, got ${c}`);
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) throw new RangeError('no responses: percentages are undefined');
  return counts.map((k) => scaledPercentage(k, n, decimals, rounding) / 10 ** decimals);
}

/** Whether some k in 0..respondents gives `value` after rounding: false flags a cell that cannot be right. */
export function isReachablePercentage(
  value: number,
  respondents: number,
  options: PercentageOptions = {},
): boolean {
  const { decimals = 1, rounding = 'half-up' } = options;
  check(decimals);
  if (!Number.isInteger(respondents) || respondents <= 0)
    throw new RangeError(`respondents must be a whole number > 0, got ${respondents}`);
  const target = Math.round(value * 10 ** decimals);
  for (let k = 0; k <= respondents; k++)
    if (scaledPercentage(k, respondents, decimals, rounding) === target) return true;
  return false;
}

/** The k that gives a published percentage, or null: recovers raw counts from a table. */
export function countsBehindPercentage(
  value: number,
  respondents: number,
  options: PercentageOptions = {},
): number[] {
  const { decimals = 1, rounding = 'half-up' } = options;
  const target = Math.round(value * 10 ** decimals);
  const ks: number[] = [];
  for (let k = 0; k <= respondents; k++)
    if (scaledPercentage(k, respondents, decimals, rounding) === target) ks.push(k);
  return ks;
}

/** Response rate = responses / invited, e.g. 33 / 136 = 24 % (003:345). */
export function responseRate(responses: number, invited: number): number {
  if (!(invited > 0)) throw new RangeError('invited must be above 0');
  if (responses < 0 || responses > invited)
    throw new RangeError('responses must be between 0 and the number invited');
  return responses / invited;
}

export interface PublishedRowCheck {
  label: string;
  /** For each cell, the counts k of `respondents` that print as it (empty: no k can). */
  candidates: number[][];
  /** Indexes of the cells no k/n can produce. */
  impossible: number[];
  /** Counts, one per cell, that print as the row and add up to the respondents; null when none do. */
  counts: number[] | null;
  /**
   * Where exactly one cell is impossible and the others each name one count: the count the others
   * leave for it (respondents − their sum) and the percentage that count prints as.
   */
  implied: { cell: number; count: number; percentage: number } | null;
}

/**
 * Checks a published percentage table row by row against its number of respondents (IDB Tables
 * 3–6, 003:363–733: every cell is k/n of the 33 respondents): which cells no k/n can produce, the
 * raw counts behind a consistent row, and, for a row with one impossible cell, the value its
 * neighbours imply. The rounding and decimals are the table's (the IDB tables print whole percents
 * with ".0" in Tables 4 and 6: decimals 0).
 */
export function checkPublishedTable(
  rows: { label: string; cells: number[] }[],
  respondents: number,
  options: PercentageOptions = {},
): PublishedRowCheck[] {
  const { decimals = 1, rounding = 'half-up' } = options;
  check(decimals);
  if (!Number.isInteger(respondents) || respondents <= 0)
    throw new RangeError(`respondents must be a whole number > 0, got ${respondents}`);
  return rows.map(({ label, cells }) => {
    const candidates = cells.map((v) => countsBehindPercentage(v, respondents, { decimals, rounding }));
    const impossible = candidates.flatMap((c, i) => (c.length === 0 ? [i] : []));
    // The first combination of candidates that adds up to the respondents (depth-first, small tables).
    const find = (i: number, left: number): number[] | null => {
      if (i === candidates.length) return left === 0 ? [] : null;
      for (const k of candidates[i]!) {
        if (k > left) continue;
        const rest = find(i + 1, left - k);
        if (rest) return [k, ...rest];
      }
      return null;
    };
    const counts = impossible.length ? null : find(0, respondents);
    let implied: PublishedRowCheck['implied'] = null;
    if (impossible.length === 1 && candidates.every((c, i) => i === impossible[0] || c.length === 1)) {
      const cell = impossible[0]!;
      const count = respondents - candidates.reduce((s, c, i) => (i === cell ? s : s + c[0]!), 0);
      if (count >= 0)
        implied = {
          cell,
          count,
          percentage: scaledPercentage(count, respondents, decimals, rounding) / 10 ** decimals,
        };
    }
    return { label, candidates, impossible, counts, implied };
  });
}

export interface ThemeRank {
  theme: string;
  /** How many answers were coded to the theme. */
  citations: number;
  /** How many respondents gave at least one of them. */
  respondents: number;
}

/**
 * Ranks the themes that open answers were coded into by how often each is cited, as the IDB
 * report reads its open "three main …" questions once answered: "the most cited objective", "the
 * second most cited" (Tables 7 and 8, 003:739–765). Ties are broken by the number of respondents
 * citing the theme, then by name; a theme left empty (an answer not coded yet) is not ranked.
 */
export function rankThemes(codes: { respondent: string; theme: string }[]): ThemeRank[] {
  const byTheme = new Map<string, { label: string; citations: number; who: Set<string> }>();
  for (const { respondent, theme } of codes) {
    const label = theme.trim();
    if (!label) continue;
    const key = label.toLocaleLowerCase();
    const entry = byTheme.get(key) ?? { label, citations: 0, who: new Set<string>() };
    entry.citations += 1;
    entry.who.add(respondent);
    byTheme.set(key, entry);
  }
  return [...byTheme.values()]
    .map((e) => ({ theme: e.label, citations: e.citations, respondents: e.who.size }))
    .sort(
      (a, b) => b.citations - a.citations || b.respondents - a.respondents || a.theme.localeCompare(b.theme),
    );
}

export * from './xlsform-expression.js';
export * from './xlsform-logic.js';
