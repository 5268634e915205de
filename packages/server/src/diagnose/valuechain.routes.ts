import { VALUE_CHAIN_TEMPLATES, chainCoverage, whiteSpots } from '@agglomera/methods';
import { documentLocale } from '../i18n/documents.js';
import { templateText } from '../i18n/documents/templates.js';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { ValueChain, ValueChainList } from './diagnose.schemas.js';

const tags = ['diagnose'];
const initiative = ['cluster_initiative'] as const;
const READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'viewer'];
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
const ChainParams = Type.Object({ workspaceId: Type.String(), chainId: Type.String({ format: 'uuid' }) });
const StageParams = Type.Object({
  workspaceId: Type.String(),
  chainId: Type.String({ format: 'uuid' }),
  stageId: Type.String({ format: 'uuid' }),
});

async function loadChain(db: Database, workspaceId: string, chainId: string) {
  const chain = await db
    .selectFrom('value_chains')
    .selectAll()
    .where('id', '=', chainId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!chain) throw notFound('Value chain');
  return chain;
}

async function describeChain(db: Database, workspaceId: string, chainId: string) {
  const chain = await loadChain(db, workspaceId, chainId);
  const stages = await db
    .selectFrom('value_chain_stages')
    .selectAll()
    .where('chain_id', '=', chain.id)
    .orderBy('kind')
    .orderBy('position')
    .execute();
  const links = stages.length
    ? await db
        .selectFrom('value_chain_stage_actors as l')
        .innerJoin('actors as a', 'a.id', 'l.actor_id')
        .select(['l.stage_id', 'a.id', 'a.name', 'a.actor_type'])
        .where(
          'l.stage_id',
          'in',
          stages.map((s) => s.id),
        )
        .orderBy('a.name')
        .execute()
    : [];
  const withActors = stages.map((s) => {
    const actors = links
      .filter((l) => l.stage_id === s.id)
      .map(({ id, name, actor_type }) => ({ id, name, actor_type }));
    return { ...s, actors, actorIds: actors.map((a) => a.id) };
  });
  const spots = new Set(whiteSpots(withActors).map((s) => s.id));
  return {
    ...chain,
    created_at: new Date(chain.created_at).toISOString(),
    stages: withActors.map(({ actorIds: _ids, ...s }) => ({ ...s, whiteSpot: spots.has(s.id) })),
    coverage: chainCoverage(withActors),
    templateSource: chain.template === 'empty' ? null : VALUE_CHAIN_TEMPLATES[chain.template].source,
    /** platform: the template's stages are the platform's choice; guide: they are the guide's. */
    templateOrigin: chain.template === 'empty' ? null : VALUE_CHAIN_TEMPLATES[chain.template].origin,
  };
}

