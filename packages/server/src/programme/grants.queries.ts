import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { loadGrant, tranchesOf } from './grants.service.js';

/**
 * What the grant screens read: the programme's grant agreements with what is due next on each,
 * and one grant's tranches, milestones, co-investment and disbursements (MarketMakers
 * 000:139–151). The changes are in grants.service.ts.
 */

/** What is due next on a grant: the next milestone to meet, and any released tranche not fully paid. */
function dueNext(list: Awaited<ReturnType<typeof tranchesOf>>) {
  const toPay = list
    .filter((t) => t.milestone_met_on && Number(t.disbursed) < Number(t.amount))
    .map((t) => ({
      kind: 'disbursement' as const,
      trancheId: t.id,
      title: t.title,
      dueOn: t.milestone_met_on!,
      amount: Math.round((Number(t.amount) - Number(t.disbursed)) * 100) / 100,
    }));
  const milestone = list.find((t) => !t.milestone_met_on);
  return [
    ...toPay,
    ...(milestone
      ? [
          {
            kind: 'milestone' as const,
            trancheId: milestone.id,
            title: milestone.title,
            dueOn: milestone.due_on,
            amount: Number(milestone.amount),
            milestone: milestone.milestone,
          },
        ]
      : []),
  ];
}

const presentTranche = (
  t: Awaited<ReturnType<typeof tranchesOf>>[number],
  firstUnmet: string | undefined,
) => ({
  id: t.id,
  position: t.position,
  title: t.title,
  amount: Number(t.amount),
  purpose: t.purpose,
  reEngagement: t.re_engagement,
  service: t.service,
  dueOn: t.due_on,
  milestone: t.milestone,
  milestoneMetOn: t.milestone_met_on,
  milestoneEvidence: t.milestone_evidence,
  disbursed: Number(t.disbursed),
  status: t.milestone_met_on
    ? ('released' as const)
    : t.id === firstUnmet
      ? ('due' as const)
      : ('planned' as const),
});

export async function listGrants(db: Database, programmeId: string) {
  const grants = await db
    .selectFrom('programme_grants as g')
    .innerJoin('programme_plans as p', 'p.id', 'g.plan_id')
    .innerJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
    .select([
      'g.id',
      'g.currency',
      sql<string>`g.starts_on::text`.as('starts_on'),
      'g.co_investment',
      'p.id as plan_id',
      'p.title',
      'p.initiative_id',
      'a.name as applicant',
    ])
    .where('g.programme_id', '=', programmeId)
    .orderBy('g.starts_on')
    .orderBy('p.title')
    .execute();
  const out = [];
  for (const g of grants) {
    const list = await tranchesOf(db, g.id);
    out.push({
      id: g.id,
      plan: { id: g.plan_id, title: g.title },
      applicant: g.applicant,
      initiativeId: g.initiative_id,
      currency: g.currency,
      startsOn: g.starts_on,
      coInvestment: Number(g.co_investment),
      awarded: list.reduce((s, t) => s + Number(t.amount), 0),
      disbursed: list.reduce((s, t) => s + Number(t.disbursed), 0),
      tranches: list.length,
      released: list.filter((t) => t.milestone_met_on).length,
      dueNext: dueNext(list),
    });
  }
  // Funded plans still without an agreement.
  const without = await db
    .selectFrom('programme_plans as p')
    .innerJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
    .select(['p.id', 'p.title', 'p.currency', 'a.name as applicant'])
    .where('p.programme_id', '=', programmeId)
    .where('p.status', '=', 'funded')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('programme_grants as g').select('g.id').whereRef('g.plan_id', '=', 'p.id')),
      ),
    )
    .orderBy('p.title')
    .execute();
  return { grants: out, fundedWithoutGrant: without };
}

export async function grantDetail(db: Database, programmeId: string, grantId: string) {
  const g = await loadGrant(db, programmeId, grantId);
  const plan = await db
    .selectFrom('programme_plans as p')
    .innerJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
    .select(['p.id', 'p.title', 'p.initiative_id', 'p.budget', 'a.name as applicant'])
    .where('p.id', '=', g.plan_id)
    .executeTakeFirstOrThrow();
  const list = await tranchesOf(db, g.id);
  const firstUnmet = list.find((t) => !t.milestone_met_on)?.id;
  const disbursements = list.length
    ? await db
        .selectFrom('programme_disbursements as d')
        .leftJoin('users as u', 'u.id', 'd.created_by')
        .select([
          'd.id',
          'd.tranche_id',
          'd.amount',
          sql<string>`d.paid_on::text`.as('paid_on'),
          'd.reference',
          'u.name as by',
        ])
        .where(
          'd.tranche_id',
          'in',
          list.map((t) => t.id),
        )
        .orderBy('d.paid_on')
        .orderBy('d.created_at')
        .execute()
    : [];
  return {
    grant: {
      id: g.id,
      plan: { id: plan.id, title: plan.title, budget: Number(plan.budget) },
      applicant: plan.applicant,
      initiativeId: plan.initiative_id,
      currency: g.currency,
      startsOn: g.starts_on,
      coInvestment: Number(g.co_investment),
      coInvestmentKind: g.co_investment_kind,
      coInvestmentNote: g.co_investment_note,
      taper: g.taper,
      notes: g.notes,
      awarded: list.reduce((s, t) => s + Number(t.amount), 0),
      disbursed: list.reduce((s, t) => s + Number(t.disbursed), 0),
    },
    tranches: list.map((t) => presentTranche(t, firstUnmet)),
    disbursements: disbursements.map((d) => ({
      id: d.id,
      trancheId: d.tranche_id,
      amount: Number(d.amount),
      paidOn: d.paid_on,
      reference: d.reference,
      by: d.by,
    })),
    dueNext: dueNext(list),
  };
}
