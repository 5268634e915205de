import { Type } from 'typebox';
import type { App } from '../app.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { WorkspaceParams } from '../http/schemas.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { getLifecycle } from '../lifecycle/service.js';

const tags = ['programmes'];
export const SHARE_SCOPES = ['lifecycle', 'indicators', 'reports'] as const;
const Scope = Type.Union([Type.Literal('lifecycle'), Type.Literal('indicators'), Type.Literal('reports')]);
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
      .execute();

  app.post(
    '/workspaces/:workspaceId/follows',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'officer'], kinds: ['programme'] } },
      schema: {
        tags,
        summary: 'Ask to follow a cluster initiative (it must accept and choose what to share)',
        params: WorkspaceParams,
        body: Type.Object({ initiativeId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const target = await app.db
        .selectFrom('workspaces')
        .select(['id', 'kind'])
        .where('id', '=', request.body.initiativeId)
        .executeTakeFirst();
      if (!target || target.kind !== 'cluster_initiative') throw notFound('Cluster initiative');
      const follow = await app.db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('programme_follows')
          .select(['id', 'status'])
          .where('programme_id', '=', ws.id)
          .where('initiative_id', '=', target.id)
          .executeTakeFirst();
        if (existing && existing.status !== 'ended')
          throw conflict('This programme already follows or asked to follow that initiative');
        const row = existing
          ? await trx
              .updateTable('programme_follows')
              .set({ status: 'requested', requested_by: userId })
              .where('id', '=', existing.id)
              .returning(['id', 'status'])
              .executeTakeFirstOrThrow()
          : await trx
              .insertInto('programme_follows')
              .values({
                programme_id: ws.id,
                initiative_id: target.id,
                status: 'requested',
                requested_by: userId,
              })
              .returning(['id', 'status'])
              .executeTakeFirstOrThrow();
        for (const wsId of [ws.id, target.id])
          await recordAudit(trx, {
            workspaceId: wsId,
            userId,
            action: 'follow.request',
            entity: 'programme_follow',
            entityId: row.id,
            newValue: { programme: ws.id, initiative: target.id },
          });
        return row;
      });
      reply.status(201);
      return follow;
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
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await app.db
        .selectFrom('programme_follows')
        .innerJoin('workspaces', 'workspaces.id', 'programme_follows.initiative_id')
        .leftJoin('lifecycle_states', 'lifecycle_states.workspace_id', 'programme_follows.initiative_id')
        .select([
          'programme_follows.id',
          'programme_follows.status',
          'programme_follows.created_at',
          'workspaces.id as initiative_id',
          'workspaces.name as initiative_name',
          'lifecycle_states.stage',
          'lifecycle_states.unido_phase',
          'lifecycle_states.blueprint_step',
        ])
        .where('programme_follows.programme_id', '=', ws.id)
        .orderBy('workspaces.name')
        .execute();
      const follows = [];
      for (const r of rows) {
        const shares = r.status === 'active' ? await activeShares(r.id) : [];
        const seesLifecycle = shares.some((s) => s.scope === 'lifecycle');
        follows.push({
          id: r.id,
          status: r.status,
          initiative: { id: r.initiative_id, name: r.initiative_name },
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
      schema: { tags, summary: 'The shared lifecycle of a followed initiative', params: FollowParams },
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
        await trx.updateTable('programme_follows').set({ status }).where('id', '=', follow.id).execute();
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
      return { ok: true };
    },
  );
}
