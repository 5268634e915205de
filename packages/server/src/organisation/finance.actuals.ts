/**
 * What the platform's own records say beside a financial plan (issue 14): fee invoices paid, by
 * month of payment; uses of paid services, by month, valued at the member price (the platform
 * records uses, not what was charged); project budgets, planned and actual (the platform records
 * them per project, not per month). Everything else — bank balance, other income, costs outside
 * projects — the platform cannot know.
 */
import { addMonth, type Db } from './finance.months.js';

export async function planActuals(
  db: Db,
  workspaceId: string,
  startMonth: string,
  months: number,
  currency: string,
) {
  const from = `${startMonth}-01`;
  const to = `${addMonth(startMonth, months)}-01`;
  const inRange = (month: string) => month >= startMonth && month < addMonth(startMonth, months);

  const invoices = await db
    .selectFrom('fee_invoices')
    .select(['paid_on', 'amount', 'currency'])
    .where('workspace_id', '=', workspaceId)
    .where('paid_on', 'is not', null)
    .where('paid_on', '>=', from)
    .where('paid_on', '<', to)
    .execute();
  const feesPaid: Record<string, number> = {};
  let otherCurrency = 0;
  for (const r of invoices) {
    if (r.currency !== currency) {
      otherCurrency++;
      continue;
    }
    const m = r.paid_on!.slice(0, 7);
    if (inRange(m)) feesPaid[m] = Math.round(((feesPaid[m] ?? 0) + Number(r.amount)) * 100) / 100;
  }

  const uses = await db
    .selectFrom('service_uses as u')
    .innerJoin('services as s', 's.id', 'u.service_id')
    .select(['u.used_on', 's.member_price', 's.currency'])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.fee_model', '=', 'paid')
    .where('u.used_on', '>=', from)
    .where('u.used_on', '<', to)
    .execute();
  const serviceUses: Record<string, { uses: number; atMemberPrice: number }> = {};
  for (const r of uses) {
    const m = String(r.used_on).slice(0, 7);
    const e = (serviceUses[m] ??= { uses: 0, atMemberPrice: 0 });
    e.uses++;
    if ((r.currency ?? currency) === currency && r.member_price !== null)
      e.atMemberPrice = Math.round((e.atMemberPrice + Number(r.member_price)) * 100) / 100;
  }

  const budgets = await db
    .selectFrom('projects as p')
    .innerJoin('project_budget_lines as b', 'b.project_id', 'p.id')
    .select(['p.id', 'p.title', 'p.currency', 'p.starts_on', 'p.ends_on'])
    .select((eb) => [
      eb.fn.sum<string>('b.planned').as('planned'),
      eb.fn.sum<string>('b.actual').as('actual'),
    ])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.starts_on', '<', to)
    .where('p.ends_on', '>=', from)
    .groupBy(['p.id', 'p.title', 'p.currency', 'p.starts_on', 'p.ends_on'])
    .orderBy('p.starts_on')
    .execute();

  return {
    feesPaid,
    feeInvoicesInOtherCurrencies: otherCurrency,
    serviceUses,
    projects: budgets.map((b) => ({
      id: b.id,
      title: b.title,
      currency: b.currency,
      startsOn: String(b.starts_on),
      endsOn: String(b.ends_on),
      planned: Number(b.planned ?? 0),
      actual: Number(b.actual ?? 0),
    })),
  };
}
