import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { insertWorkspace } from '../workspaces/service.js';
import { insertIndicator } from '../monitoring/indicators.service.js';
import { validateIndicator } from '../monitoring/indicators.js';
import { loadRoundFor, planIndicators } from './plans.service.js';

/**
 * What the programme funds (docs/programme.md, "Summaries"): one entry per funded cluster
 * development plan, read by the portfolio, the programme report and the programme's IATI export
 * (one activity per funded initiative). Filled in by the plans and grants slice (C).
 */
export interface FundedInitiative {
  planId: string;
  /** The followed cluster initiative the funded plan became (null while not yet created). */
  initiativeId: string | null;
  title: string;
  applicant: { id: string; name: string; country: string };
  roundId: string;
  fundedOn: string;
  currency: string;
  /** The grant awarded (sum of the grant agreement's tranches), 0 without an agreement. */
  awarded: number;
  /** Disbursed so far. */
  disbursed: number;
  /** Co-investment recorded (000:139–155). */
  coInvestment: number;
  tranches: {
    title: string;
    amount: number;
    status: 'planned' | 'due' | 'released';
    releasedOn: string | null;
  }[];
}

export async function getFundedInitiatives(db: Database, programmeId: string): Promise<FundedInitiative[]> {
  const plans = await db
    .selectFrom('programme_plans as p')
    .innerJoin('programme_applicants as a', 'a.id', 'p.applicant_id')
    .leftJoin('programme_grants as g', 'g.plan_id', 'p.id')
    .select([
      'p.id',
      'p.initiative_id',
      'p.title',
      'p.round_id',
      'p.currency as plan_currency',
      sql<string>`to_char(p.decided_at, 'YYYY-MM-DD')`.as('funded_on'),
      'a.id as applicant_id',
      'a.name as applicant_name',
      'a.country as applicant_country',
      'g.id as grant_id',
      'g.currency as grant_currency',
      'g.co_investment',
    ])
    .where('p.programme_id', '=', programmeId)
    .where('p.status', '=', 'funded')
    .orderBy('p.decided_at')
    .orderBy('p.title')
    .execute();
  const grantIds = plans.flatMap((p) => (p.grant_id ? [p.grant_id] : []));
  const tranches = grantIds.length
    ? await db
        .selectFrom('programme_tranches as t')
        .select([
          't.grant_id',
          't.title',
          't.amount',
          't.position',
          sql<string | null>`t.milestone_met_on::text`.as('met_on'),
          sql<string>`(SELECT coalesce(sum(d.amount), 0) FROM programme_disbursements d WHERE d.tranche_id = t.id)`.as(
            'disbursed',
          ),
        ])
        .where('t.grant_id', 'in', grantIds)
        .orderBy('t.grant_id')
        .orderBy('t.position')
        .execute()
    : [];
  return plans.map((p) => {
    const own = tranches.filter((t) => t.grant_id === p.grant_id);
    const firstUnmet = own.find((t) => !t.met_on);
    return {
      planId: p.id,
      initiativeId: p.initiative_id,
      title: p.title,
      applicant: { id: p.applicant_id, name: p.applicant_name, country: p.applicant_country },
      roundId: p.round_id!,
      fundedOn: p.funded_on,
      currency: p.grant_currency ?? p.plan_currency,
      awarded: own.reduce((s, t) => s + Number(t.amount), 0),
      disbursed: own.reduce((s, t) => s + Number(t.disbursed), 0),
      coInvestment: p.co_investment === null ? 0 : Number(p.co_investment),
      tranches: own.map((t) => ({
        title: t.title,
        amount: Number(t.amount),
        status: t.met_on ? 'released' : t === firstUnmet ? 'due' : 'planned',
        releasedOn: t.met_on,
      })),
    };
  });
}

export interface PlanDecision {
  planId: string;
  decision: 'funded' | 'declined';
  reason: string;
}

/** The shares a funded initiative gives the programme that funds it (docs/programme.md). */
const FUNDED_SHARES = ['lifecycle', 'indicators'] as const;
/** The platform's span for a funded plan's indicators (the guide gives none): three calendar years, annual. */
export const FUNDED_INDICATOR_YEARS = 3;

/**
 * The runners decide a round: every plan submitted to it is funded or declined with a reason, in one
 * transaction (IDB funded several plans per round, 003:314). The round row is locked, so a second
 * decision of the same round waits and is then refused: each funded plan becomes an initiative once.
 */
