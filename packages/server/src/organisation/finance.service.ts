/**
 * The financial plan (issue 14; GIZ 001:2067–2229; MarketMakers 000:137): plans in versions, their
 * monthly lines, the liquidity line and the financing mix, read and checked beside the routes of
 * finance.routes.ts.
 */
import {
  FINANCING_SOURCES,
  MAX_PLAN_MONTHS,
  MIN_PLAN_MONTHS,
  financingMix,
  liquidityPlan,
  type FinancingSource,
} from '@agglomera/methods';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { badRequest, notFound } from '../http/errors.js';
import { msg } from '../i18n/index.js';
import { planActuals } from './finance.actuals.js';
import { monthLabels } from './finance.months.js';

type Db = Database | Kysely<DB>;

/**
 * What the business plan reads of the money plan (issue 14; contract in docs/organisation.md): the
 * current financial plan (the agreed one, else the newest draft), its liquidity line and financing
 * mix. Filled in by the staff and finance slice.
 */
export interface FinancialSummary {
  plan: {
    id: string;
    title: string;
    startMonth: string;
    months: number;
    currency: string;
    opening: number;
    status: string;
  } | null;
  /** The plan's months ("2030-01") and their income and expenditure, for the liquidity chart. */
  monthLabels: string[];
  totals: { income: number; expenditure: number }[];
  /** liquidityPlan's result over the plan's months. */
  liquidity: { closing: number[]; lowest: number; firstGap: number | null } | null;
  /** financingMix's result over the plan's income lines. */
  mix: {
    total: number;
    shares: Record<string, number>;
    publicShare: number;
    privateShare: number;
  } | null;
  /** Planned expenditure by cost category over the plan. */
  costsByCategory: Record<string, number>;
}

const invalid = (
  message: Parameters<typeof badRequest>[1],
  field: string,
  detail: Parameters<typeof badRequest>[1],
) => badRequest('validation_failed', message, [{ field, message: detail }]);

/** A plan runs at least 12 months (the guide's "e.g. 12 months", 001:2081) and at most 60 (the platform's bound). */
export function checkMonths(months: number) {
  if (!Number.isInteger(months) || months < MIN_PLAN_MONTHS || months > MAX_PLAN_MONTHS)
    throw invalid(
      msg`A financial plan runs from ${MIN_PLAN_MONTHS} to ${MAX_PLAN_MONTHS} months`,
      'body.months',
      msg`must be a whole number from ${MIN_PLAN_MONTHS} to ${MAX_PLAN_MONTHS}`,
    );
}

/** One amount per month, none negative, as many as the plan has months. */
export function checkAmounts(amounts: number[], months: number): number[] {
  if (amounts.length !== months)
    throw invalid(
      msg`A line needs one amount for each of the plan’s ${months} months`,
      'body.amounts',
      msg`must hold ${months} amounts`,
    );
  amounts.forEach((a, i) => {
    if (!Number.isFinite(a) || a < 0)
      throw invalid('An amount cannot be negative', `body.amounts.${i}`, 'must not be negative');
  });
  return amounts.map((a) => Math.round(a * 100) / 100);
}

export function checkMonthIndex(month: number, months: number) {
  if (!Number.isInteger(month) || month < 0 || month >= months)
    throw invalid(
      msg`The plan has months 0 to ${months - 1}`,
      'body.month',
      msg`must be a month from 0 to ${months - 1}`,
    );
}

export const amountsOf = (stored: unknown, months: number): number[] => {
  const a = Array.isArray(stored) ? stored : [];
  return Array.from({ length: months }, (_, i) => (typeof a[i] === 'number' ? (a[i] as number) : 0));
};

export async function planOf(db: Db, workspaceId: string, id: string, lock = false) {
  let q = db
    .selectFrom('financial_plans')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) throw notFound('Financial plan');
  return r;
}

/** An agreed or superseded plan is a record of a decision: a change goes into a new version. */
export function checkDraft(plan: { status: string; version: number }) {
  if (plan.status !== 'draft')
    throw badRequest(
      'not_draft',
      msg`Version ${plan.version} is agreed or superseded: copy it as a new version to change it`,
      [{ field: 'params.planId', message: 'is not a draft' }],
    );
}

