import { ExportFormatQuery, sendRecords } from '../http/export.js';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { getActor } from './actors/service.js';
import { Ok } from '../http/schemas.js';
import { Stakeholders } from './diagnose.schemas.js';

const tags = ['diagnose'];
const initiative = ['cluster_initiative'] as const;
const READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'viewer'];
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
const Params = Type.Object({ workspaceId: Type.String(), actorId: Type.String({ format: 'uuid' }) });

/**
 * The stakeholder table of the GIZ guide (001:1466–1482): each stakeholder's point of view
 * (positive, neutral, critical), influence (high, medium, low), a description and the measure that
 * keeps or wins their support — followed up as a task with a due date, an owner and a status.
 */
export async function stakeholderRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/stakeholders',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'The stakeholder table, most influential first; ?format=csv|xlsx exports it',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object({ format: ExportFormatQuery }, { additionalProperties: false }),
        // The JSON answer; ?format=csv|xlsx answers a file instead.
        response: { 200: Stakeholders },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const stakeholders = await app.db
        .selectFrom('stakeholder_assessments as s')
        .innerJoin('actors as a', 'a.id', 's.actor_id')
        .select([
          'a.id as actor_id',
          'a.name',
          'a.actor_type',
          's.assessment',
          's.influence',
          's.description',
          's.measure',
          's.measure_status',
          sql<string | null>`s.measure_due::text`.as('measure_due'),
          's.measure_owner',
          's.updated_at',
        ])
        .where('s.workspace_id', '=', ws.id)
        .orderBy(sql`CASE s.influence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`)
        .orderBy('a.name')
        .execute();
      if (request.query.format)
        return sendRecords(
          reply,
          request.query.format,
          'stakeholders',
          [
            'name',
            'actor_type',
            'assessment',
            'influence',
            'description',
            'measure',
            'measure_status',
            'measure_due',
            'measure_owner',
          ],
          stakeholders,
        );
      return {
        stakeholders: stakeholders.map((s) => ({ ...s, updated_at: new Date(s.updated_at).toISOString() })),
      };
    },
  );

  app.put(
    '/workspaces/:workspaceId/stakeholders/:actorId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Assess a stakeholder and set the follow-up measure',
        params: Params,
        body: Type.Object(
          {
            assessment: Type.Union([
              Type.Literal('positive'),
              Type.Literal('neutral'),
              Type.Literal('critical'),
            ]),
            influence: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
            description: Type.Optional(Type.String({ maxLength: 2000 })),
            measure: Type.Optional(Type.String({ maxLength: 2000 })),
            measureStatus: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done')])),
            measureDue: Type.Optional(
              Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]),
            ),
            measureOwner: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      const values = {
        assessment: b.assessment,
        influence: b.influence,
        description: b.description ?? '',
        measure: b.measure ?? '',
        measure_status: b.measureStatus ?? 'open',
        measure_due: b.measureDue ?? null,
        measure_owner: b.measureOwner ?? '',
        updated_by: userId,
      };
      await app.db.transaction().execute(async (trx) => {
        const actor = await getActor(trx, ws.id, request.params.actorId);
        const before = await trx
          .selectFrom('stakeholder_assessments')
          .selectAll()
          .where('actor_id', '=', actor.id)
          .executeTakeFirst();
        await trx
          .insertInto('stakeholder_assessments')
          .values({ actor_id: actor.id, workspace_id: ws.id, ...values })
          .onConflict((oc) => oc.column('actor_id').doUpdateSet({ ...values, updated_at: new Date() }))
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'stakeholders.assess',
          entity: 'actor',
          entityId: actor.id,
          oldValue: before
            ? {
                assessment: before.assessment,
                influence: before.influence,
                measure: before.measure,
                measureStatus: before.measure_status,
              }
            : null,
          newValue: { name: actor.name, ...b },
        });
      });
      return { ok: true as const };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/stakeholders/:actorId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Take an actor out of the stakeholder table (the actor stays in the register)',
        params: Params,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('stakeholder_assessments')
          .selectAll()
          .where('actor_id', '=', request.params.actorId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!row) throw notFound('Stakeholder assessment');
        await trx.deleteFrom('stakeholder_assessments').where('actor_id', '=', row.actor_id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'stakeholders.remove',
          entity: 'actor',
          entityId: row.actor_id,
          oldValue: { assessment: row.assessment, influence: row.influence },
        });
      });
      return { ok: true as const };
    },
  );
}