export async function decideRound(
  trx: Database,
  programmeId: string,
  ctx: { userId: string; role: WorkspaceRole },
  roundId: string,
  decisions: PlanDecision[],
  today: string,
) {
  const { round } = await loadRoundFor(trx, programmeId, roundId, ctx.userId, ctx.role, true);
  if (round.status !== 'open') throw conflict(msg`The round "${round.name}" is decided already`);
  const plans = await trx
    .selectFrom('programme_plans')
    .selectAll()
    .where('round_id', '=', round.id)
    .where('status', '=', 'submitted')
    .forUpdate()
    .execute();
  if (!plans.length) throw conflict('No plan is submitted to this round: there is nothing to decide');
  const byId = new Map(plans.map((p) => [p.id, p]));
  const seen = new Set<string>();
  decisions.forEach((d, i) => {
    if (!byId.has(d.planId))
      throw badRequest('unknown_plan', 'The plan is not submitted to this round', [
        { field: `body.decisions.${i}.planId`, message: 'is not a plan submitted to this round' },
      ]);
    if (seen.has(d.planId))
      throw badRequest('validation_failed', 'A plan is decided twice', [
        { field: `body.decisions.${i}.planId`, message: 'is decided twice' },
      ]);
    seen.add(d.planId);
    if (!d.reason.trim())
      throw badRequest('validation_failed', 'Give the reason of each decision', [
        { field: `body.decisions.${i}.reason`, message: 'is empty' },
      ]);
  });
  const missing = plans.filter((p) => !seen.has(p.id));
  if (missing.length)
    throw badRequest(
      'validation_failed',
      msg`Decide every plan of the round; missing: ${missing[0]!.title}`,
      [{ field: 'body.decisions', message: 'leaves a plan of the round undecided' }],
    );
  const funded: { planId: string; initiativeId: string }[] = [];
  for (const d of decisions) {
    const plan = byId.get(d.planId)!;
    const initiativeId =
      d.decision === 'funded' ? await fundPlan(trx, programmeId, ctx.userId, plan, today) : null;
    const updated = await trx
      .updateTable('programme_plans')
      .set({
        status: d.decision,
        decision_reason: d.reason.trim(),
        decided_at: new Date(),
        decided_by: ctx.userId,
        initiative_id: initiativeId,
        updated_at: new Date(),
      })
      .where('id', '=', plan.id)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('This plan is decided already');
    if (initiativeId) funded.push({ planId: plan.id, initiativeId });
    await recordAudit(trx, {
      workspaceId: programmeId,
      userId: ctx.userId,
      action: d.decision === 'funded' ? 'programme.plan.fund' : 'programme.plan.decline',
      entity: 'programme_plan',
      entityId: plan.id,
      newValue: { roundId: round.id, reason: d.reason.trim(), initiativeId },
    });
  }
  const closed = await trx
    .updateTable('programme_rounds')
    .set({ status: 'decided', decided_at: new Date(), decided_by: ctx.userId })
    .where('id', '=', round.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(closed.numUpdatedRows) !== 1) throw conflict(msg`The round "${round.name}" is decided already`);
  await recordAudit(trx, {
    workspaceId: programmeId,
    userId: ctx.userId,
    action: 'programme.round.decide',
    entity: 'programme_round',
    entityId: round.id,
    newValue: { decisions },
  });
  return { funded };
}

type PlanRow = {
  id: string;
  applicant_id: string;
  title: string;
  sector: string;
  country: string;
  currency: string;
};

/**
 * A funded plan becomes a followed cluster initiative (docs/programme.md, slice C): the applicant's
 * own initiative when it has one, else a new cluster initiative workspace (the deciding runner owns
 * it until they invite the association's team); an active follow sharing lifecycle and indicators;
 * the plan's indicators in the initiative's results chain with their baselines and targets; a row
 * of the programme's associations chart (MarketMakers Appendix 2, 000:251–262).
 */
