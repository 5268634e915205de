import { BENCHMARK_SCALE, ECEI_GROUPS, groupScores, type Scores } from '@agglomera/methods';
import { badRequest } from '../http/errors.js';
import { msg } from '../i18n/index.js';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { forbidden } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import {
  AssessmentBody,
  AssessmentChange,
  changedColumns,
  checkAssessment,
  listAssessments,
  loadAssessment,
  refuseSigned,
} from '../monitoring/benchmarking/service.js';
import { Uuid, portfolioRead, programme, tags } from './shared.js';
import { iso } from '../http/schemas.js';
import {
  AssessmentSigned,
  Created,
  PortfolioBenchmarking,
  RecommendationCreated,
} from './programme.schemas.js';
import { readableFollow } from './portfolio.service.js';

/**
 * Benchmarking by an impartial expert (fidelity issue 16, item 17). The GIZ guide: "The benchmarking
 * process should be conducted by impartial experts. This is especially important for the interviews
 * and the development of recommendations for actions in order to avoid whitewashing of the
 * performance." (001_2b00e659d173dc60.txt:3654).
 *
 * An initiative that shares `benchmarking` with a programme that follows it lets the programme
 * read its signed assessments, and lets the programme's evaluators conduct an external assessment
 * of it: the assessment is the initiative's (its benchmarking screen lists it as external, with the
 * assessor's name and organisation), and only the assessor who conducted it changes or signs it;
 * once signed it is frozen. Which programme role assesses (the evaluator) and the sign-off are the
 * platform's choices; the guide names impartial experts, not a role or a signature.
 */
const InitiativeParams = Type.Object({ workspaceId: Type.String(), initiativeId: Uuid });
const AssessmentParams = Type.Object({ workspaceId: Type.String(), initiativeId: Uuid, assessmentId: Uuid });

/** The programme's external assessors: its evaluators. */
export const EXTERNAL_ASSESSORS: readonly WorkspaceRole[] = ['evaluator'];
const assessPolicy = { access: 'workspace' as const, roles: EXTERNAL_ASSESSORS, kinds: programme };

