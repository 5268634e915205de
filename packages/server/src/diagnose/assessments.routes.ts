import { ExportFormatQuery, sendRecords } from '../http/export.js';
import {
  ASSESSMENT_PARTS,
  ASSESSMENT_PREAMBLES,
  ASSESSMENT_QUESTIONS,
  PARTNERING_SIDES,
  questionOpen,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { chartRecommendation } from '../programme/diagnosis.service.js';
import {
  AssessmentAnswer,
  AssociationAssessment,
  AssociationAssessmentDetail,
  AssociationAssessmentList,
} from './diagnose.schemas.js';

const iso = (d: Date | string) => new Date(d).toISOString();
type Side = (typeof PARTNERING_SIDES)[number];
/** An assessment as it is sent: its moments as ISO text (the same JSON), its sides of the list. */
const present = <A extends AssessmentRow>(a: A) => ({
  ...a,
  decided_at: a.decided_at && iso(a.decided_at),
  part_c_sides: a.part_c_sides as Side[],
  part_c_opened_at: a.part_c_opened_at && iso(a.part_c_opened_at),
  created_at: iso(a.created_at),
});
type AssessmentRow = {
  decided_at: Date | null;
  part_c_sides: string[];
  part_c_opened_at: Date | null;
  created_at: Date;
};

const tags = ['diagnose'];
/** Also the agency's own diagnosis in a programme workspace, before any association exists (issue 15; 000:48–115). */
const initiative = ['cluster_initiative', 'programme'] as const;
const READERS: readonly WorkspaceRole[] = [
  'owner',
  'manager',
  'staff',
  'viewer',
  'officer',
  'coordinator',
  'evaluator',
];
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
const Params = Type.Object({ workspaceId: Type.String(), assessmentId: Type.String({ format: 'uuid' }) });

async function load(db: Database, workspaceId: string, id: string) {
  const a = await db
    .selectFrom('association_assessments')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!a) throw notFound('Association assessment');
  return a;
}

