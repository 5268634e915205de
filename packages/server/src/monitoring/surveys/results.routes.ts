import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireWorkspace } from '../../http/policy.js';
import { badRequest, conflict } from '../../http/errors.js';
import { sendTable } from '../../http/export.js';
import type { Answer, NamedTie, Question, Text3 } from './model.js';
import { namesOfNamedActors, tiesCell } from './ties.js';
import { exportXlsForm } from './xlsform.js';
import { SurveyParams, TEAM, kinds, tags } from './shared.js';
import { formOf, groupsOf, loadSurvey, questionsOf, stats } from './surveys.service.js';
import { repeatsOf, responseTable } from './response-table.js';
import { answersOf, checkCollapseFits, responsesToExport, results } from './results.service.js';
import { codesOf } from './coding.service.js';
import { msg } from '../../i18n/index.js';
import { SurveyResults } from './surveys.schemas.js';

/** Results of a survey: counts and percentages per question, the responses as a table, the XLSForm. */
export function surveyResultRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/results',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Results: raw counts and percentages per question; collapse=default (or e.g. 1-2,3,4-5) merges Likert points into categories',
        params: SurveyParams,
        querystring: Type.Object(
          {
            collapse: Type.Optional(Type.String({ maxLength: 100 })),
            decimals: Type.Optional(Type.Integer({ minimum: 0, maximum: 3, default: 1 })),
            rounding: Type.Optional(
              Type.Union([Type.Literal('half-up'), Type.Literal('half-even'), Type.Literal('truncate')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: SurveyResults },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const q = request.query;
      checkCollapseFits(questionsOf(s), q.collapse);
      const answers = await answersOf(app.db, s.id);
      return {
        ...(await stats(app.db, s.id)),
        decimals: q.decimals ?? 1,
        rounding: q.rounding ?? 'half-up',
        questions: results(questionsOf(s), answers, {
          collapse: q.collapse,
          codes: await codesOf(app.db, s.id),
          decimals: q.decimals ?? 1,
          rounding: q.rounding ?? 'half-up',
          actorNames: await namesOfNamedActors(app.db, ws.id, questionsOf(s), answers),
          repeatOf: repeatsOf(questionsOf(s), groupsOf(s)),
        }),
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/responses/export',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          "The responses as CSV or XLSX, one row per response, one column per question named by its group path (group/question, as KoboToolbox exports); each repeat's rows on a sheet of its own (XLSX) or, with repeat=<name>, as the CSV, linked by the response's _id; labels=<language> writes question and choice labels instead of names",
        params: SurveyParams,
        querystring: Type.Object(
          {
            format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
            repeat: Type.Optional(Type.String({ maxLength: 60 })),
            labels: Type.Optional(Type.String({ maxLength: 40 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const { format, repeat, labels } = request.query;
      const rows = await responsesToExport(app.db, s.id, s.anonymous);
      const qs = questionsOf(s).filter((q) => q.type !== 'note');
      const table = responseTable(qs, groupsOf(s), labels);
      if (repeat !== undefined && !table.repeats.some((r) => r.name === repeat))
        throw badRequest('validation_failed', msg`"${repeat}" is not a repeat of this survey`, [
          { field: 'querystring.repeat', message: 'names no repeat of this survey' },
        ]);
      const names = await namesOfNamedActors(
        app.db,
        ws.id,
        qs,
        rows.map((r) => r.answers as Record<string, Answer>),
      );
      const cell = (q: Question, v: Answer | undefined) =>
        v === undefined
          ? null
          : q.type === 'actor_ties'
            ? tiesCell(v as NamedTie[], names)
            : table.value(q, v);
      // The response's _id links the rows of its repeats; a survey without repeats needs none.
      const ids = table.repeats.length > 0;
      const main = {
        header: [
          ...(ids ? ['_id'] : []),
          ...(s.anonymous ? [] : ['respondent']),
          'submitted_at',
          ...table.top.map((c) => c.header),
        ],
        rows: rows.map((r) => {
          const a = r.answers as Record<string, Answer>;
          return [
            ...(ids ? [r.id] : []),
            ...(s.anonymous ? [] : [r.respondent_label]),
            // Anonymous responses keep only the day, so the time cannot point at a person.
            s.anonymous
              ? new Date(r.submitted_at).toISOString().slice(0, 10)
              : new Date(r.submitted_at).toISOString(),
            ...table.top.map((c) => cell(c.q, a[c.q.name])),
          ];
        }),
      };
      const sheets = table.repeats.map((rep) => ({
        name: rep.name,
        header: ['_parent_id', '_index', ...rep.columns.map((c) => c.header)],
        rows: rows.flatMap((r) => {
          const list = ((r.answers as Record<string, Answer>)[rep.name] ?? []) as Record<string, Answer>[];
          return list.map((row, i) => [r.id, i + 1, ...rep.columns.map((c) => cell(c.q, row[c.q.name]))]);
        }),
      }));
      const chosen = repeat !== undefined ? sheets.find((x) => x.name === repeat)! : main;
      return sendTable(
        reply,
        format,
        `${s.form_id}-${repeat ?? 'responses'}`,
        chosen.header,
        chosen.rows,
        format === 'xlsx' && repeat === undefined ? sheets : [],
      );
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/xlsform',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'The survey definition as an XLSForm (survey, choices, settings sheets)',
        params: SurveyParams,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const ties = questionsOf(s).findIndex((q) => q.type === 'actor_ties');
      if (ties >= 0)
        throw conflict(
          msg`Question ${ties + 1} asks the respondent to name actors of the register: XLSForm has no such question type, so this survey cannot be exported as an XLSForm`,
          [{ field: `questions.${ties}.type`, message: 'actor_ties has no XLSForm equivalent' }],
        );
      const buffer = await exportXlsForm({
        title: s.title as Text3,
        formId: s.form_id,
        questions: questionsOf(s),
        form: formOf(s),
      });
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header(
        'content-disposition',
        `attachment; filename="${s.form_id.replace(/[^A-Za-z0-9_-]+/g, '-')}.xlsx"`,
      );
      return reply.send(buffer);
    },
  );
}
