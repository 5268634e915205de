import { ACTION_PLAN_REVIEW_MONTHS, addMonths, isReviewDue } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { DateString, Text, Uuid, manage, tags, today, write } from './shared.js';
import { PLAN_COLUMNS, loadPlan, lockPlan, planDetail } from './actionplan.service.js';
import { ActionPlanDetail } from './strategy.schemas.js';

/**
 * Versions and reviews of an action plan (issue 13, item 4): "the action plan should be reviewed
 * periodically" (GIZ 001:2049) and "action plans are also revised periodically" (UNIDO 002:249). A
 * new version starts as a draft copied from the last; agreeing it supersedes the version agreed
 * before; a review records its notes and the next review date.
 */

const PlanParams = Type.Object({ workspaceId: Type.String(), planId: Uuid });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Optional(Type.Union([t, Type.Null()]));

export function actionPlanVersionRoutes(app: App, base: string): void {
  app.post(
    `${base}/:planId/versions`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'A new draft version copied from this plan with its tasks and KPIs (the plan is revised periodically: GIZ 001:2049, UNIDO 002:249)',
        params: PlanParams,
        response: { 201: ActionPlanDetail },
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
        response: { 200: ActionPlanDetail },
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
        response: { 200: ActionPlanDetail },
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
}
