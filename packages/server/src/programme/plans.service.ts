import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { iso } from '../http/schemas.js';
import { RUNNERS } from './shared.js';

/**
 * Cluster development plans, investment panels and rounds (IDB / Compete Caribbean 003:310–314):
 * plans drafted for an organisation of the applicant register, submitted to a round; each round is
 * pitched to one panel on its date; the panel's members score independently. Queries and the
 * writes of one transaction; the routes (plans.routes.ts, panels.routes.ts) check and call.
 */

/** The platform's scoring scale (the guide gives none): 1–5, set per round. */
export const DEFAULT_SCALE = { min: 1, max: 5 } as const;

export interface PlanIndicatorInput {
  name: string;
  unit: string;
  baseline?: number | null;
  target?: number | null;
}

export interface PlanInput {
  applicantId: string;
  title: string;
  sector?: string;
  country?: string;
  summary?: string;
  budget: number;
  currency: string;
  indicators?: PlanIndicatorInput[];
}

const isRunner = (role: WorkspaceRole) => RUNNERS.includes(role);

export async function checkApplicant(db: Database, programmeId: string, applicantId: string) {
  const a = await db
    .selectFrom('programme_applicants')
    .select(['id', 'name', 'country', 'initiative_id'])
    .where('id', '=', applicantId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  if (!a)
    throw badRequest('unknown_applicant', 'applicantId is not an organisation of this programme’s register', [
      { field: 'body.applicantId', message: 'is not an organisation of this programme’s register' },
    ]);
  return a;
}

function checkPlanIndicators(list: PlanIndicatorInput[]) {
  const seen = new Set<string>();
  list.forEach((i, n) => {
    const name = i.name.trim();
    if (!name)
      throw badRequest('validation_failed', 'Give each indicator a name', [
        { field: `body.indicators.${n}.name`, message: 'is empty' },
      ]);
    if (seen.has(name.toLowerCase()))
      throw badRequest('validation_failed', msg`Two indicators are named "${name}"`, [
        { field: `body.indicators.${n}.name`, message: 'repeats another indicator’s name' },
      ]);
    seen.add(name.toLowerCase());
    for (const key of ['baseline', 'target'] as const)
      if (i.unit === 'percentage' && i[key] != null && (i[key]! < 0 || i[key]! > 100))
        throw badRequest('validation_failed', 'A percentage must be between 0 and 100', [
          { field: `body.indicators.${n}.${key}`, message: 'is above 100 % or below 0 %' },
        ]);
  });
}

export async function loadPlan(db: Database, programmeId: string, planId: string, lock = false) {
  let q = db
    .selectFrom('programme_plans')
    .selectAll()
    .where('id', '=', planId)
    .where('programme_id', '=', programmeId);
  if (lock) q = q.forUpdate();
  const plan = await q.executeTakeFirst();
  if (!plan) throw notFound('Plan');
  return plan;
}

export async function planIndicators(db: Database, planIds: string[]) {
  if (!planIds.length) return [];
  return db
    .selectFrom('programme_plan_indicators')
    .select(['id', 'plan_id', 'name', 'unit', 'baseline', 'target', 'indicator_id'])
    .where('plan_id', 'in', planIds)
    .orderBy('plan_id')
    .orderBy('position')
    .execute();
}

const presentIndicator = (i: Awaited<ReturnType<typeof planIndicators>>[number]) => ({
  id: i.id,
  name: i.name,
  unit: i.unit,
  baseline: i.baseline === null ? null : Number(i.baseline),
  target: i.target === null ? null : Number(i.target),
  indicatorId: i.indicator_id,
});

/** Plans of the programme, a page at a time, newest first, with their applicant and round. */
export async function listPlans(
  db: Database,
  programmeId: string,
  filter: { status?: string; roundId?: string; limit: number; offset: number },
) {
  let q = db
    .selectFrom('programme_plans as p')
    .innerJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
    .leftJoin('programme_rounds as r', 'r.id', 'p.round_id')
    .select([
      'p.id',
      'p.title',
      'p.sector',
      'p.country',
      'p.budget',
      'p.currency',
      'p.status',
      'p.round_id',
      'p.initiative_id',
      'p.decision_reason',
      'a.id as applicant_id',
      'a.name as applicant_name',
      'r.name as round_name',
      sql<string>`count(*) over ()`.as('total'),
    ])
    .where('p.programme_id', '=', programmeId);
  if (filter.status) q = q.where('p.status', '=', filter.status as 'draft');
  if (filter.roundId) q = q.where('p.round_id', '=', filter.roundId);
  const rows = await q
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return {
    plans: rows.map((r) => ({
      id: r.id,
      title: r.title,
      sector: r.sector,
      country: r.country,
      budget: Number(r.budget),
      currency: r.currency,
      status: r.status,
      applicant: { id: r.applicant_id, name: r.applicant_name },
      round: r.round_id ? { id: r.round_id, name: r.round_name! } : null,
      initiativeId: r.initiative_id,
      decisionReason: r.decision_reason,
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

export async function planDetail(db: Database, programmeId: string, planId: string) {
  const p = await loadPlan(db, programmeId, planId);
  const applicant = await db
    .selectFrom('programme_applicants')
    .select(['id', 'name', 'country'])
    .where('id', '=', p.applicant_id)
    .executeTakeFirstOrThrow();
  const indicators = await planIndicators(db, [p.id]);
  return {
    plan: {
      id: p.id,
      title: p.title,
      sector: p.sector,
      country: p.country,
      summary: p.summary,
      budget: Number(p.budget),
      currency: p.currency,
      status: p.status,
      roundId: p.round_id,
      initiativeId: p.initiative_id,
      decisionReason: p.decision_reason,
      decidedAt: iso(p.decided_at),
      applicant,
      indicators: indicators.map(presentIndicator),
    },
  };
}

/** Creates a plan (planId absent) or edits a draft, replacing its indicators. Audited. */
export async function savePlan(
  trx: Database,
  programmeId: string,
  userId: string,
  input: PlanInput,
  planId?: string,
) {
  const applicant = await checkApplicant(trx, programmeId, input.applicantId);
  const indicators = input.indicators ?? [];
  checkPlanIndicators(indicators);
  const values = {
    applicant_id: applicant.id,
    title: input.title.trim(),
    sector: input.sector?.trim() ?? '',
    country: input.country ?? applicant.country,
    summary: input.summary?.trim() ?? '',
    budget: input.budget,
    currency: input.currency,
  };
  if (!values.title)
    throw badRequest('validation_failed', 'Give the plan a title', [
      { field: 'body.title', message: 'is empty' },
    ]);
  let id: string;
  let old: unknown;
  if (planId) {
    const plan = await loadPlan(trx, programmeId, planId, true);
    if (plan.status !== 'draft')
      throw conflict('Only a draft plan can be edited; this one is submitted or decided', {
        status: plan.status,
      });
    old = plan;
    await trx
      .updateTable('programme_plans')
      .set({ ...values, updated_at: new Date() })
      .where('id', '=', plan.id)
      .execute();
    await trx.deleteFrom('programme_plan_indicators').where('plan_id', '=', plan.id).execute();
    id = plan.id;
  } else {
    id = (
      await trx
        .insertInto('programme_plans')
        .values({ ...values, programme_id: programmeId, created_by: userId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  if (indicators.length)
    await trx
      .insertInto('programme_plan_indicators')
      .values(
        indicators.map((i, n) => ({
          plan_id: id,
          position: n,
          name: i.name.trim(),
          unit: i.unit,
          baseline: i.baseline ?? null,
          target: i.target ?? null,
        })),
      )
      .execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: planId ? 'programme.plan.update' : 'programme.plan.create',
    entity: 'programme_plan',
    entityId: id,
    oldValue: old,
    newValue: input,
  });
  return id;
}

export async function deletePlan(trx: Database, programmeId: string, userId: string, planId: string) {
  const plan = await loadPlan(trx, programmeId, planId, true);
  if (plan.status !== 'draft') throw conflict('Only a draft plan can be deleted', { status: plan.status });
  await trx.deleteFrom('programme_plans').where('id', '=', plan.id).execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.plan.delete',
    entity: 'programme_plan',
    entityId: plan.id,
    oldValue: plan,
  });
}

/** A draft goes to an open round of the same programme; it can no longer be edited. */
export async function submitPlan(
  trx: Database,
  programmeId: string,
  userId: string,
  planId: string,
  roundId: string,
) {
  const plan = await loadPlan(trx, programmeId, planId, true);
  const round = await trx
    .selectFrom('programme_rounds')
    .select(['id', 'status', 'name'])
    .where('id', '=', roundId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  if (!round)
    throw badRequest('unknown_round', 'roundId is not a round of this programme', [
      { field: 'body.roundId', message: 'is not a round of this programme' },
    ]);
  if (round.status !== 'open')
    throw conflict(msg`The round "${round.name}" is decided: plans can no longer be submitted to it`);
  if (plan.status !== 'draft') throw conflict('This plan is submitted already', { status: plan.status });
  await trx
    .updateTable('programme_plans')
    .set({ status: 'submitted', round_id: round.id, submitted_at: new Date(), updated_at: new Date() })
    .where('id', '=', plan.id)
    .where('status', '=', 'draft')
    .execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId,
    action: 'programme.plan.submit',
    entity: 'programme_plan',
    entityId: plan.id,
    newValue: { roundId: round.id },
  });
}

// ——— Panels ———

export async function listPanels(db: Database, programmeId: string) {
  const panels = await db
    .selectFrom('programme_panels')
    .select(['id', 'name', 'focus'])
    .where('programme_id', '=', programmeId)
    .orderBy('name')
    .execute();
  const members = panels.length
    ? await db
        .selectFrom('programme_panel_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.panel_id', 'u.id', 'u.name', 'u.email'])
        .where(
          'm.panel_id',
          'in',
          panels.map((p) => p.id),
        )
        .orderBy('u.name')
        .execute()
    : [];
  return panels.map((p) => ({
    ...p,
    members: members.filter((m) => m.panel_id === p.id).map(({ id, name, email }) => ({ id, name, email })),
  }));
}

export async function loadPanel(db: Database, programmeId: string, panelId: string) {
  const panel = await db
    .selectFrom('programme_panels')
    .selectAll()
    .where('id', '=', panelId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  if (!panel) throw notFound('Panel');
  return panel;
}

export async function checkPanelName(db: Database, programmeId: string, name: string, selfId?: string) {
  let q = db
    .selectFrom('programme_panels')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('name', '=', name);
  if (selfId) q = q.where('id', '<>', selfId);
  if (await q.executeTakeFirst())
    throw conflict(msg`A panel named "${name}" exists already`, [
      { field: 'body.name', message: 'is taken' },
    ]);
}

/** A seat goes to a login of this programme holding the panel member role. */
export async function checkPanelMember(db: Database, programmeId: string, userId: string) {
  const m = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', programmeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!m || m.role !== 'panel_member')
    throw badRequest('not_panel_member', 'userId is not a panel member of this programme', [
      { field: 'body.userId', message: 'is not a panel member of this programme' },
    ]);
}

// ——— Rounds ———

/** Rounds of the programme; a panel member sees only the rounds of the panels they sit on. */
export async function listRounds(db: Database, programmeId: string, userId: string, role: WorkspaceRole) {
  let q = db
    .selectFrom('programme_rounds as r')
    .innerJoin('programme_panels as p', 'p.id', 'r.panel_id')
    .select([
      'r.id',
      'r.name',
      sql<string>`r.pitch_date::text`.as('pitch_date'),
      'r.status',
      'r.score_min',
      'r.score_max',
      'p.id as panel_id',
      'p.name as panel_name',
      sql<string>`(SELECT count(*) FROM programme_plans pl WHERE pl.round_id = r.id)`.as('plans'),
      sql<string>`(SELECT count(*) FROM programme_plans pl WHERE pl.round_id = r.id AND pl.status = 'funded')`.as(
        'funded',
      ),
    ])
    .where('r.programme_id', '=', programmeId);
  if (!isRunner(role) && role === 'panel_member')
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('programme_panel_members as m')
          .select('m.user_id')
          .whereRef('m.panel_id', '=', 'r.panel_id')
          .where('m.user_id', '=', userId),
      ),
    );
  const rows = await q.orderBy('r.pitch_date').orderBy('r.name').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    pitchDate: r.pitch_date,
    status: r.status,
    scale: { min: r.score_min, max: r.score_max },
    panel: { id: r.panel_id, name: r.panel_name },
    plans: Number(r.plans),
    funded: Number(r.funded),
  }));
}

