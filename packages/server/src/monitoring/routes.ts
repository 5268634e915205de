import {
  EVALUATION_LEVELS,
  FREQUENCIES,
  INDICATOR_UNITS,
  RESULTS_LEVELS,
  isUpwardLink,
  periodState,
  periodsBetween,
  type Frequency,
  type ResultsLevel,
} from '@agglomera/methods';
import { sql } from 'kysely';
import { Type, type TSchema } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { AppError, badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { sendTable } from '../http/export.js';
import { PLATFORM_METRICS } from './metrics.js';

const tags = ['monitoring'];
/** Results chains exist for cluster initiatives and for programmes (issue 7, part 1). */
const kinds = ['cluster_initiative', 'programme'] as const;
/** Who defines the results chain and its indicators: the management team, or a programme officer. */
export const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
/** Closing a period is a manager's decision. */
const MANAGERS: readonly WorkspaceRole[] = ['owner', 'manager', 'officer'];
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Params = Type.Object({ workspaceId: Type.String() });
const IndicatorParams = Type.Object({
  workspaceId: Type.String(),
  indicatorId: Type.String({ format: 'uuid' }),
});
const lit = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as TSchema;
const today = () => new Date().toISOString().slice(0, 10);
const num = (v: string | null) => (v === null ? null : Number(v));

const TargetsBody = Type.Array(
  Type.Object(
    { period: Type.String({ minLength: 1 }), value: Type.Number() },
    { additionalProperties: false },
  ),
  { maxItems: 240 },
);

/** A percentage cannot go above 100 (issue 7: "a percentage target above 100 → clear error"). */
function checkTargets(unit: string, targets: { period: string; value: number }[], periodKeys: Set<string>) {
  targets.forEach((t, i) => {
    if (!Number.isFinite(t.value))
      throw badRequest('validation_failed', 'A target must be a number', [
        { field: `body.targets.${i}.value`, message: 'is not a number' },
      ]);
    if (unit === 'percentage' && (t.value > 100 || t.value < 0))
      throw badRequest('validation_failed', `A percentage target must be between 0 and 100, got ${t.value}`, [
        { field: `body.targets.${i}.value`, message: 'is above 100 % or below 0 %' },
      ]);
    if (!periodKeys.has(t.period))
      throw badRequest('unknown_period', `${t.period} is not a period of this indicator`, [
        { field: `body.targets.${i}.period`, message: 'is not a period of this indicator' },
      ]);
  });
}

/** The fields of an indicator, as created; an edit sends any of them (issue 7). */
const indicatorProps = {
  name: Type.String({ minLength: 1, maxLength: 300 }),
  definition: Type.Optional(Type.String({ maxLength: 4000 })),
  itemId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  level: lit(RESULTS_LEVELS),
  unit: lit(INDICATOR_UNITS),
  currency: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z]{3}$' }), Type.Null()])),
  disaggregation: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 10 })),
  baselineValue: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  baselineDate: Type.Optional(Type.Union([DateString, Type.Null()])),
  dataSource: Type.Optional(Type.String({ maxLength: 1000 })),
  method: Type.Optional(Type.String({ maxLength: 1000 })),
  source: Type.Optional(lit(['manual', 'platform', 'survey'] as const)),
  metricKey: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  responsibleUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  frequency: lit(FREQUENCIES),
  evaluationLevel: lit(EVALUATION_LEVELS),
  startsOn: DateString,
  endsOn: DateString,
  targets: Type.Optional(TargetsBody),
};

interface IndicatorInput {
  name: string;
  definition?: string;
  itemId?: string | null;
  level: ResultsLevel;
  unit: string;
  currency?: string | null;
  disaggregation?: string[];
  baselineValue?: number | null;
  baselineDate?: string | null;
  dataSource?: string;
  method?: string;
  source?: 'manual' | 'platform' | 'survey';
  metricKey?: string | null;
  responsibleUserId?: string | null;
  frequency: Frequency;
  evaluationLevel: string;
  startsOn: string;
  endsOn: string;
  targets?: { period: string; value: number }[];
}

