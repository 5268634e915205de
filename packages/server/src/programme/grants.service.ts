import { inYearTwo, taperBreaks } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import type { TRANCHE_PURPOSES, CO_INVESTMENT_KINDS } from '../db/schema-plans.js';

/**
 * Grant agreements of funded plans, after MarketMakers' tranche funding (000:139–151): the cash
 * injection supports pre-agreed cost items "inclusive of progress milestones that … triggered the
 * next tranche or instalment of support" (000:141), with financial or non-financial co-investment
 * from the founders or members (000:141), scaled down through the ~12-month partnership (000:143);
 * re-engagement comes with "ring-fenced funding for setting up new activities or member services"
 * and "was expressly not to be used for the C/MA's operations and recurrent costs, nor
 * 're-subsidising' what had already been established" (000:145); no support "into the second
 * year" (000:151).
 */

export interface TrancheInput {
  title: string;
  amount: number;
  purpose: (typeof TRANCHE_PURPOSES)[number];
  reEngagement?: boolean;
  service?: string;
  dueOn: string;
  milestone: string;
}

export interface GrantInput {
  planId: string;
  currency?: string;
  startsOn: string;
  coInvestment: number;
  coInvestmentKind?: (typeof CO_INVESTMENT_KINDS)[number];
  coInvestmentNote?: string;
  taper?: boolean;
  notes?: string;
  tranches?: TrancheInput[];
}

/** The refusal of operating funds from the second year, in the guide's words (000:145, 000:151). */
const YEAR_TWO_REFUSAL =
  'Operating funds are refused from the second year. MarketMakers: funding support “was expressly not to be used for the C/MA’s operations and recurrent costs”, and requests “to maintain some (lower) funding/direct support level into the second year” were declined';

export async function loadGrant(db: Database, programmeId: string, grantId: string, lock = false) {
  let q = db
    .selectFrom('programme_grants')
    .selectAll()
    .select(sql<string>`starts_on::text`.as('starts_on'))
    .where('id', '=', grantId)
    .where('programme_id', '=', programmeId);
  if (lock) q = q.forUpdate();
  const g = await q.executeTakeFirst();
  if (!g) throw notFound('Grant');
  return g;
}

/** The tranches of a grant in their order, with what was disbursed against each. */
export async function tranchesOf(db: Database, grantId: string) {
  return db
    .selectFrom('programme_tranches as t')
    .select([
      't.id',
      't.position',
      't.title',
      't.amount',
      't.purpose',
      't.re_engagement',
      't.service',
      sql<string>`t.due_on::text`.as('due_on'),
      't.milestone',
      sql<string | null>`t.milestone_met_on::text`.as('milestone_met_on'),
      't.milestone_evidence',
      sql<string>`(SELECT coalesce(sum(d.amount), 0)::text FROM programme_disbursements d WHERE d.tranche_id = t.id)`.as(
        'disbursed',
      ),
    ])
    .where('t.grant_id', '=', grantId)
    .orderBy('t.position')
    .execute();
}

type Tranche = {
  title: string;
  amount: number;
  purpose: string;
  reEngagement: boolean;
  service: string;
  dueOn: string;
};

/**
 * The rules of a grant's tranches, checked on the whole schedule after each change: due dates in
 * order, the year-two refusal of operating funds, re-engagement ring-fenced for a new service not
 * funded before, and the taper (the platform's shape: no tranche of the start-up partnership larger
 * than the one before it; the guide says only "scale down", 000:143).
 */
