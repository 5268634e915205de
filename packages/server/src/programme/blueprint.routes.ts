import { BLUEPRINT_STEPS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { Ok } from '../http/schemas.js';
import { BlueprintChart, Created } from './programme.schemas.js';
import { BLUEPRINT_CELL_STATES } from '../db/schema-programme.js';
import { Params, Uuid, lit, read, run, tags } from './shared.js';
import { activeFollow } from './portfolio.service.js';

/**
 * The blueprint chart (MarketMakers Appendix 2, 000:251–262): each row an association (or an
 * association to be), each column a step 1–9 of the blueprint, each cell's state done, led by
 * others, skipped, ongoing or repeated, with a note. Runners edit rows and cells; a row that is a
 * followed initiative sharing its lifecycle shows the blueprint step the initiative records.
 */
const AssociationParams = Type.Object({ workspaceId: Type.String(), associationId: Uuid });
const CellParams = Type.Object({
  workspaceId: Type.String(),
  associationId: Uuid,
  step: Type.Integer({ minimum: 1, maximum: 9 }),
});
const AssociationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300 }),
    initiativeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    partnershipNote: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);

async function checkRow(
  db: Database,
  programmeId: string,
  b: { name: string; initiativeId?: string | null },
) {
  if (!b.name.trim())
    throw badRequest('validation_failed', 'Give the association a name', [
      { field: 'body.name', message: 'is empty' },
    ]);
  if (b.initiativeId && !(await activeFollow(db, programmeId, b.initiativeId)))
    throw badRequest('not_followed', 'initiativeId is not an initiative this programme follows', [
      { field: 'body.initiativeId', message: 'is not an initiative this programme follows' },
    ]);
}

