import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { AppError, badRequest, forbidden, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { msg } from '../../i18n/index.js';
import { DateString, EDITORS, EvalParams, kinds, lit, loadEvaluation, present, tags } from './service.js';
import { Evaluation, RecommendationCreated } from './evaluations.schemas.js';

/**
 * The recommendations of an evaluation, agreed by the evaluators, the evaluated cluster and the
 * requesting body (001:3574), jointly selected (001:3575) and followed to implementation (001:3576).
 */
export async function evaluationRecommendationRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/evaluations/:evaluationId/recommendations',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'A recommendation of the evaluation (practical, meaningful, precise)',
        params: EvalParams,
        body: Type.Object(
          { text: Type.String({ minLength: 1, maxLength: 5000 }) },
          { additionalProperties: false },
        ),
        response: { 201: RecommendationCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const text = (request.body as { text: string }).text.trim();
      if (!text)
        throw badRequest('validation_failed', 'A recommendation needs a text', [
          { field: 'body.text', message: 'is empty' },
        ]);
      const e = await loadEvaluation(app.db, ws.id, request.params.evaluationId);
      if (e.status === 'planned')
        throw new AppError(409, 'not_started', 'Recommendations come out of an evaluation that has started');
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('evaluation_recommendations')
          .values({ workspace_id: ws.id, evaluation_id: e.id, text, created_by: userId })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'evaluation.recommend',
          entity: 'evaluation_recommendation',
          entityId: r.id,
          newValue: { text },
        });
        return r.id;
      });
      reply.status(201);
      return { id };
    },
  );

  app.put(
    '/workspaces/:workspaceId/evaluations/:evaluationId/recommendations/:recommendationId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Record who agreed (evaluators, the cluster, the requesting body), the joint selection and the implementation status',
        params: Type.Object({
          workspaceId: Type.String(),
          evaluationId: Type.String({ format: 'uuid' }),
          recommendationId: Type.String({ format: 'uuid' }),
        }),
        body: Type.Object(
          {
            agreedByEvaluators: Type.Optional(Type.Boolean()),
            agreedByCluster: Type.Optional(Type.Boolean()),
            agreedByRequester: Type.Optional(Type.Boolean()),
            selected: Type.Optional(Type.Boolean()),
            status: Type.Optional(lit(RECOMMENDATION_STATUSES)),
            statusNote: Type.Optional(Type.String({ maxLength: 5000 })),
            responsibleUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            dueOn: Type.Optional(Type.Union([DateString, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 200: Evaluation },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        agreedByEvaluators?: boolean;
        agreedByCluster?: boolean;
        agreedByRequester?: boolean;
        selected?: boolean;
        status?: RecommendationStatus;
        statusNote?: string;
        responsibleUserId?: string | null;
        dueOn?: string | null;
      };
      // Each party records its own agreement: an evaluator cannot agree for the cluster or the
      // requesting body (hardening issue, item 10).
      if (ws.role === 'evaluator')
        for (const [field, given] of [
          ['agreedByCluster', b.agreedByCluster],
          ['agreedByRequester', b.agreedByRequester],
        ] as const)
          if (given !== undefined)
            throw forbidden(
              msg`An evaluator records the evaluators' agreement only; ${field === 'agreedByCluster' ? "the cluster's" : "the requesting body's"} is recorded by its own people`,
            );
      if (b.responsibleUserId) {
        const m = await app.db
          .selectFrom('memberships')
          .select('user_id')
          .where('workspace_id', '=', ws.id)
          .where('user_id', '=', b.responsibleUserId)
          .executeTakeFirst();
        if (!m)
          throw badRequest('validation_failed', 'The responsible person must belong to this workspace', [
            { field: 'body.responsibleUserId', message: 'is not in this workspace' },
          ]);
      }
      // Read and write under a row lock, so that two parties agreeing at once both count
      // (hardening issue, item 9: one of two concurrent agreements was lost).
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('evaluation_recommendations')
          .selectAll()
          .where('id', '=', request.params.recommendationId)
          .where('evaluation_id', '=', request.params.evaluationId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!old) throw notFound('Recommendation');
        const next = {
          agreed_by_evaluators: b.agreedByEvaluators ?? old.agreed_by_evaluators,
          agreed_by_cluster: b.agreedByCluster ?? old.agreed_by_cluster,
          agreed_by_requester: b.agreedByRequester ?? old.agreed_by_requester,
          selected: b.selected ?? old.selected,
          status: b.status ?? old.status,
        };
        const allAgreed = next.agreed_by_evaluators && next.agreed_by_cluster && next.agreed_by_requester;
        if (next.selected && !allAgreed)
          throw badRequest(
            'validation_failed',
            'Only a recommendation agreed by the evaluators, the cluster and the requesting body can be selected',
            [{ field: 'body.selected', message: 'needs the agreement of all three' }],
          );
        if (next.status !== 'not_started' && !next.selected)
          throw badRequest('validation_failed', 'Only jointly selected recommendations are implemented', [
            { field: 'body.status', message: 'needs a selected recommendation' },
          ]);
        await trx
          .updateTable('evaluation_recommendations')
          .set({
            ...next,
            ...(b.statusNote !== undefined ? { status_note: b.statusNote } : {}),
            ...(b.responsibleUserId !== undefined ? { responsible_user_id: b.responsibleUserId } : {}),
            ...(b.dueOn !== undefined ? { due_on: b.dueOn } : {}),
          })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'evaluation.recommendation.update',
          entity: 'evaluation_recommendation',
          entityId: old.id,
          oldValue: { selected: old.selected, status: old.status },
          newValue: b,
        });
      });
      return (await present(app.db, ws.id)).find((x) => x.id === request.params.evaluationId);
    },
  );
}
