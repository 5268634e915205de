import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../../http/policy.js';
import { badRequest, notFound } from '../../http/errors.js';
import { sendTable } from '../../http/export.js';
import { withUploads } from '../../http/uploads.js';
import { importNowOrLater, registerImporter } from '../../jobs/imports.js';
import { checkStatusFollowsStage, enterRegisterMembers } from './membership.js';
import { recordAudit } from '../../audit/service.js';
import {
  ACTOR_BODY,
  ACTOR_FIELDS,
  ROLES_SEPARATOR,
  ACTOR_PATCH,
  addTie,
  checkActor,
  getActor,
  importActors,
  networkAt,
  presentActor,
} from './service.js';
import { Ok } from '../../http/schemas.js';
import {
  Actor,
  ActorPage,
  ActorsImported,
  ImportStarted,
  Network,
  TieCreated,
  TieList,
} from '../diagnose.schemas.js';
import { msg, type Text } from '../../i18n/index.js';

const tags = ['diagnose'];
const initiative = ['cluster_initiative'] as const;
/** The register is the cluster team's working file: members see each other only through the competence atlas. */
const READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'viewer'];
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
const ActorParams = Type.Object({ workspaceId: Type.String(), actorId: Type.String({ format: 'uuid' }) });
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const fieldFail = (column: string, problem: Text): never => {
  throw badRequest('validation_failed', msg`body.${column}: ${problem}`, [
    { field: `body.${column}`, message: problem },
  ]);
};
const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

