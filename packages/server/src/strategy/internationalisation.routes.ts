import { INTERNATIONALISATION_QUESTION_KEYS, REVIEW_CADENCE_RANGE } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { DateString, Params, Text, read, tags, today, write } from './shared.js';
import { isCalendarDate } from './canvas.service.js';
import {
  answersOf,
  checkTargetMarkets,
  getInternationalisation,
  type InternationalisationBody,
} from './internationalisation.service.js';
import { Internationalisation } from './strategy.schemas.js';

/**
 * The internationalisation strategy (issue 13, item 6; ECCP 004:595–653): the three steps
 * "diagnostics, choice, and action" (004:603), the three core dimensions of analysing the cluster
 * (004:619–623) answered with evidence (the tools of 004:625), the target markets chosen, and a
 * review cadence the team sets: the guide's case evaluates "at least every 6 months" (004:650) and
 * reviews its strategy "quarterly" (004:653), neither of which is a rule.
 */

const Answer = Type.Object(
  { answer: Type.Optional(Text(5000)), evidence: Type.Optional(Text(5000)) },
  { additionalProperties: false },
);
const Body = Type.Object(
  {
    diagnostics: Type.Optional(Text(10000)),
    choice: Type.Optional(Text(10000)),
    action: Type.Optional(Text(10000)),
    answers: Type.Optional(
      Type.Object(
        Object.fromEntries(INTERNATIONALISATION_QUESTION_KEYS.map((k) => [k, Type.Optional(Answer)])),
        { additionalProperties: false },
      ),
    ),
    targetMarkets: Type.Optional(
      Type.Array(
        Type.Object(
          { name: Text(200), rationale: Type.Optional(Text(2000)) },
          { additionalProperties: false },
        ),
        { maxItems: 40 },
      ),
    ),
    reviewMonths: Type.Integer({ minimum: REVIEW_CADENCE_RANGE.min, maximum: REVIEW_CADENCE_RANGE.max }),
  },
  { additionalProperties: false },
);
const ReviewBody = Type.Object(
  { reviewedOn: DateString, notes: Type.Optional(Text(5000)) },
  { additionalProperties: false },
);

export function internationalisationRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/strategy/internationalisation';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The internationalisation strategy (ECCP 004:595–653): three steps, three analysis questions with evidence, target markets, review cadence and next review; null until written',
        params: Params,
        response: { 200: Internationalisation },
      },
    },
    async (request) => getInternationalisation(app.db, requireWorkspace(request).id),
  );

  app.put(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Write or change the internationalisation strategy',
        params: Params,
        body: Body,
        response: { 200: Internationalisation },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as InternationalisationBody;
      const targetMarkets = checkTargetMarkets(b.targetMarkets);
      const trim = (s?: string) => (s ?? '').trim();
      const answers = answersOf(
        Object.fromEntries(
          Object.entries(b.answers ?? {}).map(([k, a]) => [
            k,
            { answer: trim(a?.answer), evidence: trim(a?.evidence) },
          ]),
        ),
      );
      const values = {
        diagnostics: trim(b.diagnostics),
        choice: trim(b.choice),
        action: trim(b.action),
        answers: JSON.stringify(answers),
        target_markets: JSON.stringify(targetMarkets),
        review_months: b.reviewMonths,
      };
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('internationalisation_strategies')
          .selectAll()
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        const after = { ...values, answers, target_markets: targetMarkets };
        if (old) {
          await trx
            .updateTable('internationalisation_strategies')
            .set({ ...values, updated_at: new Date() })
            .where('id', '=', old.id)
            .execute();
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId,
            action: 'internationalisation.update',
            entity: 'internationalisation_strategy',
            entityId: old.id,
            oldValue: {
              diagnostics: old.diagnostics,
              choice: old.choice,
              action: old.action,
              answers: old.answers,
              target_markets: old.target_markets,
              review_months: old.review_months,
            },
            newValue: after,
          });
        } else {
          const row = await trx
            .insertInto('internationalisation_strategies')
            .values({ workspace_id: ws.id, ...values, written_on: today(), created_by: userId })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId,
            action: 'internationalisation.create',
            entity: 'internationalisation_strategy',
            entityId: row.id,
            newValue: after,
          });
        }
      });
      return getInternationalisation(app.db, ws.id);
    },
  );

  app.post(
    `${base}/reviews`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Record a review of the internationalisation strategy: the next review is counted from it',
        params: Params,
        body: ReviewBody,
        response: { 201: Internationalisation },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (!isCalendarDate(b.reviewedOn))
        throw badRequest('validation_failed', 'The review date is not a day of the calendar', [
          { field: 'body.reviewedOn', message: 'is not a day of the calendar' },
        ]);
      if (b.reviewedOn > today())
        throw badRequest('validation_failed', 'A review is recorded once it has taken place', [
          { field: 'body.reviewedOn', message: 'is in the future' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        const s = await trx
          .selectFrom('internationalisation_strategies')
          .select(['id', 'last_reviewed_on'])
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!s) throw conflict('Write the internationalisation strategy before recording a review');
        const row = await trx
          .insertInto('internationalisation_reviews')
          .values({
            strategy_id: s.id,
            workspace_id: ws.id,
            reviewed_on: b.reviewedOn,
            notes: (b.notes ?? '').trim(),
            reviewed_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (!s.last_reviewed_on || s.last_reviewed_on < b.reviewedOn)
          await trx
            .updateTable('internationalisation_strategies')
            .set({ last_reviewed_on: b.reviewedOn, updated_at: new Date() })
            .where('id', '=', s.id)
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'internationalisation.review',
          entity: 'internationalisation_review',
          entityId: row.id,
          newValue: { reviewedOn: b.reviewedOn, notes: (b.notes ?? '').trim() },
        });
      });
      reply.status(201);
      return getInternationalisation(app.db, ws.id);
    },
  );
}
