import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { Ok, WorkspaceParams } from '../http/schemas.js';
import { answerKeyQuestion, changeLifecycle, getLifecycle } from './service.js';
import { Lifecycle, LifecycleChange } from './lifecycle.schemas.js';

const tags = ['lifecycle'];
const initiative = ['cluster_initiative'] as const;

/** The lifecycle spine of a cluster initiative (methods.md §0). */
export async function lifecycleRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/lifecycle',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: initiative } },
      schema: {
        tags,
        summary: 'Stage, UNIDO phase, blueprint step, key-question checklists, steps and tools',
        params: WorkspaceParams,
        response: { 200: Lifecycle },
      },
    },
    async (request) => getLifecycle(app.db, requireWorkspace(request).id),
  );

  app.put(
    '/workspaces/:workspaceId/lifecycle/key-questions/:questionId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager', 'staff'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Tick or untick a key question with its answer and evidence',
        params: Type.Object({
          workspaceId: Type.String(),
          questionId: Type.String({ pattern: '^[a-z]+\\.[0-9]+$' }),
        }),
        body: Type.Object(
          {
            checked: Type.Boolean(),
            answer: Type.String({ maxLength: 10_000, default: '' }),
            evidence: Type.String({ maxLength: 10_000, default: '' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await answerKeyQuestion(app.db, ws.id, requireAuth(request).user.id, request.params.questionId, {
        checked: request.body.checked,
        answer: request.body.answer ?? '',
        evidence: request.body.evidence ?? '',
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/workspaces/:workspaceId/lifecycle/transitions',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Move the initiative to another stage, UNIDO phase or blueprint step, saying why',
        params: WorkspaceParams,
        body: Type.Object(
          {
            field: Type.Union([
              Type.Literal('stage'),
              Type.Literal('unido_phase'),
              Type.Literal('blueprint_step'),
            ]),
            to: Type.Union([Type.String(), Type.Integer(), Type.Null()]),
            reason: Type.String({ minLength: 1, maxLength: 5_000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: LifecycleChange },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const change = await changeLifecycle(app.db, ws.id, requireAuth(request).user.id, request.body);
      reply.status(201);
      return change;
    },
  );
}