/** The actor register and the network of ties between actors (methods.md §2). */
export async function actorRoutes(app: App) {
  registerImporter('actors', importActors);
  app.get(
    '/workspaces/:workspaceId/actors',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Actors, filtered, sorted and paginated; ?format=csv|xlsx exports every matching actor',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object(
          {
            search: Type.Optional(Type.String({ maxLength: 200 })),
            type: Type.Optional(Type.String()),
            status: Type.Optional(Type.String()),
            role: Type.Optional(Type.String()),
            sort: Type.Optional(
              Type.Union([
                Type.Literal('name'),
                Type.Literal('actor_type'),
                Type.Literal('status'),
                Type.Literal('created_at'),
              ]),
            ),
            order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
            offset: Type.Optional(Type.Integer({ minimum: 0 })),
            format: Type.Optional(
              Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')]),
            ),
          },
          { additionalProperties: false },
        ),
        // The JSON page; ?format=csv|xlsx answers a file instead.
        response: { 200: ActorPage },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const {
        search,
        type,
        status,
        role,
        sort = 'name',
        order = 'asc',
        limit = 50,
        offset = 0,
        format = 'json',
      } = request.query;
      let q = app.db.selectFrom('actors').where('workspace_id', '=', ws.id);
      if (search) {
        const like = `%${search.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) =>
          eb.or([
            eb(sql<string>`lower(name)`, 'like', like),
            eb(sql<string>`lower(sector)`, 'like', like),
            eb(sql<string>`lower(location)`, 'like', like),
          ]),
        );
      }
      if (type) q = q.where('actor_type', '=', type);
      if (status) q = q.where('status', '=', status);
      if (role) q = q.where(sql<boolean>`${role} = ANY(roles)`);
      const ordered = q.orderBy(sort, order).orderBy('name');
      if (format !== 'json') {
        const rows = await ordered.select([...ACTOR_FIELDS]).execute();
        return sendTable(
          reply,
          format,
          'actors',
          [...ACTOR_FIELDS],
          rows.map((r) =>
            ACTOR_FIELDS.map((f) => (f === 'roles' ? r.roles.join(ROLES_SEPARATOR) : (r[f] ?? null))),
          ),
        );
      }
      const total = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const actors = await ordered.selectAll().limit(limit).offset(offset).execute();
      return { total: Number(total.n), limit, offset, actors: actors.map(presentActor) };
    },
  );

  app.post(
    '/workspaces/:workspaceId/actors',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Add an actor',
        params: Type.Object({ workspaceId: Type.String() }),
        body: ACTOR_BODY,
        response: { 201: Actor },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const actor = checkActor(request.body, fieldFail);
      try {
        const created = await app.db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('actors')
            .values({ ...actor, workspace_id: ws.id } as never)
            .returningAll()
            .executeTakeFirstOrThrow();
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId: requireAuth(request).user.id,
            action: 'actors.create',
            entity: 'actor',
            entityId: row.id,
            newValue: actor,
          });
          await enterRegisterMembers(trx, ws.id, requireAuth(request).user.id);
          return row;
        });
        reply.status(201);
        return presentActor(created);
      } catch (e) {
        if (isUniqueViolation(e))
          throw badRequest('duplicate_name', msg`An actor named "${actor.name}" is already in the register`, {
            field: 'body.name',
          });
        throw e;
      }
    },
  );

  app.patch(
    '/workspaces/:workspaceId/actors/:actorId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Change an actor (e.g. move a stakeholder to committed actor or member)',
        params: ActorParams,
        body: ACTOR_PATCH,
        response: { 200: Actor },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const changes = checkActor(request.body, fieldFail, true);
      try {
        return await app.db.transaction().execute(async (trx) => {
          const before = await getActor(trx, ws.id, request.params.actorId);
          checkStatusFollowsStage(before.membership_stage, changes.status as string | undefined, before.name);
          const row = await trx
            .updateTable('actors')
            .set({ ...changes, updated_at: new Date() } as never)
            .where('id', '=', before.id)
            .returningAll()
            .executeTakeFirstOrThrow();
          const old = Object.fromEntries(
            Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]),
          );
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId: requireAuth(request).user.id,
            action: 'actors.update',
            entity: 'actor',
            entityId: row.id,
            oldValue: old,
            newValue: changes,
          });
          await enterRegisterMembers(trx, ws.id, requireAuth(request).user.id);
          return presentActor(row);
        });
      } catch (e) {
        if (isUniqueViolation(e))
          throw badRequest(
            'duplicate_name',
            msg`An actor named "${changes.name}" is already in the register`,
            {
              field: 'body.name',
            },
          );
        throw e;
      }
    },
  );

  app.delete(
    '/workspaces/:workspaceId/actors/:actorId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: { tags, summary: 'Remove an actor and its ties', params: ActorParams, response: { 200: Ok } },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const before = await getActor(trx, ws.id, request.params.actorId);
        await trx.deleteFrom('actors').where('id', '=', before.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'actors.delete',
          entity: 'actor',
          entityId: before.id,
          oldValue: before,
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/workspaces/:workspaceId/actors/import',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: `Import actors from CSV or XLSX (multipart "file"; columns ${ACTOR_FIELDS.join(', ')}); all or nothing; a file over the inline limit (256 KB by default) answers 202 with a job`,
        consumes: ['multipart/form-data'],
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 201: ActorsImported, 202: ImportStarted },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const result = await withUploads(request, ['file'], async (files) => {
        if (!files.file)
          throw badRequest('validation_failed', 'The "file" part is missing', [
            { field: 'file', message: 'is required' },
          ]);
        return importNowOrLater(app, request, {
          importer: 'actors',
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          file: files.file,
        });
      });
      reply.status(result.status);
      // The importer's report at once (importActors), or the job of a large file.
      return result.body as { imported: number } | { jobId: string };
    },
  );

  app.get(
    '/workspaces/:workspaceId/ties',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Ties between actors, oldest first',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: TieList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const ties = await app.db
        .selectFrom('actor_ties as t')
        .innerJoin('actors as s', 's.id', 't.source_actor_id')
        .innerJoin('actors as d', 'd.id', 't.target_actor_id')
        .select([
          't.id',
          't.tie_type',
          't.strength',
          sql<string>`t.observed_on::text`.as('observed_on'),
          't.source',
          's.id as source_id',
          's.name as source_name',
          'd.id as target_id',
          'd.name as target_name',
        ])
        .where('t.workspace_id', '=', ws.id)
        .orderBy('t.observed_on')
        .orderBy('s.name')
        .execute();
      return { ties };
    },
  );

  app.post(
    '/workspaces/:workspaceId/ties',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Record a tie between two actors (cooperation, supply, information, joint_action) with its strength (1–5) and date',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          {
            sourceActorId: Type.String({ format: 'uuid' }),
            targetActorId: Type.String({ format: 'uuid' }),
            tieType: Type.String(),
            strength: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
            observedOn: DateString,
          },
          { additionalProperties: false },
        ),
        response: { 201: TieCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const tie = await addTie(app.db, ws.id, requireAuth(request).user.id, request.body);
      reply.status(201);
      return tie;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/ties/:tieId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Remove a tie',
        params: Type.Object({ workspaceId: Type.String(), tieId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const tie = await trx
          .selectFrom('actor_ties')
          .selectAll()
          .where('id', '=', request.params.tieId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!tie) throw notFound('Tie');
        await trx.deleteFrom('actor_ties').where('id', '=', tie.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'ties.delete',
          entity: 'actor_tie',
          entityId: tie.id,
          oldValue: tie,
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/workspaces/:workspaceId/network',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Network analysis on a date: density, components, degree, betweenness, closeness and brokers; ?compare=DATE adds the figures of an earlier date',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object(
          {
            at: Type.Optional(DateString),
            compare: Type.Optional(DateString),
            tieType: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Network },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const now = await networkAt(app.db, ws.id, request.query.at, request.query.tieType);
      const earlier = request.query.compare
        ? await networkAt(app.db, ws.id, request.query.compare, request.query.tieType)
        : null;
      return {
        ...now,
        // The date of ?compare=, given when there is an earlier network.
        earlier: earlier && { at: earlier.at!, ties: earlier.ties.length, metrics: earlier.metrics },
      };
    },
  );
}
