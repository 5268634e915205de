/**
 * The financial plan of a cluster organisation (GIZ 001:2067–2229; MarketMakers 000:137): the cost
 * structure ("Typical cost categories for a cluster are personnel, rent, operating supplies,
 * equipment and others", 001:2081), a plan of income and expenditure "for the planning period
 * (e.g. 12 months)" whose goal "is to ensure liquidity at all times" (001:2081), and the
 * financing mix of baseline support, private sources and projects (001:2089, 001:2097–2098).
 */

/** The guide's cost categories (001:2081), with the start-up costs it says must be taken into account. */
export const COST_CATEGORIES = [
  'personnel',
  'rent',
  'operating_supplies',
  'equipment',
  'start_up',
  'other',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * The sources of a typical financing structure (001:2097–2098): baseline support ("Mainly public
 * co-financing"), the private sources (membership fees, fee-based services, sponsoring) and projects
 * (public or private).
 */
export const FINANCING_SOURCES = [
  'baseline_public',
  'membership_fees',
  'service_fees',
  'sponsoring',
  'projects',
] as const;
export type FinancingSource = (typeof FINANCING_SOURCES)[number];

/** The planning period: "e.g. 12 months" (001:2081); the platform asks for at least that. */
export const MIN_PLAN_MONTHS = 12;
/** The platform's upper bound of a plan (five years, the guide's time to build private income). */
export const MAX_PLAN_MONTHS = 60;

/**
 * The guide's reference points for the public share, shown as references, not rules (001:2229):
 * "even the excellent cluster initiatives ... need public-cofinancing of 20 – 30 %" and "It took,
 * like in other cases, around five years to significantly increase private incomes."
 */
export const PUBLIC_SHARE_REFERENCE = {
  min: 0.2,
  max: 0.3,
  yearsToPrivateIncome: 5,
  source: '001:2229',
} as const;

export interface LiquidityPlan {
  closing: number[];
  lowest: number;
  firstGap: number | null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * The liquidity line: `closing[i]` the balance at the end of month i (opening + Σ income −
 * expenditure to i, rounded to cents), `lowest` the smallest closing balance (the opening when there
 * are no months), `firstGap` the index of the first month that closes below zero, else null.
 */
export function liquidityPlan(plan: {
  opening: number;
  months: { income: number; expenditure: number }[];
}): LiquidityPlan {
  const closing: number[] = [];
  let balance = plan.opening;
  let firstGap: number | null = null;
  plan.months.forEach((m, i) => {
    balance = cents(balance + m.income - m.expenditure);
    closing.push(balance);
    if (firstGap === null && balance < 0) firstGap = i;
  });
  const lowest = closing.length ? Math.min(...closing) : cents(plan.opening);
  return { closing, lowest, firstGap };
}

export interface FinancingLine {
  source: FinancingSource;
  amount: number;
  publicFunding?: boolean;
}

export interface FinancingMix {
  total: number;
  shares: Record<string, number>;
  publicShare: number;
  privateShare: number;
}

/**
 * The financing mix (001:2097–2098): each source's share of the total (fractions), baseline support
 * counted as public, fees and sponsoring as private, projects by their `publicFunding` flag. All
 * shares 0 when the total is 0. Throws RangeError for a negative amount.
 */
export function financingMix(lines: FinancingLine[]): FinancingMix {
  const sums: Record<string, number> = Object.fromEntries(FINANCING_SOURCES.map((s) => [s, 0]));
  let total = 0;
  let pub = 0;
  for (const l of lines) {
    if (!Number.isFinite(l.amount) || l.amount < 0)
      throw new RangeError(`amount must not be negative, got ${l.amount}`);
    sums[l.source] = (sums[l.source] ?? 0) + l.amount;
    total += l.amount;
    if (l.source === 'baseline_public' || (l.source === 'projects' && l.publicFunding)) pub += l.amount;
  }
  const shares = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, total > 0 ? v / total : 0]));
  const publicShare = total > 0 ? pub / total : 0;
  return { total: cents(total), shares, publicShare, privateShare: total > 0 ? 1 - publicShare : 0 };
}
