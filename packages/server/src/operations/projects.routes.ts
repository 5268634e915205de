import { PROJECT_PHASES, PROJECT_TYPES, canEnterPhase, type ProjectPhase } from '@agglomera/methods';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { AppError, badRequest, conflict, notFound } from '../http/errors.js';
import { MONEY_14_2 } from '../http/input.js';
import { sendTable } from '../http/export.js';
import { recordAudit } from '../audit/service.js';
import { DateString, ExportFormatQuery, TEAM, initiative, tags } from './shared.js';
import { getProject, insideProject, openProject, presentProject, readProject } from './projects.service.js';
import { Ok } from '../http/schemas.js';
import {
  ProjectDetail,
  ProjectList,
  ProjectPartCreated,
  ProjectPhaseMoved,
  ProjectRow,
} from './projects.schemas.js';
import { msg, word } from '../i18n/index.js';

const Params = Type.Object({ workspaceId: Type.String() });
const ProjectParams = Type.Object({ workspaceId: Type.String(), projectId: Type.String({ format: 'uuid' }) });
const ProjectType = Type.Union(PROJECT_TYPES.map((p) => Type.Literal(p.key)));

/**
 * Projects (GIZ 001:3136–3214): four types with their prevailing financing, the four phases,
 * work packages, tasks with owners and deadlines, milestones, budget vs actual by cost category,
 * progress reports and lessons learned at closing.
 */