export function checkSchedule(
  grant: { starts_on: string; taper: boolean },
  list: Tranche[],
  at: (i: number) => string,
) {
  list.forEach((t, i) => {
    if (t.dueOn < grant.starts_on)
      throw badRequest('validation_failed', 'A tranche is due before the grant starts', [
        { field: `${at(i)}.dueOn`, message: 'is before the grant’s start' },
      ]);
    if (i > 0 && t.dueOn < list[i - 1]!.dueOn)
      throw badRequest('validation_failed', 'Tranches are due in their order', [
        { field: `${at(i)}.dueOn`, message: 'is before the previous tranche’s' },
      ]);
    // 000:145: never the operations and recurrent costs; 000:151: not into the second year.
    if (t.purpose === 'operating' && (t.reEngagement || inYearTwo(grant.starts_on, t.dueOn)))
      throw conflict(YEAR_TWO_REFUSAL, {
        rule: 'no_operating_funds_after_year_one',
        field: `${at(i)}.purpose`,
        citation: 'MarketMakers 000:145, 000:151',
      });
    if (t.reEngagement && t.purpose !== 'new_service')
      throw conflict(
        'Re-engagement is ring-fenced for new activities or member services only (MarketMakers, step 8)',
        { rule: 'ring_fenced_re_engagement', field: `${at(i)}.purpose` },
      );
    if (t.purpose === 'new_service' && !t.service.trim())
      throw badRequest('validation_failed', 'Name the new activity or member service this tranche sets up', [
        { field: `${at(i)}.service`, message: 'is empty' },
      ]);
    if (t.reEngagement) {
      const before = list
        .slice(0, i)
        .find((o) => o.service.trim().toLowerCase() === t.service.trim().toLowerCase());
      if (before)
        throw conflict(
          msg`Re-engagement may not re-subsidise what is established: "${t.service.trim()}" was funded by an earlier tranche`,
          { rule: 'ring_fenced_re_engagement', field: `${at(i)}.service` },
        );
    }
  });
  if (grant.taper) {
    const startUp = list.map((t, i) => ({ t, i })).filter(({ t }) => !t.reEngagement);
    const breaks = taperBreaks(startUp.map(({ t }) => t.amount));
    if (breaks.length)
      throw conflict(
        'The tranches scale down: no tranche is larger than the one before it (the platform’s taper; the guide gives no ratio)',
        { rule: 'taper', field: `${at(startUp[breaks[0]!]!.i)}.amount` },
      );
  }
}

const asTranche = (t: Awaited<ReturnType<typeof tranchesOf>>[number]): Tranche => ({
  title: t.title,
  amount: Number(t.amount),
  purpose: t.purpose,
  reEngagement: t.re_engagement,
  service: t.service,
  dueOn: t.due_on,
});
const fromInput = (t: TrancheInput): Tranche => ({
  title: t.title,
  amount: t.amount,
  purpose: t.purpose,
  reEngagement: t.reEngagement ?? false,
  service: t.service ?? '',
  dueOn: t.dueOn,
});
const trancheRow = (t: TrancheInput) => ({
  title: t.title.trim(),
  amount: t.amount,
  purpose: t.purpose,
  re_engagement: t.reEngagement ?? false,
  service: t.service?.trim() ?? '',
  due_on: t.dueOn,
  milestone: t.milestone.trim(),
});

