import {
  EVALUATION_KINDS,
  EVALUATION_TARGETS,
  RECOMMENDATION_STATUSES,
  implementationRate,
  type RecommendationStatus,
} from '@agglomera/methods';
import { sql } from 'kysely';
import { Type, type TSchema } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { AppError, badRequest, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg, word } from '../i18n/index.js';

/**
 * Evaluations (GIZ, 001_2b00e659d173dc60.txt:3553–3587): internal or external, a requesting body,
 * criteria fixed at the start (001:3568: defined at the beginning, so they cannot change once the
 * evaluation has started), findings, recommendations agreed by the evaluators, the evaluated cluster
 * and the requesting body (001:3574), jointly selected (001:3575) and followed to implementation
 * (001:3576).
 */
const tags = ['evaluations'];
const kinds = ['cluster_initiative', 'programme'] as const;
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer', 'evaluator'];
const lit = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as TSchema;
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Params = Type.Object({ workspaceId: Type.String() });
const EvalParams = Type.Object({ workspaceId: Type.String(), evaluationId: Type.String({ format: 'uuid' }) });
const Criteria = Type.Array(
  Type.Object(
    { text: Type.String({ minLength: 1, maxLength: 1000 }), target: lit(EVALUATION_TARGETS) },
    { additionalProperties: false },
  ),
  { maxItems: 100 },
);

interface Criterion {
  text: string;
  target: string;
}

async function loadEvaluation(db: Database, workspaceId: string, id: string) {
  const e = await db
    .selectFrom('evaluations')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!e) throw notFound('Evaluation');
  return e;
}

async function present(db: Database, workspaceId: string) {
  const evals = await db
    .selectFrom('evaluations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .execute();
  const recs = await db
    .selectFrom('evaluation_recommendations as r')
    .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
    .select([
      'r.id',
      'r.evaluation_id',
      'r.text',
      'r.agreed_by_evaluators',
      'r.agreed_by_cluster',
      'r.agreed_by_requester',
      'r.selected',
      'r.status',
      'r.status_note',
      'r.responsible_user_id',
      'u.name as responsible',
      sql<string | null>`r.due_on::text`.as('due_on'),
    ])
    .where('r.workspace_id', '=', workspaceId)
    .orderBy('r.created_at')
    .execute();
  return evals.map((e) => {
    const mine = recs.filter((r) => r.evaluation_id === e.id);
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      requestingBody: e.requesting_body,
      purpose: e.purpose,
      evaluator: e.evaluator,
      criteria: e.criteria as Criterion[],
      criteriaFixed: e.status !== 'planned',
      status: e.status,
      startedAt: e.started_at,
      completedAt: e.completed_at,
      findings: e.findings,
      implementationRate: implementationRate(
        mine.map((r) => ({ selected: r.selected, status: r.status as RecommendationStatus })),
      ),
      recommendations: mine.map((r) => ({
        id: r.id,
        text: r.text,
        agreedByEvaluators: r.agreed_by_evaluators,
        agreedByCluster: r.agreed_by_cluster,
        agreedByRequester: r.agreed_by_requester,
        selected: r.selected,
        status: r.status,
        statusNote: r.status_note,
        responsibleUserId: r.responsible_user_id,
        responsible: r.responsible,
        dueOn: r.due_on,
      })),
    };
  });
}