/** The checks of an indicator's definition, the same on creation and on edit; returns its periods. */
function validateIndicator(b: IndicatorInput) {
  const source = b.source ?? 'manual';
  if (!b.name.trim())
    throw badRequest('validation_failed', 'Give the indicator a name', [
      { field: 'body.name', message: 'is empty' },
    ]);
  if (b.endsOn < b.startsOn)
    throw badRequest('validation_failed', 'The indicator ends before it starts', [
      { field: 'body.endsOn', message: 'is before startsOn' },
    ]);
  if (source === 'platform' && (!b.metricKey || !PLATFORM_METRICS[b.metricKey]))
    throw badRequest(
      'unknown_metric',
      `An indicator computed from platform records needs one of the metrics: ${Object.keys(PLATFORM_METRICS).join(', ')}`,
      [{ field: 'body.metricKey', message: 'is not a known platform metric' }],
    );
  if (source !== 'platform' && b.metricKey)
    throw badRequest('validation_failed', 'metricKey goes only with source "platform"', [
      { field: 'body.metricKey', message: 'is set but the source is not "platform"' },
    ]);
  if (b.unit === 'currency' && !b.currency)
    throw badRequest('validation_failed', 'A currency indicator needs its currency (e.g. EUR)', [
      { field: 'body.currency', message: 'is required when the unit is currency' },
    ]);
  if (b.unit === 'percentage' && b.baselineValue != null && (b.baselineValue > 100 || b.baselineValue < 0))
    throw badRequest('validation_failed', 'A percentage baseline must be between 0 and 100', [
      { field: 'body.baselineValue', message: 'is above 100 % or below 0 %' },
    ]);
  try {
    return periodsBetween(b.frequency, b.startsOn, b.endsOn);
  } catch (e) {
    throw badRequest('validation_failed', (e as Error).message, [
      { field: 'body.endsOn', message: (e as Error).message },
    ]);
  }
}

/** The results-chain item and the responsible person must belong to the workspace; names are unique. */
async function checkIndicatorRefs(db: Database, workspaceId: string, b: IndicatorInput, selfId?: string) {
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
  let dup = db
    .selectFrom('indicators')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', b.name.trim());
  if (selfId) dup = dup.where('id', '<>', selfId);
  if (await dup.executeTakeFirst())
    throw conflict(`An indicator named "${b.name.trim()}" exists already`, [
      { field: 'body.name', message: 'is taken' },
    ]);
}

/**
 * The initiative's first diagnostic recorded as a baseline (`POST diagnostic-report/baseline`
 * writes it to `initiative_baselines` with source 'diagnostic'; its data carries the diagnostic's
 * date), the one the diagnostic report compares with.
 */
export async function firstDiagnosticBaseline(db: Database, workspaceId: string) {
  const row = await db
    .selectFrom('initiative_baselines')
    .select(['id', 'description', 'data', 'recorded_at'])
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', 'diagnostic')
    .orderBy('recorded_at')
    .orderBy('id')
    .executeTakeFirst();
  if (!row) return null;
  const d = (row.data as { date?: unknown } | null)?.date;
  const date =
    typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : row.recorded_at.toISOString().slice(0, 10);
  return { id: row.id, description: row.description, date };
}

/** A platform metric computed at the date of the first diagnostic baseline, or null without one. */
async function baselineFromDiagnostic(db: Database, workspaceId: string, metricKey: string) {
  const metric = PLATFORM_METRICS[metricKey];
  const diagnostic = await firstDiagnosticBaseline(db, workspaceId);
  if (!metric || !diagnostic) return null;
  return {
    value: await metric.compute(db, workspaceId, diagnostic.date),
    date: diagnostic.date,
    recordId: diagnostic.id,
    note: `${metricKey} computed on the platform's records at ${diagnostic.date}, the date of the first diagnostic recorded as a baseline (${diagnostic.description})`,
  };
}