export async function createGrant(trx: Database, programmeId: string, userId: string, input: GrantInput) {
  const plan = await trx
    .selectFrom('programme_plans')
    .select(['id', 'status', 'currency', 'title'])
    .where('id', '=', input.planId)
    .where('programme_id', '=', programmeId)
    .forUpdate()
    .executeTakeFirst();
  if (!plan)
    throw badRequest('unknown_plan', 'planId is not a plan of this programme', [
      { field: 'body.planId', message: 'is not a plan of this programme' },
    ]);
  if (plan.status !== 'funded')
    throw conflict('Only a funded plan has a grant agreement', { field: 'body.planId', status: plan.status });
  const taken = await trx
    .selectFrom('programme_grants')
    .select('id')
    .where('plan_id', '=', plan.id)
    .executeTakeFirst();
  if (taken) throw conflict('This plan has a grant agreement already', { grantId: taken.id });
  const tranches = input.tranches ?? [];
  const grant = { starts_on: input.startsOn, taper: input.taper ?? true };
  checkSchedule(grant, tranches.map(fromInput), (i) => `body.tranches.${i}`);
  const id = (
    await trx
      .insertInto('programme_grants')
      .values({
        programme_id: programmeId,
        plan_id: plan.id,
        currency: input.currency ?? plan.currency,
        starts_on: input.startsOn,
        co_investment: input.coInvestment,
        co_investment_kind: input.coInvestmentKind ?? 'financial',
        co_investment_note: input.coInvestmentNote?.trim() ?? '',
        taper: grant.taper,
        notes: input.notes?.trim() ?? '',
        created_by: userId,
      })
      .onConflict((oc) => oc.column('plan_id').doNothing())
      .returning('id')
      .executeTakeFirst()
  )?.id;
  if (!id) throw conflict('This plan has a grant agreement already');
  if (tranches.length)
    await trx
      .insertInto('programme_tranches')
      .values(tranches.map((t, i) => ({ grant_id: id, position: i + 1, ...trancheRow(t) })))
      .execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.grant.create',
    entity: 'programme_grant',
    entityId: id,
    newValue: input,
  });
  return id;
}

export async function updateGrant(
  trx: Database,
  programmeId: string,
  userId: string,
  grantId: string,
  input: Omit<GrantInput, 'planId' | 'tranches' | 'startsOn'>,
) {
  const g = await loadGrant(trx, programmeId, grantId, true);
  const taper = input.taper ?? g.taper;
  checkSchedule(
    { starts_on: g.starts_on, taper },
    (await tranchesOf(trx, g.id)).map(asTranche),
    (i) => `tranches.${i}`,
  );
  await trx
    .updateTable('programme_grants')
    .set({
      currency: input.currency ?? g.currency,
      co_investment: input.coInvestment,
      co_investment_kind: input.coInvestmentKind ?? g.co_investment_kind,
      co_investment_note: input.coInvestmentNote?.trim() ?? g.co_investment_note,
      taper,
      notes: input.notes?.trim() ?? g.notes,
    })
    .where('id', '=', g.id)
    .execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.grant.update',
    entity: 'programme_grant',
    entityId: g.id,
    oldValue: g,
    newValue: input,
  });
}

async function loadTranche(trx: Database, grantId: string, trancheId: string) {
  const t = await trx
    .selectFrom('programme_tranches')
    .selectAll()
    .select([sql<string | null>`milestone_met_on::text`.as('milestone_met_on')])
    .where('id', '=', trancheId)
    .where('grant_id', '=', grantId)
    .forUpdate()
    .executeTakeFirst();
  if (!t) throw notFound('Tranche');
  return t;
}

/** Adds a tranche at the end, or edits one whose milestone is not met yet; the whole schedule is checked. */
export async function saveTranche(
  trx: Database,
  programmeId: string,
  userId: string,
  grantId: string,
  input: TrancheInput,
  trancheId?: string,
) {
  const g = await loadGrant(trx, programmeId, grantId, true);
  const list = await tranchesOf(trx, g.id);
  let position: number;
  if (trancheId) {
    const t = await loadTranche(trx, g.id, trancheId);
    if (t.milestone_met_on)
      throw conflict('The milestone of this tranche is met: the tranche is released and stays as it is');
    position = t.position;
  } else position = (list[list.length - 1]?.position ?? 0) + 1;
  const next = list.map((t) => (t.position === position ? fromInput(input) : asTranche(t)));
  if (!trancheId) next.push(fromInput(input));
  const self = trancheId ? list.findIndex((t) => t.position === position) : next.length - 1;
  const at = (i: number) => (i === self ? 'body' : `tranches.${i}`);
  checkSchedule(g, next, at);
  let id = trancheId;
  if (trancheId)
    await trx.updateTable('programme_tranches').set(trancheRow(input)).where('id', '=', trancheId).execute();
  else
    id = (
      await trx
        .insertInto('programme_tranches')
        .values({ grant_id: g.id, position, ...trancheRow(input) })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: trancheId ? 'programme.tranche.update' : 'programme.tranche.create',
    entity: 'programme_tranche',
    entityId: id!,
    newValue: input,
  });
  return id!;
}

