import { periodState } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { AppError, badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { PLATFORM_METRICS } from './metrics.js';
import { num, today } from './shared.js';
import { baselineFromDiagnostic } from './baselines.service.js';
import { checkTargets, type IndicatorInput, type validateIndicator } from './indicators.js';
import { msg } from '../i18n/index.js';
import { iso } from '../http/schemas.js';
/**
 * Indicators of the results chain (UNIDO 002:256–258): their records, periods, baselines and
 * targets. Queries and transactions only; the routes in indicators.routes.ts check and call.
 */

/** The results-chain item and the responsible person must belong to the workspace; names are unique. */
export async function checkIndicatorRefs(
  db: Database,
  workspaceId: string,
  b: IndicatorInput,
  selfId?: string,
) {
  if (b.itemId) {
    const item = await db
      .selectFrom('results_items')
      .select('id')
      .where('id', '=', b.itemId)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!item)
      throw badRequest('unknown_item', 'itemId is not an item of this results chain', [
        { field: 'body.itemId', message: 'is not an item of this results chain' },
      ]);
  }
  if (b.responsibleUserId) {
    const person = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', b.responsibleUserId)
      .executeTakeFirst();
    if (!person)
      throw badRequest('unknown_user', 'The responsible person is not a user of this workspace', [
        { field: 'body.responsibleUserId', message: 'is not a user of this workspace' },
      ]);
  }
  for (const [i, goalId] of (b.goalIds ?? []).entries()) {
    const goal = await db
      .selectFrom('strategy_goals')
      .select('id')
      .where('id', '=', goalId)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!goal)
      throw badRequest('unknown_goal', msg`goalIds[${i}] is not a goal of this cluster initiative`, [
        { field: `body.goalIds[${i}]`, message: 'is not a goal of this cluster initiative' },
      ]);
  }
  let dup = db
    .selectFrom('indicators')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', b.name.trim());
  if (selfId) dup = dup.where('id', '<>', selfId);
  if (await dup.executeTakeFirst())
    throw conflict(msg`An indicator named "${b.name.trim()}" exists already`, [
      { field: 'body.name', message: 'is taken' },
    ]);
}

export async function loadIndicator(db: Database, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('indicators')
    .selectAll()
    .select([
      sql<string>`starts_on::text`.as('starts_on'),
      sql<string>`ends_on::text`.as('ends_on'),
      sql<string | null>`baseline_date::text`.as('baseline_date'),
    ])
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw notFound('Indicator');
  return row;
}

export type IndicatorRow = Awaited<ReturnType<typeof loadIndicator>>;

export function presentIndicator(i: IndicatorRow) {
  return {
    id: i.id,
    itemId: i.item_id,
    level: i.level,
    name: i.name,
    definition: i.definition,
    unit: i.unit,
    currency: i.currency,
    disaggregation: i.disaggregation as string[],
    baselineValue: num(i.baseline_value),
    baselineDate: i.baseline_date,
    baselineSource: i.baseline_source as 'manual' | 'diagnostic' | null,
    baselineNote: i.baseline_note,
    baselineRecordId: i.baseline_record_id,
    dataSource: i.data_source,
    method: i.method,
    source: i.source,
    metricKey: i.metric_key,
    responsibleUserId: i.responsible_user_id,
    frequency: i.frequency,
    evaluationLevel: i.evaluation_level,
    startsOn: i.starts_on,
    endsOn: i.ends_on,
  };
}

export async function periodsOf(db: Database, indicatorId: string) {
  return db
    .selectFrom('indicator_periods')
    .select([
      'id',
      'period_key',
      sql<string>`starts_on::text`.as('starts_on'),
      sql<string>`ends_on::text`.as('ends_on'),
      'target',
      'closed_at',
    ])
    .where('indicator_id', '=', indicatorId)
    .orderBy('starts_on')
    .execute();
}

export async function findPeriod(db: Database, indicatorId: string, key: string) {
  const p = await db
    .selectFrom('indicator_periods')
    .select(['id', 'period_key', 'closed_at', sql<string>`ends_on::text`.as('ends_on')])
    .where('indicator_id', '=', indicatorId)
    .where('period_key', '=', key)
    .executeTakeFirst();
  if (!p)
    throw badRequest('unknown_period', msg`${key} is not a period of this indicator`, [
      { field: 'period', message: 'is not a period of this indicator' },
    ]);
  return p;
}

