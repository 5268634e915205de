import { ACTION_PLAN_KINDS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { sendTable } from '../http/export.js';
import { withUploads } from '../http/uploads.js';
import { recordAudit } from '../audit/service.js';
import { localeOf, msg } from '../i18n/index.js';
import { DateString, Params, Uuid, lit, manage, read, tags, today, write } from './shared.js';
import {
  PLAN_COLUMNS,
  currentPlan,
  loadPlan,
  lockPlan,
  planDetail,
  planTasks,
  presentPlan,
  taskChoices,
} from './actionplan.service.js';
import { exportRows, importPlan } from './actionplan.transfer.js';
import { actionPlanTaskRoutes } from './actionplan.tasks.routes.js';
import { actionPlanKpiRoutes } from './actionplan.kpis.routes.js';
import { actionPlanVersionRoutes } from './actionplan.versions.routes.js';
import { ActionPlanDetail, ActionPlanImported, ActionPlanList, TaskChoices } from './strategy.schemas.js';

/**
 * The action plan (issue 13, item 4; GIZ 001:1727, 001:2036–2061; UNIDO 002:249) and the green
 * action plan with its KPIs (ECCP 004:267): versions with a review date, tasks numbered 1, 1.1,
 * 1.1.1 with the guide's eight columns (001:2054), milestones and deliverables (001:2038), quick
 * wins (001:2043), a responsible who is a login or an actor of the register (001:2044), each task
 * linked to a goal or a strategy measure; export and all-or-nothing import as XLSX or CSV.
 */

const PlanParams = Type.Object({ workspaceId: Type.String(), planId: Uuid });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Optional(Type.Union([t, Type.Null()]));

const PlanBody = Type.Object(
  {
    kind: Type.Optional(lit(ACTION_PLAN_KINDS)),
    title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    startsOn: DateString,
    endsOn: DateString,
    reviewOn: Nullable(DateString),
    strategyId: Nullable(Uuid),
  },
  { additionalProperties: false },
);
const PlanEdit = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    startsOn: Type.Optional(DateString),
    endsOn: Type.Optional(DateString),
    reviewOn: Nullable(DateString),
    updatedAt: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export function actionPlanRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/strategy/action-plan';
  actionPlanTaskRoutes(app, base);
  actionPlanKpiRoutes(app, base);
  actionPlanVersionRoutes(app, base);

  /** The plan a request names (?planId=), else the current plan of its kind (general by default). */
  const chosenPlan = async (workspaceId: string, planId?: string, kind: 'general' | 'green' = 'general') => {
    if (planId) return loadPlan(app.db, workspaceId, planId);
    const p = await currentPlan(app.db, workspaceId, kind);
    if (!p) throw notFound('Action plan');
    return p;
  };

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The action plans of the initiative, general and green, every version with its status, task counts and review date',
        params: Params,
        response: { 200: ActionPlanList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const plans = await app.db
        .selectFrom('action_plans as p')
        .select([...PLAN_COLUMNS.map((c) => `p.${c}` as const)])
        .select((eb) => [
          eb
            .selectFrom('action_plan_tasks as t')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('t.plan_id', '=', 'p.id')
            .as('tasks'),
          eb
            .selectFrom('action_plan_tasks as t')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('t.plan_id', '=', 'p.id')
            .where('t.deadline', '<', today())
            .where('t.status', 'in', ['open', 'in_progress'])
            .as('late'),
        ])
        .where('p.workspace_id', '=', ws.id)
        .orderBy('p.kind')
        .orderBy('p.version', 'desc')
        .execute();
      const current = {
        general: (await currentPlan(app.db, ws.id, 'general'))?.id ?? null,
        green: (await currentPlan(app.db, ws.id, 'green'))?.id ?? null,
      };
      return {
        plans: plans.map((p) => ({
          ...presentPlan(p),
          tasks: Number(p.tasks ?? 0),
          late: Number(p.late ?? 0),
        })),
        current,
      };
    },
  );

  app.get(
    `${base}/current`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The current action plan of a kind (the agreed version, else the newest draft) with its tasks',
        params: Params,
        querystring: Type.Object({ kind: Type.Optional(lit(ACTION_PLAN_KINDS)) }),
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const q = request.query as { kind?: 'general' | 'green' };
      return planDetail(app.db, await chosenPlan(ws.id, undefined, q.kind ?? 'general'));
    },
  );

  app.get(
    `${base}/choices`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'What a task may point at: the logins of the workspace and the actors of the register (responsible), the goals and the current strategy’s elements',
        params: Params,
        response: { 200: TaskChoices },
      },
    },
    async (request) => taskChoices(app.db, requireWorkspace(request).id),
  );

  app.get(
    `${base}/export`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The action plan as XLSX or CSV: the header NO | TASK | PRIORITY | DEADLINE | RESPONSIBLE | SUPPORT | REMARKS | STATUS in the reader’s language (GIZ 001:2054), one row per task in numbering order, NO holding the hierarchical number (default: the current general plan)',
        params: Params,
        querystring: Type.Object({
          format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')]),
          planId: Type.Optional(Uuid),
          kind: Type.Optional(lit(ACTION_PLAN_KINDS)),
        }),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const q = request.query as { format: 'xlsx' | 'csv'; planId?: string; kind?: 'general' | 'green' };
      const plan = await chosenPlan(ws.id, q.planId, q.kind);
      const { header, rows } = await exportRows(app.db, plan, localeOf(request));
      return sendTable(reply, q.format, `action-plan-v${plan.version}`, header, rows);
    },
  );

  app.post(
    `${base}/import`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Restore a plan’s tasks from an XLSX or CSV of the export’s eight columns (headers in English, French or Spanish), all or nothing: a bad row is named by line and column and nothing is stored. Tasks matched by their text keep their kind, quick-win flag and links. Default: the current general plan',
        consumes: ['multipart/form-data'],
        params: Params,
        querystring: Type.Object({
          planId: Type.Optional(Uuid),
          kind: Type.Optional(lit(ACTION_PLAN_KINDS)),
        }),
        response: { 201: ActionPlanImported },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const q = request.query as { planId?: string; kind?: 'general' | 'green' };
      const plan = await chosenPlan(ws.id, q.planId, q.kind);
      const result = await withUploads(request, ['file'], async (files) => {
        if (!files.file)
          throw badRequest('validation_failed', 'The "file" part is missing', [
            { field: 'file', message: 'is required' },
          ]);
        return importPlan(app.db, ws.id, requireAuth(request).user.id, plan.id, files.file);
      });
      reply.status(201);
      return result;
    },
  );

  app.post(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Start an action plan (a draft, version 1 of its kind)',
        params: Params,
        body: PlanBody,
        response: { 201: ActionPlanDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        kind?: 'general' | 'green';
        title: string;
        startsOn: string;
        endsOn: string;
        reviewOn?: string | null;
        strategyId?: string | null;
      };
      if (b.endsOn < b.startsOn)
        throw badRequest('validation_failed', 'The plan ends before it starts', [
          { field: 'body.endsOn', message: 'is before startsOn' },
        ]);
      if (b.strategyId) {
        const s = await app.db
          .selectFrom('strategies')
          .select('id')
          .where('id', '=', b.strategyId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!s)
          throw badRequest('validation_failed', 'No such strategy in this workspace', [
            { field: 'body.strategyId', message: 'is unknown' },
          ]);
      }
      const kind = b.kind ?? 'general';
      const plan = await app.db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('action_plans')
          .select(({ fn }) => fn.max('version').as('v'))
          .where('workspace_id', '=', ws.id)
          .where('kind', '=', kind)
          .executeTakeFirst();
        const row = await trx
          .insertInto('action_plans')
          .values({
            workspace_id: ws.id,
            kind,
            title: b.title.trim(),
            starts_on: b.startsOn,
            ends_on: b.endsOn,
            review_on: b.reviewOn ?? null,
            strategy_id: b.strategyId ?? null,
            version: Number(last?.v ?? 0) + 1,
            created_by: userId,
          })
          .returning([...PLAN_COLUMNS])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.create',
          entity: 'action_plan',
          entityId: row.id,
          newValue: b,
        });
        return row;
      });
      reply.status(201);
      return planDetail(app.db, plan);
    },
  );

  app.get(
    `${base}/:planId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'One action plan with its tasks in numbering order (1, 1.1, 1.1.1), its KPIs and its versions',
        params: PlanParams,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { planId } = request.params as { planId: string };
      return planDetail(app.db, await loadPlan(app.db, ws.id, planId));
    },
  );

  app.put(
    `${base}/:planId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Change a plan’s title, dates or next review date; an end before a task’s deadline is refused. With updatedAt, a plan changed meanwhile is refused (409)',
        params: PlanParams,
        body: PlanEdit,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      const b = request.body as {
        title?: string;
        startsOn?: string;
        endsOn?: string;
        reviewOn?: string | null;
        updatedAt?: string;
      };
      const plan = await app.db.transaction().execute(async (trx) => {
        const p = await lockPlan(trx, ws.id, planId);
        if (b.updatedAt && new Date(b.updatedAt).getTime() !== new Date(p.updated_at).getTime())
          throw conflict('The action plan changed meanwhile: reload it');
        const startsOn = b.startsOn ?? p.starts_on;
        const endsOn = b.endsOn ?? p.ends_on;
        if (endsOn < startsOn)
          throw badRequest('validation_failed', 'The plan ends before it starts', [
            { field: 'body.endsOn', message: 'is before startsOn' },
          ]);
        const beyond = (await planTasks(trx, p.id)).find((t) => t.deadline && t.deadline > endsOn);
        if (beyond)
          throw badRequest(
            'deadline_after_plan',
            msg`The task "${beyond.task}" is due after this end (${new Date(`${beyond.deadline}T00:00:00Z`)}): move its deadline first`,
            [{ field: 'body.endsOn', message: 'is before the deadline of a task' }],
          );
        const row = await trx
          .updateTable('action_plans')
          .set({
            title: b.title?.trim() ?? p.title,
            starts_on: startsOn,
            ends_on: endsOn,
            review_on: b.reviewOn === undefined ? p.review_on : b.reviewOn,
            updated_at: new Date(),
          })
          .where('id', '=', p.id)
          .returning([...PLAN_COLUMNS])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.update',
          entity: 'action_plan',
          entityId: p.id,
          oldValue: { title: p.title, startsOn: p.starts_on, endsOn: p.ends_on, reviewOn: p.review_on },
          newValue: {
            title: row.title,
            startsOn: row.starts_on,
            endsOn: row.ends_on,
            reviewOn: row.review_on,
          },
        });
        return row;
      });
      return planDetail(app.db, plan);
    },
  );

  app.delete(
    `${base}/:planId`,
    {
      config: { policy: manage },
      schema: {
        tags,
        summary: 'Remove a version of an action plan with its tasks (a manager’s act; the screen asks first)',
        params: PlanParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      await app.db.transaction().execute(async (trx) => {
        const p = await loadPlan(trx, ws.id, planId);
        const count = (await planTasks(trx, p.id)).length;
        await trx.deleteFrom('action_plans').where('id', '=', p.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.delete',
          entity: 'action_plan',
          entityId: p.id,
          oldValue: { title: p.title, version: p.version, kind: p.kind, status: p.status, tasks: count },
        });
      });
      return reply.status(204).send();
    },
  );
}