export async function listPlans(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('financial_plans')
    .select(['id', 'version', 'title', 'start_month', 'months', 'currency', 'status', 'agreed_on'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    title: r.title,
    startMonth: r.start_month,
    months: r.months,
    currency: r.currency,
    status: r.status,
    agreedOn: r.agreed_on,
  }));
}

/** The public share of each plan year (12-month slices from the start; the last may be shorter). */
function publicShareByYear(
  income: { source: FinancingSource; publicFunding: boolean; amounts: number[] }[],
  months: number,
) {
  const years = Math.ceil(months / 12);
  return Array.from({ length: years }, (_, y) => {
    const mix = financingMix(
      income.map((l) => ({
        source: l.source,
        publicFunding: l.publicFunding,
        amount: l.amounts.slice(y * 12, y * 12 + 12).reduce((a, b) => a + b, 0),
      })),
    );
    return { year: y + 1, total: mix.total, publicShare: mix.publicShare };
  });
}

/** A plan in full: its lines, monthly totals, the liquidity line, the mix, costs by category, actuals. */
export async function getPlan(db: Db, workspaceId: string, id: string) {
  const p = await planOf(db, workspaceId, id);
  const rows = await db
    .selectFrom('financial_plan_lines')
    .selectAll()
    .where('plan_id', '=', p.id)
    .where('workspace_id', '=', workspaceId)
    .orderBy('kind', 'desc')
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const lines = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: r.label,
    source: r.source,
    publicFunding: r.public_funding,
    category: r.category,
    amounts: amountsOf(r.amounts, p.months),
  }));
  const sumAt = (kind: 'income' | 'expenditure', i: number) =>
    lines.filter((l) => l.kind === kind).reduce((a, l) => a + (l.amounts[i] ?? 0), 0);
  const totals = Array.from({ length: p.months }, (_, i) => ({
    income: Math.round(sumAt('income', i) * 100) / 100,
    expenditure: Math.round(sumAt('expenditure', i) * 100) / 100,
  }));
  const opening = Number(p.opening_balance);
  const income = lines
    .filter((l) => l.kind === 'income')
    .map((l) => ({
      source: l.source as FinancingSource,
      publicFunding: l.publicFunding,
      amounts: l.amounts,
    }));
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const costsByCategory: Record<string, number> = {};
  for (const l of lines.filter((x) => x.kind === 'expenditure'))
    costsByCategory[l.category!] =
      Math.round(((costsByCategory[l.category!] ?? 0) + sum(l.amounts)) * 100) / 100;
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    startMonth: p.start_month,
    months: p.months,
    currency: p.currency,
    opening,
    status: p.status,
    agreedOn: p.agreed_on,
    monthLabels: monthLabels(p.start_month, p.months),
    lines,
    totals,
    liquidity: liquidityPlan({ opening, months: totals }),
    mix: financingMix(
      income.map((l) => ({ source: l.source, publicFunding: l.publicFunding, amount: sum(l.amounts) })),
    ),
    publicShareByYear: publicShareByYear(income, p.months),
    costsByCategory,
    actuals: await planActuals(db, workspaceId, p.start_month, p.months, p.currency),
  };
}

/** The current plan: the agreed one, else the newest draft; null when there is none. */
export async function currentPlanId(db: Db, workspaceId: string): Promise<string | null> {
  const r = await db
    .selectFrom('financial_plans')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('status', 'in', ['agreed', 'draft'])
    .orderBy((eb) => eb.case().when('status', '=', 'agreed').then(0).else(1).end())
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return r?.id ?? null;
}

export async function getFinancialSummary(db: Database, workspaceId: string): Promise<FinancialSummary> {
  const id = await currentPlanId(db, workspaceId);
  if (!id)
    return { plan: null, monthLabels: [], totals: [], liquidity: null, mix: null, costsByCategory: {} };
  const p = await getPlan(db, workspaceId, id);
  return {
    plan: {
      id: p.id,
      title: p.title,
      startMonth: p.startMonth,
      months: p.months,
      currency: p.currency,
      opening: p.opening,
      status: p.status,
    },
    monthLabels: p.monthLabels,
    totals: p.totals,
    liquidity: p.liquidity,
    mix: p.mix,
    costsByCategory: p.costsByCategory,
  };
}

export { FINANCING_SOURCES };
