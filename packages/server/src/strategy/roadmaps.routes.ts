import { ROADMAP_LANES } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { Params, Text, Uuid, lit, read, tags, write } from './shared.js';
import {
  checkRoadmap,
  checkRoadmapItem,
  getRoadmap,
  linkableElements,
  listRoadmaps,
  type RoadmapItemBody,
} from './roadmaps.service.js';
import { internationalisationRoutes } from './internationalisation.routes.js';
import { Roadmap, RoadmapItem, RoadmapList } from './strategy.schemas.js';

/**
 * Roadmaps (issue 13, item 6; GIZ 001:4301–4323): a visual roadmap over years with its items in
 * the four lanes of 001:4318–4321 (socio-economic factors of influence, enabling technologies,
 * development of the topic, effects), items linked to strategy measures, and the recommended
 * actions "articulated at the end of the process" (001:4323). The internationalisation strategy
 * (ECCP 004:595–653) is registered from here, in internationalisation.routes.ts.
 */

const RoadmapParams = Type.Object({ workspaceId: Type.String(), roadmapId: Uuid });
const ItemParams = Type.Object({ workspaceId: Type.String(), roadmapId: Uuid, itemId: Uuid });
const Year = Type.Integer();
const RoadmapBody = Type.Object(
  {
    title: Text(200),
    topic: Type.Optional(Text(2000)),
    fromYear: Year,
    toYear: Year,
    recommendedActions: Type.Optional(Text(5000)),
  },
  { additionalProperties: false },
);
const ItemBody = Type.Object(
  {
    lane: lit(ROADMAP_LANES),
    startYear: Year,
    endYear: Year,
    title: Text(200),
    description: Type.Optional(Text(2000)),
    elementId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);

export function roadmapRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/strategy/roadmaps';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The visual roadmaps (GIZ 001:4316–4321) with their items by lane, and the elements of the current strategy items may link to',
        params: Params,
        response: { 200: RoadmapList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return {
        roadmaps: await listRoadmaps(app.db, ws.id),
        elements: await linkableElements(app.db, ws.id),
      };
    },
  );

  app.post(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Start a roadmap over a span of years',
        params: Params,
        body: RoadmapBody,
        response: { 201: Roadmap },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      await checkRoadmap(app.db, ws.id, b);
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('roadmaps')
          .values({
            workspace_id: ws.id,
            title: b.title.trim(),
            topic: (b.topic ?? '').trim(),
            from_year: b.fromYear,
            to_year: b.toYear,
            recommended_actions: (b.recommendedActions ?? '').trim(),
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'roadmap.create',
          entity: 'roadmap',
          entityId: row.id,
          newValue: b,
        });
        return row.id;
      });
      reply.status(201);
      return getRoadmap(app.db, ws.id, id);
    },
  );

  app.get(
    `${base}/:roadmapId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'A roadmap with its items',
        params: RoadmapParams,
        response: { 200: Roadmap },
      },
    },
    async (request) => getRoadmap(app.db, requireWorkspace(request).id, request.params.roadmapId),
  );

  app.put(
    `${base}/:roadmapId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a roadmap (its years must still hold every item)',
        params: RoadmapParams,
        body: RoadmapBody,
        response: { 200: Roadmap },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      const old = await getRoadmap(app.db, ws.id, request.params.roadmapId);
      await checkRoadmap(app.db, ws.id, b, old.id);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('roadmaps')
          .set({
            title: b.title.trim(),
            topic: (b.topic ?? '').trim(),
            from_year: b.fromYear,
            to_year: b.toYear,
            recommended_actions: (b.recommendedActions ?? '').trim(),
            updated_at: new Date(),
          })
          .where('id', '=', old.id)
          .execute();
        const before = {
          title: old.title,
          topic: old.topic,
          fromYear: old.fromYear,
          toYear: old.toYear,
          recommendedActions: old.recommendedActions,
        };
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'roadmap.update',
          entity: 'roadmap',
          entityId: old.id,
          oldValue: before,
          newValue: b,
        });
      });
      return getRoadmap(app.db, ws.id, old.id);
    },
  );

  app.delete(
    `${base}/:roadmapId`,
    {
      config: { policy: write },
      schema: { tags, summary: 'Remove a roadmap and its items', params: RoadmapParams },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const old = await getRoadmap(app.db, ws.id, request.params.roadmapId);
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('roadmaps').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'roadmap.delete',
          entity: 'roadmap',
          entityId: old.id,
          oldValue: { title: old.title, fromYear: old.fromYear, toYear: old.toYear, items: old.items.length },
        });
      });
      return reply.status(204).send();
    },
  );

  const itemValues = (b: RoadmapItemBody) => ({
    lane: b.lane,
    start_year: b.startYear,
    end_year: b.endYear,
    title: b.title.trim(),
    description: (b.description ?? '').trim(),
    element_id: b.elementId ?? null,
  });

  app.post(
    `${base}/:roadmapId/items`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Add an item to a lane of the roadmap, over years within its span, optionally linked to a strategy measure',
        params: RoadmapParams,
        body: ItemBody,
        response: { 201: RoadmapItem },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as RoadmapItemBody;
      const roadmap = await getRoadmap(app.db, ws.id, request.params.roadmapId);
      await checkRoadmapItem(app.db, ws.id, roadmap, b);
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('roadmap_items')
          .values({ roadmap_id: roadmap.id, workspace_id: ws.id, ...itemValues(b) })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('roadmaps')
          .set({ updated_at: new Date() })
          .where('id', '=', roadmap.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'roadmap.item.create',
          entity: 'roadmap_item',
          entityId: row.id,
          newValue: { roadmap: roadmap.title, ...b },
        });
        return row.id;
      });
      reply.status(201);
      return (await getRoadmap(app.db, ws.id, roadmap.id)).items.find((i) => i.id === id)!;
    },
  );

  const findItem = async (workspaceId: string, roadmapId: string, itemId: string) => {
    const roadmap = await getRoadmap(app.db, workspaceId, roadmapId);
    const item = roadmap.items.find((i) => i.id === itemId);
    if (!item) throw notFound('Roadmap item');
    return { roadmap, item };
  };

  app.put(
    `${base}/:roadmapId/items/:itemId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a roadmap item',
        params: ItemParams,
        body: ItemBody,
        response: { 200: RoadmapItem },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as RoadmapItemBody;
      const { roadmap, item } = await findItem(ws.id, request.params.roadmapId, request.params.itemId);
      await checkRoadmapItem(app.db, ws.id, roadmap, b);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('roadmap_items')
          .set({ ...itemValues(b), updated_at: new Date() })
          .where('id', '=', item.id)
          .execute();
        await trx
          .updateTable('roadmaps')
          .set({ updated_at: new Date() })
          .where('id', '=', roadmap.id)
          .execute();
        const before = {
          lane: item.lane,
          startYear: item.startYear,
          endYear: item.endYear,
          title: item.title,
          description: item.description,
        };
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'roadmap.item.update',
          entity: 'roadmap_item',
          entityId: item.id,
          oldValue: { ...before, elementId: item.element?.id ?? null },
          newValue: b,
        });
      });
      return (await getRoadmap(app.db, ws.id, roadmap.id)).items.find((i) => i.id === item.id)!;
    },
  );

  app.delete(
    `${base}/:roadmapId/items/:itemId`,
    {
      config: { policy: write },
      schema: { tags, summary: 'Remove a roadmap item', params: ItemParams },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { roadmap, item } = await findItem(ws.id, request.params.roadmapId, request.params.itemId);
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('roadmap_items').where('id', '=', item.id).execute();
        await trx
          .updateTable('roadmaps')
          .set({ updated_at: new Date() })
          .where('id', '=', roadmap.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'roadmap.item.delete',
          entity: 'roadmap_item',
          entityId: item.id,
          oldValue: { roadmap: roadmap.title, title: item.title, lane: item.lane },
        });
      });
      return reply.status(204).send();
    },
  );

  internationalisationRoutes(app);
}