export function blueprintRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/portfolio/blueprint';

  const loadRow = async (programmeId: string, id: string) => {
    const row = await app.db
      .selectFrom('programme_associations')
      .selectAll()
      .where('id', '=', id)
      .where('programme_id', '=', programmeId)
      .executeTakeFirst();
    if (!row) throw notFound('Association');
    return row;
  };
  const nameTaken = (e: unknown) => (e as { code?: string }).code === '23505';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The blueprint chart (MarketMakers Appendix 2): associations × steps 1–9 with each cell’s state and note; a followed initiative sharing its lifecycle shows its current step',
        params: Params,
        response: { 200: BlueprintChart },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await app.db
        .selectFrom('programme_associations as a')
        .leftJoin('workspaces as w', 'w.id', 'a.initiative_id')
        .select([
          'a.id',
          'a.name',
          'a.initiative_id',
          'w.name as initiative_name',
          'a.applicant_id',
          'a.origin',
          'a.partnership_note',
        ])
        .where('a.programme_id', '=', ws.id)
        .orderBy('a.created_at')
        .orderBy('a.name')
        .execute();
      const cells = rows.length
        ? await app.db
            .selectFrom('blueprint_cells')
            .select(['association_id', 'step', 'state', 'note'])
            .where(
              'association_id',
              'in',
              rows.map((r) => r.id),
            )
            .orderBy('step')
            .execute()
        : [];
      const associations = [];
      for (const r of rows) {
        let currentStep: number | null = null;
        if (r.initiative_id) {
          const follow = await activeFollow(app.db, ws.id, r.initiative_id);
          if (follow?.shares.includes('lifecycle'))
            currentStep =
              (
                await app.db
                  .selectFrom('lifecycle_states')
                  .select('blueprint_step')
                  .where('workspace_id', '=', r.initiative_id)
                  .executeTakeFirst()
              )?.blueprint_step ?? null;
        }
        associations.push({
          id: r.id,
          name: r.name,
          // A row's initiative is a workspace while initiative_id is set (its key goes with it).
          initiative: r.initiative_id ? { id: r.initiative_id, name: r.initiative_name ?? '' } : null,
          applicantId: r.applicant_id,
          origin: r.origin,
          partnershipNote: r.partnership_note,
          cells: cells
            .filter((c) => c.association_id === r.id)
            .map((c) => ({ step: c.step, state: c.state, note: c.note })),
          currentStep,
        });
      }
      return {
        steps: BLUEPRINT_STEPS.map((s) => ({ number: s.number, name: s.name, source: s.source })),
        associations,
      };
    },
  );

  app.post(
    `${base}/associations`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Add a row to the blueprint chart: an association, possibly a followed initiative',
        params: Params,
        body: AssociationBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      await checkRow(app.db, ws.id, b);
      try {
        const row = await app.db.transaction().execute(async (trx) => {
          const r = await trx
            .insertInto('programme_associations')
            .values({
              programme_id: ws.id,
              name: b.name.trim(),
              initiative_id: b.initiativeId ?? null,
              applicant_id: null,
              origin: 'manual',
              partnership_note: b.partnershipNote?.trim() ?? '',
              created_by: userId,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId,
            action: 'blueprint.association.create',
            entity: 'programme_association',
            entityId: r.id,
            newValue: b,
          });
          return r;
        });
        reply.status(201);
        return { id: row.id };
      } catch (e) {
        if (nameTaken(e))
          throw conflict(msg`An association named "${b.name.trim()}" is on the chart already`);
        throw e;
      }
    },
  );

  app.put(
    `${base}/associations/:associationId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Edit a row of the blueprint chart',
        params: AssociationParams,
        body: AssociationBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      const old = await loadRow(ws.id, request.params.associationId);
      if (b.initiativeId !== old.initiative_id) await checkRow(app.db, ws.id, b);
      else await checkRow(app.db, ws.id, { name: b.name });
      try {
        await app.db.transaction().execute(async (trx) => {
          await trx
            .updateTable('programme_associations')
            .set({
              name: b.name.trim(),
              ...(b.initiativeId !== undefined ? { initiative_id: b.initiativeId } : {}),
              ...(b.partnershipNote !== undefined ? { partnership_note: b.partnershipNote.trim() } : {}),
            })
            .where('id', '=', old.id)
            .execute();
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId,
            action: 'blueprint.association.update',
            entity: 'programme_association',
            entityId: old.id,
            oldValue: {
              name: old.name,
              initiativeId: old.initiative_id,
              partnershipNote: old.partnership_note,
            },
            newValue: b,
          });
        });
      } catch (e) {
        if (nameTaken(e))
          throw conflict(msg`An association named "${b.name.trim()}" is on the chart already`);
        throw e;
      }
      return { ok: true as const };
    },
  );

  app.delete(
    `${base}/associations/:associationId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Remove a row of the blueprint chart with its cells',
        params: AssociationParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const old = await loadRow(ws.id, request.params.associationId);
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('programme_associations').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'blueprint.association.delete',
          entity: 'programme_association',
          entityId: old.id,
          oldValue: { name: old.name },
        });
      });
      return { ok: true as const };
    },
  );

  app.put(
    `${base}/associations/:associationId/cells/:step`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Set a cell of the chart: the state of the step (null empties it) and a note',
        params: CellParams,
        body: Type.Object(
          {
            state: Type.Union([lit(BLUEPRINT_CELL_STATES), Type.Null()]),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const row = await loadRow(ws.id, request.params.associationId);
      const { step } = request.params;
      const state = request.body.state as (typeof BLUEPRINT_CELL_STATES)[number] | null;
      const note = request.body.note?.trim() ?? '';
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('blueprint_cells')
          .select(['state', 'note'])
          .where('association_id', '=', row.id)
          .where('step', '=', step)
          .forUpdate()
          .executeTakeFirst();
        if (state === null)
          await trx
            .deleteFrom('blueprint_cells')
            .where('association_id', '=', row.id)
            .where('step', '=', step)
            .execute();
        else
          await trx
            .insertInto('blueprint_cells')
            .values({ association_id: row.id, step, state, note, updated_by: userId })
            .onConflict((oc) =>
              oc
                .columns(['association_id', 'step'])
                .doUpdateSet({ state, note, updated_by: userId, updated_at: new Date() }),
            )
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'blueprint.cell',
          entity: 'blueprint_cell',
          entityId: row.id,
          oldValue: old ? { step, ...old } : undefined,
          newValue: { step, state, note },
        });
      });
      return { ok: true as const };
    },
  );
}
