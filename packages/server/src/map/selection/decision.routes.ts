import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { decide } from './decision.service.js';
import { ExerciseParams, SELECTION_MANAGERS, tags } from './policies.js';
import { Baselines, Decision } from './selection.schemas.js';

/** The decision of a selection and the baselines it opens initiatives with. */
export function decisionRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/selections/:exerciseId/decision',
    {
      config: { policy: { access: 'workspace', roles: SELECTION_MANAGERS } },
      schema: {
        tags,
        summary:
          'Record the decision: the candidate (candidateId) or several candidates (candidateIds) selected, the deciding body and the reason; a candidate knocked out by a threshold is refused (409). Optionally open a cluster initiative for each, with its baseline',
        params: ExerciseParams,
        body: Type.Object(
          {
            candidateId: Type.Optional(Type.String({ format: 'uuid' })),
            candidateIds: Type.Optional(
              Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 100 }),
            ),
            decidingBody: Type.String({ minLength: 1, maxLength: 300 }),
            reason: Type.String({ minLength: 1, maxLength: 5000 }),
            createInitiative: Type.Boolean(),
            initiativeName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Decision },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const result = await decide(
        app.db,
        ws,
        requireAuth(request).user.id,
        request.params.exerciseId,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  app.get(
    '/workspaces/:workspaceId/baselines',
    {
      // The same readers as the diagnostic report, whose figures the baselines carry (hardening
      // issue, item 7: members and panel members read them although the report is closed to them).
      config: {
        policy: {
          access: 'workspace',
          roles: ['owner', 'manager', 'staff', 'viewer'],
          kinds: ['cluster_initiative'],
        },
      },
      schema: {
        tags: ['lifecycle'],
        summary: 'Baseline records of the initiative (from the mapping and the diagnostic)',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: Baselines },
      },
    },
    async (request) => ({
      baselines: (
        await app.db
          .selectFrom('initiative_baselines')
          .select(['id', 'source', 'description', 'data', 'recorded_at'])
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('recorded_at', 'desc')
          .execute()
      ).map((b) => ({ ...b, recorded_at: new Date(b.recorded_at).toISOString() })),
    }),
  );
}
