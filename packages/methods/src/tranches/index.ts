/**
 * Tranche funding of a new cluster / membership association (MarketMakers 000:139–145): the cash
 * injection of the ~12-month start-up partnership is paid in tranches that progress milestones
 * trigger (000:141), crafted to scale down through the partnership (000:143); operating funds are
 * not given into the second year, and re-engagement is ring-fenced for new activities or member
 * services (000:145, 000:151). The guide gives no taper ratio: the shape here is the platform's.
 */

/** The platform's taper ratio (the guide gives no number): each tranche 75 % of the one before. */
export const DEFAULT_TAPER_RATIO = 0.75;

/** The length of the start-up partnership in months ("short-term (~12-month) partnership", 000:139). */
export const PARTNERSHIP_MONTHS = 12;

/**
 * Splits `total` into `count` tranches that scale down by `ratio` (each the previous times ratio),
 * rounded to cents, the last absorbing the rounding so that they sum to the total.
 */
export function taperSchedule(total: number, count: number, ratio = DEFAULT_TAPER_RATIO): number[] {
  if (!Number.isFinite(total) || total <= 0) throw new RangeError('the total must be a positive number');
  if (!Number.isInteger(count) || count < 1 || count > 24) throw new RangeError('count must be 1 to 24');
  if (!(ratio > 0 && ratio <= 1)) throw new RangeError('ratio must be above 0 and at most 1');
  const weights = Array.from({ length: count }, (_, i) => ratio ** i);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.round((total * w * 100) / sum) / 100);
  const rest = Math.round((total - out.reduce((a, b) => a + b, 0)) * 100) / 100;
  out[count - 1] = Math.round((out[count - 1]! + rest) * 100) / 100;
  return out;
}

/**
 * The tranches (in their order) that break the taper: each larger than the one before it. Returns
 * their indexes; empty when the amounts never rise.
 */
export function taperBreaks(amounts: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < amounts.length; i++) if (amounts[i]! > amounts[i - 1]!) out.push(i);
  return out;
}

/** Whether `day` (ISO date) falls in the second year or later of a partnership starting `startsOn`. */
export function inYearTwo(startsOn: string, day: string): boolean {
  const [y, m, d] = startsOn.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + PARTNERSHIP_MONTHS, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  const yearTwo = `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return day >= yearTwo;
}
