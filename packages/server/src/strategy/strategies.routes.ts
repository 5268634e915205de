import { STRATEGY_COMPONENTS, STRATEGY_COMPONENT_TEXTS, STRATEGY_ELEMENT_KINDS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { notFound } from '../http/errors.js';
import { DateString, Params, Text, Uuid, lit, manage, read, tags, write } from './shared.js';
import {
  addElement,
  agreeStrategy,
  createStrategy,
  currentStrategyId,
  deleteElement,
  deleteStrategy,
  getStrategy,
  listStrategies,
  objectivesFromGoals,
  updateElement,
  updateStrategy,
  type ElementInput,
} from './strategies.service.js';
import { compareVersions, realignmentContext } from './realignment.service.js';
import {
  CurrentStrategy,
  ObjectivesFromGoals,
  Realignment,
  Strategy,
  StrategyComparison,
  StrategyElement,
  StrategyVersions,
} from './strategy.schemas.js';

/**
 * Cluster strategy versions (issue 13, item 2; GIZ 001:1701–1842): vision → strategic objectives
 * → competitiveness initiatives → measures, the five components of 001:1719–1725, drafts agreed by
 * a named body on a date, a comparison of two versions, and the strategy realignment of
 * 001:3769–3799 starting a new version from the last one.
 */
const StrategyParams = Type.Object({ workspaceId: Type.String(), strategyId: Uuid });
const ElementParams = Type.Object({ workspaceId: Type.String(), strategyId: Uuid, elementId: Uuid });
const Components = Type.Object(
  Object.fromEntries(STRATEGY_COMPONENTS.map((k) => [k, Type.Optional(Text(20000))])),
  { additionalProperties: false },
);
const Title = Type.String({ minLength: 1, maxLength: 300 });

export function strategyVersionRoutes(app: App) {
  const base = '/workspaces/:workspaceId/strategy';

  app.get(
    `${base}/strategies`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'The versions of the cluster strategy, newest first, with their status and who agreed them',
        params: Params,
        response: { 200: StrategyVersions },
      },
    },
    async (request) => ({
      strategies: await listStrategies(app.db, requireWorkspace(request).id),
      components: STRATEGY_COMPONENTS.map((id) => ({ id, ...STRATEGY_COMPONENT_TEXTS[id] })),
    }),
  );

  app.get(
    `${base}/current`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'The strategy in force: the agreed version, else the newest draft (404 when there is none)',
        params: Params,
        response: { 200: CurrentStrategy },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const id = await currentStrategyId(app.db, ws.id);
      if (!id) throw notFound('Strategy');
      return { strategy: await getStrategy(app.db, ws.id, id) };
    },
  );

  app.get(
    `${base}/realignment`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'What a strategy realignment draws on (GIZ 001:3769–3799): the agreed version, open benchmarking and evaluation recommendations, the latest needs ranking, goals without an indicator, and the four phases',
        params: Params,
        response: { 200: Realignment },
      },
    },
    async (request) => realignmentContext(app.db, requireWorkspace(request).id),
  );

  app.get(
    `${base}/strategies/compare`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'What changed between two versions: the vision, each component, elements added, removed or changed',
        params: Params,
        querystring: Type.Object({ from: Uuid, to: Uuid }, { additionalProperties: false }),
        response: { 200: StrategyComparison },
      },
    },
    async (request) =>
      compareVersions(app.db, requireWorkspace(request).id, request.query.from, request.query.to),
  );

  app.post(
    `${base}/strategies`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Start a draft version; with basedOnId, a realignment that starts from that version (its vision, components and elements copied)',
        params: Params,
        body: Type.Object(
          {
            title: Title,
            vision: Type.Optional(Text(5000)),
            components: Type.Optional(Components),
            basedOnId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            realignmentNotes: Type.Optional(Text(20000)),
          },
          { additionalProperties: false },
        ),
        response: { 201: Strategy },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await createStrategy(app.db, ws.id, requireAuth(request).user.id, request.body);
      reply.status(201);
      return getStrategy(app.db, ws.id, id);
    },
  );

  app.get(
    `${base}/strategies/:strategyId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'A strategy version with its elements',
        params: StrategyParams,
        response: { 200: Strategy },
      },
    },
    async (request) => getStrategy(app.db, requireWorkspace(request).id, request.params.strategyId),
  );

  app.patch(
    `${base}/strategies/:strategyId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Edit a draft: title, vision, the five components, realignment notes (409 once agreed; with updatedAt, 409 when someone changed it since)',
        params: StrategyParams,
        body: Type.Object(
          {
            title: Type.Optional(Title),
            vision: Type.Optional(Text(5000)),
            components: Type.Optional(Components),
            realignmentNotes: Type.Optional(Text(20000)),
            updatedAt: Type.Optional(Type.String({ format: 'date-time' })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: Strategy },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await updateStrategy(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.strategyId,
        request.body,
      );
      return getStrategy(app.db, ws.id, request.params.strategyId);
    },
  );

  app.delete(
    `${base}/strategies/:strategyId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Delete a draft version (an agreed one is kept: 409)',
        params: StrategyParams,
      },
    },
    async (request, reply) => {
      await deleteStrategy(
        app.db,
        requireWorkspace(request).id,
        requireAuth(request).user.id,
        request.params.strategyId,
      );
      reply.status(204);
    },
  );

  app.post(
    `${base}/strategies/:strategyId/agree`,
    {
      config: { policy: manage },
      schema: {
        tags,
        summary:
          'Record that a draft was agreed, by whom (e.g. the general assembly) and on which day; the version agreed before is superseded',
        params: StrategyParams,
        body: Type.Object(
          { agreedOn: DateString, agreedBy: Type.String({ minLength: 1, maxLength: 300 }) },
          { additionalProperties: false },
        ),
        response: { 200: Strategy },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await agreeStrategy(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.strategyId,
        request.body,
      );
      return getStrategy(app.db, ws.id, request.params.strategyId);
    },
  );

  app.post(
    `${base}/strategies/:strategyId/objectives-from-goals`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Add the chosen goals to a draft as strategic objectives serving them (goals already served are skipped)',
        params: StrategyParams,
        body: Type.Object(
          { goalIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }) },
          { additionalProperties: false },
        ),
        response: { 200: ObjectivesFromGoals },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const r = await objectivesFromGoals(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.strategyId,
        request.body.goalIds,
      );
      return { ...r, strategy: await getStrategy(app.db, ws.id, request.params.strategyId) };
    },
  );

  app.post(
    `${base}/strategies/:strategyId/elements`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Add a strategic objective, a competitiveness initiative (under an objective, or cross-cutting) or a measure (under an initiative) to a draft',
        params: StrategyParams,
        body: Type.Object(
          {
            kind: lit(STRATEGY_ELEMENT_KINDS),
            parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            title: Title,
            description: Type.Optional(Text(10000)),
            goalId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: StrategyElement },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await addElement(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.strategyId,
        request.body as ElementInput,
      );
      reply.status(201);
      const s = await getStrategy(app.db, ws.id, request.params.strategyId);
      return s.elements.find((e) => e.id === id)!;
    },
  );

  app.patch(
    `${base}/strategies/:strategyId/elements/:elementId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Edit an element of a draft: its words, the goal it serves, its parent or place',
        params: ElementParams,
        body: Type.Object(
          {
            parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            title: Type.Optional(Title),
            description: Type.Optional(Text(10000)),
            goalId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: StrategyElement },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await updateElement(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.strategyId,
        request.params.elementId,
        request.body,
      );
      const s = await getStrategy(app.db, ws.id, request.params.strategyId);
      return s.elements.find((e) => e.id === request.params.elementId)!;
    },
  );

  app.delete(
    `${base}/strategies/:strategyId/elements/:elementId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Remove an element of a draft with what stands under it',
        params: ElementParams,
      },
    },
    async (request, reply) => {
      await deleteElement(
        app.db,
        requireWorkspace(request).id,
        requireAuth(request).user.id,
        request.params.strategyId,
        request.params.elementId,
      );
      reply.status(204);
    },
  );
}
