import { GOAL_SETTING_POINTS, TYPICAL_GOALS, TYPICAL_GOAL_TEXTS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { Params, Text, Uuid, lit, read, tags, write } from './shared.js';
import {
  SOURCE_KINDS,
  createGoal,
  deleteGoal,
  getGoal,
  goalCandidates,
  listGoals,
  updateGoal,
  type GoalInput,
} from './goals.service.js';
import { Goal, GoalCandidates, GoalGuide, GoalList } from './strategy.schemas.js';

/**
 * Goals from the diagnosis (issue 13, item 1; GIZ 001:1659–1697): ranked needs (001:1582–1603),
 * SWOT items, constraints and value-chain white spots become goals that keep what justified them;
 * each goal carries the indicators of the results chain that measure it ("Develop indicators!",
 * 001:1672), and a goal without one is flagged.
 */
const GoalParams = Type.Object({ workspaceId: Type.String(), goalId: Uuid });
const Source = Type.Object({ kind: lit(SOURCE_KINDS), id: Uuid }, { additionalProperties: false });
const goalFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Text(5000)),
  typical: Type.Optional(Type.Union([lit(TYPICAL_GOALS), Type.Null()])),
  sources: Type.Optional(Type.Array(Source, { maxItems: 100 })),
  indicatorIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
};

export function goalRoutes(app: App) {
  const base = '/workspaces/:workspaceId/strategy/goals';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'Goals with what justified them (needs, SWOT items, constraints, value-chain white spots), their indicators, the strategy objectives serving them and their flags ("Develop indicators!", GIZ 001:1672)',
        params: Params,
        response: { 200: GoalList },
      },
    },
    async (request) => ({ goals: await listGoals(app.db, requireWorkspace(request).id) }),
  );

  app.get(
    `${base}/guide`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The GIZ guide’s points to consider in setting goals (001:1667–1674) and its eight typical goals (001:1686–1693)',
        params: Params,
        response: { 200: GoalGuide },
      },
    },
    async () => ({
      points: [...GOAL_SETTING_POINTS],
      typical: TYPICAL_GOALS.map((id) => ({ id, ...TYPICAL_GOAL_TEXTS[id] })),
    }),
  );

  app.get(
    `${base}/candidates`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'What can become a goal: each needs survey’s ranking, the SWOT items, the constraints and the value chains’ white spots, each with the goals it already justifies',
        params: Params,
        response: { 200: GoalCandidates },
      },
    },
    async (request) => goalCandidates(app.db, requireWorkspace(request).id),
  );

  app.post(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Make a goal, from one or several ranked needs (grouped into a key objective as the Dakar case did, GIZ 001:1597–1603) or other findings of the diagnosis',
        params: Params,
        body: Type.Object(goalFields, { additionalProperties: false }),
        response: { 201: Goal },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await createGoal(app.db, ws.id, requireAuth(request).user.id, request.body as GoalInput);
      reply.status(201);
      return getGoal(app.db, ws.id, id);
    },
  );

  app.get(
    `${base}/:goalId`,
    {
      config: { policy: read },
      schema: { tags, summary: 'A goal', params: GoalParams, response: { 200: Goal } },
    },
    async (request) => getGoal(app.db, requireWorkspace(request).id, request.params.goalId),
  );

  app.patch(
    `${base}/:goalId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Edit a goal: its words, its typical goal, what justifies it, the indicators that measure it, its place in the list. With updatedAt, refused (409) when someone changed it since.',
        params: GoalParams,
        body: Type.Object(
          {
            ...Type.Partial(Type.Object(goalFields)).properties,
            position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
            updatedAt: Type.Optional(Type.String({ format: 'date-time' })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: Goal },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await updateGoal(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.goalId,
        request.body as Partial<GoalInput>,
      );
      return getGoal(app.db, ws.id, request.params.goalId);
    },
  );

  app.delete(
    `${base}/:goalId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Delete a goal; its indicators stay in the results chain, strategy objectives that served it keep their words',
        params: GoalParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      await deleteGoal(app.db, ws.id, requireAuth(request).user.id, request.params.goalId);
      reply.status(204);
    },
  );
}