/** Indicators, a page at a time, with their latest value and, when computed, the value today. */
export async function listIndicators(db: Database, workspaceId: string, limit: number, offset: number) {
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .select([
      sql<string>`starts_on::text`.as('starts_on'),
      sql<string>`ends_on::text`.as('ends_on'),
      sql<string | null>`baseline_date::text`.as('baseline_date'),
      sql<
        string | null
      >`(SELECT v.value::text FROM indicator_values v JOIN indicator_periods p ON p.id = v.period_id
              WHERE v.indicator_id = indicators.id AND v.segment = '' ORDER BY p.starts_on DESC LIMIT 1)`.as(
        'latest_value',
      ),
      sql<
        string | null
      >`(SELECT p.period_key FROM indicator_values v JOIN indicator_periods p ON p.id = v.period_id
              WHERE v.indicator_id = indicators.id AND v.segment = '' ORDER BY p.starts_on DESC LIMIT 1)`.as(
        'latest_period',
      ),
      sql<string>`(SELECT count(*)::text FROM indicators i2 WHERE i2.workspace_id = indicators.workspace_id)`.as(
        'total',
      ),
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .limit(limit)
    .offset(offset)
    .execute();
  const now = today();
  const indicators = await Promise.all(
    rows.map(async (r) => ({
      ...presentIndicator(r),
      latestValue: num(r.latest_value),
      latestPeriod: r.latest_period,
      computedToday:
        r.source === 'platform' && r.metric_key && PLATFORM_METRICS[r.metric_key]
          ? await PLATFORM_METRICS[r.metric_key]!.compute(db, workspaceId, now)
          : null,
    })),
  );
  return { indicators, total: Number(rows[0]?.total ?? 0) };
}

/**
 * Creates an indicator with its periods and targets (the periods and targets are checked by the
 * caller); a computed indicator without a baseline takes it from the first diagnostic baseline
 * when one exists. Audited.
 */
export async function createIndicator(
  db: Database,
  workspaceId: string,
  userId: string,
  b: IndicatorInput,
  periods: ReturnType<typeof validateIndicator>,
  targets: { period: string; value: number }[],
) {
  const source = b.source ?? 'manual';
  // No baseline given for a computed indicator: take it from the diagnostic where one exists.
  let fromDiagnostic: Awaited<ReturnType<typeof baselineFromDiagnostic>> = null;
  if (source === 'platform' && b.baselineValue == null) {
    fromDiagnostic = await baselineFromDiagnostic(db, workspaceId, b.metricKey!);
    if (fromDiagnostic && b.unit === 'percentage' && (fromDiagnostic.value < 0 || fromDiagnostic.value > 100))
      fromDiagnostic = null;
  }
  const row = await db
    .transaction()
    .execute((trx) => insertIndicator(trx, workspaceId, userId, b, periods, targets, fromDiagnostic));
  return { id: row.id, fromDiagnostic };
}

/**
 * The writes of createIndicator inside the caller's transaction (a funded plan's indicators are
 * created in its initiative's results chain with the funding decision: programme/plans).
 */
export async function insertIndicator(
  trx: Database,
  workspaceId: string,
  userId: string,
  b: IndicatorInput,
  periods: ReturnType<typeof validateIndicator>,
  targets: { period: string; value: number }[],
  fromDiagnostic: Awaited<ReturnType<typeof baselineFromDiagnostic>> = null,
) {
  const source = b.source ?? 'manual';
  {
    await checkIndicatorRefs(trx, workspaceId, b);
    const r = await trx
      .insertInto('indicators')
      .values({
        workspace_id: workspaceId,
        item_id: b.itemId ?? null,
        level: b.level,
        name: b.name.trim(),
        definition: b.definition?.trim() ?? '',
        unit: b.unit,
        currency: b.unit === 'currency' ? (b.currency ?? null) : null,
        disaggregation: JSON.stringify((b.disaggregation ?? []).map((d) => d.trim()).filter(Boolean)),
        baseline_value: fromDiagnostic ? fromDiagnostic.value : (b.baselineValue ?? null),
        baseline_date: fromDiagnostic ? fromDiagnostic.date : (b.baselineDate ?? null),
        baseline_source: fromDiagnostic ? 'diagnostic' : b.baselineValue != null ? 'manual' : null,
        baseline_record_id: fromDiagnostic?.recordId ?? null,
        baseline_note: fromDiagnostic?.note ?? '',
        data_source: b.dataSource?.trim() ?? '',
        method: b.method?.trim() ?? '',
        source,
        metric_key: source === 'platform' ? b.metricKey! : null,
        responsible_user_id: b.responsibleUserId ?? null,
        frequency: b.frequency,
        evaluation_level: b.evaluationLevel,
        starts_on: b.startsOn,
        ends_on: b.endsOn,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (b.goalIds?.length)
      await trx
        .insertInto('strategy_goal_indicators')
        .values(b.goalIds.map((g) => ({ goal_id: g, indicator_id: r.id, workspace_id: workspaceId })))
        .execute();
    const targetOf = new Map(targets.map((t) => [t.period, t.value]));
    await trx
      .insertInto('indicator_periods')
      .values(
        periods.map((p) => ({
          workspace_id: workspaceId,
          indicator_id: r.id,
          period_key: p.key,
          starts_on: p.start,
          ends_on: p.end,
          target: targetOf.get(p.key) ?? null,
        })),
      )
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId: userId,
      action: 'monitoring.indicator.create',
      entity: 'indicator',
      entityId: r.id,
      newValue: fromDiagnostic
        ? {
            ...b,
            baselineValue: fromDiagnostic.value,
            baselineDate: fromDiagnostic.date,
            baselineSource: 'diagnostic',
          }
        : b,
    });
    return r;
  }
}

/** An indicator with its periods, values with who entered them and when, and computed values. */
export async function readIndicator(db: Database, workspaceId: string, indicatorId: string) {
  const ind = await loadIndicator(db, workspaceId, indicatorId);
  const periods = await periodsOf(db, ind.id);
  const values = await db
    .selectFrom('indicator_values as v')
    .leftJoin('users as u', 'u.id', 'v.entered_by')
    .select([
      'v.period_id',
      'v.segment',
      'v.value',
      'v.origin',
      'v.source_note',
      'v.entered_at',
      'u.name as entered_by',
    ])
    .where('v.indicator_id', '=', ind.id)
    .execute();
  const now = today();
  const metric = ind.source === 'platform' && ind.metric_key ? PLATFORM_METRICS[ind.metric_key] : undefined;
  const responsible = ind.responsible_user_id
    ? await db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('id', '=', ind.responsible_user_id)
        .executeTakeFirst()
    : null;
  return {
    ind,
    responsible: responsible ?? null,
    periods: await Promise.all(
      periods.map(async (p) => {
        const vs = values.filter((v) => v.period_id === p.id);
        const total = vs.find((v) => v.segment === '');
        return {
          key: p.period_key,
          startsOn: p.starts_on,
          endsOn: p.ends_on,
          target: num(p.target),
          state: periodState(
            { start: p.starts_on, end: p.ends_on, closed: p.closed_at !== null, hasValue: !!total },
            now,
          ),
          value: total ? Number(total.value) : null,
          values: vs.map((v) => ({
            segment: v.segment,
            value: Number(v.value),
            origin: v.origin,
            sourceNote: v.source_note,
            enteredBy: v.entered_by,
            enteredAt: iso(v.entered_at),
          })),
          computed:
            metric && p.starts_on <= now
              ? await metric.compute(db, workspaceId, p.ends_on < now ? p.ends_on : now)
              : null,
        };
      }),
    ),
  };
}

/** Deletes an indicator with its periods, targets and values; the audit log keeps them. */
export async function deleteIndicator(
  db: Database,
  workspaceId: string,
  userId: string,
  indicatorId: string,
) {
  await db.transaction().execute(async (trx) => {
    const ind = await loadIndicator(trx, workspaceId, indicatorId);
    const periods = await periodsOf(trx, ind.id);
    const values = await trx
      .selectFrom('indicator_values as v')
      .innerJoin('indicator_periods as p', 'p.id', 'v.period_id')
      .select(['p.period_key as period', 'v.segment', 'v.value', 'v.origin'])
      .where('v.indicator_id', '=', ind.id)
      .execute();
    await trx.deleteFrom('indicators').where('id', '=', ind.id).execute();
    await recordAudit(trx, {
      workspaceId,
      userId: userId,
      action: 'monitoring.indicator.delete',
      entity: 'indicator',
      entityId: ind.id,
      oldValue: {
        ...presentIndicator(ind),
        targets: periods
          .filter((p) => p.target !== null)
          .map((p) => ({ period: p.period_key, value: Number(p.target) })),
        values: values.map((v) => ({ ...v, value: Number(v.value) })),
      },
    });
  });
}

/**
 * Takes the baseline from the diagnostic: the platform metric computed at the date of the first
 * diagnostic recorded as a baseline (409 without one). Audited.
 */
export async function takeBaselineFromDiagnostic(
  db: Database,
  workspaceId: string,
  userId: string,
  indicatorId: string,
) {
  return db.transaction().execute(async (trx) => {
    const ind = await loadIndicator(trx, workspaceId, indicatorId);
    if (ind.source !== 'platform' || !ind.metric_key || !PLATFORM_METRICS[ind.metric_key])
      throw badRequest(
        'not_computed',
        'Only an indicator computed from platform records takes its baseline from the diagnostic',
        [{ field: 'indicatorId', message: 'has no platform metric' }],
      );
    const d = await baselineFromDiagnostic(trx, workspaceId, ind.metric_key);
    if (!d)
      throw new AppError(
        409,
        'no_diagnostic_baseline',
        'No diagnostic has been recorded as a baseline of this initiative yet: record one from the diagnostic report first, or type the baseline in',
        [{ field: 'indicatorId', message: 'the initiative has no diagnostic baseline' }],
      );
    if (ind.unit === 'percentage' && (d.value < 0 || d.value > 100))
      throw badRequest(
        'validation_failed',
        msg`A percentage baseline must be between 0 and 100, the diagnostic gives ${d.value}`,
        [{ field: 'indicatorId', message: 'the computed baseline is above 100 % or below 0 %' }],
      );
    await trx
      .updateTable('indicators')
      .set({
        baseline_value: d.value,
        baseline_date: d.date,
        baseline_source: 'diagnostic',
        baseline_record_id: d.recordId,
        baseline_note: d.note,
      })
      .where('id', '=', ind.id)
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId: userId,
      action: 'monitoring.indicator.baseline',
      entity: 'indicator',
      entityId: ind.id,
      oldValue: {
        baselineValue: num(ind.baseline_value),
        baselineDate: ind.baseline_date,
        baselineSource: ind.baseline_source,
      },
      newValue: {
        baselineValue: d.value,
        baselineDate: d.date,
        baselineSource: 'diagnostic',
        note: d.note,
      },
    });
    return {
      baselineValue: d.value,
      baselineDate: d.date,
      baselineSource: 'diagnostic' as const,
      baselineNote: d.note,
    };
  });
}

/** Sets targets by period (a percentage target above 100 is refused and nothing is stored). Audited. */
export async function setIndicatorTargets(
  db: Database,
  workspaceId: string,
  userId: string,
  indicatorId: string,
  targets: { period: string; value: number }[],
) {
  const ind = await loadIndicator(db, workspaceId, indicatorId);
  const periods = await periodsOf(db, ind.id);
  checkTargets(ind.unit, targets, new Set(periods.map((p) => p.period_key)));
  await db.transaction().execute(async (trx) => {
    for (const t of targets)
      await trx
        .updateTable('indicator_periods')
        .set({ target: t.value })
        .where('indicator_id', '=', ind.id)
        .where('period_key', '=', t.period)
        .execute();
    await recordAudit(trx, {
      workspaceId,
      userId: userId,
      action: 'monitoring.indicator.targets',
      entity: 'indicator',
      entityId: ind.id,
      oldValue: periods.map((p) => ({ period: p.period_key, value: num(p.target) })),
      newValue: targets,
    });
  });
}
