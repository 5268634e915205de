import { ExportFormatQuery, sendRecords } from '../http/export.js';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg, oneOf } from '../i18n/index.js';
import { Ok } from '../http/schemas.js';
import { MemberCard, MemberCardList } from './diagnose.schemas.js';

/** A card as it is sent: its moment as ISO text (the same JSON). */
const present = <C extends { updated_at: Date }>(c: C) => ({
  ...c,
  updated_at: new Date(c.updated_at).toISOString(),
});

const tags = ['diagnose'];
const initiative = ['cluster_initiative'] as const;
const READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'viewer'];
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** The member roles of the card (004:504). */
export const MEMBER_CARD_ROLES = [
  'decision_maker',
  'influencer',
  'peer',
  'recommender',
  'mission',
  'saboteur',
  'other',
] as const;
export const MEMBER_CARD_TEXTS = [
  'age',
  'position',
  'company',
  'member_type',
  'service',
  'jobs_to_be_done',
  'gains',
  'value_proposition',
  'ambitions',
  'pain_points',
  'perfect_fit',
  'industry_challenges',
] as const;

const Card = (partial: boolean) => {
  const text = Type.Optional(Type.String({ maxLength: 2000 }));
  return Type.Object(
    {
      persona: partial
        ? Type.Optional(Type.String({ minLength: 1, maxLength: 200 }))
        : Type.String({ minLength: 1, maxLength: 200 }),
      memberRole: partial ? Type.Optional(Type.String()) : Type.String(),
      actorId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
      serviceId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
      age: text,
      position: text,
      company: text,
      member_type: text,
      service: text,
      jobs_to_be_done: text,
      gains: text,
      value_proposition: text,
      ambitions: text,
      pain_points: text,
      perfect_fit: text,
      industry_challenges: text,
    },
    { additionalProperties: false },
  );
};

/** Cluster Member Cards: one persona per card (ECCP guide 004_f712fc9831894dbf.txt:502–508). */
export async function memberCardRoutes(app: App) {
  const values = async (workspaceId: string, body: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    if (body.persona !== undefined) out.persona = String(body.persona).trim();
    if (body.memberRole !== undefined) {
      if (!(MEMBER_CARD_ROLES as readonly string[]).includes(String(body.memberRole)))
        throw badRequest('validation_failed', msg`memberRole must be one of ${oneOf(MEMBER_CARD_ROLES)}`, [
          { field: 'body.memberRole', message: 'is not a member role of the card' },
        ]);
      out.member_role = body.memberRole;
    }
    if (body.actorId !== undefined) {
      if (body.actorId !== null) {
        const actor = await app.db
          .selectFrom('actors')
          .select('id')
          .where('id', '=', String(body.actorId))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirst();
        if (!actor)
          throw badRequest('unknown_actor', 'actorId is not an actor of this cluster initiative', [
            { field: 'body.actorId', message: 'is not an actor of this cluster initiative' },
          ]);
      }
      out.actor_id = body.actorId;
    }
    // The service whose value proposition the card assesses ("a template to assess the value
    // proposition of new skills-related services", 004:500).
    if (body.serviceId !== undefined) {
      if (body.serviceId !== null) {
        const service = await app.db
          .selectFrom('services')
          .select('id')
          .where('id', '=', String(body.serviceId))
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirst();
        if (!service)
          throw badRequest('unknown_service', 'serviceId is not a service of this cluster initiative', [
            { field: 'body.serviceId', message: 'is not a service of this cluster initiative' },
          ]);
      }
      out.service_id = body.serviceId;
    }
    for (const k of MEMBER_CARD_TEXTS) if (body[k] !== undefined) out[k] = String(body[k]).trim();
    return out;
  };

  app.get(
    '/workspaces/:workspaceId/member-cards',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Member cards; ?format=csv|xlsx exports them',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object({ format: ExportFormatQuery }, { additionalProperties: false }),
        // The JSON answer; ?format=csv|xlsx answers a file instead.
        response: { 200: MemberCardList },
      },
    },
    async (request, reply) => {
      const memberCards = await app.db
        .selectFrom('member_cards')
        .leftJoin('actors', 'actors.id', 'member_cards.actor_id')
        .leftJoin('services', 'services.id', 'member_cards.service_id')
        .selectAll('member_cards')
        .select(['actors.name as actor_name', 'services.name as service_name'])
        .where('member_cards.workspace_id', '=', requireWorkspace(request).id)
        .orderBy('member_cards.persona')
        .execute();
      if (request.query.format)
        return sendRecords(
          reply,
          request.query.format,
          'member-cards',
          ['persona', 'actor_name', 'member_role', ...MEMBER_CARD_TEXTS, 'service_name'],
          memberCards,
        );
      return { memberCards: memberCards.map(present) };
    },
  );

  app.post(
    '/workspaces/:workspaceId/member-cards',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Add a member card',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Card(false),
        response: { 201: MemberCard },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const v = await values(ws.id, request.body);
      const card = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('member_cards')
          .values({
            ...(v as { persona: string; member_role: string }),
            workspace_id: ws.id,
            created_by: userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'membercards.create',
          entity: 'member_card',
          entityId: row.id,
          newValue: request.body,
        });
        return row;
      });
      reply.status(201);
      return present(card);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/member-cards/:cardId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Change a member card',
        params: Type.Object({ workspaceId: Type.String(), cardId: Type.String({ format: 'uuid' }) }),
        body: Card(true),
        response: { 200: MemberCard },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const v = await values(ws.id, request.body);
      return app.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('member_cards')
          .selectAll()
          .where('id', '=', request.params.cardId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!before) throw notFound('Member card');
        const row = await trx
          .updateTable('member_cards')
          .set({ ...v, updated_at: new Date() })
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'membercards.update',
          entity: 'member_card',
          entityId: row.id,
          oldValue: Object.fromEntries(Object.keys(v).map((k) => [k, before[k as keyof typeof before]])),
          newValue: v,
        });
        return present(row);
      });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/member-cards/:cardId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Remove a member card',
        params: Type.Object({ workspaceId: Type.String(), cardId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .deleteFrom('member_cards')
          .where('id', '=', request.params.cardId)
          .where('workspace_id', '=', ws.id)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('Member card');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'membercards.delete',
          entity: 'member_card',
          entityId: row.id,
          oldValue: { persona: row.persona },
        });
      });
      return { ok: true as const };
    },
  );
}
