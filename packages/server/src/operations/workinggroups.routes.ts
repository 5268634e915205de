import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { conflict, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { getActor } from '../diagnose/actors/service.js';
import {
  DateString,
  TEAM,
  TEAM_AND_MEMBERS,
  initiative,
  linkedActorId,
  requireLinkedActor,
  tags,
} from './shared.js';
import { msg } from '../i18n/index.js';
import { Ok, iso } from '../http/schemas.js';
import { Meeting, WorkingGroup, WorkingGroupPage, WorkingGroups } from './members.schemas.js';

const Params = Type.Object({ workspaceId: Type.String() });
const GroupParams = Type.Object({ workspaceId: Type.String(), groupId: Type.String({ format: 'uuid' }) });

async function getGroup(db: Database, workspaceId: string, groupId: string) {
  const g = await db
    .selectFrom('working_groups')
    .selectAll()
    .where('id', '=', groupId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!g) throw notFound('Working group');
  return g;
}

/** Working groups with their members and meeting notes (GIZ 001:2628; issue 6). */
export async function workingGroupRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/working-groups',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Working groups, their size, and whether my organisation takes part',
        params: Params,
        response: { 200: WorkingGroups },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const mine = await linkedActorId(app.db, ws.id, requireAuth(request).user.id);
      const groups = await app.db
        .selectFrom('working_groups as g')
        .selectAll('g')
        .select((eb) => [
          eb
            .selectFrom('working_group_members as m')
            .select(sql<string>`count(*)`.as('n'))
            .whereRef('m.working_group_id', '=', 'g.id')
            .as('members'),
          eb
            .selectFrom('working_group_members as m')
            .select(sql<boolean>`true`.as('x'))
            .whereRef('m.working_group_id', '=', 'g.id')
            .where('m.actor_id', '=', mine ?? '00000000-0000-0000-0000-000000000000')
            .as('joined'),
        ])
        .where('g.workspace_id', '=', ws.id)
        .orderBy('g.name')
        .execute();
      return {
        groups: groups.map((g) => ({
          ...g,
          created_at: iso(g.created_at),
          members: Number(g.members),
          joined: !!g.joined,
        })),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/working-groups',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Form a working group',
        params: Params,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            topic: Type.Optional(Type.String({ maxLength: 2000 })),
            openToMembers: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 201: WorkingGroup },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const g = await app.db.transaction().execute(async (trx) => {
        const exists = await trx
          .selectFrom('working_groups')
          .select('id')
          .where('workspace_id', '=', ws.id)
          .where('name', '=', request.body.name.trim())
          .executeTakeFirst();
        if (exists)
          throw conflict(msg`A working group named "${request.body.name.trim()}" exists`, [
            { field: 'body.name', message: 'is taken' },
          ]);
        const row = await trx
          .insertInto('working_groups')
          .values({
            workspace_id: ws.id,
            name: request.body.name.trim(),
            topic: request.body.topic?.trim() ?? '',
            open_to_members: request.body.openToMembers ?? true,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'working_group.create',
          entity: 'working_group',
          entityId: row.id,
          newValue: row,
        });
        return row;
      });
      reply.status(201);
      return { ...g, created_at: iso(g.created_at) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/working-groups/:groupId',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'A working group with its members and meeting notes',
        params: GroupParams,
        response: { 200: WorkingGroupPage },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const g = await getGroup(app.db, ws.id, request.params.groupId);
      const [members, meetings] = await Promise.all([
        app.db
          .selectFrom('working_group_members as m')
          .innerJoin('actors as a', 'a.id', 'm.actor_id')
          .select(['a.id', 'a.name', 'a.actor_type', 'm.joined_at'])
          .where('m.working_group_id', '=', g.id)
          .orderBy('a.name')
          .execute(),
        app.db
          .selectFrom('working_group_meetings')
          .select(['id', 'held_on', 'notes', 'created_at'])
          .where('working_group_id', '=', g.id)
          .orderBy('held_on', 'desc')
          .execute(),
      ]);
      // Members see how many take part but find each other only through the competence atlas (issue 6).
      const isTeam = TEAM.includes(ws.role);
      // The notes of a group by invitation are for its participants: a member whose organisation
      // is not in it sees that meetings were held, not what was said (hardening issue, item 7).
      let notesVisible = isTeam || g.open_to_members;
      if (!notesVisible) {
        const own = await app.db
          .selectFrom('memberships')
          .select('actor_id')
          .where('workspace_id', '=', ws.id)
          .where('user_id', '=', requireAuth(request).user.id)
          .executeTakeFirst();
        notesVisible = !!own?.actor_id && members.some((m) => m.id === own.actor_id);
      }
      const held = meetings.map((m) => ({ ...m, created_at: iso(m.created_at) }));
      return {
        group: { ...g, created_at: iso(g.created_at) },
        members: isTeam ? members.map((m) => ({ ...m, joined_at: iso(m.joined_at) })) : undefined,
        memberCount: members.length,
        meetings: notesVisible ? held : held.map((m) => ({ ...m, notes: null })),
        notesVisible,
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/working-groups/:groupId/members',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Join a working group (members: their organisation; the team: any actor)',
        params: GroupParams,
        body: Type.Object(
          { actorId: Type.Optional(Type.String({ format: 'uuid' })) },
          { additionalProperties: false },
        ),
        response: { 201: Ok },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const isTeam = TEAM.includes(ws.role);
      return app.db.transaction().execute(async (trx) => {
        const g = await getGroup(trx, ws.id, request.params.groupId);
        if (!isTeam && request.body.actorId) throw forbidden('Members join with their own organisation');
        if (!isTeam && !g.open_to_members)
          throw forbidden('This working group is by invitation of the management');
        const actorId = request.body.actorId ?? (await requireLinkedActor(trx, ws.id, user.id));
        const actor = await getActor(trx, ws.id, actorId);
        const added = await trx
          .insertInto('working_group_members')
          .values({ working_group_id: g.id, actor_id: actor.id })
          .onConflict((oc) => oc.columns(['working_group_id', 'actor_id']).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!added) throw conflict(msg`${actor.name} is already in ${g.name}`);
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'working_group.join',
          entity: 'working_group',
          entityId: g.id,
          newValue: { actor: actor.name },
        });
        reply.status(201);
        return { ok: true as const };
      });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/working-groups/:groupId/members/:actorId',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Leave a working group (members: their own organisation)',
        params: Type.Object({
          workspaceId: Type.String(),
          groupId: Type.String({ format: 'uuid' }),
          actorId: Type.String({ format: 'uuid' }),
        }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      if (!TEAM.includes(ws.role) && (await linkedActorId(app.db, ws.id, user.id)) !== request.params.actorId)
        throw forbidden('Members can only take their own organisation out of a working group');
      return app.db.transaction().execute(async (trx) => {
        const g = await getGroup(trx, ws.id, request.params.groupId);
        const gone = await trx
          .deleteFrom('working_group_members')
          .where('working_group_id', '=', g.id)
          .where('actor_id', '=', request.params.actorId)
          .executeTakeFirst();
        if (!gone.numDeletedRows) throw notFound('Working group member');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'working_group.leave',
          entity: 'working_group',
          entityId: g.id,
          oldValue: { actorId: request.params.actorId },
        });
        return { ok: true as const };
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/working-groups/:groupId/meetings',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Record a meeting of the working group with its notes',
        params: GroupParams,
        body: Type.Object(
          { heldOn: DateString, notes: Type.String({ minLength: 1, maxLength: 20000 }) },
          { additionalProperties: false },
        ),
        response: { 201: Meeting },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const g = await getGroup(trx, ws.id, request.params.groupId);
        const m = await trx
          .insertInto('working_group_meetings')
          .values({
            working_group_id: g.id,
            held_on: request.body.heldOn,
            notes: request.body.notes,
            created_by: user.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'working_group.meeting',
          entity: 'working_group',
          entityId: g.id,
          newValue: { heldOn: m.held_on },
        });
        reply.status(201);
        return { ...m, created_at: iso(m.created_at) };
      });
    },
  );
}
