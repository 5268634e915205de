import { ExportFormatQuery, sendRecords } from '../http/export.js';
import { brokenPathwayStep } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { DateString } from '../http/module-policies.js';
import {
  checkActors,
  constraintDiagnosis,
  pathwaysUsingLink,
  presentConstraint,
  presentPathway,
  setConstraintActors,
} from './constraints.service.js';
import { Ok } from '../http/schemas.js';
import { Constraint, ConstraintDiagnosis, Pathway } from './constraints.schemas.js';

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
const ConstraintPath = Type.Object({
  workspaceId: Type.String(),
  constraintId: Type.String({ format: 'uuid' }),
});
/**
 * "Absent or sub-optimal in terms of scope and/or quality" (000:241): sub-optimal in scope, in
 * quality, or in both.
 */
const Deficiency = Type.Union([
  Type.Literal('absent'),
  Type.Literal('suboptimal_scope'),
  Type.Literal('suboptimal_quality'),
  Type.Literal('suboptimal_scope_quality'),
]);
/** The actors whose business models and practices hold the constraint (000:62). */
const ActorIds = Type.Array(Type.String({ format: 'uuid' }), { maxItems: 50, uniqueItems: true });
const ConstraintFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  tier: Type.Integer({ minimum: 1, maximum: 4 }),
  kind: Type.Union([Type.Literal('function'), Type.Literal('rule')]),
  deficiency: Deficiency,
  description: Type.String({ maxLength: 3000 }),
  /** The day the constraint came to light; the diagnosis is revised as pilots run (000:48). */
  identifiedOn: DateString,
  actorIds: ActorIds,
};
const EXPORT_COLUMNS = [
  'tier',
  'kind',
  'deficiency',
  'title',
  'description',
  'identified_on',
  'revised_at',
  'actors',
  'created_at',
];

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
        // The JSON answer; ?format=csv|xlsx answers a file instead.
        response: { 200: ConstraintDiagnosis },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const diagnosis = await constraintDiagnosis(app.db, ws.id);
      if (request.query.format)
        return sendRecords(
          reply,
          request.query.format,
          'constraints',
          EXPORT_COLUMNS,
          diagnosis.constraints.map((c) => ({ ...c, actors: c.actors.map((a) => a.name).join('; ') })),
        );
      return {
        ...diagnosis,
        constraints: diagnosis.constraints.map(presentConstraint),
        pathways: diagnosis.pathways.map(presentPathway),
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
          'Add a constraint: tier 1–4, a function (service) or a rule (policy), absent or sub-optimal in scope and/or quality, the day it was identified and the actors holding it',
        params: WS,
        body: Type.Object(
          {
            title: ConstraintFields.title,
            tier: ConstraintFields.tier,
            kind: ConstraintFields.kind,
            deficiency: ConstraintFields.deficiency,
            description: Type.Optional(ConstraintFields.description),
            identifiedOn: Type.Optional(ConstraintFields.identifiedOn),
            actorIds: Type.Optional(ConstraintFields.actorIds),
          },
          { additionalProperties: false },
        ),
        response: { 201: Constraint },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { actorIds = [], identifiedOn, ...fields } = request.body;
      const row = await app.db.transaction().execute(async (trx) => {
        await checkActors(trx, ws.id, actorIds);
        const r = await trx
          .insertInto('constraints')
          .values({
            ...fields,
            title: fields.title.trim(),
            workspace_id: ws.id,
            ...(identifiedOn ? { identified_on: identifiedOn } : {}),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await setConstraintActors(trx, r.id, actorIds);
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
      return presentConstraint(row);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/constraints/:constraintId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Revise a constraint as the diagnosis sharpens (000:48): any of its fields, the actors holding it included; the time of the revision is kept',
        params: ConstraintPath,
        body: Type.Partial(Type.Object(ConstraintFields, { additionalProperties: false }), {
          additionalProperties: false,
        }),
        response: { 200: Constraint },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { actorIds, identifiedOn, ...fields } = request.body;
      return app.db.transaction().execute(async (trx) => {
        // Locked, so two revisions at once apply one after the other.
        const before = await trx
          .selectFrom('constraints')
          .selectAll()
          .where('id', '=', request.params.constraintId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!before) throw notFound('Constraint');
        if (actorIds) await checkActors(trx, ws.id, actorIds);
        const row = await trx
          .updateTable('constraints')
          .set({
            ...fields,
            ...(fields.title !== undefined ? { title: fields.title.trim() } : {}),
            ...(identifiedOn ? { identified_on: identifiedOn } : {}),
            revised_at: new Date(),
          })
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        if (actorIds) await setConstraintActors(trx, row.id, actorIds);
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'constraints.update',
          entity: 'constraint',
          entityId: row.id,
          oldValue: { title: before.title, tier: before.tier, deficiency: before.deficiency },
          newValue: request.body,
        });
        return presentConstraint(row);
      });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/constraints/:constraintId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Remove a constraint and its links (refused while a pathway runs through it)',
        params: ConstraintPath,
        response: { 200: Ok },
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
      return { ok: true as const };
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
        response: { 201: Ok },
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
      return { ok: true as const };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/constraints/:constraintId/effects/:effectId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Remove the link from a cause to its effect (refused while a pathway runs along it)',
        params: Type.Object({
          workspaceId: Type.String(),
          constraintId: Type.String({ format: 'uuid' }),
          effectId: Type.String({ format: 'uuid' }),
        }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { constraintId, effectId } = request.params;
      await app.db.transaction().execute(async (trx) => {
        const cause = await trx
          .selectFrom('constraints')
          .select('id')
          .where('id', '=', constraintId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!cause) throw notFound('Constraint');
        const [used] = await pathwaysUsingLink(trx, ws.id, constraintId, effectId);
        if (used)
          throw conflict(msg`The pathway "${used.name}" runs along this link; remove the pathway first`);
        const gone = await trx
          .deleteFrom('constraint_links')
          .where('cause_id', '=', constraintId)
          .where('effect_id', '=', effectId)
          .returningAll()
          .executeTakeFirst();
        if (!gone) throw notFound('Link');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'constraints.unlink',
          entity: 'constraint',
          entityId: constraintId,
          oldValue: { causeId: constraintId, effectId },
        });
      });
      return { ok: true as const };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/constraint-pathways/:pathwayId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Remove a pathway (its constraints and links stay)',
        params: Type.Object({ workspaceId: Type.String(), pathwayId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('constraint_pathways')
          .where('id', '=', request.params.pathwayId)
          .where('workspace_id', '=', ws.id)
          .returningAll()
          .executeTakeFirst();
        if (!gone) throw notFound('Pathway');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'constraints.pathway_delete',
          entity: 'constraint_pathway',
          entityId: gone.id,
          oldValue: { name: gone.name, constraintIds: gone.constraint_ids },
        });
      });
      return { ok: true as const };
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
        response: { 201: Pathway },
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
      return presentPathway(row);
    },
  );
}