/**
 * A round as its reader may see it: a panel member who does not sit on its panel gets 404 (the
 * round is not theirs to know of); readers who are neither runners nor seated see no scores.
 */
export async function loadRoundFor(
  db: Database,
  programmeId: string,
  roundId: string,
  userId: string,
  role: WorkspaceRole,
  lock = false,
) {
  let q = db
    .selectFrom('programme_rounds')
    .selectAll()
    .select(sql<string>`pitch_date::text`.as('pitch_date'))
    .where('id', '=', roundId)
    .where('programme_id', '=', programmeId);
  if (lock) q = q.forUpdate();
  const round = await q.executeTakeFirst();
  if (!round) throw notFound('Round');
  const seat = await db
    .selectFrom('programme_panel_members')
    .select('user_id')
    .where('panel_id', '=', round.panel_id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (role === 'panel_member' && !seat) throw notFound('Round');
  return { round, seated: Boolean(seat) };
}

export async function roundDetail(
  db: Database,
  programmeId: string,
  roundId: string,
  userId: string,
  role: WorkspaceRole,
) {
  const { round, seated } = await loadRoundFor(db, programmeId, roundId, userId, role);
  const panel = (await listPanels(db, programmeId)).find((p) => p.id === round.panel_id)!;
  const plans = await db
    .selectFrom('programme_plans as p')
    .innerJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
    .select([
      'p.id',
      'p.title',
      'p.sector',
      'p.country',
      'p.summary',
      'p.budget',
      'p.currency',
      'p.status',
      'p.decision_reason',
      'p.initiative_id',
      'a.id as applicant_id',
      'a.name as applicant_name',
    ])
    .where('p.round_id', '=', round.id)
    .orderBy('p.title')
    .execute();
  const indicators = await planIndicators(
    db,
    plans.map((p) => p.id),
  );
  // Scores are independent: before the round is decided a panel member sees only their own;
  // the runners see all (they decide); other readers see them once the round is decided.
  const decided = round.status === 'decided';
  const seeAll = isRunner(role) || decided;
  let sq = db
    .selectFrom('programme_plan_scores as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.plan_id', 's.user_id', 'u.name', 's.score', 's.comment', 's.scored_at'])
    .where('s.round_id', '=', round.id);
  if (!seeAll) sq = sq.where('s.user_id', '=', userId);
  const scores = await sq.orderBy('u.name').execute();
  return {
    round: {
      id: round.id,
      name: round.name,
      pitchDate: round.pitch_date,
      status: round.status,
      scale: { min: round.score_min, max: round.score_max },
      panel,
      decidedAt: iso(round.decided_at),
    },
    canScore: seated && role === 'panel_member' && !decided,
    canDecide: isRunner(role) && !decided,
    seesAllScores: seeAll,
    plans: plans.map((p) => {
      const own = scores.filter((s) => s.plan_id === p.id);
      const values = own.map((s) => s.score);
      return {
        id: p.id,
        title: p.title,
        sector: p.sector,
        country: p.country,
        summary: p.summary,
        budget: Number(p.budget),
        currency: p.currency,
        status: p.status,
        decisionReason: p.decision_reason,
        initiativeId: p.initiative_id,
        applicant: { id: p.applicant_id, name: p.applicant_name },
        indicators: indicators.filter((i) => i.plan_id === p.id).map(presentIndicator),
        scores: own.map((s) => ({
          userId: s.user_id,
          name: s.name,
          score: s.score,
          comment: s.comment,
          scoredAt: iso(s.scored_at),
        })),
        mean: seeAll && values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
      };
    }),
  };
}

