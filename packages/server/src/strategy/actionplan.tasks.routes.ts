import { ACTION_PRIORITIES, ACTION_STATUSES, ACTION_TASK_KINDS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { DateString, Text, Uuid, lit, write, tags } from './shared.js';
import {
  checkRefs,
  checkTask,
  loadPlan,
  lockPlan,
  placeAmongSiblings,
  planDetail,
  planTasks,
  type TaskInput,
} from './actionplan.service.js';
import { ActionPlanDetail, TaskSaved } from './strategy.schemas.js';

/**
 * The tasks of an action plan (issue 13, item 4; GIZ 001:2036–2061): add, change, move (re-parent
 * with a cycle check) and remove, each under a lock of its plan, checked and audited. A change may
 * carry the revision its editor saw: a task changed meanwhile is refused (409).
 */

const PlanParams = Type.Object({ workspaceId: Type.String(), planId: Uuid });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Optional(Type.Union([t, Type.Null()]));
const TaskParams = Type.Object({ workspaceId: Type.String(), planId: Uuid, taskId: Uuid });
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

export function actionPlanTaskRoutes(app: App, base: string): void {
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
        response: { 201: TaskSaved },
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
      return { task: detail.tasks.find((t) => t.id === id)!, plan: detail.plan };
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
        response: { 200: TaskSaved },
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
        const changes: Record<string, unknown> = { ...b };
        delete changes.revision;
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
      return { task: detail.tasks.find((t) => t.id === taskId)!, plan: detail.plan };
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
        response: { 200: ActionPlanDetail },
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
            if (t.parent_id && gone.has(t.parent_id) && !gone.has(t.id)) {
              gone.add(t.id);
              grew = true;
            }
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