export async function evaluationRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/evaluations',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: { tags, summary: 'Evaluations with criteria, findings and recommendations', params: Params },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const people = await app.db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.name'])
        .where('m.workspace_id', '=', ws.id)
        .orderBy('u.name')
        .execute();
      return {
        evaluations: await present(app.db, ws.id),
        kinds: EVALUATION_KINDS,
        targets: EVALUATION_TARGETS,
        statuses: RECOMMENDATION_STATUSES,
        people,
        canEdit: EDITORS.includes(ws.role),
        // Whose agreement the caller may record: an evaluator, the evaluators' only.
        agreementsFor:
          ws.role === 'evaluator'
            ? ['agreedByEvaluators']
            : EDITORS.includes(ws.role)
              ? ['agreedByEvaluators', 'agreedByCluster', 'agreedByRequester']
              : [],
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/evaluations',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Plan an evaluation: internal or external, requesting body, purpose, evaluator, criteria',
        params: Params,
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 200 }),
            kind: lit(EVALUATION_KINDS),
            requestingBody: Type.String({ minLength: 1, maxLength: 300 }),
            purpose: Type.Optional(Type.String({ maxLength: 5000 })),
            evaluator: Type.Optional(Type.String({ maxLength: 300 })),
            criteria: Type.Optional(Criteria),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        title: string;
        kind: string;
        requestingBody: string;
        purpose?: string;
        evaluator?: string;
        criteria?: Criterion[];
      };
      for (const f of ['title', 'requestingBody'] as const)
        if (!b[f].trim())
          throw badRequest('validation_failed', msg`${f} is empty`, [
            { field: `body.${f}`, message: 'is empty' },
          ]);
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('evaluations')
          .values({
            workspace_id: ws.id,
            title: b.title.trim(),
            kind: b.kind,
            requesting_body: b.requestingBody.trim(),
            purpose: b.purpose ?? '',
            evaluator: b.evaluator ?? '',
            criteria: JSON.stringify(b.criteria ?? []),
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'evaluation.create',
          entity: 'evaluation',
          entityId: r.id,
          newValue: {
            title: b.title,
            kind: b.kind,
            requestingBody: b.requestingBody,
            criteria: b.criteria?.length ?? 0,
          },
        });
        return r.id;
      });
      reply.status(201);
      return (await present(app.db, ws.id)).find((e) => e.id === id);
    },
  );

  app.put(
    '/workspaces/:workspaceId/evaluations/:evaluationId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Edit an evaluation; its criteria only until it starts (409 criteria_fixed afterwards)',
        params: EvalParams,
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            requestingBody: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            purpose: Type.Optional(Type.String({ maxLength: 5000 })),
            evaluator: Type.Optional(Type.String({ maxLength: 300 })),
            criteria: Type.Optional(Criteria),
            findings: Type.Optional(Type.String({ maxLength: 50000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as {
        title?: string;
        requestingBody?: string;
        purpose?: string;
        evaluator?: string;
        criteria?: Criterion[];
        findings?: string;
      };
      const e = await loadEvaluation(app.db, ws.id, request.params.evaluationId);
      if (b.criteria !== undefined && e.status !== 'planned')
        throw new AppError(
          409,
          'criteria_fixed',
          'The criteria were fixed when the evaluation started and cannot change (GIZ: criteria are defined at the beginning)',
          [{ field: 'body.criteria', message: 'is fixed since the start' }],
        );
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('evaluations')
          .set({
            ...(b.title !== undefined ? { title: b.title.trim() } : {}),
            ...(b.requestingBody !== undefined ? { requesting_body: b.requestingBody.trim() } : {}),
            ...(b.purpose !== undefined ? { purpose: b.purpose } : {}),
            ...(b.evaluator !== undefined ? { evaluator: b.evaluator } : {}),
            ...(b.criteria !== undefined ? { criteria: JSON.stringify(b.criteria) } : {}),
            ...(b.findings !== undefined ? { findings: b.findings } : {}),
          })
          .where('id', '=', e.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'evaluation.update',
          entity: 'evaluation',
          entityId: e.id,
          oldValue: { title: e.title, criteria: e.criteria, findings: e.findings },
          newValue: b,
        });
      });
      return (await present(app.db, ws.id)).find((x) => x.id === e.id);
    },
  );

  app.post(
    '/workspaces/:workspaceId/evaluations/:evaluationId/status',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Start (fixes the criteria) or complete an evaluation',
        params: EvalParams,
        body: Type.Object(
          { status: lit(['started', 'completed'] as const) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const to = (request.body as { status: 'started' | 'completed' }).status;
      const e = await loadEvaluation(app.db, ws.id, request.params.evaluationId);
      const from = e.status;
      if ((to === 'started' && from !== 'planned') || (to === 'completed' && from !== 'started'))
        throw new AppError(
          409,
          'invalid_transition',
          msg`An evaluation that is ${word(from)} cannot become ${word(to)}`,
        );
      if (to === 'started' && (e.criteria as Criterion[]).length === 0)
        throw badRequest('validation_failed', 'Define the evaluation criteria before the start', [
          { field: 'criteria', message: 'is empty' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('evaluations')
          .set(
            to === 'started'
              ? { status: to, started_at: new Date() }
              : { status: to, completed_at: new Date() },
          )
          .where('id', '=', e.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: `evaluation.${to === 'started' ? 'start' : 'complete'}`,
          entity: 'evaluation',
          entityId: e.id,
          oldValue: { status: from },
          newValue: { status: to },
        });
      });
      return (await present(app.db, ws.id)).find((x) => x.id === e.id);
    },
  );

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