/** A panel member's score of one plan of a round of their panel, while the round is open. */
export async function scorePlan(
  trx: Database,
  programmeId: string,
  ctx: { userId: string; role: WorkspaceRole },
  roundId: string,
  planId: string,
  input: { score: number; comment?: string },
) {
  const { round, seated } = await loadRoundFor(trx, programmeId, roundId, ctx.userId, ctx.role, true);
  if (!seated) throw forbidden('Only the members of this round’s panel score its plans');
  const plan = await trx
    .selectFrom('programme_plans')
    .select(['id', 'status'])
    .where('id', '=', planId)
    .where('round_id', '=', round.id)
    .executeTakeFirst();
  if (!plan) throw notFound('Plan');
  if (round.status !== 'open') throw conflict('This round is decided: its scores are closed');
  if (input.score < round.score_min || input.score > round.score_max)
    throw badRequest('validation_failed', msg`A score goes from ${round.score_min} to ${round.score_max}`, [
      { field: 'body.score', message: 'is outside the round’s scale' },
    ]);
  const row = { score: input.score, comment: input.comment?.trim() ?? '', scored_at: new Date() };
  await trx
    .insertInto('programme_plan_scores')
    .values({ plan_id: plan.id, round_id: round.id, user_id: ctx.userId, ...row })
    .onConflict((oc) => oc.columns(['plan_id', 'user_id']).doUpdateSet(row))
    .execute();
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId: ctx.userId,
    action: 'programme.plan.score',
    entity: 'programme_plan',
    entityId: plan.id,
    newValue: { roundId: round.id, score: input.score },
  });
}
