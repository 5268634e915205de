import { FIELDS_OF_ACTION_TEMPLATE } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { documentLocale } from '../i18n/documents.js';
import { templateText } from '../i18n/documents/templates.js';
import { msg } from '../i18n/index.js';
import type { Database } from '../db/database.js';
import { TEAM, initiative, tags } from './shared.js';
import { serviceMatrix } from './services.service.js';
import { ServiceMatrix } from './services.schemas.js';

const Params = Type.Object({ workspaceId: Type.String() });
const BOARD: readonly WorkspaceRole[] = ['owner', 'manager'];
const Fields = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 20 });

/** A goal of this workspace by id, or 404 naming the field. */
async function goalOf(db: Database, workspaceId: string, goalId: string, field: string) {
  const goal = await db
    .selectFrom('strategy_goals')
    .select(['id', 'title'])
    .where('id', '=', goalId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!goal)
    throw badRequest('validation_failed', 'The goal is not one of this cluster initiative', [
      { field, message: 'is not a goal of this cluster initiative' },
    ]);
  return goal;
}

/** The goal's title when another objective of the matrix already is that goal: 409. */
async function assertGoalFree(
  db: Database,
  workspaceId: string,
  goalId: string,
  field: string,
  except?: string,
) {
  let q = db
    .selectFrom('service_objectives')
    .select('name')
    .where('workspace_id', '=', workspaceId)
    .where('goal_id', '=', goalId);
  if (except) q = q.where('id', '!=', except);
  const taken = await q.executeTakeFirst();
  if (taken)
    throw conflict(msg`The goal is already the objective "${taken.name}" of the matrix`, [
      { field, message: 'is taken' },
    ]);
}

/**
 * The objectives × fields-of-action matrix of the service catalogue (GIZ 001:2596–2616). Its
 * objectives may be the strategy's goals (strategy issue 13, item 5): the guide deduces the fields
 * of action "according to the identified needs and strategic goals" and allocates them "to each
 * goal" (001:2598–2600), so a service traces back through its goal to the needs.
 */
export async function serviceMatrixRoutes(app: App) {
  const matrix = (workspaceId: string) => serviceMatrix(app.db, workspaceId);

  app.get(
    '/workspaces/:workspaceId/service-matrix',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'The objectives × fields-of-action matrix (001:2602–2616)',
        params: Params,
        response: { 200: ServiceMatrix },
      },
    },
    async (request) => ({ objectives: await matrix(requireWorkspace(request).id) }),
  );

  app.post(
    '/workspaces/:workspaceId/service-matrix',
    {
      config: { policy: { access: 'workspace', roles: BOARD, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Add an objective with its fields of action (free text, or a strategy goal: goalId), or load the GIZ example matrix (template: "giz") into an empty matrix',
        params: Params,
        body: Type.Union([
          Type.Object({ template: Type.Literal('giz') }, { additionalProperties: false }),
          Type.Object(
            { objective: Type.String({ minLength: 1, maxLength: 200 }), fields: Fields },
            { additionalProperties: false },
          ),
          Type.Object(
            { goalId: Type.String({ format: 'uuid' }), fields: Fields },
            { additionalProperties: false },
          ),
        ]),
        response: { 201: ServiceMatrix },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const b = request.body;
      const locale = documentLocale(request);
      await app.db.transaction().execute(async (trx) => {
        const goal = 'goalId' in b ? await goalOf(trx, ws.id, b.goalId, 'body.goalId') : null;
        if (goal) await assertGoalFree(trx, ws.id, goal.id, 'body.goalId');
        const rows =
          'template' in b
            ? FIELDS_OF_ACTION_TEMPLATE.map((o) => ({
                objective: templateText(locale, o.objective),
                fields: o.fields.map((f) => templateText(locale, f)),
              }))
            : [{ objective: goal ? goal.title : 'objective' in b ? b.objective : '', fields: b.fields }];
        const existing = await trx
          .selectFrom('service_objectives')
          .select(['name', 'position'])
          .where('workspace_id', '=', ws.id)
          .execute();
        if ('template' in b && existing.length)
          throw conflict('The matrix is not empty: the example can only start an empty matrix');
        let position = existing.reduce((m, o) => Math.max(m, o.position + 1), 0);
        for (const r of rows) {
          const name = r.objective.trim();
          if (existing.some((o) => o.name === name))
            throw conflict(msg`The objective "${name}" exists`, [
              { field: goal ? 'body.goalId' : 'body.objective', message: 'is taken' },
            ]);
          const fields = r.fields.map((f) => f.trim());
          const dup = fields.findIndex((f, i) => fields.indexOf(f) !== i);
          if (dup >= 0)
            throw badRequest('validation_failed', msg`The field of action "${fields[dup]}" is listed twice`, [
              { field: `body.fields[${dup}]`, message: 'is a duplicate' },
            ]);
          const o = await trx
            .insertInto('service_objectives')
            .values({ workspace_id: ws.id, name, position: position++, goal_id: goal?.id ?? null })
            .returning('id')
            .executeTakeFirstOrThrow();
          for (const [i, f] of fields.entries())
            await trx
              .insertInto('service_fields')
              .values({ workspace_id: ws.id, objective_id: o.id, name: f, position: i })
              .execute();
        }
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service_matrix.add',
          entity: 'service_matrix',
          newValue: goal ? rows.map((r) => ({ ...r, goal: goal.title })) : rows,
        });
      });
      reply.status(201);
      return { objectives: await matrix(ws.id) };
    },
  );

  app.put(
    '/workspaces/:workspaceId/service-matrix/objectives/:objectiveId/goal',
    {
      config: { policy: { access: 'workspace', roles: BOARD, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Allocate an objective of the matrix to a strategy goal (goalId), or make it free text again (null); the name stays as written',
        params: Type.Object({ workspaceId: Type.String(), objectiveId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          { goalId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]) },
          { additionalProperties: false },
        ),
        response: { 200: ServiceMatrix },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const { goalId } = request.body;
      await app.db.transaction().execute(async (trx) => {
        const objective = await trx
          .selectFrom('service_objectives')
          .select(['id', 'name', 'goal_id'])
          .where('id', '=', request.params.objectiveId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!objective) throw notFound('Objective');
        const goal = goalId ? await goalOf(trx, ws.id, goalId, 'body.goalId') : null;
        if (goal) await assertGoalFree(trx, ws.id, goal.id, 'body.goalId', objective.id);
        await trx
          .updateTable('service_objectives')
          .set({ goal_id: goal?.id ?? null })
          .where('id', '=', objective.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service_matrix.goal',
          entity: 'service_objective',
          entityId: objective.id,
          oldValue: { goalId: objective.goal_id },
          newValue: { objective: objective.name, goal: goal?.title ?? null },
        });
      });
      return { objectives: await matrix(ws.id) };
    },
  );
}