/** Value chain maps with white spots (GIZ 001:1307–1426). */
export async function valueChainRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/value-chains',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Value chain maps',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: ValueChainList },
      },
    },
    async (request) => ({
      valueChains: (
        await app.db
          .selectFrom('value_chains')
          .select(['id', 'name', 'template', 'created_at'])
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('created_at')
          .execute()
      ).map((c) => ({ ...c, created_at: new Date(c.created_at).toISOString() })),
    }),
  );

  app.post(
    '/workspaces/:workspaceId/value-chains',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Start a value chain map from a template or empty: cluster (stages of the platform’s choice; the guide names only raw material providers and machinery manufacturers as missing links, 001:1313) or firm (the firm-level value chain of the internal analysis, five primary and five secondary activities, 001:1329)',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            template: Type.Union([Type.Literal('cluster'), Type.Literal('firm'), Type.Literal('empty')]),
          },
          { additionalProperties: false },
        ),
        response: { 201: ValueChain },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const locale = documentLocale(request);
      const chain = await app.db.transaction().execute(async (trx) => {
        const c = await trx
          .insertInto('value_chains')
          .values({
            workspace_id: ws.id,
            name: request.body.name,
            template: request.body.template,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (request.body.template !== 'empty')
          await trx
            .insertInto('value_chain_stages')
            .values(
              VALUE_CHAIN_TEMPLATES[request.body.template].stages.map((s, i) => ({
                chain_id: c.id,
                name: templateText(locale, s.name),
                kind: s.kind,
                position: i,
              })),
            )
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'valuechain.create',
          entity: 'value_chain',
          entityId: c.id,
          newValue: request.body,
        });
        return c;
      });
      reply.status(201);
      return describeChain(app.db, ws.id, chain.id);
    },
  );

  app.get(
    '/workspaces/:workspaceId/value-chains/:chainId',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'A value chain: stages, the actors on each, white spots and coverage',
        params: ChainParams,
        response: { 200: ValueChain },
      },
    },
    async (request) => describeChain(app.db, requireWorkspace(request).id, request.params.chainId),
  );

  app.post(
    '/workspaces/:workspaceId/value-chains/:chainId/stages',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Add a stage at the end of the primary or support row',
        params: ChainParams,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            kind: Type.Union([Type.Literal('primary'), Type.Literal('support')]),
          },
          { additionalProperties: false },
        ),
        response: { 201: ValueChain },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const chain = await loadChain(trx, ws.id, request.params.chainId);
        const last = await trx
          .selectFrom('value_chain_stages')
          .select((eb) => eb.fn.max('position').as('p'))
          .where('chain_id', '=', chain.id)
          .executeTakeFirst();
        await trx
          .insertInto('value_chain_stages')
          .values({
            chain_id: chain.id,
            name: request.body.name,
            kind: request.body.kind,
            position: Number(last?.p ?? -1) + 1,
          })
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'valuechain.stage',
          entity: 'value_chain',
          entityId: chain.id,
          newValue: request.body,
        });
      });
      reply.status(201);
      return describeChain(app.db, ws.id, request.params.chainId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/value-chains/:chainId/stages/:stageId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: { tags, summary: 'Remove a stage', params: StageParams, response: { 200: ValueChain } },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const chain = await loadChain(trx, ws.id, request.params.chainId);
        const gone = await trx
          .deleteFrom('value_chain_stages')
          .where('id', '=', request.params.stageId)
          .where('chain_id', '=', chain.id)
          .returning('name')
          .executeTakeFirst();
        if (!gone) throw notFound('Stage');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'valuechain.stage.remove',
          entity: 'value_chain',
          entityId: chain.id,
          oldValue: gone,
        });
      });
      return describeChain(app.db, ws.id, request.params.chainId);
    },
  );

  app.put(
    '/workspaces/:workspaceId/value-chains/:chainId/stages/:stageId/actors',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Set the local actors that cover a stage (an empty list makes it a white spot)',
        params: StageParams,
        body: Type.Object(
          { actorIds: Type.Array(Type.String({ format: 'uuid' }), { uniqueItems: true, maxItems: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 200: ValueChain },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { actorIds } = request.body;
      await app.db.transaction().execute(async (trx) => {
        const chain = await loadChain(trx, ws.id, request.params.chainId);
        const stage = await trx
          .selectFrom('value_chain_stages')
          .select(['id', 'name'])
          .where('id', '=', request.params.stageId)
          .where('chain_id', '=', chain.id)
          .executeTakeFirst();
        if (!stage) throw notFound('Stage');
        const known = actorIds.length
          ? (
              await trx
                .selectFrom('actors')
                .select('id')
                .where('workspace_id', '=', ws.id)
                .where('id', 'in', actorIds)
                .execute()
            ).map((a) => a.id)
          : [];
        const unknown = actorIds.findIndex((id) => !known.includes(id));
        if (unknown >= 0)
          throw badRequest(
            'unknown_actor',
            msg`actorIds[${unknown}] is not an actor of this cluster initiative`,
            [{ field: `body.actorIds[${unknown}]`, message: 'is not an actor of this cluster initiative' }],
          );
        await trx.deleteFrom('value_chain_stage_actors').where('stage_id', '=', stage.id).execute();
        if (actorIds.length)
          await trx
            .insertInto('value_chain_stage_actors')
            .values(actorIds.map((actor_id) => ({ stage_id: stage.id, actor_id })))
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'valuechain.actors',
          entity: 'value_chain',
          entityId: chain.id,
          newValue: { stage: stage.name, actors: actorIds.length },
        });
      });
      return describeChain(app.db, ws.id, request.params.chainId);
    },
  );
}
