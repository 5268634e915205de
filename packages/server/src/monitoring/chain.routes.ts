import { RESULTS_LEVELS, type ResultsLevel } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest } from '../http/errors.js';
import { PLATFORM_METRICS } from './metrics.js';
import { EDITORS, Params, kinds, lit, tags } from './shared.js';
import { Ok } from '../http/schemas.js';
import { ImpactHypothesis, ResultsChain, ResultsItem } from './monitoring.schemas.js';
import {
  createImpactHypothesis,
  createResultsItem,
  deleteImpactHypothesis,
  deleteResultsItem,
  readResultsChain,
  updateResultsItem,
} from './chain.service.js';

/** The results chain: its items by level and the impact hypotheses between them (issue 7, part 1). */
export function resultsChainRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/monitoring/chain',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'The results chain: items by level, impact hypotheses and indicators',
        params: Params,
        response: { 200: ResultsChain },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { items, hypotheses, indicators, people } = await readResultsChain(app.db, ws.id);
      return {
        levels: [...RESULTS_LEVELS],
        items,
        hypotheses,
        indicators,
        people: people.map((p) => ({ id: p.id, name: p.name, role: p.role })),
        metrics: Object.entries(PLATFORM_METRICS).map(([key, m]) => ({ key, description: m.description })),
        canEdit: EDITORS.includes(ws.role),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/items',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Add an item to a level of the results chain (inputs, activities, outputs, outcomes, impact)',
        params: Params,
        body: Type.Object(
          {
            level: lit(RESULTS_LEVELS),
            title: Type.String({ minLength: 1, maxLength: 300 }),
            description: Type.Optional(Type.String({ maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: ResultsItem },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body as { level: ResultsLevel; title: string; description?: string };
      if (!b.title.trim())
        throw badRequest('validation_failed', 'Give the item a title', [
          { field: 'body.title', message: 'is empty' },
        ]);
      const row = await createResultsItem(app.db, ws.id, requireAuth(request).user.id, b);
      reply.status(201);
      return row;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/monitoring/items/:itemId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Remove an item of the results chain (its hypotheses go; its indicators stay, unlinked)',
        params: Type.Object({ workspaceId: Type.String(), itemId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await deleteResultsItem(app.db, ws.id, requireAuth(request).user.id, request.params.itemId);
      return { ok: true as const };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/monitoring/items/:itemId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Edit the title or description of an item of the results chain',
        params: Type.Object({ workspaceId: Type.String(), itemId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            description: Type.Optional(Type.String({ maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ResultsItem },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      if (b.title !== undefined && !b.title.trim())
        throw badRequest('validation_failed', 'Give the item a title', [
          { field: 'body.title', message: 'is empty' },
        ]);
      return updateResultsItem(app.db, ws.id, requireAuth(request).user.id, request.params.itemId, b);
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/hypotheses',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Add an impact hypothesis: a lower-level item is expected to lead to a higher-level one (001:2978–3001)',
        params: Params,
        body: Type.Object(
          {
            fromItemId: Type.String({ format: 'uuid' }),
            toItemId: Type.String({ format: 'uuid' }),
            statement: Type.String({ maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ImpactHypothesis },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const row = await createImpactHypothesis(app.db, ws.id, requireAuth(request).user.id, request.body);
      reply.status(201);
      return row;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/monitoring/hypotheses/:hypothesisId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Remove an impact hypothesis',
        params: Type.Object({ workspaceId: Type.String(), hypothesisId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await deleteImpactHypothesis(app.db, ws.id, requireAuth(request).user.id, request.params.hypothesisId);
      return { ok: true as const };
    },
  );
}
