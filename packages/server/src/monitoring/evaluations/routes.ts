import { EVALUATION_KINDS, EVALUATION_TARGETS, RECOMMENDATION_STATUSES } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { AppError, badRequest } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { msg, word } from '../../i18n/index.js';
import {
  Criteria,
  DateString,
  EDITORS,
  EvalParams,
  Params,
  kinds,
  lit,
  loadEvaluation,
  present,
  tags,
  type Criterion,
} from './service.js';
import { Ok } from '../../http/schemas.js';
import { Evaluation, EvaluationList } from './evaluations.schemas.js';

const criteriaFixed = () =>
  new AppError(
    409,
    'criteria_fixed',
    'The criteria were fixed when the evaluation started and cannot change (GIZ: criteria are defined at the beginning)',
    [{ field: 'body.criteria', message: 'is fixed since the start' }],
  );
const today = () => new Date().toISOString().slice(0, 10);
/** The three parties whose agreement a recommendation needs (001:3574). */
const AGREEMENTS = ['agreedByEvaluators', 'agreedByCluster', 'agreedByRequester'] as const;

/** Evaluations: plan, edit, start and complete (the queries and the shape in ./service.ts). */
export async function evaluationRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/evaluations',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Evaluations with criteria, findings and recommendations',
        params: Params,
        response: { 200: EvaluationList },
      },
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
        kinds: [...EVALUATION_KINDS],
        targets: [...EVALUATION_TARGETS],
        statuses: [...RECOMMENDATION_STATUSES],
        people,
        canEdit: EDITORS.includes(ws.role),
        // Whose agreement the caller may record: an evaluator, the evaluators' only.
        agreementsFor:
          ws.role === 'evaluator' ? [AGREEMENTS[0]] : EDITORS.includes(ws.role) ? [...AGREEMENTS] : [],
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
            periodStart: Type.Optional(Type.Union([DateString, Type.Null()])),
            criteria: Type.Optional(Criteria),
          },
          { additionalProperties: false },
        ),
        response: { 201: Evaluation },
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
        periodStart?: string | null;
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
            period_start: b.periodStart ?? null,
            criteria_set_on: b.criteria?.length ? today() : null,
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
            periodStart: Type.Optional(Type.Union([DateString, Type.Null()])),
            criteria: Type.Optional(Criteria),
            findings: Type.Optional(Type.String({ maxLength: 50000 })),
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
        title?: string;
        requestingBody?: string;
        purpose?: string;
        evaluator?: string;
        periodStart?: string | null;
        criteria?: Criterion[];
        findings?: string;
      };
      const e = await loadEvaluation(app.db, ws.id, request.params.evaluationId);
      if (b.criteria !== undefined && e.status !== 'planned') throw criteriaFixed();
      await app.db.transaction().execute(async (trx) => {
        const changed = await trx
          .updateTable('evaluations')
          .set({
            ...(b.periodStart !== undefined ? { period_start: b.periodStart } : {}),
            ...(b.criteria !== undefined ? { criteria_set_on: today() } : {}),
            ...(b.title !== undefined ? { title: b.title.trim() } : {}),
            ...(b.requestingBody !== undefined ? { requesting_body: b.requestingBody.trim() } : {}),
            ...(b.purpose !== undefined ? { purpose: b.purpose } : {}),
            ...(b.evaluator !== undefined ? { evaluator: b.evaluator } : {}),
            ...(b.criteria !== undefined ? { criteria: JSON.stringify(b.criteria) } : {}),
            ...(b.findings !== undefined ? { findings: b.findings } : {}),
          })
          .where('id', '=', e.id)
          // Criteria change only while the evaluation is planned, also against a start at the same moment.
          .$if(b.criteria !== undefined, (q) => q.where('status', '=', 'planned'))
          .executeTakeFirst();
        if (changed.numUpdatedRows === 0n) throw criteriaFixed();
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
        response: { 200: Evaluation },
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

  app.delete(
    '/workspaces/:workspaceId/evaluations/:evaluationId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Remove an evaluation while it is planned (a started one stays on record: 409)',
        params: EvalParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const e = await loadEvaluation(app.db, ws.id, request.params.evaluationId);
      await app.db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('evaluations')
          .where('id', '=', e.id)
          .where('status', '=', 'planned')
          .executeTakeFirst();
        if (gone.numDeletedRows === 0n)
          throw new AppError(
            409,
            'evaluation_started',
            'An evaluation that has started stays on record and cannot be removed',
          );
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'evaluation.delete',
          entity: 'evaluation',
          entityId: e.id,
          oldValue: { title: e.title, status: e.status },
        });
      });
      return { ok: true as const };
    },
  );
}