export async function deleteTranche(
  trx: Database,
  programmeId: string,
  userId: string,
  grantId: string,
  trancheId: string,
) {
  const g = await loadGrant(trx, programmeId, grantId, true);
  const t = await loadTranche(trx, g.id, trancheId);
  if (t.milestone_met_on)
    throw conflict('The milestone of this tranche is met: the tranche is released and stays as it is');
  await trx.deleteFrom('programme_tranches').where('id', '=', t.id).execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.tranche.delete',
    entity: 'programme_tranche',
    entityId: t.id,
    oldValue: t,
  });
}

/**
 * A milestone met releases its tranche ("progress milestones … triggered the next tranche",
 * 000:141). Milestones are met in order; meeting one twice is refused (conditional write).
 */
export async function meetMilestone(
  trx: Database,
  programmeId: string,
  userId: string,
  grantId: string,
  trancheId: string,
  input: { metOn: string; evidence?: string },
) {
  const g = await loadGrant(trx, programmeId, grantId, true);
  const t = await loadTranche(trx, g.id, trancheId);
  if (t.milestone_met_on) throw conflict('This milestone is met already');
  const earlier = await trx
    .selectFrom('programme_tranches')
    .select('title')
    .where('grant_id', '=', g.id)
    .where('position', '<', t.position)
    .where('milestone_met_on', 'is', null)
    .orderBy('position')
    .executeTakeFirst();
  if (earlier) throw conflict(msg`Milestones are met in order: "${earlier.title}" comes first`);
  if (input.metOn < g.starts_on)
    throw badRequest('validation_failed', 'The milestone is met before the grant starts', [
      { field: 'body.metOn', message: 'is before the grant’s start' },
    ]);
  const done = await trx
    .updateTable('programme_tranches')
    .set({ milestone_met_on: input.metOn, milestone_evidence: input.evidence?.trim() ?? '', met_by: userId })
    .where('id', '=', t.id)
    .where('milestone_met_on', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw conflict('This milestone is met already');
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.tranche.release',
    entity: 'programme_tranche',
    entityId: t.id,
    newValue: input,
  });
}

/** A payment against a released tranche, never beyond the tranche (the tranche row is locked). */
export async function disburse(
  trx: Database,
  programmeId: string,
  userId: string,
  grantId: string,
  trancheId: string,
  input: { amount: number; paidOn: string; reference?: string },
) {
  const g = await loadGrant(trx, programmeId, grantId);
  const t = await loadTranche(trx, g.id, trancheId);
  if (!t.milestone_met_on)
    throw conflict('The milestone of this tranche is not met: nothing can be disbursed against it yet');
  if (input.paidOn < t.milestone_met_on)
    throw badRequest('validation_failed', 'The payment is dated before the milestone was met', [
      { field: 'body.paidOn', message: 'is before the milestone was met' },
    ]);
  const paid = await trx
    .selectFrom('programme_disbursements')
    .select(sql<string>`coalesce(sum(amount), 0)::text`.as('sum'))
    .where('tranche_id', '=', t.id)
    .executeTakeFirstOrThrow();
  const left = Math.round((Number(t.amount) - Number(paid.sum)) * 100) / 100;
  if (input.amount > left)
    throw conflict(msg`The payment goes beyond the tranche: ${left} ${g.currency} is left to disburse`, {
      field: 'body.amount',
      left,
    });
  const id = (
    await trx
      .insertInto('programme_disbursements')
      .values({
        tranche_id: t.id,
        amount: input.amount,
        paid_on: input.paidOn,
        reference: input.reference?.trim() ?? '',
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.disbursement.create',
    entity: 'programme_disbursement',
    entityId: id,
    newValue: { trancheId: t.id, ...input },
  });
  return id;
}
