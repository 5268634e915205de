import {
  ACTION_PLAN_KINDS,
  ACTION_PLAN_REVIEW_MONTHS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTION_TASK_KINDS,
  FREQUENCIES,
  INDICATOR_UNITS,
  addMonths,
  isReviewDue,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { sendTable } from '../http/export.js';
import { withUploads } from '../http/uploads.js';
import { recordAudit } from '../audit/service.js';
import { localeOf, msg } from '../i18n/index.js';
import { createIndicator } from '../monitoring/indicators.service.js';
import { validateIndicator } from '../monitoring/indicators.js';
import { DateString, Params, Text, Uuid, lit, manage, read, tags, today, write } from './shared.js';
import {
  PLAN_COLUMNS,
  checkRefs,
  checkTask,
  currentPlan,
  loadPlan,
  lockPlan,
  placeAmongSiblings,
  planDetail,
  planTasks,
  presentPlan,
  taskChoices,
  type TaskInput,
} from './actionplan.service.js';
import { exportRows, importPlan } from './actionplan.transfer.js';

/**
 * The action plan (issue 13, item 4; GIZ 001:1727, 001:2036–2061; UNIDO 002:249) and the green
 * action plan with its KPIs (ECCP 004:267): versions with a review date, tasks numbered 1, 1.1,
 * 1.1.1 with the guide's eight columns (001:2054), milestones and deliverables (001:2038), quick
 * wins (001:2043), a responsible who is a login or an actor of the register (001:2044), each task
 * linked to a goal or a strategy measure; export and all-or-nothing import as XLSX or CSV.
 */

const PlanParams = Type.Object({ workspaceId: Type.String(), planId: Uuid });
const TaskParams = Type.Object({ workspaceId: Type.String(), planId: Uuid, taskId: Uuid });
const KpiParams = Type.Object({ workspaceId: Type.String(), planId: Uuid, indicatorId: Uuid });
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
const TaskFields = {
  parentId: Nullable(Uuid),
  priority: Type.Optional(lit(ACTION_PRIORITIES)),
  deadline: Nullable(DateString),
  startsOn: Nullable(DateString),
  responsibleUserId: Nullable(Uuid),
  responsibleActorId: Nullable(Uuid),
  support: Type.Optional(Text(5000)),
  remarks: Type.Optional(Text(5000)),
  status: Type.Optional(lit(ACTION_STATUSES)),
  kind: Type.Optional(lit(ACTION_TASK_KINDS)),
  quickWin: Type.Optional(Type.Boolean()),
  goalId: Nullable(Uuid),
  elementId: Nullable(Uuid),
};
const TaskTitle = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' });
const TaskBody = Type.Object({ task: TaskTitle, ...TaskFields }, { additionalProperties: false });
const TaskEdit = Type.Object(
  {
    task: Type.Optional(TaskTitle),
    ...TaskFields,
    /** The revision the editor saw: a task changed meanwhile is refused (409). */
    revision: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

const taskColumns = (b: TaskInput) => ({
  ...(b.task !== undefined ? { task: b.task.trim() } : {}),
  ...(b.priority !== undefined ? { priority: b.priority } : {}),
  ...(b.deadline !== undefined ? { deadline: b.deadline } : {}),
  ...(b.startsOn !== undefined ? { starts_on: b.startsOn } : {}),
  ...(b.responsibleUserId !== undefined ? { responsible_user_id: b.responsibleUserId } : {}),
  ...(b.responsibleActorId !== undefined ? { responsible_actor_id: b.responsibleActorId } : {}),
  ...(b.support !== undefined ? { support: b.support.trim() } : {}),
  ...(b.remarks !== undefined ? { remarks: b.remarks.trim() } : {}),
  ...(b.status !== undefined ? { status: b.status } : {}),
  ...(b.kind !== undefined ? { kind: b.kind } : {}),
  ...(b.quickWin !== undefined ? { quick_win: b.quickWin } : {}),
  ...(b.goalId !== undefined ? { goal_id: b.goalId } : {}),
  ...(b.elementId !== undefined ? { element_id: b.elementId } : {}),
});

export function actionPlanRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/strategy/action-plan';

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

  app.post(
    `${base}/:planId/versions`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'A new draft version copied from this plan with its tasks and KPIs (the plan is revised periodically: GIZ 001:2049, UNIDO 002:249)',
        params: PlanParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      const created = await app.db.transaction().execute(async (trx) => {
        const from = await loadPlan(trx, ws.id, planId);
        const draft = await trx
          .selectFrom('action_plans')
          .select('version')
          .where('workspace_id', '=', ws.id)
          .where('kind', '=', from.kind)
          .where('status', '=', 'draft')
          .where('id', '<>', from.id)
          .executeTakeFirst();
        if (draft)
          throw conflict(
            msg`Version ${draft.version} is still a draft: agree or remove it before starting another`,
          );
        const last = await trx
          .selectFrom('action_plans')
          .select(({ fn }) => fn.max('version').as('v'))
          .where('workspace_id', '=', ws.id)
          .where('kind', '=', from.kind)
          .executeTakeFirstOrThrow();
        const row = await trx
          .insertInto('action_plans')
          .values({
            workspace_id: ws.id,
            kind: from.kind,
            title: from.title,
            strategy_id: from.strategy_id,
            starts_on: from.starts_on,
            ends_on: from.ends_on,
            review_on: from.review_on,
            version: Number(last.v ?? 0) + 1,
            based_on_id: from.id,
            created_by: userId,
          })
          .returning([...PLAN_COLUMNS])
          .executeTakeFirstOrThrow();
        const tasks = await trx
          .selectFrom('action_plan_tasks')
          .selectAll()
          .where('plan_id', '=', from.id)
          .orderBy('created_at')
          .execute();
        // Parents are copied before their sub-tasks, whatever the order of creation.
        const idOf = new Map<string, string>();
        let pending = tasks;
        while (pending.length) {
          const ready = pending.filter((t) => !t.parent_id || idOf.has(t.parent_id));
          if (!ready.length) break;
          for (const t of ready) {
            const copy = await trx
              .insertInto('action_plan_tasks')
              .values({
                plan_id: row.id,
                workspace_id: ws.id,
                parent_id: t.parent_id ? idOf.get(t.parent_id)! : null,
                position: t.position,
                task: t.task,
                priority: t.priority,
                starts_on: t.starts_on,
                deadline: t.deadline,
                responsible_user_id: t.responsible_user_id,
                responsible_actor_id: t.responsible_actor_id,
                support: t.support,
                remarks: t.remarks,
                status: t.status,
                kind: t.kind,
                quick_win: t.quick_win,
                goal_id: t.goal_id,
                element_id: t.element_id,
                created_by: userId,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            idOf.set(t.id, copy.id);
          }
          pending = pending.filter((t) => !idOf.has(t.id));
        }
        const kpis = await trx
          .selectFrom('action_plan_kpis')
          .select('indicator_id')
          .where('plan_id', '=', from.id)
          .execute();
        if (kpis.length)
          await trx
            .insertInto('action_plan_kpis')
            .values(kpis.map((k) => ({ plan_id: row.id, indicator_id: k.indicator_id, workspace_id: ws.id })))
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.version',
          entity: 'action_plan',
          entityId: row.id,
          newValue: { basedOn: from.version, version: row.version, tasks: tasks.length },
        });
        return row;
      });
      reply.status(201);
      return planDetail(app.db, created);
    },
  );

  app.post(
    `${base}/:planId/agree`,
    {
      config: { policy: manage },
      schema: {
        tags,
        summary:
          'Record that the plan was agreed: it becomes the current plan of its kind, the version agreed before is superseded; without a review date the next review is set six months on (the platform’s choice; the guide asks for a periodic review, 001:2049, without an interval)',
        params: PlanParams,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      const plan = await app.db.transaction().execute(async (trx) => {
        const p = await lockPlan(trx, ws.id, planId);
        if (p.status === 'agreed') throw conflict('This version is agreed already');
        const before = await trx
          .updateTable('action_plans')
          .set({ status: 'superseded', updated_at: new Date() })
          .where('workspace_id', '=', ws.id)
          .where('kind', '=', p.kind)
          .where('status', '=', 'agreed')
          .returning('version')
          .execute();
        const row = await trx
          .updateTable('action_plans')
          .set({
            status: 'agreed',
            review_on: p.review_on ?? addMonths(today(), ACTION_PLAN_REVIEW_MONTHS),
            updated_at: new Date(),
          })
          .where('id', '=', p.id)
          .returning([...PLAN_COLUMNS])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.agree',
          entity: 'action_plan',
          entityId: p.id,
          oldValue: { status: p.status },
          newValue: { status: 'agreed', version: p.version, superseded: before.map((v) => v.version) },
        });
        return row;
      });
      return planDetail(app.db, plan);
    },
  );

  app.post(
    `${base}/:planId/review`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Record a periodic review of the plan (GIZ 001:2049) with its notes and the next review date (default six months on: the platform’s choice)',
        params: PlanParams,
        body: Type.Object(
          { notes: Type.Optional(Text(5000)), nextReviewOn: Nullable(DateString) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      const b = request.body as { notes?: string; nextReviewOn?: string | null };
      const on = today();
      if (b.nextReviewOn && b.nextReviewOn <= on)
        throw badRequest('validation_failed', 'The next review is a date after today', [
          { field: 'body.nextReviewOn', message: 'is not after today' },
        ]);
      const plan = await app.db.transaction().execute(async (trx) => {
        const p = await lockPlan(trx, ws.id, planId);
        const next = b.nextReviewOn ?? addMonths(on, ACTION_PLAN_REVIEW_MONTHS);
        const row = await trx
          .updateTable('action_plans')
          .set({
            reviewed_at: new Date(),
            reviewed_by: userId,
            review_notes: (b.notes ?? '').trim(),
            review_on: next,
            updated_at: new Date(),
          })
          .where('id', '=', p.id)
          .returning([...PLAN_COLUMNS])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.review',
          entity: 'action_plan',
          entityId: p.id,
          oldValue: { reviewOn: p.review_on, reviewDue: isReviewDue(p.review_on, on) },
          newValue: { notes: (b.notes ?? '').trim(), reviewOn: next },
        });
        return row;
      });
      return planDetail(app.db, plan);
    },
  );

  app.post(
    `${base}/:planId/tasks`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Add a task, milestone or deliverable, at the end of its parent’s sub-tasks; refused: a deadline after the plan’s end or after the parent’s',
        params: PlanParams,
        body: TaskBody,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      const b = request.body as TaskInput & { task: string };
      await checkRefs(app.db, ws.id, b);
      const id = await app.db.transaction().execute(async (trx) => {
        const plan = await lockPlan(trx, ws.id, planId);
        const tasks = await planTasks(trx, plan.id);
        const parentId = b.parentId ?? null;
        checkTask(plan, tasks, { parentId, deadline: b.deadline ?? null, startsOn: b.startsOn ?? null });
        const position = tasks.filter((t) => t.parent_id === parentId).length;
        const row = await trx
          .insertInto('action_plan_tasks')
          .values({
            ...taskColumns(b),
            task: b.task.trim(),
            plan_id: plan.id,
            workspace_id: ws.id,
            parent_id: parentId,
            position,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('action_plans')
          .set({ updated_at: new Date() })
          .where('id', '=', plan.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.task.create',
          entity: 'action_plan_task',
          entityId: row.id,
          newValue: b,
        });
        return row.id;
      });
      reply.status(201);
      const detail = await planDetail(app.db, await loadPlan(app.db, ws.id, planId));
      return { task: detail.tasks.find((t) => t.id === id), plan: detail.plan };
    },
  );

  app.put(
    `${base}/:planId/tasks/:taskId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Change a task (the fields sent); with its revision, a task changed meanwhile is refused (409). A new parent is checked for circles and depth; dates against the plan, the parent and the sub-tasks',
        params: TaskParams,
        body: TaskEdit,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId, taskId } = request.params as { planId: string; taskId: string };
      const b = request.body as TaskInput & { revision?: number };
      await checkRefs(app.db, ws.id, b);
      await app.db.transaction().execute(async (trx) => {
        const plan = await lockPlan(trx, ws.id, planId);
        const tasks = await planTasks(trx, plan.id);
        const self = tasks.find((t) => t.id === taskId);
        if (!self) throw notFound('Task');
        if (b.revision !== undefined && b.revision !== self.revision)
          throw conflict('The task changed meanwhile: reload it');
        // One responsible: choosing a login clears the actor and the other way round.
        const responsible =
          b.responsibleUserId !== undefined || b.responsibleActorId !== undefined
            ? {
                responsibleUserId: b.responsibleUserId ?? null,
                responsibleActorId: b.responsibleActorId ?? null,
              }
            : {};
        const parentId = b.parentId === undefined ? self.parent_id : b.parentId;
        checkTask(plan, tasks, {
          id: self.id,
          parentId,
          deadline: b.deadline === undefined ? self.deadline : b.deadline,
          startsOn: b.startsOn === undefined ? self.starts_on : b.startsOn,
        });
        await trx
          .updateTable('action_plan_tasks')
          .set({
            ...taskColumns({ ...b, ...responsible }),
            parent_id: parentId,
            revision: self.revision + 1,
            updated_at: new Date(),
          })
          .where('id', '=', self.id)
          .where('revision', '=', self.revision)
          .execute();
        if (parentId !== self.parent_id) {
          await placeAmongSiblings(trx, plan.id, parentId, self.id, null);
          await placeAmongSiblings(trx, plan.id, self.parent_id, null, null);
        }
        await trx
          .updateTable('action_plans')
          .set({ updated_at: new Date() })
          .where('id', '=', plan.id)
          .execute();
        const { revision: _r, ...changes } = b;
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.task.update',
          entity: 'action_plan_task',
          entityId: self.id,
          oldValue: Object.fromEntries(Object.keys(changes).map((k) => [k, oldValueOf(self, k)])),
          newValue: changes,
        });
      });
      const detail = await planDetail(app.db, await loadPlan(app.db, ws.id, planId));
      return { task: detail.tasks.find((t) => t.id === taskId), plan: detail.plan };
    },
  );

  app.post(
    `${base}/:planId/tasks/:taskId/move`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Move a task (with its sub-tasks) under another parent, or to the top level, at a position among its new siblings; a circular parent link is refused',
        params: TaskParams,
        body: Type.Object(
          {
            parentId: Type.Union([Uuid, Type.Null()]),
            position: Type.Optional(Type.Integer({ minimum: 0 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId, taskId } = request.params as { planId: string; taskId: string };
      const b = request.body as { parentId: string | null; position?: number };
      await app.db.transaction().execute(async (trx) => {
        const plan = await lockPlan(trx, ws.id, planId);
        const tasks = await planTasks(trx, plan.id);
        const self = tasks.find((t) => t.id === taskId);
        if (!self) throw notFound('Task');
        checkTask(plan, tasks, {
          id: self.id,
          parentId: b.parentId,
          deadline: self.deadline,
          startsOn: self.starts_on,
        });
        await trx
          .updateTable('action_plan_tasks')
          .set({ parent_id: b.parentId, revision: self.revision + 1, updated_at: new Date() })
          .where('id', '=', self.id)
          .execute();
        await placeAmongSiblings(trx, plan.id, b.parentId, self.id, b.position ?? null);
        if (b.parentId !== self.parent_id) await placeAmongSiblings(trx, plan.id, self.parent_id, null, null);
        await trx
          .updateTable('action_plans')
          .set({ updated_at: new Date() })
          .where('id', '=', plan.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.task.move',
          entity: 'action_plan_task',
          entityId: self.id,
          oldValue: { parentId: self.parent_id, position: self.position },
          newValue: { parentId: b.parentId, position: b.position ?? null },
        });
      });
      return planDetail(app.db, await loadPlan(app.db, ws.id, planId));
    },
  );

  app.delete(
    `${base}/:planId/tasks/:taskId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Remove a task with its sub-tasks (the screen asks first, naming how many sub-tasks go with it)',
        params: TaskParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId, taskId } = request.params as { planId: string; taskId: string };
      await app.db.transaction().execute(async (trx) => {
        const plan = await lockPlan(trx, ws.id, planId);
        const tasks = await planTasks(trx, plan.id);
        const self = tasks.find((t) => t.id === taskId);
        if (!self) throw notFound('Task');
        const gone = new Set([self.id]);
        for (let grew = true; grew;) {
          grew = false;
          for (const t of tasks)
            if (t.parent_id && gone.has(t.parent_id) && !gone.has(t.id)) (gone.add(t.id), (grew = true));
        }
        await trx.deleteFrom('action_plan_tasks').where('id', '=', self.id).execute();
        await placeAmongSiblings(trx, plan.id, self.parent_id, null, null);
        await trx
          .updateTable('action_plans')
          .set({ updated_at: new Date() })
          .where('id', '=', plan.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.task.delete',
          entity: 'action_plan_task',
          entityId: self.id,
          oldValue: { task: self.task, deadline: self.deadline, subTasks: gone.size - 1 },
        });
      });
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/:planId/kpis`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Give a green action plan a KPI (ECCP 004:267, e.g. tonnes of CO₂): link an indicator of the results chain, or create one there',
        params: PlanParams,
        body: Type.Union([
          Type.Object({ indicatorId: Uuid }, { additionalProperties: false }),
          Type.Object(
            {
              name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
              definition: Type.Optional(Text(2000)),
              unit: Type.Optional(lit(INDICATOR_UNITS)),
              frequency: Type.Optional(lit(FREQUENCIES)),
              baselineValue: Type.Optional(Type.Number()),
            },
            { additionalProperties: false },
          ),
        ]),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      const b = request.body as
        | { indicatorId: string }
        | { name: string; definition?: string; unit?: string; frequency?: string; baselineValue?: number };
      const plan = await loadPlan(app.db, ws.id, planId);
      if (plan.kind !== 'green')
        throw conflict(
          'KPIs belong to a green action plan; the general plan’s goals carry their own indicators',
        );
      let indicatorId: string;
      if ('indicatorId' in b) {
        const i = await app.db
          .selectFrom('indicators')
          .select('id')
          .where('id', '=', b.indicatorId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!i)
          throw badRequest('validation_failed', 'No such indicator in this workspace', [
            { field: 'body.indicatorId', message: 'is unknown' },
          ]);
        indicatorId = i.id;
      } else {
        const input = {
          name: b.name,
          definition: b.definition ?? '',
          level: 'outcomes' as const,
          unit: b.unit ?? 'number',
          baselineValue: b.baselineValue ?? null,
          baselineDate: b.baselineValue !== undefined ? plan.starts_on : null,
          frequency: (b.frequency ?? 'annual') as 'annual',
          evaluationLevel: 'cluster',
          startsOn: plan.starts_on,
          endsOn: plan.ends_on,
          responsibleUserId: userId,
        };
        const periods = validateIndicator(input);
        indicatorId = (await createIndicator(app.db, ws.id, userId, input, periods, [])).id;
      }
      await app.db.transaction().execute(async (trx) => {
        await lockPlan(trx, ws.id, plan.id);
        await trx
          .insertInto('action_plan_kpis')
          .values({ plan_id: plan.id, indicator_id: indicatorId, workspace_id: ws.id })
          .onConflict((oc) => oc.doNothing())
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.kpi.link',
          entity: 'action_plan',
          entityId: plan.id,
          newValue: { indicatorId, ...('name' in b ? { name: b.name } : {}) },
        });
      });
      reply.status(201);
      return planDetail(app.db, await loadPlan(app.db, ws.id, plan.id));
    },
  );

  app.delete(
    `${base}/:planId/kpis/:indicatorId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Unlink a KPI from a green action plan (the indicator stays in the results chain)',
        params: KpiParams,
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId, indicatorId } = request.params as { planId: string; indicatorId: string };
      await app.db.transaction().execute(async (trx) => {
        const plan = await lockPlan(trx, ws.id, planId);
        const gone = await trx
          .deleteFrom('action_plan_kpis')
          .where('plan_id', '=', plan.id)
          .where('indicator_id', '=', indicatorId)
          .executeTakeFirst();
        if (!gone.numDeletedRows) throw notFound('KPI');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.kpi.unlink',
          entity: 'action_plan',
          entityId: plan.id,
          oldValue: { indicatorId },
        });
      });
      return planDetail(app.db, await loadPlan(app.db, ws.id, planId));
    },
  );
}

/** The stored value of an API field, for the audit's "before". */
function oldValueOf(t: Awaited<ReturnType<typeof planTasks>>[number], key: string): unknown {
  const map: Record<string, unknown> = {
    task: t.task,
    parentId: t.parent_id,
    priority: t.priority,
    deadline: t.deadline,
    startsOn: t.starts_on,
    responsibleUserId: t.responsible_user_id,
    responsibleActorId: t.responsible_actor_id,
    support: t.support,
    remarks: t.remarks,
    status: t.status,
    kind: t.kind,
    quickWin: t.quick_win,
    goalId: t.goal_id,
    elementId: t.element_id,
  };
  return map[key] ?? null;
}