/** Rapid assessment of existing associations (MarketMakers Table 2, 000:92–115). */
export async function assessmentRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/association-assessments',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Association assessments',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: AssociationAssessmentList },
      },
    },
    async (request) => ({
      assessments: (
        await app.db
          .selectFrom('association_assessments')
          .select(['id', 'title', 'recommendation', 'created_at'])
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('created_at', 'desc')
          .execute()
      ).map((a) => ({ ...a, created_at: iso(a.created_at) })),
    }),
  );

  app.post(
    '/workspaces/:workspaceId/association-assessments',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Start a rapid assessment',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          { title: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 201: AssociationAssessment },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('association_assessments')
          .values({
            workspace_id: ws.id,
            title: request.body.title,
            recommendation: null,
            decided_by: null,
            decided_at: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'assessment.create',
          entity: 'association_assessment',
          entityId: r.id,
          newValue: request.body,
        });
        return r;
      });
      reply.status(201);
      return present(row);
    },
  );

  app.get(
    '/workspaces/:workspaceId/association-assessments/:assessmentId',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'The questions of Table 2 by part, with the answers given per association and informant; ?format=csv|xlsx exports the answers',
        params: Params,
        querystring: Type.Object({ format: ExportFormatQuery }, { additionalProperties: false }),
        // The JSON answer; ?format=csv|xlsx answers a file instead.
        response: { 200: AssociationAssessmentDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const a = await load(app.db, ws.id, request.params.assessmentId);
      const answers = await app.db
        .selectFrom('assessment_answers')
        .selectAll()
        .where('assessment_id', '=', a.id)
        .orderBy('created_at')
        .execute();
      if (request.query.format) {
        const part = new Map(ASSESSMENT_QUESTIONS.map((q) => [q.id, q]));
        return sendRecords(
          reply,
          request.query.format,
          `assessment-${a.title}`,
          ['part', 'question_id', 'question', 'association', 'informant', 'answer', 'created_at'],
          answers.map((x) => ({
            ...x,
            part: part.get(x.question_id)?.part,
            question: part.get(x.question_id)?.text,
          })),
        );
      }
      const partnering = { sides: a.part_c_sides };
      return {
        ...present(a),
        parts: ASSESSMENT_PARTS,
        preambles: ASSESSMENT_PREAMBLES,
        questions: ASSESSMENT_QUESTIONS.map((q) => ({
          ...q,
          open: questionOpen(q.part, partnering),
          answers: answers
            .filter((x) => x.question_id === q.id)
            .map((x) => ({ ...x, created_at: iso(x.created_at) })),
        })),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/association-assessments/:assessmentId/answers',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Record an informant’s answer to a question (for part B, name the existing association)',
        params: Params,
        body: Type.Object(
          {
            questionId: Type.String(),
            informant: Type.String({ minLength: 1, maxLength: 200 }),
            association: Type.Optional(Type.String({ maxLength: 200 })),
            answer: Type.String({ minLength: 1, maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: AssessmentAnswer },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const q = ASSESSMENT_QUESTIONS.find((x) => x.id === request.body.questionId);
      if (!q)
        throw badRequest(
          'validation_failed',
          msg`questionId must be one of ${ASSESSMENT_QUESTIONS.map((x) => x.id).join(', ')}`,
          [{ field: 'body.questionId', message: 'is not a question of Table 2' }],
        );
      if (q.part === 'B' && !request.body.association?.trim())
        throw badRequest('validation_failed', 'Part B answers are about an existing association: name it', [
          { field: 'body.association', message: 'is required for part B' },
        ]);
      const row = await app.db.transaction().execute(async (trx) => {
        const a = await load(trx, ws.id, request.params.assessmentId);
        if (!questionOpen(q.part, { sides: a.part_c_sides }))
          throw conflict(
            'Part C is investigated only if partnering with existing associations is deemed unrealistic or undesirable by one or both sides: record that judgement first',
          );
        const r = await trx
          .insertInto('assessment_answers')
          .values({
            assessment_id: a.id,
            question_id: q.id,
            informant: request.body.informant.trim(),
            association: request.body.association?.trim() ?? '',
            answer: request.body.answer.trim(),
            created_by: requireAuth(request).user.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'assessment.answer',
          entity: 'association_assessment',
          entityId: a.id,
          newValue: request.body,
        });
        return r;
      });
      reply.status(201);
      return { ...row, created_at: iso(row.created_at) };
    },
  );

  app.put(
    '/workspaces/:workspaceId/association-assessments/:assessmentId/partnering',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Record that partnering with existing associations is deemed unrealistic or undesirable, by which side (companies, associations or both) and why: part C opens (000:110). No side closes part C again while it holds no answer',
        params: Params,
        body: Type.Object(
          {
            sides: Type.Array(Type.Union(PARTNERING_SIDES.map((x) => Type.Literal(x))), {
              maxItems: 2,
              uniqueItems: true,
            }),
            reasons: Type.String({ maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: AssociationAssessment },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { sides, reasons } = request.body;
      if (sides.length > 0 && !reasons.trim())
        throw badRequest('validation_failed', 'Say why partnering is deemed unrealistic or undesirable', [
          { field: 'body.reasons', message: 'is required' },
        ]);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const a = await trx
          .selectFrom('association_assessments')
          .selectAll()
          .where('id', '=', request.params.assessmentId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!a) throw notFound('Association assessment');
        if (sides.length === 0) {
          const answered = await trx
            .selectFrom('assessment_answers')
            .select('id')
            .where('assessment_id', '=', a.id)
            .where('question_id', 'like', 'C%')
            .executeTakeFirst();
          if (answered) throw conflict('Part C holds answers already; it stays open');
        }
        await trx
          .updateTable('association_assessments')
          .set({
            part_c_sides: [...sides],
            part_c_reasons: sides.length ? reasons.trim() : '',
            part_c_opened_by: sides.length ? userId : null,
            part_c_opened_at: sides.length ? (a.part_c_opened_at ?? new Date()) : null,
          })
          .where('id', '=', a.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'assessment.partnering',
          entity: 'association_assessment',
          entityId: a.id,
          oldValue: { sides: a.part_c_sides, reasons: a.part_c_reasons },
          newValue: request.body,
        });
      });
      return present(await load(app.db, ws.id, request.params.assessmentId));
    },
  );

  app.put(
    '/workspaces/:workspaceId/association-assessments/:assessmentId/recommendation',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager', 'officer'], kinds: initiative } },
      schema: {
        tags,
        summary:
          'Record the recommendation: partner with an existing association or create a new one, with the reasons',
        params: Params,
        body: Type.Object(
          {
            recommendation: Type.Union([Type.Literal('partner_existing'), Type.Literal('create_new')]),
            association: Type.Optional(Type.String({ maxLength: 200 })),
            reasons: Type.String({ minLength: 1, maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: AssociationAssessment },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      if (b.recommendation === 'partner_existing' && !b.association?.trim())
        throw badRequest('validation_failed', 'Name the existing association to partner with', [
          { field: 'body.association', message: 'is required to partner with an existing association' },
        ]);
      if (!b.reasons.trim())
        throw badRequest('validation_failed', 'Give the reasons', [
          { field: 'body.reasons', message: 'is required' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        const a = await load(trx, ws.id, request.params.assessmentId);
        await trx
          .updateTable('association_assessments')
          .set({
            recommendation: b.recommendation,
            recommended_association: b.association?.trim() ?? '',
            reasons: b.reasons.trim(),
            decided_by: requireAuth(request).user.id,
            decided_at: new Date(),
          })
          .where('id', '=', a.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'assessment.recommendation',
          entity: 'association_assessment',
          entityId: a.id,
          oldValue: { recommendation: a.recommendation },
          newValue: b,
        });
        if (ws.kind === 'programme')
          await chartRecommendation(trx, ws.id, requireAuth(request).user.id, { ...b, title: a.title });
      });
      return present(await load(app.db, ws.id, request.params.assessmentId));
    },
  );
}
