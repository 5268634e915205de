import {
  BENCHMARK_SCALE,
  ECEI_GROUPS,
  ECEI_LABELS,
  ECEI_LABEL_BODY,
  groupScores,
  peerQuartiles,
  positionAmongPeers,
  strengthsAndWeaknesses,
  type Quartiles,
  type Scores,
} from '@agglomera/methods';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../../http/policy.js';
import { badRequest, forbidden, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { msg } from '../../i18n/index.js';
import {
  AssessmentBody,
  AssessmentChange,
  DateString,
  changedColumns,
  checkAssessment,
  listAssessments,
  loadAssessment,
  refuseSigned,
} from './service.js';
import { iso } from '../../http/schemas.js';
import { checkResponsible, peerFields, peerGroupMeans, recommendations } from './comparison.service.js';
import {
  AssessmentCreated,
  AssessmentSharing,
  AssessmentSigned,
  BenchmarkRecommendationState,
  Benchmarking,
} from './benchmarking.schemas.js';

/**
 * Benchmarking (GIZ, 001_2b00e659d173dc60.txt:3645–3746): a self-assessment on the ECEI criteria,
 * an anonymised comparison with the other cluster initiatives that opted in (quartiles of the peer
 * group, never names), strengths and weaknesses, and recommendations tracked as tasks.
 * Benchmarking "compares a cluster entity to peers in the same field of activity" (001:3641): the
 * peer group can be narrowed to one field of activity (the initiatives' `sector`). Assessments say
 * who conducted them and are signed (001:3654; ./service.ts); an external assessor's assessment is
 * conducted from the programme's portfolio (../programme/benchmarking.routes.ts).
 */
const tags = ['benchmarking'];
const kinds = ['cluster_initiative'] as const;
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** Who signs the team's own assessment off (the platform's choice): the initiative's owner and managers. */
const SIGNERS: readonly WorkspaceRole[] = ['owner', 'manager'];
const Params = Type.Object({ workspaceId: Type.String() });
const STATUSES = ['open', 'in_progress', 'done'] as const;

