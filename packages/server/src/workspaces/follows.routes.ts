import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { Ok, WorkspaceParams } from '../http/schemas.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { getLifecycle } from '../lifecycle/service.js';
import { Lifecycle } from '../lifecycle/lifecycle.schemas.js';
import { msg } from '../i18n/index.js';
import { FollowList, FollowRequested, FollowerList, type ShareScope } from './workspaces.schemas.js';

const tags = ['programmes'];
const Scope = Type.Union([
  Type.Literal('lifecycle'),
  Type.Literal('indicators'),
  Type.Literal('reports'),
  Type.Literal('benchmarking'),
]);
const FollowParams = Type.Object({ workspaceId: Type.String(), followId: Type.String({ format: 'uuid' }) });

/**
 * A programme follows cluster initiatives. What an initiative shares with a programme
 * is explicit (one grant per scope) and revocable; revoked grants stay on record.
 */
export async function programmeFollowRoutes(app: App) {
  const activeShares = (followId: string) =>
    app.db
      .selectFrom('follow_shares')
      .select(['scope', 'granted_at'])
      .where('follow_id', '=', followId)
      .where('revoked_at', 'is', null)
      // follow_shares.scope holds one of the scopes (the PUT below takes no other).
      .$narrowType<{ scope: ShareScope }>()
      .execute();

  app.post(
    '/workspaces/:workspaceId/follows',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'officer'], kinds: ['programme'] } },
      schema: {
        tags,
        summary:
          'Ask to follow a cluster initiative by its identifier (it must accept and choose what to share). The answer is the same whether or not the identifier names an initiative: its name shows once it accepts.',
        params: WorkspaceParams,
        body: Type.Object({ initiativeId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 202: FollowRequested },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const initiativeId = request.body.initiativeId.toLowerCase();
      if (initiativeId === ws.id)
        throw badRequest('validation_failed', 'A programme cannot follow itself', [
          { field: 'body.initiativeId', message: 'is this programme' },
        ]);
      const follow = await app.db.transaction().execute(async (trx) => {
        // Serialise the requests of one programme: the pending count and the upsert below.
        await sql`SELECT pg_advisory_xact_lock(hashtext(${`follows:${ws.id}`}))`.execute(trx);
        const existing = await trx
          .selectFrom('programme_follows')
          .select(['id', 'status', 'decided_at'])
          .where('programme_id', '=', ws.id)
          .where('initiative_id', '=', initiativeId)
          .executeTakeFirst();
        // Asking again while a request is pending or the follow is active changes nothing.
        if (existing && existing.status !== 'ended')
          return { id: existing.id, status: existing.status, fresh: false };
        if (existing?.decided_at) {
          // The initiative has answered, so the programme already knows it exists: saying when it
          // may ask again reveals nothing more.
          const again = new Date(existing.decided_at.getTime() + app.settings.followRetryDays * 86_400_000);
          if (again > new Date())
            throw conflict(
              msg`The initiative ended or declined this follow; the programme may ask again from ${again}`,
              { retryFrom: again.toISOString().slice(0, 10) },
            );
        }
        const pending = await trx
          .selectFrom('programme_follows')
          .select(sql<string>`count(*)`.as('n'))
          .where('programme_id', '=', ws.id)
          .where('status', '=', 'requested')
          .executeTakeFirstOrThrow();
        if (Number(pending.n) >= app.settings.followPendingMax)
          throw conflict(
            msg`This programme has ${pending.n} unanswered follow requests; withdraw some before asking again`,
            { pending: Number(pending.n) },
          );
        const row = existing
          ? await trx
              .updateTable('programme_follows')
              .set({ status: 'requested', requested_by: userId, decided_at: null })
              .where('id', '=', existing.id)
              .returning(['id', 'status'])
              .executeTakeFirstOrThrow()
          : await trx
              .insertInto('programme_follows')
              .values({
                programme_id: ws.id,
                initiative_id: initiativeId,
                status: 'requested',
                requested_by: userId,
              })
              .returning(['id', 'status'])
              .executeTakeFirstOrThrow();
        const target = await trx
          .selectFrom('workspaces')
          .select('id')
          .where('id', '=', initiativeId)
          .where('kind', '=', 'cluster_initiative')
          .executeTakeFirst();
        // The initiative's log records the request only where it exists; the programme's log always.
        for (const wsId of target ? [ws.id, target.id] : [ws.id])
          await recordAudit(trx, {
            workspaceId: wsId,
            userId,
            action: 'follow.request',
            entity: 'programme_follow',
            entityId: row.id,
            newValue: { programme: ws.id, initiative: initiativeId },
          });
        return { ...row, fresh: true };
      });
      reply.status(202);
      // A follow that had ended is asked for again: the answer is never `ended`.
      return { id: follow.id, status: follow.status as 'requested' | 'active' };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/follows/:followId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'officer'], kinds: ['programme'] } },
      schema: {
        tags,
        summary: 'Withdraw a follow request that is still unanswered',
        params: FollowParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const follow = await trx
          .selectFrom('programme_follows')
          .select(['id', 'status', 'initiative_id'])
          .where('id', '=', request.params.followId)
          .where('programme_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!follow) throw notFound('Follow request');
        if (follow.status !== 'requested')
          throw conflict(
            'Only an unanswered request can be withdrawn; the initiative ends an accepted follow',
          );
        await trx.deleteFrom('programme_follows').where('id', '=', follow.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'follow.withdraw',
          entity: 'programme_follow',
          entityId: follow.id,
          oldValue: { initiative: follow.initiative_id },
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/workspaces/:workspaceId/follows',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: ['programme'] } },
      schema: {
        tags,
        summary: 'Initiatives the programme follows, with what each shares',
        params: WorkspaceParams,
        response: { 200: FollowList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await app.db
        .selectFrom('programme_follows')
        .leftJoin('workspaces', (join) =>
          join
            .onRef('workspaces.id', '=', 'programme_follows.initiative_id')
            .on('workspaces.kind', '=', 'cluster_initiative'),
        )
        .leftJoin('lifecycle_states', 'lifecycle_states.workspace_id', 'programme_follows.initiative_id')
        .select([
          'programme_follows.id',
          'programme_follows.status',
          'programme_follows.created_at',
          'programme_follows.initiative_id',
          'workspaces.name as initiative_name',
          'lifecycle_states.stage',
          'lifecycle_states.unido_phase',
          'lifecycle_states.blueprint_step',
        ])
        .where('programme_follows.programme_id', '=', ws.id)
        .orderBy(sql`CASE programme_follows.status WHEN 'active' THEN 0 WHEN 'requested' THEN 1 ELSE 2 END`)
        .orderBy('workspaces.name')
        .orderBy('programme_follows.created_at')
        .execute();
      const follows = [];
      for (const r of rows) {
        const shares = r.status === 'active' ? await activeShares(r.id) : [];
        const seesLifecycle = shares.some((s) => s.scope === 'lifecycle');
        follows.push({
          id: r.id,
          status: r.status,
          // The name shows only once the initiative has accepted: a request tells nothing about
          // whether the identifier names an initiative (hardening issue, item 8).
          initiative: { id: r.initiative_id, name: r.status === 'active' ? r.initiative_name : null },
          shares: shares.map((s) => s.scope),
          // Lifecycle position only where the initiative shares it.
          lifecycle: seesLifecycle
            ? { stage: r.stage, unidoPhase: r.unido_phase, blueprintStep: r.blueprint_step }
            : null,
        });
      }
      return { follows };
    },
  );

  app.get(
    '/workspaces/:workspaceId/follows/:followId/lifecycle',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: ['programme'] } },
      schema: {
        tags,
        summary: 'The shared lifecycle of a followed initiative',
        params: FollowParams,
        response: { 200: Lifecycle },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const follow = await app.db
        .selectFrom('programme_follows')
        .select(['id', 'initiative_id', 'status'])
        .where('id', '=', request.params.followId)
        .where('programme_id', '=', ws.id)
        .executeTakeFirst();
      if (!follow) throw notFound('Followed initiative');
      const shares = follow.status === 'active' ? await activeShares(follow.id) : [];
      if (!shares.some((s) => s.scope === 'lifecycle'))
        throw forbidden('This initiative does not share its lifecycle with the programme');
      return getLifecycle(app.db, follow.initiative_id);
    },
  );

  app.get(
    '/workspaces/:workspaceId/followers',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: ['cluster_initiative'] } },
      schema: {
        tags,
        summary: 'Programmes that follow or ask to follow this initiative, and what they may see',
        params: WorkspaceParams,
        response: { 200: FollowerList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await app.db
        .selectFrom('programme_follows')
        .innerJoin('workspaces', 'workspaces.id', 'programme_follows.programme_id')
        .select([
          'programme_follows.id',
          'programme_follows.status',
          'programme_follows.created_at',
          'workspaces.id as programme_id',
          'workspaces.name as programme_name',
        ])
        .where('programme_follows.initiative_id', '=', ws.id)
        .orderBy('workspaces.name')
        .execute();
      const followers = [];
      for (const r of rows)
        followers.push({
          id: r.id,
          status: r.status,
          programme: { id: r.programme_id, name: r.programme_name },
          shares: (await activeShares(r.id)).map((s) => s.scope),
        });
      return { followers };
    },
  );

  app.put(
    '/workspaces/:workspaceId/followers/:followId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: ['cluster_initiative'] } },
      schema: {
        tags,
        summary: 'Accept or end a follow and set exactly what is shared (missing scopes are revoked)',
        params: FollowParams,
        body: Type.Object(
          {
            status: Type.Union([Type.Literal('active'), Type.Literal('ended')]),
            shares: Type.Array(Scope, { uniqueItems: true }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { status, shares } = request.body;
      if (status === 'ended' && shares.length)
        throw badRequest('invalid_shares', 'An ended follow shares nothing', { field: 'body.shares' });
      await app.db.transaction().execute(async (trx) => {
        const follow = await trx
          .selectFrom('programme_follows')
          .select(['id', 'status', 'programme_id'])
          .where('id', '=', request.params.followId)
          .where('initiative_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!follow) throw notFound('Follower');
        const current = await trx
          .selectFrom('follow_shares')
          .select('scope')
          .where('follow_id', '=', follow.id)
          .where('revoked_at', 'is', null)
          .execute();
        const before: string[] = current.map((c) => c.scope).sort();
        const revoke = before.filter((s) => !(shares as string[]).includes(s));
        const grant = shares.filter((s) => !before.includes(s as string));
        if (revoke.length)
          await trx
            .updateTable('follow_shares')
            .set({ revoked_at: new Date(), revoked_by: userId })
            .where('follow_id', '=', follow.id)
            .where('scope', 'in', revoke)
            .where('revoked_at', 'is', null)
            .execute();
        for (const scope of grant)
          await trx
            .insertInto('follow_shares')
            .values({ follow_id: follow.id, scope, granted_by: userId, revoked_by: null, revoked_at: null })
            .execute();
        await trx
          .updateTable('programme_follows')
          .set(status === follow.status ? { status } : { status, decided_at: new Date() })
          .where('id', '=', follow.id)
          .execute();
        for (const wsId of [ws.id, follow.programme_id])
          await recordAudit(trx, {
            workspaceId: wsId,
            userId,
            action: 'follow.shares',
            entity: 'programme_follow',
            entityId: follow.id,
            oldValue: { status: follow.status, shares: before },
            newValue: { status, shares: [...shares].sort() },
          });
      });
      return { ok: true as const };
    },
  );
}
