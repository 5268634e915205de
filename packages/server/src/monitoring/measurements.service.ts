import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { AppError, badRequest, conflict } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { PLATFORM_METRICS } from './metrics.js';
import { today } from './shared.js';
import { findPeriod, loadIndicator } from './indicators.service.js';
import { msg } from '../i18n/index.js';

/**
 * Measurements of indicators: values by period, entered by hand or computed from platform records,
 * closed periods, what is due and late, the table of every value. Queries and transactions only;
 * the routes in measurements.routes.ts check and call.
 */

/** Records (or replaces) a value of a period, refusing a closed period; one transaction, audited. */
export async function storeValue(
  db: Database,
  v: {
    workspaceId: string;
    userId: string;
    indicatorId: string;
    period: string;
    segment: string;
    value: number;
    origin: 'manual' | 'platform' | 'survey';
    sourceNote: string;
  },
) {
  await db.transaction().execute(async (trx) => {
    const p = await trx
      .selectFrom('indicator_periods')
      .select(['id', 'period_key', 'closed_at'])
      .where('indicator_id', '=', v.indicatorId)
      .where('period_key', '=', v.period)
      .forUpdate()
      .executeTakeFirst();
    if (!p)
      throw badRequest('unknown_period', msg`${v.period} is not a period of this indicator`, [
        { field: 'body.period', message: 'is not a period of this indicator' },
      ]);
    if (p.closed_at)
      throw new AppError(
        409,
        'period_closed',
        msg`Period ${p.period_key} is closed: no value can be entered for it`,
        [{ field: 'body.period', message: 'is closed' }],
      );
    const old = await trx
      .selectFrom('indicator_values')
      .select(['id', 'value', 'origin', 'source_note'])
      .where('period_id', '=', p.id)
      .where('segment', '=', v.segment)
      .executeTakeFirst();
    if (old)
      await trx
        .updateTable('indicator_values')
        .set({
          value: v.value,
          origin: v.origin,
          source_note: v.sourceNote,
          entered_by: v.userId,
          entered_at: new Date(),
        })
        .where('id', '=', old.id)
        .execute();
    else
      await trx
        .insertInto('indicator_values')
        .values({
          workspace_id: v.workspaceId,
          indicator_id: v.indicatorId,
          period_id: p.id,
          segment: v.segment,
          value: v.value,
          origin: v.origin,
          source_note: v.sourceNote,
          entered_by: v.userId,
        })
        .execute();
    await recordAudit(trx, {
      workspaceId: v.workspaceId,
      userId: v.userId,
      action: 'monitoring.value',
      entity: 'indicator',
      entityId: v.indicatorId,
      oldValue: old ? { value: Number(old.value), origin: old.origin, source: old.source_note } : undefined,
      newValue: {
        period: v.period,
        segment: v.segment,
        value: v.value,
        origin: v.origin,
        source: v.sourceNote,
      },
    });
  });
}

/** Computes an indicator from platform records for a period and records the value. */
export async function computePeriodValue(
  db: Database,
  workspaceId: string,
  userId: string,
  indicatorId: string,
  period: string,
) {
  const ind = await loadIndicator(db, workspaceId, indicatorId);
  const metric = ind.metric_key ? PLATFORM_METRICS[ind.metric_key] : undefined;
  if (ind.source !== 'platform' || !metric)
    throw badRequest('not_computed', 'This indicator is not computed from platform records', [
      { field: 'indicatorId', message: 'has no platform metric' },
    ]);
  const p = await findPeriod(db, ind.id, period);
  const now = today();
  const value = await metric.compute(db, workspaceId, p.ends_on < now ? p.ends_on : now);
  await storeValue(db, {
    workspaceId,
    userId: userId,
    indicatorId: ind.id,
    period: p.period_key,
    segment: '',
    value,
    origin: 'platform',
    sourceNote: `${ind.metric_key} computed on ${now}`,
  });
  return value;
}

/** Closes a period: no value can be entered or changed afterwards. Audited. */
export async function closePeriod(
  db: Database,
  workspaceId: string,
  userId: string,
  indicatorId: string,
  period: string,
) {
  const ind = await loadIndicator(db, workspaceId, indicatorId);
  await db.transaction().execute(async (trx) => {
    const p = await findPeriod(trx, ind.id, period);
    if (p.closed_at)
      throw conflict(msg`Period ${p.period_key} is closed already`, [
        { field: 'period', message: 'is closed' },
      ]);
    await trx
      .updateTable('indicator_periods')
      .set({ closed_at: new Date(), closed_by: userId })
      .where('id', '=', p.id)
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId: userId,
      action: 'monitoring.period.close',
      entity: 'indicator',
      entityId: ind.id,
      newValue: { period: p.period_key },
    });
  });
}

/** Open periods without a value for which the user is responsible, and every late value (period ended, no value). */
export async function dueValues(db: Database, workspaceId: string, userId: string, limit: number) {
  const me = userId;
  const now = today();
  const base = db
    .selectFrom('indicator_periods as p')
    .innerJoin('indicators as i', 'i.id', 'p.indicator_id')
    .leftJoin('users as u', 'u.id', 'i.responsible_user_id')
    .select([
      'i.id as indicatorId',
      'i.name as indicator',
      'i.source',
      'p.period_key as period',
      sql<string>`p.starts_on::text`.as('startsOn'),
      sql<string>`p.ends_on::text`.as('endsOn'),
      'u.name as responsible',
      'i.responsible_user_id as responsibleUserId',
    ])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.closed_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('indicator_values as v')
            .select('v.id')
            .whereRef('v.period_id', '=', 'p.id')
            .where('v.segment', '=', ''),
        ),
      ),
    );
  const [due, late] = await Promise.all([
    base
      .where('i.responsible_user_id', '=', me)
      .where('p.starts_on', '<=', now)
      .orderBy('p.ends_on')
      .limit(limit)
      .execute(),
    base.where('p.ends_on', '<', now).orderBy('p.ends_on').limit(limit).execute(),
  ]);
  return { due, late };
}

/** Every indicator period with target and values, by indicator and period. */
export async function indicatorValueRows(db: Database, workspaceId: string) {
  return db
    .selectFrom('indicator_periods as p')
    .innerJoin('indicators as i', 'i.id', 'p.indicator_id')
    .leftJoin('indicator_values as v', 'v.period_id', 'p.id')
    .leftJoin('users as u', 'u.id', 'v.entered_by')
    .select([
      'i.name',
      'i.level',
      'i.unit',
      'p.period_key',
      sql<string>`p.starts_on::text`.as('starts_on'),
      sql<string>`p.ends_on::text`.as('ends_on'),
      'p.target',
      'v.segment',
      'v.value',
      'v.origin',
      'v.source_note',
      'u.name as entered_by',
      sql<string | null>`v.entered_at::text`.as('entered_at'),
      sql<boolean>`p.closed_at IS NOT NULL`.as('closed'),
    ])
    .where('p.workspace_id', '=', workspaceId)
    .orderBy('i.name')
    .orderBy('p.starts_on')
    .execute();
}
