import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { getActor } from '../diagnose/actors/service.js';
import { Ok, iso } from '../http/schemas.js';
import { Competence, CompetenceAtlas, Portal } from './members.schemas.js';
import { Paging, TEAM_AND_MEMBERS, initiative, linkedActorId, requireLinkedActor, tags } from './shared.js';
import { containsPattern } from '../db/sql.js';

const Params = Type.Object({ workspaceId: Type.String() });
const CompetenceKind = Type.Union([Type.Literal('competence'), Type.Literal('offer'), Type.Literal('need')]);
/** Profile fields a member may edit for their own organisation; the rest is the management's. */
type ProfileField = 'sector' | 'location' | 'contact_name' | 'email' | 'phone' | 'website';

/**
 * The member portal (issue 6; GIZ competence atlas and ICT-based membership management,
 * 001:3486–3509): a member login sees and edits its organisation's profile, states competences,
 * offers and needs, and finds other members through the competence atlas — and only there.
 */
export async function portalRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/portal',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'My organisation in the member portal',
        params: Params,
        response: { 200: Portal },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const actorId = await linkedActorId(app.db, ws.id, requireAuth(request).user.id);
      if (!actorId) return { organisation: null };
      const a = await getActor(app.db, ws.id, actorId);
      const [competences, groups, registrations] = await Promise.all([
        app.db
          .selectFrom('competences')
          .select(['id', 'kind', 'title', 'description', 'keywords'])
          .where('workspace_id', '=', ws.id)
          .where('actor_id', '=', actorId)
          .orderBy('kind')
          .orderBy('title')
          .execute(),
        app.db
          .selectFrom('working_group_members as m')
          .innerJoin('working_groups as g', 'g.id', 'm.working_group_id')
          .select(['g.id', 'g.name', 'g.topic'])
          .where('m.actor_id', '=', actorId)
          .orderBy('g.name')
          .execute(),
        app.db
          .selectFrom('event_registrations as r')
          .innerJoin('events as e', 'e.id', 'r.event_id')
          .select(['r.id', 'r.status', 'r.attended', 'e.id as event_id', 'e.title', 'e.starts_at'])
          .where('r.actor_id', '=', actorId)
          .where('e.workspace_id', '=', ws.id)
          .where('r.status', '<>', 'cancelled')
          .orderBy('e.starts_at', 'desc')
          .limit(50)
          .execute(),
      ]);
      return {
        organisation: {
          id: a.id,
          name: a.name,
          actor_type: a.actor_type,
          membership_stage: a.membership_stage,
          // the profile fields a member may edit (ProfileField), in their order
          sector: a.sector,
          location: a.location,
          contact_name: a.contact_name,
          email: a.email,
          phone: a.phone,
          website: a.website,
        },
        competences,
        workingGroups: groups,
        registrations: registrations.map((r) => ({ ...r, starts_at: iso(r.starts_at) })),
      };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/portal/profile',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: "Edit my organisation's profile (kept in the actor register, shared with the diagnosis)",
        params: Params,
        body: Type.Object(
          {
            sector: Type.Optional(Type.String({ maxLength: 200 })),
            location: Type.Optional(Type.String({ maxLength: 200 })),
            contact_name: Type.Optional(Type.String({ maxLength: 200 })),
            email: Type.Optional(Type.String({ maxLength: 254 })),
            phone: Type.Optional(Type.String({ maxLength: 60 })),
            website: Type.Optional(Type.String({ maxLength: 300 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const actorId = await requireLinkedActor(app.db, ws.id, user.id);
      const b = request.body;
      if (b.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(b.email))
        throw badRequest('validation_failed', 'The email address is not valid', [
          { field: 'body.email', message: 'is not an email address' },
        ]);
      if (b.website && !/^https?:\/\/\S+$/.test(b.website))
        throw badRequest('validation_failed', 'The website must start with http:// or https://', [
          { field: 'body.website', message: 'is not a web address' },
        ]);
      return app.db.transaction().execute(async (trx) => {
        const before = await getActor(trx, ws.id, actorId);
        const changes = Object.fromEntries(
          Object.entries(b).map(([k, v]) => [k, (v as string).trim()]),
        ) as Partial<Record<ProfileField, string>>;
        await trx
          .updateTable('actors')
          .set({ ...changes, updated_at: new Date() })
          .where('id', '=', actorId)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'portal.profile',
          entity: 'actor',
          entityId: actorId,
          oldValue: Object.fromEntries(
            Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]),
          ),
          newValue: changes,
        });
        return { ok: true as const };
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/portal/competences',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'State a competence, an offer or a need of my organisation',
        params: Params,
        body: Type.Object(
          {
            kind: CompetenceKind,
            title: Type.String({ minLength: 1, maxLength: 200 }),
            description: Type.Optional(Type.String({ maxLength: 2000 })),
            keywords: Type.Optional(Type.String({ maxLength: 300 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Competence },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const actorId = await requireLinkedActor(app.db, ws.id, user.id);
      if (!request.body.title.trim())
        throw badRequest('validation_failed', 'Give the entry a title', [
          { field: 'body.title', message: 'is blank' },
        ]);
      const row = await app.db.transaction().execute(async (trx) => {
        const c = await trx
          .insertInto('competences')
          .values({
            workspace_id: ws.id,
            actor_id: actorId,
            kind: request.body.kind,
            title: request.body.title.trim(),
            description: request.body.description?.trim() ?? '',
            keywords: request.body.keywords?.trim() ?? '',
            created_by: user.id,
          })
          .returning(['id', 'kind', 'title', 'description', 'keywords'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'portal.competence.add',
          entity: 'competence',
          entityId: c.id,
          newValue: c,
        });
        return c;
      });
      reply.status(201);
      return row;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/portal/competences/:competenceId',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: "Remove one of my organisation's atlas entries",
        params: Type.Object({ workspaceId: Type.String(), competenceId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const actorId = await requireLinkedActor(app.db, ws.id, user.id);
      return app.db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('competences')
          .where('id', '=', request.params.competenceId)
          .where('workspace_id', '=', ws.id)
          .where('actor_id', '=', actorId)
          .returningAll()
          .executeTakeFirst();
        if (!gone) throw notFound('Atlas entry');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'portal.competence.remove',
          entity: 'competence',
          entityId: gone.id,
          oldValue: gone,
        });
        return { ok: true as const };
      });
    },
  );

  app.get(
    '/workspaces/:workspaceId/competence-atlas',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          "The competence atlas: members' competences, offers and needs, searchable (public profile fields only)",
        params: Params,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          kind: Type.Optional(CompetenceKind),
          ...Paging,
        }),
        response: { 200: CompetenceAtlas },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { q, kind, limit = 50, offset = 0 } = request.query;
      // Filter, count and order on the atlas entries alone (organisation and visibility are kept on
      // each entry by triggers, migration 0016); the organisations' public fields join the page only.
      let query = app.db
        .selectFrom('competences as c')
        .where('c.workspace_id', '=', ws.id)
        .where('c.in_atlas', '=', true);
      if (kind) query = query.where('c.kind', '=', kind);
      const words = (q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
      for (const w of words) {
        const like = containsPattern(w);
        // the search text holds the entry's title, description, keywords and organisation
        query = query.where('c.search_text', 'ilike', like);
      }
      const [entries, total] = await Promise.all([
        app.db
          .with('page', () =>
            query
              .select([
                'c.id',
                'c.kind',
                'c.title',
                'c.description',
                'c.keywords',
                'c.actor_id',
                'c.organisation',
              ])
              .orderBy('c.organisation')
              .orderBy('c.title')
              .orderBy('c.id')
              .limit(limit)
              .offset(offset),
          )
          .selectFrom('page as c')
          .innerJoin('actors as a', 'a.id', 'c.actor_id')
          // Only what members show each other: never fees, notes, phone or the management's remarks.
          .select([
            'c.id',
            'c.kind',
            'c.title',
            'c.description',
            'c.keywords',
            'a.id as actor_id',
            'a.name as organisation',
            'a.actor_type',
            'a.sector',
            'a.location',
            'a.website',
            'a.contact_name',
            'a.email',
          ])
          .orderBy('c.organisation')
          .orderBy('c.title')
          .orderBy('c.id')
          .execute(),
        query.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { entries, total: Number(total.n), limit, offset };
    },
  );

  app.put(
    '/workspaces/:workspaceId/members/:userId/organisation',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Link a member login to the organisation it speaks for (or unlink with null)',
        params: Type.Object({ workspaceId: Type.String(), userId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          { actorId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]) },
          {
            additionalProperties: false,
          },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        if (request.body.actorId) await getActor(trx, ws.id, request.body.actorId);
        const before = await trx
          .selectFrom('memberships')
          .select(['actor_id'])
          .where('workspace_id', '=', ws.id)
          .where('user_id', '=', request.params.userId)
          .executeTakeFirst();
        if (!before) throw notFound('Workspace member');
        await trx
          .updateTable('memberships')
          .set({ actor_id: request.body.actorId })
          .where('workspace_id', '=', ws.id)
          .where('user_id', '=', request.params.userId)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'membership.organisation',
          entity: 'membership',
          entityId: request.params.userId,
          oldValue: { actorId: before.actor_id },
          newValue: { actorId: request.body.actorId },
        });
        return { ok: true as const };
      });
    },
  );
}
