import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/**
 * The demo organisation (issue 14): an agreed 12-month plan from January of this year (GIZ
 * 001:2081) with income from all five sources of 001:2097–2098 and expenditure by the cost
 * categories of 001:2081. The membership fees are invoiced once a year and arrive in April, so the
 * liquidity line closes below zero in February and March; in the first year public money is about
 * 54 % of income, well above the 20–30 % the guide reports for excellent clusters (001:2229).
 */
export async function loadDemoFinance(db: Database, ids: DemoOrganisationIds): Promise<void> {
  const year = new Date().getUTCFullYear();
  const every = (n: number) => Array.from({ length: 12 }, () => n);
  const at = (entries: Record<number, number>) => Array.from({ length: 12 }, (_, i) => entries[i] ?? 0);
  const plan = await db
    .insertInto('financial_plans')
    .values({
      workspace_id: ids.initiative,
      version: 1,
      title: `Financial plan ${year}`,
      start_month: `${year}-01`,
      months: 12,
      currency: 'EUR',
      opening_balance: 15000,
      status: 'agreed',
      agreed_on: `${year}-01-10`,
      agreed_by: ids.manager,
      created_by: ids.manager,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const line = (
    position: number,
    kind: 'income' | 'expenditure',
    label: string,
    amounts: number[],
    more: {
      source?: 'baseline_public' | 'membership_fees' | 'service_fees' | 'sponsoring' | 'projects';
      category?: 'personnel' | 'rent' | 'operating_supplies' | 'equipment' | 'start_up' | 'other';
      public_funding?: boolean;
    },
  ) => ({
    plan_id: plan.id,
    workspace_id: ids.initiative,
    kind,
    label,
    position,
    amounts: JSON.stringify(amounts),
    source: more.source ?? null,
    category: more.category ?? null,
    public_funding: more.public_funding ?? more.source === 'baseline_public',
  });
  await db
    .insertInto('financial_plan_lines')
    .values([
      line(1, 'income', 'Regional government baseline grant', every(4000), { source: 'baseline_public' }),
      line(2, 'income', 'Membership fees (invoiced in January, paid in April)', at({ 3: 30000 }), {
        source: 'membership_fees',
      }),
      line(
        3,
        'income',
        'Fee-based services: export clinics and matchmaking',
        at(Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((m) => [m, 1000]))),
        {
          source: 'service_fees',
        },
      ),
      line(4, 'income', 'Sponsoring of the annual cluster forum', at({ 6: 5000 }), { source: 'sponsoring' }),
      line(5, 'income', 'Ministry project: food safety training (reimbursed)', at({ 5: 12000 }), {
        source: 'projects',
        public_funding: true,
      }),
      line(6, 'income', 'Retailer-funded packaging project', at({ 9: 6000 }), {
        source: 'projects',
        public_funding: false,
      }),
      line(7, 'expenditure', 'Salaries of the managing office (2.5 FTE)', every(8500), {
        category: 'personnel',
      }),
      line(8, 'expenditure', 'Office rent', every(1000), { category: 'rent' }),
      line(9, 'expenditure', 'Office supplies, telephone, travel', every(300), {
        category: 'operating_supplies',
      }),
      line(10, 'expenditure', 'Laptops and projector', at({ 0: 2000 }), { category: 'equipment' }),
      line(11, 'expenditure', 'Registration, notary and statutes', at({ 0: 1500 }), { category: 'start_up' }),
      line(12, 'expenditure', 'Insurance and bank charges', every(200), { category: 'other' }),
    ])
    .execute();
}
