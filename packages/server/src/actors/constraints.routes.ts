import { ExportFormatQuery, sendRecords } from '../http/export.js';
import { brokenPathwayStep, pathwayScore } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';

const tags = ['diagnose'];
/** Also the agency's own diagnosis in a programme workspace, before any association exists (issue 15; 000:48–115). */
const initiative = ['cluster_initiative', 'programme'] as const;
const READERS: readonly WorkspaceRole[] = [
  'owner',
  'manager',
  'staff',
  'viewer',
  'officer',
  'coordinator',
  'evaluator',
];
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
const WS = Type.Object({ workspaceId: Type.String() });
const Score = Type.Integer({ minimum: 1, maximum: 5 });

/** Constraint diagnosis in tiers with cause → effect pathways (MarketMakers 000:50–64, 237–249). */
export async function constraintRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/constraints',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Constraints, their cause → effect links and the prioritised pathways; ?format=csv|xlsx exports the constraints',
        params: WS,
        querystring: Type.Object({ format: ExportFormatQuery }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const constraints = await app.db
        .selectFrom('constraints')
        .selectAll()
        .where('workspace_id', '=', ws.id)
        .orderBy('tier')
        .orderBy('created_at')
        .execute();
      if (request.query.format)
        return sendRecords(
          reply,
          request.query.format,
          'constraints',
          ['tier', 'kind', 'deficiency', 'title', 'description', 'created_at'],
          constraints,
        );
      const ids = constraints.map((c) => c.id);
      const links = ids.length
        ? await app.db.selectFrom('constraint_links').selectAll().where('cause_id', 'in', ids).execute()
        : [];
      const pathways = (
        await app.db.selectFrom('constraint_pathways').selectAll().where('workspace_id', '=', ws.id).execute()
      )
        .map((p) => ({
          ...p,
          score: pathwayScore({
            abilityToAct: p.ability_to_act,
            expectedEffect: p.expected_effect,
          }),
        }))
        .sort((a, b) => b.score - a.score);
      return {
        constraints,
        links: links.map((l) => ({ causeId: l.cause_id, effectId: l.effect_id })),
        pathways,
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/constraints',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Add a constraint: tier 1–4, a function (service) or a rule (policy), absent or sub-optimal in scope or quality',
        params: WS,
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 300 }),
            tier: Type.Integer({ minimum: 1, maximum: 4 }),
            kind: Type.Union([Type.Literal('function'), Type.Literal('rule')]),
            deficiency: Type.Union([
              Type.Literal('absent'),
              Type.Literal('suboptimal_scope'),
              Type.Literal('suboptimal_quality'),
            ]),
            description: Type.Optional(Type.String({ maxLength: 3000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('constraints')
          .values({ ...request.body, title: request.body.title.trim(), workspace_id: ws.id })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'constraints.create',
          entity: 'constraint',
          entityId: r.id,
          newValue: request.body,
        });
        return r;
      });
      reply.status(201);
      return row;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/constraints/:constraintId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Remove a constraint and its links',
        params: Type.Object({ workspaceId: Type.String(), constraintId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const used = await trx
          .selectFrom('constraint_pathways')
          .select('name')
          .where('workspace_id', '=', ws.id)
          .where((eb) => eb(eb.val(request.params.constraintId), '=', eb.fn.any('constraint_ids')))
          .executeTakeFirst();
        if (used)
          throw conflict(msg`The constraint is part of the pathway "${used.name}"; remove the pathway first`);
        const gone = await trx
          .deleteFrom('constraints')
          .where('id', '=', request.params.constraintId)
          .where('workspace_id', '=', ws.id)
          .returningAll()
          .executeTakeFirst();
        if (!gone) throw notFound('Constraint');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'constraints.delete',
          entity: 'constraint',
          entityId: gone.id,
          oldValue: { title: gone.title, tier: gone.tier },
        });
      });
      return { ok: true };
    },
  );

  app.post(
    '/workspaces/:workspaceId/constraints/links',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Link a cause to its effect',
        params: WS,
        body: Type.Object(
          { causeId: Type.String({ format: 'uuid' }), effectId: Type.String({ format: 'uuid' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { causeId, effectId } = request.body;
      if (causeId === effectId)
        throw badRequest('validation_failed', 'A constraint cannot cause itself', [
          { field: 'body.effectId', message: 'is the same constraint' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('constraints')
          .select('id')
          .where('workspace_id', '=', ws.id)
          .where('id', 'in', [causeId, effectId])
          .execute();
        for (const [field, id] of [
          ['body.causeId', causeId],
          ['body.effectId', effectId],
        ] as const)
          if (!found.some((f) => f.id === id))
            throw badRequest('unknown_constraint', msg`${field} is not a constraint of this initiative`, [
              { field, message: 'is not a constraint of this initiative' },
            ]);
        await trx
          .insertInto('constraint_links')
          .values({ cause_id: causeId, effect_id: effectId })
          .onConflict((oc) => oc.doNothing())
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'constraints.link',
          entity: 'constraint',
          entityId: causeId,
          newValue: request.body,
        });
      });
      reply.status(201);
      return { ok: true };
    },
  );

  app.post(
    '/workspaces/:workspaceId/constraint-pathways',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Record a pathway (root cause first, following the links) and score it on the two criteria of 000:54: ability to act (quality partners included) and the expected medium- to long-term employment effect (1–5 each, summed without weights: the platform’s choice)',
        params: WS,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            constraintIds: Type.Array(Type.String({ format: 'uuid' }), {
              minItems: 2,
              maxItems: 12,
              uniqueItems: true,
            }),
            abilityToAct: Score,
            expectedEffect: Score,
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      const row = await app.db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('constraints')
          .select('id')
          .where('workspace_id', '=', ws.id)
          .where('id', 'in', b.constraintIds)
          .execute();
        const missing = b.constraintIds.findIndex((id) => !found.some((f) => f.id === id));
        if (missing >= 0)
          throw badRequest(
            'unknown_constraint',
            msg`constraintIds[${missing}] is not a constraint of this initiative`,
            [{ field: `body.constraintIds[${missing}]`, message: 'is not a constraint of this initiative' }],
          );
        const links = await trx
          .selectFrom('constraint_links')
          .selectAll()
          .where('cause_id', 'in', b.constraintIds)
          .execute();
        const broken = brokenPathwayStep(
          b.constraintIds,
          links.map((l) => ({ causeId: l.cause_id, effectId: l.effect_id })),
        );
        if (broken !== null)
          throw badRequest(
            'broken_pathway',
            msg`No cause → effect link from step ${broken + 1} to step ${broken + 2}: link them first`,
            [
              {
                field: `body.constraintIds[${broken + 1}]`,
                message: 'is not an effect of the previous constraint',
              },
            ],
          );
        const r = await trx
          .insertInto('constraint_pathways')
          .values({
            workspace_id: ws.id,
            name: b.name,
            constraint_ids: b.constraintIds,
            ability_to_act: b.abilityToAct,
            expected_effect: b.expectedEffect,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'constraints.pathway',
          entity: 'constraint_pathway',
          entityId: r.id,
          newValue: b,
        });
        return r;
      });
      reply.status(201);
      return row;
    },
  );
}