async function loadIndicator(db: Database, workspaceId: string, id: string) {
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

type IndicatorRow = Awaited<ReturnType<typeof loadIndicator>>;

function presentIndicator(i: IndicatorRow) {
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

async function periodsOf(db: Database, indicatorId: string) {
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

async function findPeriod(db: Database, indicatorId: string, key: string) {
  const p = await db
    .selectFrom('indicator_periods')
    .select(['id', 'period_key', 'closed_at', sql<string>`ends_on::text`.as('ends_on')])
    .where('indicator_id', '=', indicatorId)
    .where('period_key', '=', key)
    .executeTakeFirst();
  if (!p)
    throw badRequest('unknown_period', `${key} is not a period of this indicator`, [
      { field: 'period', message: 'is not a period of this indicator' },
    ]);
  return p;
}

async function usersOfWorkspace(db: Database, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'memberships.role'])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('users.name')
    .execute();
}

export async function monitoringRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/monitoring/chain',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'The results chain: items by level, impact hypotheses and indicators',
        params: Params,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const [items, hypotheses, indicators, people] = await Promise.all([
        app.db
          .selectFrom('results_items')
          .select(['id', 'level', 'title', 'description', 'position'])
          .where('workspace_id', '=', ws.id)
          .orderBy('position')
          .orderBy('created_at')
          .execute(),
        app.db
          .selectFrom('impact_hypotheses')
          .select(['id', 'from_item_id as fromItemId', 'to_item_id as toItemId', 'statement'])
          .where('workspace_id', '=', ws.id)
          .orderBy('created_at')
          .execute(),
        app.db
          .selectFrom('indicators')
          .select(['id', 'item_id as itemId', 'level', 'name', 'unit', 'source', 'frequency'])
          .where('workspace_id', '=', ws.id)
          .orderBy('name')
          .execute(),
        usersOfWorkspace(app.db, ws.id),
      ]);
      return {
        levels: RESULTS_LEVELS,
        items,
        hypotheses,
        indicators,
        people: people.map((p) => ({ id: p.id, name: p.name, role: p.role })),
        metrics: Object.entries(PLATFORM_METRICS).map(([key, m]) => ({ key, description: m.description })),
        canEdit: EDITORS.includes(ws.role),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/items',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Add an item to a level of the results chain (inputs, activities, outputs, outcomes, impact)',
        params: Params,
        body: Type.Object(
          {
            level: lit(RESULTS_LEVELS),
            title: Type.String({ minLength: 1, maxLength: 300 }),
            description: Type.Optional(Type.String({ maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body as { level: ResultsLevel; title: string; description?: string };
      if (!b.title.trim())
        throw badRequest('validation_failed', 'Give the item a title', [
          { field: 'body.title', message: 'is empty' },
        ]);
      const row = await app.db.transaction().execute(async (trx) => {
        const pos = await trx
          .selectFrom('results_items')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('workspace_id', '=', ws.id)
          .where('level', '=', b.level)
          .executeTakeFirst();
        const r = await trx
          .insertInto('results_items')
          .values({
            workspace_id: ws.id,
            level: b.level,
            title: b.title.trim(),
            description: b.description?.trim() ?? '',
            position: Number(pos?.n ?? 0),
            created_by: requireAuth(request).user.id,
          })
          .returning(['id', 'level', 'title', 'description', 'position'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'monitoring.item.create',
          entity: 'results_item',
          entityId: r.id,
          newValue: b,
        });
        return r;
      });
      reply.status(201);
      return row;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/monitoring/items/:itemId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Remove an item of the results chain (its hypotheses go; its indicators stay, unlinked)',
        params: Type.Object({ workspaceId: Type.String(), itemId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const item = await trx
          .deleteFrom('results_items')
          .where('id', '=', request.params.itemId)
          .where('workspace_id', '=', ws.id)
          .returning(['id', 'level', 'title'])
          .executeTakeFirst();
        if (!item) throw notFound('Results chain item');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'monitoring.item.delete',
          entity: 'results_item',
          entityId: item.id,
          oldValue: item,
        });
      });
      return { ok: true };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/monitoring/items/:itemId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Edit the title or description of an item of the results chain',
        params: Type.Object({ workspaceId: Type.String(), itemId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            description: Type.Optional(Type.String({ maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      if (b.title !== undefined && !b.title.trim())
        throw badRequest('validation_failed', 'Give the item a title', [
          { field: 'body.title', message: 'is empty' },
        ]);
      return app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('results_items')
          .select(['id', 'level', 'title', 'description', 'position'])
          .where('id', '=', request.params.itemId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!old) throw notFound('Results chain item');
        const next = {
          title: b.title?.trim() ?? old.title,
          description: b.description !== undefined ? b.description.trim() : old.description,
        };
        const r = await trx
          .updateTable('results_items')
          .set(next)
          .where('id', '=', old.id)
          .returning(['id', 'level', 'title', 'description', 'position'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'monitoring.item.update',
          entity: 'results_item',
          entityId: old.id,
          oldValue: { title: old.title, description: old.description },
          newValue: next,
        });
        return r;
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/hypotheses',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Add an impact hypothesis: a lower-level item is expected to lead to a higher-level one (001:2978–3001)',
        params: Params,
        body: Type.Object(
          {
            fromItemId: Type.String({ format: 'uuid' }),
            toItemId: Type.String({ format: 'uuid' }),
            statement: Type.String({ maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      const row = await app.db.transaction().execute(async (trx) => {
        const items = await trx
          .selectFrom('results_items')
          .select(['id', 'level', 'title'])
          .where('workspace_id', '=', ws.id)
          .where('id', 'in', [b.fromItemId, b.toItemId])
          .execute();
        const from = items.find((i) => i.id === b.fromItemId);
        const to = items.find((i) => i.id === b.toItemId);
        if (!from)
          throw badRequest('unknown_item', 'fromItemId is not an item of this results chain', [
            { field: 'body.fromItemId', message: 'is not an item of this results chain' },
          ]);
        if (!to)
          throw badRequest('unknown_item', 'toItemId is not an item of this results chain', [
            { field: 'body.toItemId', message: 'is not an item of this results chain' },
          ]);
        if (!isUpwardLink(from.level as ResultsLevel, to.level as ResultsLevel))
          throw badRequest(
            'validation_failed',
            `An impact hypothesis leads from a lower level to a higher one; ${from.level} → ${to.level} does not`,
            [{ field: 'body.toItemId', message: `must be on a level above ${from.level}` }],
          );
        const exists = await trx
          .selectFrom('impact_hypotheses')
          .select('id')
          .where('from_item_id', '=', from.id)
          .where('to_item_id', '=', to.id)
          .executeTakeFirst();
        if (exists)
          throw conflict(`"${from.title}" is already linked to "${to.title}"`, { field: 'body.toItemId' });
        const r = await trx
          .insertInto('impact_hypotheses')
          .values({
            workspace_id: ws.id,
            from_item_id: from.id,
            to_item_id: to.id,
            statement: b.statement.trim(),
            created_by: requireAuth(request).user.id,
          })
          .returning(['id', 'from_item_id as fromItemId', 'to_item_id as toItemId', 'statement'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'monitoring.hypothesis.create',
          entity: 'impact_hypothesis',
          entityId: r.id,
          newValue: { from: from.title, to: to.title, statement: b.statement },
        });
        return r;
      });
      reply.status(201);
      return row;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/monitoring/hypotheses/:hypothesisId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Remove an impact hypothesis',
        params: Type.Object({ workspaceId: Type.String(), hypothesisId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const h = await trx
          .deleteFrom('impact_hypotheses')
          .where('id', '=', request.params.hypothesisId)
          .where('workspace_id', '=', ws.id)
          .returning(['id', 'statement'])
          .executeTakeFirst();
        if (!h) throw notFound('Impact hypothesis');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'monitoring.hypothesis.delete',
          entity: 'impact_hypothesis',
          entityId: h.id,
          oldValue: h,
        });
      });
      return { ok: true };
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/indicators',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Indicators, a page at a time, with their latest value and, when computed, the value today',
        params: Params,
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { limit = 50, offset = 0 } = request.query;
      const rows = await app.db
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
        .where('workspace_id', '=', ws.id)
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
              ? await PLATFORM_METRICS[r.metric_key]!.compute(app.db, ws.id, now)
              : null,
        })),
      );
      return { indicators, total: Number(rows[0]?.total ?? 0), limit, offset };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Define an indicator (UNIDO 002:256–258): level, unit, baseline, targets by period, source and method, responsible person, frequency, evaluation level (003:835). An indicator computed from platform records without a baseline takes it from the first diagnostic baseline when one exists.',
        params: Params,
        body: Type.Object(indicatorProps, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body as IndicatorInput;
      const source = b.source ?? 'manual';
      const periods = validateIndicator(b);
      const targets = b.targets ?? [];
      checkTargets(b.unit, targets, new Set(periods.map((p) => p.key)));
      // No baseline given for a computed indicator: take it from the diagnostic where one exists.
      let fromDiagnostic: Awaited<ReturnType<typeof baselineFromDiagnostic>> = null;
      if (source === 'platform' && b.baselineValue == null) {
        fromDiagnostic = await baselineFromDiagnostic(app.db, ws.id, b.metricKey!);
        if (
          fromDiagnostic &&
          b.unit === 'percentage' &&
          (fromDiagnostic.value < 0 || fromDiagnostic.value > 100)
        )
          fromDiagnostic = null;
      }
      const row = await app.db.transaction().execute(async (trx) => {
        await checkIndicatorRefs(trx, ws.id, b);
        const r = await trx
          .insertInto('indicators')
          .values({
            workspace_id: ws.id,
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
            created_by: requireAuth(request).user.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const targetOf = new Map(targets.map((t) => [t.period, t.value]));
        await trx
          .insertInto('indicator_periods')
          .values(
            periods.map((p) => ({
              workspace_id: ws.id,
              indicator_id: r.id,
              period_key: p.key,
              starts_on: p.start,
              ends_on: p.end,
              target: targetOf.get(p.key) ?? null,
            })),
          )
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
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
      });
      reply.status(201);
      return {
        id: row.id,
        periods: periods.map((p) => p.key),
        baselineFromDiagnostic: fromDiagnostic
          ? { value: fromDiagnostic.value, date: fromDiagnostic.date, note: fromDiagnostic.note }
          : null,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'An indicator with its periods (upcoming, open, late, closed), targets, values with who entered them and when, and computed values',
        params: IndicatorParams,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const ind = await loadIndicator(app.db, ws.id, request.params.indicatorId);
      const periods = await periodsOf(app.db, ind.id);
      const values = await app.db
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
      const metric =
        ind.source === 'platform' && ind.metric_key ? PLATFORM_METRICS[ind.metric_key] : undefined;
      const responsible = ind.responsible_user_id
        ? await app.db
            .selectFrom('users')
            .select(['id', 'name'])
            .where('id', '=', ind.responsible_user_id)
            .executeTakeFirst()
        : null;
      return {
        indicator: { ...presentIndicator(ind), responsible: responsible ?? null },
        canEdit: EDITORS.includes(ws.role),
        canClose: MANAGERS.includes(ws.role),
        canEnter: EDITORS.includes(ws.role) || ind.responsible_user_id === requireAuth(request).user.id,
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
                enteredAt: v.entered_at,
              })),
              computed:
                metric && p.starts_on <= now
                  ? await metric.compute(app.db, ws.id, p.ends_on < now ? p.ends_on : now)
                  : null,
            };
          }),
        ),
      };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Edit an indicator: any field of its definition, checked as on creation; the frequency and dates change only while no value is recorded (409 otherwise)',
        params: IndicatorParams,
        body: Type.Partial(Type.Object(indicatorProps), { additionalProperties: false }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const patch = request.body as Partial<IndicatorInput>;
      const given = <K extends keyof IndicatorInput>(k: K) => patch[k] !== undefined;
      return app.db.transaction().execute(async (trx) => {
        const ind = await loadIndicator(trx, ws.id, request.params.indicatorId);
        const oldPeriods = await periodsOf(trx, ind.id);
        const cur = presentIndicator(ind);
        const next: IndicatorInput = {
          name: patch.name ?? cur.name,
          definition: patch.definition ?? cur.definition,
          itemId: given('itemId') ? patch.itemId : cur.itemId,
          level: (patch.level ?? cur.level) as ResultsLevel,
          unit: patch.unit ?? cur.unit,
          currency: given('currency') ? patch.currency : cur.currency,
          disaggregation: patch.disaggregation ?? cur.disaggregation,
          baselineValue: given('baselineValue') ? patch.baselineValue : cur.baselineValue,
          baselineDate: given('baselineDate') ? patch.baselineDate : cur.baselineDate,
          dataSource: patch.dataSource ?? cur.dataSource,
          method: patch.method ?? cur.method,
          source: (patch.source ?? cur.source) as IndicatorInput['source'],
          metricKey: given('metricKey')
            ? patch.metricKey
            : (patch.source ?? cur.source) === 'platform'
              ? cur.metricKey
              : null,
          responsibleUserId: given('responsibleUserId') ? patch.responsibleUserId : cur.responsibleUserId,
          frequency: (patch.frequency ?? cur.frequency) as Frequency,
          evaluationLevel: patch.evaluationLevel ?? cur.evaluationLevel,
          startsOn: patch.startsOn ?? cur.startsOn,
          endsOn: patch.endsOn ?? cur.endsOn,
        };
        const periods = validateIndicator(next);
        const keys = new Set(periods.map((p) => p.key));
        const targets = patch.targets ?? [];
        checkTargets(next.unit, targets, keys);
        const regenerate =
          next.frequency !== cur.frequency || next.startsOn !== cur.startsOn || next.endsOn !== cur.endsOn;
        const values = await trx
          .selectFrom('indicator_values')
          .select(['value'])
          .where('indicator_id', '=', ind.id)
          .execute();
        if (regenerate && (values.length > 0 || oldPeriods.some((p) => p.closed_at))) {
          const field =
            next.frequency !== cur.frequency
              ? 'body.frequency'
              : next.startsOn !== cur.startsOn
                ? 'body.startsOn'
                : 'body.endsOn';
          throw new AppError(
            409,
            'has_values',
            `The frequency and dates of "${cur.name}" cannot change: ${values.length} value(s) are recorded for its periods${oldPeriods.some((p) => p.closed_at) ? ' and some periods are closed' : ''}. Keep them, or define a new indicator`,
            [{ field, message: 'cannot change once values are recorded' }],
          );
        }
        // Targets after the edit: those of periods that remain, then those sent.
        const finalTargets = new Map<string, number>();
        for (const p of oldPeriods)
          if (p.target !== null && keys.has(p.period_key)) finalTargets.set(p.period_key, Number(p.target));
        for (const t of targets) finalTargets.set(t.period, t.value);
        if (next.unit === 'percentage' && next.unit !== cur.unit) {
          const badTarget = [...finalTargets].find(([, v]) => v < 0 || v > 100);
          if (badTarget)
            throw badRequest(
              'validation_failed',
              `The unit cannot become a percentage: the target of ${badTarget[0]} is ${badTarget[1]}`,
              [{ field: 'body.unit', message: 'a target is above 100 % or below 0 %' }],
            );
          const badValue = values.find((v) => Number(v.value) < 0 || Number(v.value) > 100);
          if (badValue)
            throw badRequest(
              'validation_failed',
              `The unit cannot become a percentage: a recorded value is ${Number(badValue.value)}`,
              [{ field: 'body.unit', message: 'a recorded value is above 100 % or below 0 %' }],
            );
        }
        await checkIndicatorRefs(trx, ws.id, next, ind.id);
        // The baseline: typed in when sent; recomputed when it came from the diagnostic and the metric changed.
        let baseline = {
          baseline_value: next.baselineValue ?? null,
          baseline_date: next.baselineDate ?? null,
          baseline_source: ind.baseline_source,
          baseline_record_id: ind.baseline_record_id,
          baseline_note: ind.baseline_note,
        };
        if (given('baselineValue') || given('baselineDate'))
          baseline = {
            ...baseline,
            baseline_source: next.baselineValue != null ? 'manual' : null,
            baseline_record_id: null,
            baseline_note: '',
          };
        else if (ind.baseline_source === 'diagnostic' && next.metricKey !== cur.metricKey) {
          const d = next.metricKey ? await baselineFromDiagnostic(trx, ws.id, next.metricKey) : null;
          baseline = d
            ? {
                baseline_value: d.value,
                baseline_date: d.date,
                baseline_source: 'diagnostic',
                baseline_record_id: d.recordId,
                baseline_note: d.note,
              }
            : {
                baseline_value: null,
                baseline_date: null,
                baseline_source: null,
                baseline_record_id: null,
                baseline_note: '',
              };
        }
        await trx
          .updateTable('indicators')
          .set({
            item_id: next.itemId ?? null,
            level: next.level,
            name: next.name.trim(),
            definition: next.definition?.trim() ?? '',
            unit: next.unit,
            currency: next.unit === 'currency' ? (next.currency ?? null) : null,
            disaggregation: JSON.stringify((next.disaggregation ?? []).map((d) => d.trim()).filter(Boolean)),
            ...baseline,
            data_source: next.dataSource?.trim() ?? '',
            method: next.method?.trim() ?? '',
            source: next.source ?? 'manual',
            metric_key: next.source === 'platform' ? next.metricKey! : null,
            responsible_user_id: next.responsibleUserId ?? null,
            frequency: next.frequency,
            evaluation_level: next.evaluationLevel,
            starts_on: next.startsOn,
            ends_on: next.endsOn,
          })
          .where('id', '=', ind.id)
          .execute();
        if (regenerate) {
          await trx.deleteFrom('indicator_periods').where('indicator_id', '=', ind.id).execute();
          await trx
            .insertInto('indicator_periods')
            .values(
              periods.map((p) => ({
                workspace_id: ws.id,
                indicator_id: ind.id,
                period_key: p.key,
                starts_on: p.start,
                ends_on: p.end,
                target: finalTargets.get(p.key) ?? null,
              })),
            )
            .execute();
        } else
          for (const t of targets)
            await trx
              .updateTable('indicator_periods')
              .set({ target: t.value })
              .where('indicator_id', '=', ind.id)
              .where('period_key', '=', t.period)
              .execute();
        const updated = presentIndicator(await loadIndicator(trx, ws.id, ind.id));
        // The audit keeps the old and new value of every field that changed.
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        for (const k of Object.keys(updated) as (keyof typeof updated)[])
          if (JSON.stringify(cur[k]) !== JSON.stringify(updated[k])) {
            before[k] = cur[k];
            after[k] = updated[k];
          }
        const oldTargets = oldPeriods
          .filter((p) => p.target !== null)
          .map((p) => ({ period: p.period_key, value: Number(p.target) }));
        const newTargets = periods
          .filter((p) => finalTargets.has(p.key))
          .map((p) => ({ period: p.key, value: finalTargets.get(p.key)! }));
        if (JSON.stringify(oldTargets) !== JSON.stringify(newTargets)) {
          before.targets = oldTargets;
          after.targets = newTargets;
        }
        if (regenerate) {
          before.periods = oldPeriods.map((p) => p.period_key);
          after.periods = periods.map((p) => p.key);
        }
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'monitoring.indicator.update',
          entity: 'indicator',
          entityId: ind.id,
          oldValue: before,
          newValue: after,
        });
        return {
          indicator: updated,
          periods: periods.map((p) => p.key),
          periodsRecreated: regenerate,
          changed: Object.keys(after),
        };
      });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Delete an indicator with its periods, targets and values (the audit log keeps them)',
        params: IndicatorParams,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const ind = await loadIndicator(trx, ws.id, request.params.indicatorId);
        const periods = await periodsOf(trx, ind.id);
        const values = await trx
          .selectFrom('indicator_values as v')
          .innerJoin('indicator_periods as p', 'p.id', 'v.period_id')
          .select(['p.period_key as period', 'v.segment', 'v.value', 'v.origin'])
          .where('v.indicator_id', '=', ind.id)
          .execute();
        await trx.deleteFrom('indicators').where('id', '=', ind.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
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
      return { ok: true };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/baseline/diagnostic',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Take the baseline from the diagnostic: the platform metric computed at the date of the first diagnostic recorded as a baseline (409 without one)',
        params: IndicatorParams,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return app.db.transaction().execute(async (trx) => {
        const ind = await loadIndicator(trx, ws.id, request.params.indicatorId);
        if (ind.source !== 'platform' || !ind.metric_key || !PLATFORM_METRICS[ind.metric_key])
          throw badRequest(
            'not_computed',
            'Only an indicator computed from platform records takes its baseline from the diagnostic',
            [{ field: 'indicatorId', message: 'has no platform metric' }],
          );
        const d = await baselineFromDiagnostic(trx, ws.id, ind.metric_key);
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
            `A percentage baseline must be between 0 and 100, the diagnostic gives ${d.value}`,
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
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
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
          baselineSource: 'diagnostic',
          baselineNote: d.note,
        };
      });
    },
  );

  app.put(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/targets',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Set targets by period (a percentage target above 100 is refused and nothing is stored)',
        params: IndicatorParams,
        body: Type.Object({ targets: TargetsBody }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const ind = await loadIndicator(app.db, ws.id, request.params.indicatorId);
      const periods = await periodsOf(app.db, ind.id);
      const targets = request.body.targets;
      checkTargets(ind.unit, targets, new Set(periods.map((p) => p.period_key)));
      await app.db.transaction().execute(async (trx) => {
        for (const t of targets)
          await trx
            .updateTable('indicator_periods')
            .set({ target: t.value })
            .where('indicator_id', '=', ind.id)
            .where('period_key', '=', t.period)
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'monitoring.indicator.targets',
          entity: 'indicator',
          entityId: ind.id,
          oldValue: periods.map((p) => ({ period: p.period_key, value: num(p.target) })),
          newValue: targets,
        });
      });
      return { ok: true };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/values',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'Enter a value for a period by hand (the management team or the responsible person); refused for a closed period',
        params: IndicatorParams,
        body: Type.Object(
          {
            period: Type.String({ minLength: 1 }),
            value: Type.Number(),
            segment: Type.Optional(Type.String({ maxLength: 200 })),
            sourceNote: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const auth = requireAuth(request);
      const ind = await loadIndicator(app.db, ws.id, request.params.indicatorId);
      if (!EDITORS.includes(ws.role) && ind.responsible_user_id !== auth.user.id)
        throw new AppError(
          403,
          'forbidden',
          'Only the management team or the person responsible enters values',
        );
      const b = request.body;
      const segment = (b.segment ?? '').trim();
      if (segment) {
        const dim = segment.split(':')[0]!.trim();
        const dims = ind.disaggregation as string[];
        if (!segment.includes(':') || !dims.includes(dim))
          throw badRequest(
            'validation_failed',
            `A segment is written dimension:category with a dimension of this indicator (${dims.join(', ') || 'none'})`,
            [{ field: 'body.segment', message: 'is not dimension:category of this indicator' }],
          );
      }
      if (!Number.isFinite(b.value))
        throw badRequest('validation_failed', 'The value must be a number', [
          { field: 'body.value', message: 'is not a number' },
        ]);
      if (ind.unit === 'percentage' && (b.value < 0 || b.value > 100))
        throw badRequest('validation_failed', `A percentage must be between 0 and 100, got ${b.value}`, [
          { field: 'body.value', message: 'is above 100 % or below 0 %' },
        ]);
      await storeValue(app.db, {
        workspaceId: ws.id,
        userId: auth.user.id,
        indicatorId: ind.id,
        period: b.period,
        segment,
        value: b.value,
        origin: 'manual',
        sourceNote: b.sourceNote?.trim() ?? '',
      });
      reply.status(201);
      return { ok: true };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/periods/:period/compute',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Compute an indicator from platform records for a period and record the value',
        params: Type.Object({
          workspaceId: Type.String(),
          indicatorId: Type.String({ format: 'uuid' }),
          period: Type.String(),
        }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const ind = await loadIndicator(app.db, ws.id, request.params.indicatorId);
      const metric = ind.metric_key ? PLATFORM_METRICS[ind.metric_key] : undefined;
      if (ind.source !== 'platform' || !metric)
        throw badRequest('not_computed', 'This indicator is not computed from platform records', [
          { field: 'indicatorId', message: 'has no platform metric' },
        ]);
      const p = await findPeriod(app.db, ind.id, request.params.period);
      const now = today();
      const value = await metric.compute(app.db, ws.id, p.ends_on < now ? p.ends_on : now);
      await storeValue(app.db, {
        workspaceId: ws.id,
        userId: requireAuth(request).user.id,
        indicatorId: ind.id,
        period: p.period_key,
        segment: '',
        value,
        origin: 'platform',
        sourceNote: `${ind.metric_key} computed on ${now}`,
      });
      return { value };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/periods/:period/close',
    {
      config: { policy: { access: 'workspace', roles: MANAGERS, kinds } },
      schema: {
        tags,
        summary: 'Close a period: no value can be entered or changed afterwards',
        params: Type.Object({
          workspaceId: Type.String(),
          indicatorId: Type.String({ format: 'uuid' }),
          period: Type.String(),
        }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const ind = await loadIndicator(app.db, ws.id, request.params.indicatorId);
      await app.db.transaction().execute(async (trx) => {
        const p = await findPeriod(trx, ind.id, request.params.period);
        if (p.closed_at)
          throw conflict(`Period ${p.period_key} is closed already`, [
            { field: 'period', message: 'is closed' },
          ]);
        await trx
          .updateTable('indicator_periods')
          .set({ closed_at: new Date(), closed_by: requireAuth(request).user.id })
          .where('id', '=', p.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'monitoring.period.close',
          entity: 'indicator',
          entityId: ind.id,
          newValue: { period: p.period_key },
        });
      });
      return { ok: true };
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/due',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'What is due: open periods without a value for which I am responsible, and every late value (period ended, no value)',
        params: Params,
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const me = requireAuth(request).user.id;
      const limit = request.query.limit ?? 100;
      const now = today();
      const base = app.db
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
        .where('p.workspace_id', '=', ws.id)
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
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/values/export',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Every indicator period with target and values, as CSV or XLSX',
        params: Params,
        querystring: Type.Object(
          { format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const rows = await app.db
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
        .where('p.workspace_id', '=', ws.id)
        .orderBy('i.name')
        .orderBy('p.starts_on')
        .execute();
      return sendTable(
        reply,
        request.query.format,
        'indicator-values',
        [
          'indicator',
          'level',
          'unit',
          'period',
          'starts_on',
          'ends_on',
          'target',
          'segment',
          'value',
          'origin',
          'source',
          'entered_by',
          'entered_at',
          'closed',
        ],
        rows.map((r) => [
          r.name,
          r.level,
          r.unit,
          r.period_key,
          r.starts_on,
          r.ends_on,
          num(r.target),
          r.segment,
          r.value === null ? null : Number(r.value),
          r.origin,
          r.source_note,
          r.entered_by,
          r.entered_at,
          r.closed,
        ]),
      );
    },
  );
}

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
      throw badRequest('unknown_period', `${v.period} is not a period of this indicator`, [
        { field: 'body.period', message: 'is not a period of this indicator' },
      ]);
    if (p.closed_at)
      throw new AppError(
        409,
        'period_closed',
        `Period ${p.period_key} is closed: no value can be entered for it`,
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
