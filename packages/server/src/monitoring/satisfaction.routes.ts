import {
  SATISFACTION_INDICATORS,
  compareMembers,
  DEFAULT_SATISFACTION_MET_AT,
  satisfactionBySize,
  unmetIndicators,
  type RespondentGroup,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { type Question, type Text3 } from './surveys/model.js';
import { EDITORS } from './shared.js';
import { satisfactionQuestions } from './reports.service.js';
import { SatisfactionReading, SatisfactionSurveyCreated } from './monitoring.schemas.js';

const tags = ['monitoring'];
const initiative = ['cluster_initiative'] as const;
const Params = Type.Object({ workspaceId: Type.String() });

/**
 * Member satisfaction (MarketMakers 000:195–197): the ready survey on the four indicators, and its
 * reading — members against non-members, the indicators not met, the members by size. Beside
 * reports.routes.ts.
 */
export async function satisfactionRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/monitoring/satisfaction-survey',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Create the ready member satisfaction survey (MarketMakers’ four indicators, members and non-members) in one click',
        params: Params,
        body: Type.Object(
          { deadline: Type.String({ format: 'date-time' }), anonymous: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 201: SatisfactionSurveyCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      if (new Date(request.body.deadline).getTime() <= Date.now())
        throw badRequest('validation_failed', 'The deadline must be in the future', [
          { field: 'body.deadline', message: 'is in the past' },
        ]);
      const questions = satisfactionQuestions();
      const title = {
        en: 'Member satisfaction',
        fr: 'Satisfaction des membres',
        es: 'Satisfacción de los miembros',
      };
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('surveys')
          .values({
            workspace_id: ws.id,
            title: JSON.stringify(title),
            form_id: `member_satisfaction_${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`,
            anonymous: request.body.anonymous ?? true,
            deadline: request.body.deadline,
            questions: JSON.stringify(questions),
            purpose: 'member_satisfaction',
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'survey.create',
          entity: 'survey',
          entityId: r.id,
          newValue: { template: 'member_satisfaction', questions: questions.length },
        });
        return r.id;
      });
      reply.status(201);
      return { id, title, questions: questions.map((q) => q.name) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/satisfaction/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Member vs non-member comparison of a member satisfaction survey: counts, percentages, mean and the share satisfied per indicator',
        params: Type.Object({ workspaceId: Type.String(), surveyId: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object(
          {
            /** The members' satisfied share (%) at which an indicator counts as met: the platform's rule. */
            metAt: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: SatisfactionReading },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const metAt = request.query.metAt ?? DEFAULT_SATISFACTION_MET_AT;
      const s = await app.db
        .selectFrom('surveys')
        .select(['id', 'title', 'questions', 'purpose'])
        .where('id', '=', request.params.surveyId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!s || s.purpose !== 'member_satisfaction') throw notFound('Member satisfaction survey');
      const questions = s.questions as Question[];
      const rows = await app.db
        .selectFrom('survey_responses')
        .select('answers')
        .where('survey_id', '=', s.id)
        .orderBy('id')
        .execute();
      const responses = rows.map((r) => r.answers as Record<string, unknown>);
      const groupOf = (r: Record<string, unknown>): RespondentGroup | null =>
        r.membership === 'member' ? 'member' : r.membership === 'non_member' ? 'non_member' : null;
      const scales = SATISFACTION_INDICATORS.map((name) => questions.find((q) => q.name === name)).filter(
        (q): q is Question => !!q && q.type === 'likert',
      );
      const points = scales.map((q) => ({ name: q.name, points: q.choices!.map((c) => c.name) }));
      const indicators = compareMembers(responses, groupOf, points).map((c) => ({
        ...c,
        label: scales.find((q) => q.name === c.name)!.label,
      }));
      // Surveys made before the template asked the member's size have no size to read by.
      const asksSize = questions.some((q) => q.name === 'size');
      return {
        surveyId: s.id,
        title: s.title as Text3,
        responses: responses.length,
        members: responses.filter((r) => groupOf(r) === 'member').length,
        nonMembers: responses.filter((r) => groupOf(r) === 'non_member').length,
        points: scales[0]?.choices?.map((c) => c.label) ?? [],
        indicators,
        metAt,
        unmet: unmetIndicators(indicators, metAt),
        bySize: asksSize
          ? satisfactionBySize(
              responses,
              (r) => groupOf(r) === 'member',
              (r) => (typeof r.size === 'string' ? r.size : null),
              points,
            )
          : null,
      };
    },
  );
}
