/**
 * Results chain and data collection (methods.md §6): the UNIDO results chain with indicators,
 * methods, responsibilities and frequencies (002_1736815e2889461c.txt:256–258), the GIZ
 * input → output → outcome → impact logic (001_2b00e659d173dc60.txt:2944–2968) and the four
 * evaluation levels of the IDB programme (003_607c093dd4f9c631.txt:835).
 */

/** The levels of a results chain, lowest first (002:256; 001:2944–2968). */
export const RESULTS_LEVELS = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const;
export type ResultsLevel = (typeof RESULTS_LEVELS)[number];

/** The four levels at which the IDB programme evaluated results (003:835). */
export const EVALUATION_LEVELS = [
  'cluster',
  'cluster_organisation',
  'national_ecosystem',
  'regional_ecosystem',
] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];

export const FREQUENCIES = ['monthly', 'quarterly', 'semi_annual', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INDICATOR_UNITS = ['number', 'percentage', 'currency', 'ratio', 'score'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, semi_annual: 6, annual: 12 };

/** Whether an impact hypothesis may link `from` to `to`: it must lead to a higher level. */
export function isUpwardLink(from: ResultsLevel, to: ResultsLevel): boolean {
  return RESULTS_LEVELS.indexOf(from) < RESULTS_LEVELS.indexOf(to);
}

export interface Period {
  /** 2026-03 (monthly), 2026-Q1, 2026-H1, 2026 (annual). */
  key: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: string): [number, number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return [Number(m[1]), Number(m[2])];
}

/** The calendar period of `frequency` that contains `date`. */
export function periodOf(frequency: Frequency, date: string): Period {
  const [y, month] = parse(date);
  const size = MONTHS[frequency];
  const first = Math.floor((month - 1) / size) * size + 1;
  const last = first + size - 1;
  const index = (first - 1) / size + 1;
  const key =
    frequency === 'monthly'
      ? `${y}-${pad(first)}`
      : frequency === 'quarterly'
        ? `${y}-Q${index}`
        : frequency === 'semi_annual'
          ? `${y}-H${index}`
          : String(y);
  return { key, start: `${y}-${pad(first)}-01`, end: `${y}-${pad(last)}-${pad(lastDay(y, last))}` };
}

/**
 * The calendar periods of `frequency` from the one containing `from` to the one containing `to`
 * (UNIDO: data collection frequencies are part of the monitoring framework, 002:258).
 */
export function periodsBetween(frequency: Frequency, from: string, to: string, max = 240): Period[] {
  if (to < from) throw new RangeError(`the end (${to}) is before the start (${from})`);
  const out: Period[] = [];
  let p = periodOf(frequency, from);
  while (p.start <= to) {
    out.push(p);
    if (out.length > max) throw new RangeError(`more than ${max} periods between ${from} and ${to}`);
    const [y, m] = parse(p.end);
    p = periodOf(frequency, m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`);
  }
  return out;
}

export type PeriodState = 'upcoming' | 'open' | 'late' | 'closed';

/**
 * Where a period stands on `today`: upcoming before it starts, open while it runs, late once it
 * has ended without a value, closed when a manager closed it.
 */
export function periodState(
  period: { start: string; end: string; closed: boolean; hasValue: boolean },
  today: string,
): PeriodState {
  if (period.closed) return 'closed';
  if (today < period.start) return 'upcoming';
  if (today > period.end && !period.hasValue) return 'late';
  return 'open';
}

/**
 * Merges the points of a scale into categories, e.g. a 5-point agreement scale into
 * disagree / neutral / agree (IDB Tables 3–6, 003:363–733, collapse agreement scales to three categories).
 * `groups` lists, for each category, the 0-based indexes of the points it takes; every point must
 * fall in exactly one category.
 */
export function collapseCounts(counts: number[], groups: number[][]): number[] {
  const seen = new Set<number>();
  for (const g of groups)
    for (const i of g) {
      if (!Number.isInteger(i) || i < 0 || i >= counts.length)
        throw new RangeError(`point ${i + 1} is not on the ${counts.length}-point scale`);
      if (seen.has(i)) throw new RangeError(`point ${i + 1} is in two categories`);
      seen.add(i);
    }
  if (seen.size !== counts.length)
    throw new RangeError(`every point of the ${counts.length}-point scale must be in a category`);
  return groups.map((g) => g.reduce((s, i) => s + counts[i]!, 0));
}

/**
 * The usual collapse of an n-point scale: the lower half, the midpoint (odd scales only) and the
 * upper half, e.g. 5 points → [[0,1],[2],[3,4]]; 4 points → [[0,1],[2,3]].
 */
export function defaultCollapse(points: number): number[][] {
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`a scale needs 2 points or more`);
  const half = Math.floor(points / 2);
  const low = Array.from({ length: half }, (_, i) => i);
  const high = Array.from({ length: half }, (_, i) => points - half + i);
  return points % 2 === 1 ? [low, [half], high] : [low, high];
}

/**
 * Parses a collapse written as 1-based point ranges, e.g. "1-2,3,4-5", into the groups of
 * `collapseCounts`.
 */
export function parseCollapse(spec: string, points: number): number[][] {
  const groups = spec.split(',').map((part) => {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw new RangeError(`"${part}" is not a point or a range such as 4-5`);
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b < a) throw new RangeError(`"${part}" runs backwards`);
    return Array.from({ length: b - a + 1 }, (_, i) => a - 1 + i);
  });
  collapseCounts(new Array(points).fill(0), groups);
  return groups;
}

/**
 * Scores a "rank your top 3" question: 3 points for a first place, 2 for a second, 1 for a third
 * (IDB's open top-3 questions, 003:741–765, counted as ranks).
 */
export function rankingScores(
  options: string[],
  rankings: string[][],
  top = 3,
): { option: string; firsts: number; mentions: number; score: number }[] {
  const rows = options.map((option) => ({ option, firsts: 0, mentions: 0, score: 0 }));
  const by = new Map(rows.map((r) => [r.option, r]));
  for (const ranking of rankings)
    ranking.slice(0, top).forEach((option, i) => {
      const row = by.get(option);
      if (!row) return;
      row.mentions++;
      if (i === 0) row.firsts++;
      row.score += top - i;
    });
  return rows;
}

export * from './report.js';
export * from './benchmark.js';
export * from './satisfaction.js';
export * from './evaluation.js';
export * from './iati.js';