export async function fundPlan(
  trx: Database,
  programmeId: string,
  userId: string,
  plan: PlanRow,
  today: string,
): Promise<string> {
  const applicant = await trx
    .selectFrom('programme_applicants')
    .select(['id', 'name', 'initiative_id'])
    .where('id', '=', plan.applicant_id)
    .executeTakeFirstOrThrow();
  let initiativeId: string | null = null;
  if (applicant.initiative_id) {
    const ws = await trx
      .selectFrom('workspaces')
      .select('id')
      .where('id', '=', applicant.initiative_id)
      .where('kind', '=', 'cluster_initiative')
      .executeTakeFirst();
    initiativeId = ws?.id ?? null;
  }
  if (!initiativeId) {
    const ws = await insertWorkspace(trx, userId, {
      name: plan.title,
      kind: 'cluster_initiative',
      organisationName: applicant.name,
    });
    initiativeId = ws.id;
    await trx
      .updateTable('workspaces')
      .set({ country: plan.country, sector: plan.sector })
      .where('id', '=', ws.id)
      .execute();
    await trx
      .updateTable('programme_applicants')
      .set({ initiative_id: ws.id })
      .where('id', '=', applicant.id)
      .where('initiative_id', 'is', null)
      .execute();
  }

  // The follow: active, sharing lifecycle and indicators (the funding's condition).
  const existing = await trx
    .selectFrom('programme_follows')
    .select(['id', 'status'])
    .where('programme_id', '=', programmeId)
    .where('initiative_id', '=', initiativeId)
    .forUpdate()
    .executeTakeFirst();
  const followId = existing
    ? existing.id
    : (
        await trx
          .insertInto('programme_follows')
          .values({
            programme_id: programmeId,
            initiative_id: initiativeId,
            status: 'active',
            requested_by: userId,
            decided_at: new Date(),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
  if (existing && existing.status !== 'active')
    await trx
      .updateTable('programme_follows')
      .set({ status: 'active', decided_at: new Date() })
      .where('id', '=', existing.id)
      .execute();
  const active = await trx
    .selectFrom('follow_shares')
    .select('scope')
    .where('follow_id', '=', followId)
    .where('revoked_at', 'is', null)
    .execute();
  const missing = FUNDED_SHARES.filter((s) => !active.some((a) => a.scope === s));
  if (missing.length)
    await trx
      .insertInto('follow_shares')
      .values(missing.map((scope) => ({ follow_id: followId, scope, granted_by: userId })))
      .execute();

  // The plan's indicators in the initiative's results chain (an indicator of the same name there
  // already is linked, not duplicated).
  const year = Number(today.slice(0, 4));
  const startsOn = `${year}-01-01`;
  const endsOn = `${year + FUNDED_INDICATOR_YEARS - 1}-12-31`;
  for (const i of await planIndicators(trx, [plan.id])) {
    const same = await trx
      .selectFrom('indicators')
      .select('id')
      .where('workspace_id', '=', initiativeId)
      .where('name', '=', i.name)
      .executeTakeFirst();
    let indicatorId = same?.id;
    if (!indicatorId) {
      const input = {
        name: i.name,
        definition: `From the cluster development plan "${plan.title}"`,
        level: 'outcomes' as const,
        unit: i.unit,
        currency: i.unit === 'currency' ? plan.currency : null,
        baselineValue: i.baseline === null ? null : Number(i.baseline),
        baselineDate: i.baseline === null ? null : today,
        frequency: 'annual' as const,
        evaluationLevel: 'cluster',
        startsOn,
        endsOn,
      };
      const periods = validateIndicator(input);
      const last = periods[periods.length - 1]!;
      const targets = i.target === null ? [] : [{ period: last.key, value: Number(i.target) }];
      indicatorId = (await insertIndicator(trx, initiativeId, userId, input, periods, targets)).id;
    }
    await trx
      .updateTable('programme_plan_indicators')
      .set({ indicator_id: indicatorId })
      .where('id', '=', i.id)
      .execute();
  }

  // A row of the associations chart.
  const named = await trx
    .selectFrom('programme_associations')
    .select(['id', 'initiative_id'])
    .where('programme_id', '=', programmeId)
    .where((eb) => eb.or([eb('initiative_id', '=', initiativeId), eb('name', '=', plan.title)]))
    .executeTakeFirst();
  if (named)
    await trx
      .updateTable('programme_associations')
      .set({ initiative_id: initiativeId, applicant_id: applicant.id })
      .where('id', '=', named.id)
      .execute();
  else
    await trx
      .insertInto('programme_associations')
      .values({
        programme_id: programmeId,
        name: plan.title,
        initiative_id: initiativeId,
        applicant_id: applicant.id,
        origin: 'funded_plan',
        created_by: userId,
      })
      .execute();
  await recordAudit(trx, {
    workspaceId: initiativeId,
    userId,
    action: 'programme.funded_follow',
    entity: 'programme_follow',
    entityId: followId,
    newValue: { programme: programmeId, plan: plan.id, shares: FUNDED_SHARES },
  });
  return initiativeId;
}