export async function benchmarkingRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/benchmarking',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'The ECEI criteria, the assessments, the latest one against the anonymised peer group (quartiles), strengths, weaknesses and recommendations',
        params: Params,
        querystring: Type.Object(
          { field: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
          { additionalProperties: false },
        ),
        response: { 200: Benchmarking },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const field = request.query.field?.trim() || undefined;
      const list = await listAssessments(app.db, ws.id);
      const latest = list[0] ?? null;
      // Never fewer than 3, whatever the setting: quartiles of one or two peers are their scores.
      const minPeers = Math.max(3, app.settings.benchmarkMinPeers);
      let comparison = null;
      if (latest) {
        const own = groupScores(latest.scores as Scores);
        // Peers are shown only to an initiative that shares its own latest assessment (give to get).
        const peerMeans = latest.shareWithPeers ? await peerGroupMeans(app.db, ws.id, field) : [];
        const peers: Record<string, Quartiles | null> = {};
        for (const g of ECEI_GROUPS)
          peers[g.key] = latest.shareWithPeers
            ? peerQuartiles(
                peerMeans.map((p) => p[g.key]).filter((v): v is number => v !== null && v !== undefined),
                minPeers,
              )
            : null;
        comparison = {
          assessmentId: latest.id,
          sharing: latest.shareWithPeers,
          peerCount: peerMeans.length,
          groups: ECEI_GROUPS.map((g) => ({
            key: g.key,
            own: own[g.key] ?? null,
            peers: peers[g.key] ?? null,
            position: positionAmongPeers(own[g.key] ?? null, peers[g.key] ?? null),
          })),
          ...strengthsAndWeaknesses(own, peers),
        };
      }
      const people = await app.db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.name'])
        .where('m.workspace_id', '=', ws.id)
        .where('m.role', 'in', ['owner', 'manager', 'staff'])
        .orderBy('u.name')
        .execute();
      const own = await app.db
        .selectFrom('workspaces')
        .select('sector')
        .where('id', '=', ws.id)
        .executeTakeFirstOrThrow();
      const sharing = latest?.shareWithPeers ?? false;
      const fields = sharing ? await peerFields(app.db, ws.id, minPeers) : [];
      const sector = own.sector.trim();
      return {
        groups: [...ECEI_GROUPS],
        sector,
        field: field ?? null,
        fields: [...(sector ? [sector] : []), ...fields].filter(
          (f, i, all) => all.findIndex((x) => x.toLowerCase() === f.toLowerCase()) === i,
        ),
        scale: BENCHMARK_SCALE,
        labels: [...ECEI_LABELS],
        labelBody: ECEI_LABEL_BODY,
        minPeers,
        assessments: list.map((a) => ({
          ...a,
          scores: a.scores as Record<string, number>,
          notes: a.notes as Record<string, string>,
          signedAt: iso(a.signedAt),
          createdAt: iso(a.createdAt),
        })),
        comparison,
        recommendations: (await recommendations(app.db, ws.id)).map((r) => ({
          ...r,
          status: r.status as (typeof STATUSES)[number],
          createdAt: iso(r.createdAt),
        })),
        people,
        canEdit: EDITORS.includes(ws.role),
        canSign: SIGNERS.includes(ws.role),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/benchmarking/assessments',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          "Record the team's self-assessment: a score of 1–5 per ECEI criterion, who assessed, whether peers may use it (an external assessor's assessment is conducted from the programme's portfolio)",
        params: Params,
        body: AssessmentBody,
        response: { 201: AssessmentCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      checkAssessment(b);
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('benchmark_assessments')
          .values({
            workspace_id: ws.id,
            assessed_on: b.assessedOn,
            assessor: b.assessor?.trim() ?? '',
            assessor_organisation: b.assessorOrganisation?.trim() ?? '',
            conducted_by: 'team',
            scores: JSON.stringify(b.scores),
            notes: JSON.stringify(b.notes ?? {}),
            share_with_peers: b.shareWithPeers ?? false,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.assess',
          entity: 'benchmark_assessment',
          entityId: r.id,
          newValue: {
            assessedOn: b.assessedOn,
            criteria: Object.keys(b.scores).length,
            share: b.shareWithPeers ?? false,
          },
        });
        return r.id;
      });
      reply.status(201);
      return { id };
    },
  );

  const AssessmentParams = Type.Object({
    workspaceId: Type.String(),
    assessmentId: Type.String({ format: 'uuid' }),
  });

  app.put(
    '/workspaces/:workspaceId/benchmarking/assessments/:assessmentId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          "Correct the team's assessment before it is signed (409 once signed; an external assessor's assessment is changed by its assessor only)",
        params: AssessmentParams,
        body: AssessmentChange,
        response: { 200: AssessmentCreated },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      checkAssessment(b);
      return app.db.transaction().execute(async (trx) => {
        await sql`SELECT 1 FROM benchmark_assessments WHERE id = ${request.params.assessmentId} FOR UPDATE`.execute(
          trx,
        );
        const a = await loadAssessment(trx, ws.id, request.params.assessmentId);
        refuseSigned(a);
        if (a.conducted_by === 'external')
          throw forbidden('An external assessment is changed by its assessor only');
        await trx
          .updateTable('benchmark_assessments')
          .set(changedColumns(b))
          .where('id', '=', a.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.update',
          entity: 'benchmark_assessment',
          entityId: a.id,
          oldValue: {
            assessedOn: a.assessed_on,
            assessor: a.assessor,
            criteria: Object.keys(a.scores as object).length,
          },
          newValue: { ...b, scores: b.scores ? Object.keys(b.scores).length : undefined },
        });
        return { id: a.id };
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/benchmarking/assessments/:assessmentId/sign',
    {
      config: { policy: { access: 'workspace', roles: SIGNERS, kinds } },
      schema: {
        tags,
        summary:
          "Sign the team's assessment off: it is frozen from then on (the platform's choice). An external assessor signs their own from the programme's portfolio",
        params: AssessmentParams,
        response: { 200: AssessmentSigned },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      return app.db.transaction().execute(async (trx) => {
        await sql`SELECT 1 FROM benchmark_assessments WHERE id = ${request.params.assessmentId} FOR UPDATE`.execute(
          trx,
        );
        const a = await loadAssessment(trx, ws.id, request.params.assessmentId);
        refuseSigned(a);
        if (a.conducted_by === 'external')
          throw forbidden('An external assessment is signed by its assessor only');
        const r = await trx
          .updateTable('benchmark_assessments')
          .set({ signed_at: sql<Date>`now()`, signed_by: userId })
          .where('id', '=', a.id)
          .returning('signed_at')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.sign',
          entity: 'benchmark_assessment',
          entityId: a.id,
          newValue: { conductedBy: a.conducted_by },
        });
        return { id: a.id, signedAt: iso(r.signed_at!) };
      });
    },
  );

  app.put(
    '/workspaces/:workspaceId/benchmarking/assessments/:assessmentId/sharing',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds } },
      schema: {
        tags,
        summary: 'Opt in or out of the anonymised peer comparison for an assessment',
        params: Type.Object({ workspaceId: Type.String(), assessmentId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ shareWithPeers: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: AssessmentSharing },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('benchmark_assessments')
          .set({ share_with_peers: request.body.shareWithPeers })
          .where('id', '=', request.params.assessmentId)
          .where('workspace_id', '=', ws.id)
          .returning('id')
          .executeTakeFirst();
        if (!r) throw notFound('Assessment');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.sharing',
          entity: 'benchmark_assessment',
          entityId: r.id,
          newValue: { shareWithPeers: request.body.shareWithPeers },
        });
      });
      return { id: request.params.assessmentId, shareWithPeers: request.body.shareWithPeers };
    },
  );

  app.post(
    '/workspaces/:workspaceId/benchmarking/recommendations',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'A recommendation from an assessment, tracked as a task (responsible person, due date, status)',
        params: Params,
        body: Type.Object(
          {
            assessmentId: Type.String({ format: 'uuid' }),
            groupKey: Type.Optional(Type.Union([Type.String(), Type.Null()])),
            text: Type.String({ minLength: 1, maxLength: 2000 }),
            responsibleUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            dueOn: Type.Optional(Type.Union([DateString, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 201: BenchmarkRecommendationState },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (!b.text.trim())
        throw badRequest('validation_failed', 'A recommendation needs a text', [
          { field: 'body.text', message: 'is empty' },
        ]);
      if (b.groupKey && !ECEI_GROUPS.some((g) => g.key === b.groupKey))
        throw badRequest('validation_failed', msg`${b.groupKey} is not an ECEI group`, [
          { field: 'body.groupKey', message: 'is not an ECEI group' },
        ]);
      const a = await app.db
        .selectFrom('benchmark_assessments')
        .select('id')
        .where('id', '=', b.assessmentId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!a)
        throw badRequest('validation_failed', 'No such assessment in this workspace', [
          { field: 'body.assessmentId', message: 'is not an assessment of this workspace' },
        ]);
      await checkResponsible(app.db, ws.id, b.responsibleUserId);
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('benchmark_recommendations')
          .values({
            workspace_id: ws.id,
            assessment_id: a.id,
            group_key: b.groupKey ?? null,
            text: b.text.trim(),
            responsible_user_id: b.responsibleUserId ?? null,
            due_on: b.dueOn ?? null,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.recommend',
          entity: 'benchmark_recommendation',
          entityId: r.id,
          newValue: { text: b.text, groupKey: b.groupKey ?? null, dueOn: b.dueOn ?? null },
        });
        return r.id;
      });
      reply.status(201);
      return { id, status: 'open' as const };
    },
  );

  app.put(
    '/workspaces/:workspaceId/benchmarking/recommendations/:recommendationId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Follow a recommendation up: status (open, in progress, done), responsible person, due date',
        params: Type.Object({
          workspaceId: Type.String(),
          recommendationId: Type.String({ format: 'uuid' }),
        }),
        body: Type.Object(
          {
            status: Type.Optional(Type.Union(STATUSES.map((s) => Type.Literal(s)))),
            responsibleUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            dueOn: Type.Optional(Type.Union([DateString, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 200: BenchmarkRecommendationState },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      await checkResponsible(app.db, ws.id, b.responsibleUserId);
      return app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('benchmark_recommendations')
          .select(['id', 'status', 'responsible_user_id', sql<string | null>`due_on::text`.as('due_on')])
          .where('id', '=', request.params.recommendationId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!old) throw notFound('Recommendation');
        await trx
          .updateTable('benchmark_recommendations')
          .set({
            ...(b.status !== undefined ? { status: b.status } : {}),
            ...(b.responsibleUserId !== undefined ? { responsible_user_id: b.responsibleUserId } : {}),
            ...(b.dueOn !== undefined ? { due_on: b.dueOn } : {}),
          })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'benchmark.recommendation.update',
          entity: 'benchmark_recommendation',
          entityId: old.id,
          oldValue: { status: old.status, responsibleUserId: old.responsible_user_id, dueOn: old.due_on },
          newValue: b,
        });
        return { id: old.id, status: (b.status ?? old.status) as (typeof STATUSES)[number] };
      });
    },
  );
}
