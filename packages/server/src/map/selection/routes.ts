import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../../http/policy.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { getDataset } from '../service.js';
import {
  CANDIDATE_METRICS,
  addCriterion,
  assertOpen,
  checkThreshold,
  getExercise,
  loadExercise,
  mappingMetrics,
  submitScores,
  updateCriterion,
} from './service.js';
import { msg } from '../../i18n/index.js';
import { decisionRoutes } from './decision.routes.js';

import { ExerciseParams, SELECTION_MANAGERS, tags } from './policies.js';
import { Ok } from '../../http/schemas.js';
import { presentCandidate } from './present.js';
import { Candidate, Criterion, Exercise, ExerciseCreated, ExerciseList } from './selection.schemas.js';

export { SELECTION_MANAGERS } from './policies.js';

export async function selectionRoutes(app: App) {
  const canManage = (role: WorkspaceRole) => SELECTION_MANAGERS.includes(role);

  app.post(
    '/workspaces/:workspaceId/selections',
    {
      config: { policy: { access: 'workspace', roles: SELECTION_MANAGERS } },
      schema: {
        tags,
        summary: 'Start a selection exercise, optionally on a mapping dataset and year',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            datasetId: Type.Optional(Type.String({ format: 'uuid' })),
            year: Type.Optional(Type.Integer()),
          },
          { additionalProperties: false },
        ),
        response: { 201: ExerciseCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { name, datasetId, year } = request.body;
      let chosenYear: number | null = year ?? null;
      if (datasetId) {
        const dataset = await getDataset(app.db, ws.id, datasetId);
        if (year !== undefined && !dataset.years.includes(year))
          throw badRequest('validation_failed', msg`${year} is not a year of this dataset`, [
            { field: 'body.year', message: 'is not in the dataset' },
          ]);
        chosenYear = year ?? (dataset.years.length ? Math.max(...dataset.years) : null);
      }
      const ex = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('selection_exercises')
          .values({
            workspace_id: ws.id,
            name,
            dataset_id: datasetId ?? null,
            year: chosenYear,
            created_by: requireAuth(request).user.id,
          })
          .returning(['id', 'name', 'year', 'status'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'selection.create',
          entity: 'selection_exercise',
          entityId: row.id,
          newValue: { name, datasetId, year: chosenYear },
        });
        return row;
      });
      reply.status(201);
      return ex;
    },
  );

  app.get(
    '/workspaces/:workspaceId/selections',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'Selection exercises',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: ExerciseList },
      },
    },
    async (request) => ({
      selections: (
        await app.db
          .selectFrom('selection_exercises')
          .select(['id', 'name', 'status', 'year', 'created_at'])
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('created_at', 'desc')
          .execute()
      ).map((x) => ({ ...x, created_at: new Date(x.created_at).toISOString() })),
    }),
  );

  app.get(
    '/workspaces/:workspaceId/selections/:exerciseId',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary:
          'A selection: candidates, criteria, panel, scores (a scorer sees only their own), ranking for managers, decision',
        params: ExerciseParams,
        response: { 200: Exercise },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return loadExercise(
        app.db,
        ws,
        requireAuth(request).user.id,
        request.params.exerciseId,
        canManage(ws.role),
      );
    },
  );

  app.post(
    '/workspaces/:workspaceId/selections/:exerciseId/candidates',
    {
      config: { policy: { access: 'workspace', roles: SELECTION_MANAGERS } },
      schema: {
        tags,
        summary:
          'Add a candidate: a region’s cluster from the mapping (region + clusterCode) or one entered by hand (name + metrics)',
        params: ExerciseParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            region: Type.Optional(Type.String({ minLength: 1 })),
            clusterCode: Type.Optional(Type.String({ minLength: 1 })),
            metrics: Type.Optional(Type.Record(Type.String(), Type.Number())),
          },
          { additionalProperties: false },
        ),
        response: { 201: Candidate },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const ex = await getExercise(app.db, ws.id, request.params.exerciseId);
      assertOpen(ex);
      const { region, clusterCode, metrics } = request.body;
      let row: {
        name: string;
        region: string | null;
        cluster_code: string | null;
        metrics: Record<string, number | null>;
        source: 'mapping' | 'manual';
      };
      if (region || clusterCode) {
        if (!region || !clusterCode)
          throw badRequest(
            'validation_failed',
            'A candidate from the mapping needs both region and clusterCode',
            [{ field: region ? 'body.clusterCode' : 'body.region', message: 'is required' }],
          );
        if (!ex.dataset_id)
          throw badRequest('no_dataset', 'This selection has no mapping dataset; enter candidates by hand');
        const found = await mappingMetrics(app.db, ex.dataset_id, ex.year, region, clusterCode);
        if (!found)
          throw notFound(msg`Cluster ${clusterCode} in region ${region} for ${ex.year ?? msg`the dataset`}`);
        row = {
          name: request.body.name ?? `${found.record.cluster_name} — ${found.record.region_name ?? region}`,
          region,
          cluster_code: clusterCode,
          metrics: found.metrics,
          source: 'mapping',
        };
      } else {
        if (!request.body.name)
          throw badRequest('validation_failed', 'A candidate entered by hand needs a name', [
            { field: 'body.name', message: 'is required' },
          ]);
        row = {
          name: request.body.name,
          region: null,
          cluster_code: null,
          metrics: metrics ?? {},
          source: 'manual',
        };
      }
      const created = await app.db.transaction().execute(async (trx) => {
        const c = await trx
          .insertInto('selection_candidates')
          .values({
            exercise_id: ex.id,
            name: row.name,
            region: row.region,
            cluster_code: row.cluster_code,
            metrics: JSON.stringify(row.metrics),
            source: row.source,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'selection.candidate',
          entity: 'selection_exercise',
          entityId: ex.id,
          newValue: { name: row.name, source: row.source },
        });
        return c;
      });
      reply.status(201);
      return presentCandidate(created);
    },
  );

  app.post(
    '/workspaces/:workspaceId/selections/:exerciseId/criteria',
    {
      config: { policy: { access: 'workspace', roles: SELECTION_MANAGERS } },
      schema: {
        tags,
        summary: `Add a weighted criterion: computed from the mapping (metric: ${CANDIDATE_METRICS.join(', ')}) or scored by the panel (scaleMax)`,
        params: ExerciseParams,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            kind: Type.Union([Type.Literal('computed'), Type.Literal('scored')]),
            weight: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }),
            metric: Type.Optional(
              Type.Union([
                Type.Literal('employment'),
                Type.Literal('establishments'),
                Type.Literal('lq'),
                Type.Literal('share'),
                Type.Literal('cagr'),
                Type.Literal('employment_change'),
                Type.Literal('average_wage'),
                Type.Literal('strong'),
              ]),
            ),
            lowerIsBetter: Type.Optional(Type.Boolean()),
            scaleMax: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
            threshold: Type.Optional(
              Type.Union([Type.Number({ minimum: -1e12, maximum: 1e12 }), Type.Null()]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Criterion },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const ex = await getExercise(app.db, ws.id, request.params.exerciseId);
      assertOpen(ex);
      const b = request.body;
      if (b.kind === 'computed' && !b.metric)
        throw badRequest('validation_failed', 'A computed criterion needs a metric', [
          { field: 'body.metric', message: 'is required' },
        ]);
      if (b.kind === 'scored' && !b.scaleMax)
        throw badRequest('validation_failed', 'A scored criterion needs scaleMax (the top of its scale)', [
          { field: 'body.scaleMax', message: 'is required' },
        ]);
      if (b.kind === 'scored') checkThreshold(b.threshold, b.scaleMax!);
      const created = await addCriterion(app.db, ws.id, requireAuth(request).user.id, ex.id, b);
      reply.status(201);
      return created;
    },
  );

  app.put(
    '/workspaces/:workspaceId/selections/:exerciseId/criteria/:criterionId',
    {
      config: { policy: { access: 'workspace', roles: SELECTION_MANAGERS } },
      schema: {
        tags,
        summary:
          'Change a criterion while the selection is open: its name, weight or knock-out threshold (null removes it)',
        params: Type.Object({
          workspaceId: Type.String(),
          exerciseId: Type.String({ format: 'uuid' }),
          criterionId: Type.String({ format: 'uuid' }),
        }),
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1000 })),
            threshold: Type.Optional(
              Type.Union([Type.Number({ minimum: -1e12, maximum: 1e12 }), Type.Null()]),
            ),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: Criterion },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return updateCriterion(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.exerciseId,
        request.params.criterionId,
        request.body,
      );
    },
  );

  app.post(
    '/workspaces/:workspaceId/selections/:exerciseId/scorers',
    {
      config: { policy: { access: 'workspace', roles: SELECTION_MANAGERS } },
      schema: {
        tags,
        summary: 'Put a user of the workspace on the scoring panel',
        params: ExerciseParams,
        body: Type.Object({ userId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 201: Ok },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const ex = await getExercise(app.db, ws.id, request.params.exerciseId);
      assertOpen(ex);
      const member = await app.db
        .selectFrom('memberships')
        .select('user_id')
        .where('workspace_id', '=', ws.id)
        .where('user_id', '=', request.body.userId)
        .executeTakeFirst();
      if (!member)
        throw badRequest('validation_failed', 'Scorers must be users of this workspace (invite them first)', [
          { field: 'body.userId', message: 'is not a user of this workspace' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        const done = await trx
          .insertInto('selection_scorers')
          .values({
            exercise_id: ex.id,
            user_id: request.body.userId,
            invited_by: requireAuth(request).user.id,
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (!Number(done.numInsertedOrUpdatedRows ?? 0)) throw conflict('Already on the panel');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'selection.scorer',
          entity: 'selection_exercise',
          entityId: ex.id,
          newValue: { scorer: request.body.userId },
        });
      });
      reply.status(201);
      return { ok: true as const };
    },
  );

  app.put(
    '/workspaces/:workspaceId/selections/:exerciseId/scores',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'A panel member records their own scores (all or nothing)',
        params: ExerciseParams,
        body: Type.Object(
          {
            scores: Type.Array(
              Type.Object(
                {
                  candidateId: Type.String({ format: 'uuid' }),
                  criterionId: Type.String({ format: 'uuid' }),
                  score: Type.Number(),
                  comment: Type.Optional(Type.String({ maxLength: 2000 })),
                },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 2000 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await submitScores(
        app.db,
        ws,
        requireAuth(request).user.id,
        request.params.exerciseId,
        request.body.scores,
      );
      return { ok: true as const };
    },
  );

  decisionRoutes(app);
}