export async function projectRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/projects',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Projects with phase, dates and budget totals; ?format=csv|xlsx exports them',
        params: Params,
        querystring: Type.Object({
          phase: Type.Optional(Type.Union(PROJECT_PHASES.map((p) => Type.Literal(p)))),
          type: Type.Optional(ProjectType),
          format: ExportFormatQuery,
        }),
        response: { 200: ProjectList },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      let q = app.db.selectFrom('projects as p').where('p.workspace_id', '=', ws.id);
      if (request.query.phase) q = q.where('p.phase', '=', request.query.phase);
      if (request.query.type) q = q.where('p.project_type', '=', request.query.type);
      const rows = await q
        .selectAll('p')
        .select((eb) => [
          eb
            .selectFrom('project_budget_lines as b')
            .select(sql<string>`coalesce(sum(b.planned), 0)`.as('x'))
            .whereRef('b.project_id', '=', 'p.id')
            .as('planned'),
          eb
            .selectFrom('project_budget_lines as b')
            .select(sql<string>`coalesce(sum(b.actual), 0)`.as('x'))
            .whereRef('b.project_id', '=', 'p.id')
            .as('actual'),
        ])
        .orderBy('p.starts_on', 'desc')
        .execute();
      const projects = rows.map((p) => ({
        ...presentProject(p),
        planned: Number(p.planned),
        actual: Number(p.actual),
      }));
      if (request.query.format)
        return sendTable(
          reply,
          request.query.format,
          'projects',
          ['title', 'type', 'phase', 'starts_on', 'ends_on', 'currency', 'planned', 'actual', 'closed_on'],
          projects.map((p) => [
            p.title,
            p.project_type,
            p.phase,
            p.starts_on,
            p.ends_on,
            p.currency,
            p.planned,
            p.actual,
            p.closed_on,
          ]),
        );
      return { projects, types: [...PROJECT_TYPES] };
    },
  );

  app.post(
    '/workspaces/:workspaceId/projects',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Start a project (phase: initiating)',
        params: Params,
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 200 }),
            type: ProjectType,
            purpose: Type.Union([Type.Literal('cluster_development'), Type.Literal('cluster_actors')]),
            financing: Type.Optional(Type.String({ maxLength: 500 })),
            goal: Type.Optional(Type.String({ maxLength: 4000 })),
            startsOn: DateString,
            endsOn: DateString,
            currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: ProjectRow },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const b = request.body;
      if (b.endsOn < b.startsOn)
        throw badRequest('validation_failed', 'A project ends after it starts', [
          { field: 'body.endsOn', message: 'is before body.startsOn' },
        ]);
      const p = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('projects')
          .values({
            workspace_id: ws.id,
            title: b.title.trim(),
            project_type: b.type,
            purpose: b.purpose,
            financing: b.financing?.trim() || PROJECT_TYPES.find((t) => t.key === b.type)!.financing,
            goal: b.goal?.trim() ?? '',
            starts_on: b.startsOn,
            ends_on: b.endsOn,
            currency: b.currency ?? 'EUR',
            created_by: user.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'project.create',
          entity: 'project',
          entityId: row.id,
          newValue: row,
        });
        return row;
      });
      reply.status(201);
      return presentProject(p);
    },
  );

  app.get(
    '/workspaces/:workspaceId/projects/:projectId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'A project with its plan, budget vs actual and reports',
        params: ProjectParams,
        response: { 200: ProjectDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return readProject(app.db, await getProject(app.db, ws.id, request.params.projectId));
    },
  );

  app.put(
    '/workspaces/:workspaceId/projects/:projectId/phase',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Move the project to its next phase',
        params: ProjectParams,
        body: Type.Object(
          { phase: Type.Union(PROJECT_PHASES.map((p) => Type.Literal(p))) },
          { additionalProperties: false },
        ),
        response: { 200: ProjectPhaseMoved },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const p = await getProject(trx, ws.id, request.params.projectId);
        openProject(p);
        const to = request.body.phase as ProjectPhase;
        if (!canEnterPhase(p.phase, to))
          throw badRequest(
            'invalid_move',
            msg`A project moves one phase at a time: from ${word(p.phase)} only to the next`,
            [{ field: 'body.phase', message: 'is not the next phase' }],
          );
        await trx.updateTable('projects').set({ phase: to }).where('id', '=', p.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'project.phase',
          entity: 'project',
          entityId: p.id,
          oldValue: { phase: p.phase },
          newValue: { phase: to },
        });
        return { ok: true as const, phase: to };
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/projects/:projectId/close',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Close the project with its lessons learned (001:3212)',
        params: ProjectParams,
        body: Type.Object(
          { closedOn: DateString, lessonsLearned: Type.String({ maxLength: 20000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const p = await getProject(trx, ws.id, request.params.projectId);
        openProject(p);
        if (p.phase !== 'monitoring_closing')
          throw conflict('A project closes from its monitoring & closing phase', [
            { field: 'phase', message: msg`is ${word(p.phase)}` },
          ]);
        if (!request.body.lessonsLearned.trim())
          throw badRequest('validation_failed', 'Write down the lessons learned before closing', [
            { field: 'body.lessonsLearned', message: 'is required to close a project' },
          ]);
        await trx
          .updateTable('projects')
          .set({ closed_on: request.body.closedOn, lessons_learned: request.body.lessonsLearned.trim() })
          .where('id', '=', p.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'project.close',
          entity: 'project',
          entityId: p.id,
          newValue: { closedOn: request.body.closedOn },
        });
        return { ok: true as const };
      });
    },
  );

  const child = <B extends Record<string, unknown>>(
    path: string,
    summary: string,
    body: ReturnType<typeof Type.Object>,
    insert: (
      trx: Database,
      p: Awaited<ReturnType<typeof getProject>>,
      b: B,
      userId: string,
    ) => Promise<{ id: string }>,
  ) =>
    app.post(
      `/workspaces/:workspaceId/projects/:projectId/${path}`,
      {
        config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
        schema: { tags, summary, params: ProjectParams, body, response: { 201: ProjectPartCreated } },
      },
      async (request, reply) => {
        const ws = requireWorkspace(request);
        const user = requireAuth(request).user;
        const row = await app.db.transaction().execute(async (trx) => {
          const p = await getProject(trx, ws.id, (request.params as { projectId: string }).projectId);
          openProject(p);
          const r = await insert(trx, p, request.body as B, user.id);
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId: user.id,
            action: `project.${path}`,
            entity: 'project',
            entityId: p.id,
            newValue: request.body,
          });
          return r;
        });
        reply.status(201);
        return row;
      },
    );

  child<{ title: string }>(
    'work-packages',
    'Add a work package',
    Type.Object({ title: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
    async (trx, p, b) => {
      const n = await trx
        .selectFrom('project_work_packages')
        .select('id')
        .where('project_id', '=', p.id)
        .execute();
      return trx
        .insertInto('project_work_packages')
        .values({ project_id: p.id, title: b.title.trim(), position: n.length })
        .returning('id')
        .executeTakeFirstOrThrow();
    },
  );

  child<{ title: string; workPackageId?: string; ownerUserId?: string; startsOn: string; dueOn: string }>(
    'tasks',
    'Add a task with its owner and deadline; both dates must lie within the project',
    Type.Object(
      {
        title: Type.String({ minLength: 1, maxLength: 200 }),
        workPackageId: Type.Optional(Type.String({ format: 'uuid' })),
        ownerUserId: Type.Optional(Type.String({ format: 'uuid' })),
        startsOn: DateString,
        dueOn: DateString,
      },
      { additionalProperties: false },
    ),
    async (trx, p, b) => {
      insideProject(p, b.startsOn, 'body.startsOn', 'task start');
      insideProject(p, b.dueOn, 'body.dueOn', 'task deadline');
      if (b.dueOn < b.startsOn)
        throw badRequest('validation_failed', 'A task is due after it starts', [
          { field: 'body.dueOn', message: 'is before body.startsOn' },
        ]);
      if (b.workPackageId) {
        const wp = await trx
          .selectFrom('project_work_packages')
          .select('id')
          .where('id', '=', b.workPackageId)
          .where('project_id', '=', p.id)
          .executeTakeFirst();
        if (!wp)
          throw badRequest('validation_failed', 'No such work package in this project', [
            { field: 'body.workPackageId', message: 'is not a work package of this project' },
          ]);
      }
      if (b.ownerUserId) {
        const m = await trx
          .selectFrom('memberships')
          .select('user_id')
          .where('workspace_id', '=', p.workspace_id)
          .where('user_id', '=', b.ownerUserId)
          .executeTakeFirst();
        if (!m)
          throw badRequest('validation_failed', 'The owner must be a user of this workspace', [
            { field: 'body.ownerUserId', message: 'is not a user of this workspace' },
          ]);
      }
      return trx
        .insertInto('project_tasks')
        .values({
          project_id: p.id,
          work_package_id: b.workPackageId ?? null,
          title: b.title.trim(),
          owner_user_id: b.ownerUserId ?? null,
          starts_on: b.startsOn,
          due_on: b.dueOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    },
  );

  child<{ title: string; dueOn: string }>(
    'milestones',
    'Add a milestone (key interim goal, 001:3208)',
    Type.Object(
      { title: Type.String({ minLength: 1, maxLength: 200 }), dueOn: DateString },
      { additionalProperties: false },
    ),
    async (trx, p, b) => {
      insideProject(p, b.dueOn, 'body.dueOn', 'milestone');
      return trx
        .insertInto('project_milestones')
        .values({ project_id: p.id, title: b.title.trim(), due_on: b.dueOn })
        .returning('id')
        .executeTakeFirstOrThrow();
    },
  );

  child<{ category: string; planned: number; actual?: number }>(
    'budget-lines',
    'Set the planned (and actual) amount of a cost category',
    Type.Object(
      {
        category: Type.String({ minLength: 1, maxLength: 100 }),
        planned: Type.Number({ minimum: 0, maximum: MONEY_14_2 }),
        actual: Type.Optional(Type.Number({ minimum: 0, maximum: MONEY_14_2 })),
      },
      { additionalProperties: false },
    ),
    async (trx, p, b) =>
      trx
        .insertInto('project_budget_lines')
        .values({ project_id: p.id, category: b.category.trim(), planned: b.planned, actual: b.actual ?? 0 })
        .onConflict((oc) =>
          oc.columns(['project_id', 'category']).doUpdateSet({ planned: b.planned, actual: b.actual ?? 0 }),
        )
        .returning('id')
        .executeTakeFirstOrThrow(),
  );

  child<{ reportedOn: string; progress: string }>(
    'reports',
    'File a progress report (001:3187)',
    Type.Object(
      { reportedOn: DateString, progress: Type.String({ minLength: 1, maxLength: 20000 }) },
      { additionalProperties: false },
    ),
    async (trx, p, b, userId) =>
      trx
        .insertInto('project_reports')
        .values({
          project_id: p.id,
          reported_on: b.reportedOn,
          progress: b.progress.trim(),
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
  );

  app.put(
    '/workspaces/:workspaceId/projects/:projectId/tasks/:taskId/done',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Mark a task done (or not done with null)',
        params: Type.Object({
          workspaceId: Type.String(),
          projectId: Type.String({ format: 'uuid' }),
          taskId: Type.String({ format: 'uuid' }),
        }),
        body: Type.Object({ doneOn: Type.Union([DateString, Type.Null()]) }, { additionalProperties: false }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const p = await getProject(trx, ws.id, request.params.projectId);
        const r = await trx
          .updateTable('project_tasks')
          .set({ done_on: request.body.doneOn })
          .where('id', '=', request.params.taskId)
          .where('project_id', '=', p.id)
          .executeTakeFirst();
        if (!r.numUpdatedRows) throw notFound('Task');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'project.task_done',
          entity: 'project',
          entityId: p.id,
          newValue: { task: request.params.taskId, doneOn: request.body.doneOn },
        });
        return { ok: true as const };
      });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/projects/:projectId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Delete a project that has not started (phase initiating)',
        params: ProjectParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const p = await getProject(trx, ws.id, request.params.projectId);
        if (p.phase !== 'initiating')
          throw new AppError(
            409,
            'project_started',
            'Only a project still in its initiating phase can be deleted; close it instead',
          );
        await trx.deleteFrom('projects').where('id', '=', p.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'project.delete',
          entity: 'project',
          entityId: p.id,
          oldValue: p,
        });
        return { ok: true as const };
      });
    },
  );
}