export function portfolioBenchmarkingRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/portfolio/:initiativeId/benchmarking';

  /** The external assessment of this initiative by this caller, or 404; 409 once signed. */
  const ownExternal = async (
    trx: typeof app.db,
    initiativeId: string,
    assessmentId: string,
    userId: string,
  ) => {
    await sql`SELECT 1 FROM benchmark_assessments WHERE id = ${assessmentId} FOR UPDATE`.execute(trx);
    const a = await loadAssessment(trx, initiativeId, assessmentId);
    if (a.conducted_by !== 'external' || a.assessor_user_id !== userId)
      throw forbidden('Only the assessor who conducted this assessment changes or signs it');
    refuseSigned(a);
    return a;
  };

  app.get(
    base,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          "The benchmarking the initiative shares: its signed assessments (and the caller's own unsigned external ones), with who conducted and signed each and the ECEI group means; 404 when not shared",
        params: InitiativeParams,
        response: { 200: PortfolioBenchmarking },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await readableFollow(app.db, ws, userId, request.params.initiativeId, 'benchmarking');
      const rows = await listAssessments(app.db, request.params.initiativeId, { signedOrBy: userId });
      const recs = rows.length
        ? await app.db
            .selectFrom('benchmark_recommendations as r')
            .innerJoin('benchmark_assessments as a', 'a.id', 'r.assessment_id')
            .select([
              'r.id',
              'r.assessment_id as assessmentId',
              'r.group_key as groupKey',
              'r.text',
              'r.status',
              sql<boolean>`(a.conducted_by = 'external' AND r.created_by IS NOT NULL AND r.created_by = a.assessor_user_id)`.as(
                'byAssessor',
              ),
            ])
            .where(
              'r.assessment_id',
              'in',
              rows.map((r) => r.id),
            )
            .orderBy('r.created_at')
            .execute()
        : [];
      return {
        groups: ECEI_GROUPS.map((g) => ({ ...g, criteria: [...g.criteria] })),
        scale: { ...BENCHMARK_SCALE },
        canAssess: EXTERNAL_ASSESSORS.includes(ws.role),
        assessments: rows.map(({ assessorUserId, programmeId, shareWithPeers: _s, ...r }) => ({
          ...r,
          scores: r.scores as Record<string, number>,
          notes: r.notes as Record<string, string>,
          signedAt: iso(r.signedAt),
          createdAt: iso(r.createdAt),
          byMe: assessorUserId === userId,
          forThisProgramme: programmeId === ws.id,
          groupMeans: groupScores(r.scores as Scores),
          recommendations: recs.filter((x) => x.assessmentId === r.id).map(({ assessmentId: _a, ...x }) => x),
        })),
      };
    },
  );

  app.post(
    `${base}/assessments`,
    {
      config: { policy: assessPolicy },
      schema: {
        tags,
        summary:
          "Conduct an external assessment of a followed initiative that shares its benchmarking: the programme's evaluator scores the ECEI criteria under their own name and organisation (the programme's name unless given)",
        params: InitiativeParams,
        body: AssessmentBody,
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const { initiativeId } = request.params;
      await readableFollow(app.db, ws, user.id, initiativeId, 'benchmarking');
      const b = request.body;
      checkAssessment(b);
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('benchmark_assessments')
          .values({
            workspace_id: initiativeId,
            assessed_on: b.assessedOn,
            assessor: b.assessor?.trim() || user.name,
            assessor_organisation: b.assessorOrganisation?.trim() || ws.name,
            conducted_by: 'external',
            assessor_user_id: user.id,
            programme_id: ws.id,
            scores: JSON.stringify(b.scores),
            notes: JSON.stringify(b.notes ?? {}),
            // Sharing with peers is the initiative's decision, never the assessor's.
            share_with_peers: false,
            created_by: user.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        // Both logs: the initiative sees who assessed it, the programme what its evaluator did.
        for (const workspaceId of [initiativeId, ws.id])
          await recordAudit(trx, {
            workspaceId,
            userId: user.id,
            action: 'benchmark.assess_external',
            entity: 'benchmark_assessment',
            entityId: r.id,
            newValue: {
              programme: ws.id,
              initiative: initiativeId,
              assessedOn: b.assessedOn,
              criteria: Object.keys(b.scores).length,
            },
          });
        return r.id;
      });
      reply.status(201);
      return { id };
    },
  );

  app.put(
    `${base}/assessments/:assessmentId`,
    {
      config: { policy: assessPolicy },
      schema: {
        tags,
        summary: 'Correct an external assessment before signing it (its assessor only; 409 once signed)',
        params: AssessmentParams,
        body: AssessmentChange,
        response: { 200: Created },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { initiativeId, assessmentId } = request.params;
      await readableFollow(app.db, ws, userId, initiativeId, 'benchmarking');
      const b = request.body;
      checkAssessment(b);
      return app.db.transaction().execute(async (trx) => {
        const a = await ownExternal(trx, initiativeId, assessmentId, userId);
        await trx
          .updateTable('benchmark_assessments')
          .set(changedColumns(b))
          .where('id', '=', a.id)
          .execute();
        for (const workspaceId of [initiativeId, ws.id])
          await recordAudit(trx, {
            workspaceId,
            userId,
            action: 'benchmark.update',
            entity: 'benchmark_assessment',
            entityId: a.id,
            newValue: { ...b, scores: b.scores ? Object.keys(b.scores).length : undefined },
          });
        return { id: a.id };
      });
    },
  );

  app.post(
    `${base}/assessments/:assessmentId/recommendations`,
    {
      config: { policy: assessPolicy },
      schema: {
        tags,
        summary:
          "Recommend an action from an external assessment before signing it (its assessor only; 409 once signed): the initiative's team then follows it up as a task",
        params: AssessmentParams,
        body: Type.Object(
          {
            groupKey: Type.Optional(Type.Union([Type.String(), Type.Null()])),
            text: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: RecommendationCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { initiativeId, assessmentId } = request.params;
      await readableFollow(app.db, ws, userId, initiativeId, 'benchmarking');
      const b = request.body;
      if (!b.text.trim())
        throw badRequest('validation_failed', 'A recommendation needs a text', [
          { field: 'body.text', message: 'is empty' },
        ]);
      if (b.groupKey && !ECEI_GROUPS.some((g) => g.key === b.groupKey))
        throw badRequest('validation_failed', msg`${b.groupKey} is not an ECEI group`, [
          { field: 'body.groupKey', message: 'is not an ECEI group' },
        ]);
      const id = await app.db.transaction().execute(async (trx) => {
        const a = await ownExternal(trx, initiativeId, assessmentId, userId);
        const r = await trx
          .insertInto('benchmark_recommendations')
          .values({
            workspace_id: initiativeId,
            assessment_id: a.id,
            group_key: b.groupKey ?? null,
            text: b.text.trim(),
            responsible_user_id: null,
            due_on: null,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const workspaceId of [initiativeId, ws.id])
          await recordAudit(trx, {
            workspaceId,
            userId,
            action: 'benchmark.recommend',
            entity: 'benchmark_recommendation',
            entityId: r.id,
            newValue: { text: b.text.trim(), groupKey: b.groupKey ?? null, programme: ws.id },
          });
        return r.id;
      });
      reply.status(201);
      return { id, status: 'open' as const };
    },
  );

  app.post(
    `${base}/assessments/:assessmentId/sign`,
    {
      config: { policy: assessPolicy },
      schema: {
        tags,
        summary:
          'Sign an external assessment off (its assessor only): frozen from then on, and the programme reads it while the initiative shares its benchmarking',
        params: AssessmentParams,
        response: { 200: AssessmentSigned },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { initiativeId, assessmentId } = request.params;
      await readableFollow(app.db, ws, userId, initiativeId, 'benchmarking');
      return app.db.transaction().execute(async (trx) => {
        const a = await ownExternal(trx, initiativeId, assessmentId, userId);
        const r = await trx
          .updateTable('benchmark_assessments')
          .set({ signed_at: sql<Date>`now()`, signed_by: userId })
          .where('id', '=', a.id)
          .returning('signed_at')
          .executeTakeFirstOrThrow();
        for (const workspaceId of [initiativeId, ws.id])
          await recordAudit(trx, {
            workspaceId,
            userId,
            action: 'benchmark.sign',
            entity: 'benchmark_assessment',
            entityId: a.id,
            newValue: { conductedBy: 'external', programme: ws.id },
          });
        return { id: a.id, signedAt: iso(r.signed_at as Date) };
      });
    },
  );
}
