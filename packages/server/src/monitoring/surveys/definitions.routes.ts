import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { badRequest, conflict } from '../../http/errors.js';
import { withUploads } from '../../http/uploads.js';
import { checkDefinition, checkTiesNeedRespondent, type Question, type Text3 } from './model.js';
import { importXlsForm } from './xlsform.js';
import { DefinitionBody, Params, SurveyParams, TEAM, kinds, tags } from './shared.js';
import {
  canonical,
  createSurvey,
  deleteSurvey,
  groupsOf,
  listSurveys,
  loadSurvey,
  present,
  stats,
  surveysOfInvitee,
  updateSurvey,
} from './surveys.service.js';
import { Ok } from '../../http/schemas.js';
import { MySurveys, SurveyDefinition, SurveyDetail, SurveyList } from './surveys.schemas.js';

/**
 * A deadline already past is refused for a survey that has not been sent (issue #12, item 7): nobody
 * could answer it. A sent survey may still be closed early by moving its deadline to now or before.
 */
function refusePastDeadline(deadline: string, field = 'body.deadline') {
  if (Date.parse(deadline) < Date.now())
    throw badRequest('validation_failed', 'The deadline has passed: choose a date and time to come', [
      { field, message: 'is in the past' },
    ]);
}

/** Surveys and their definition: list, build, import from an XLSForm, read, change, delete. */
export function surveyDefinitionRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/surveys',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'Surveys of the workspace, newest first, a page at a time, with invited, responses and rate',
        params: Params,
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: SurveyList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { limit = 50, offset = 0 } = request.query;
      const { rows, total } = await listSurveys(app.db, ws.id, limit, offset);
      return {
        surveys: await Promise.all(
          rows.map(async (s) => {
            const { questions, ...rest } = present(s);
            delete (rest as Partial<typeof rest>).form;
            return { ...rest, questionCount: questions.length, ...(await stats(app.db, s.id)) };
          }),
        ),
        total,
        limit,
        offset,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/mine',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Surveys I am invited to answer, with whether I answered',
        params: Params,
        response: { 200: MySurveys },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await surveysOfInvitee(app.db, ws.id, requireAuth(request).user.id);
      const now = Date.now();
      return {
        surveys: rows.map((r) => ({
          id: r.id,
          title: r.title as Text3,
          deadline: new Date(r.deadline).toISOString(),
          anonymous: r.anonymous,
          responded: r.responded,
          closed: new Date(r.deadline).getTime() < now,
        })),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Build a survey: single/multiple choice, Likert (3–7 points), number, text, ranking of a top 3, actors named (ties of the network; named surveys only); texts in en/fr/es',
        params: Params,
        body: DefinitionBody,
        response: { 201: SurveyDefinition },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      refusePastDeadline(b.deadline);
      const questions = checkDefinition(b.questions as Question[]);
      checkTiesNeedRespondent(b.anonymous, questions, ws.kind);
      const id = await createSurvey(app.db, ws.id, requireAuth(request).user.id, {
        title: b.title,
        formId: b.formId ?? `survey_${Date.now().toString(36)}`,
        anonymous: b.anonymous,
        deadline: b.deadline,
        questions,
      });
      reply.status(201);
      return present(await loadSurvey(app.db, ws.id, id));
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/import',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Import a survey definition from an XLSForm (multipart: file, deadline, anonymous); a bad form names the sheet and row and nothing is stored',
        params: Params,
        consumes: ['multipart/form-data'],
        response: { 201: SurveyDefinition },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await withUploads(request, ['file'], async (files, fields) => {
        if (!files.file)
          throw badRequest('file_required', 'Send the XLSForm as the "file" part', [
            { field: 'file', message: 'is required' },
          ]);
        const deadline = fields.deadline ?? new Date(Date.now() + 30 * 86400_000).toISOString();
        if (Number.isNaN(Date.parse(deadline)))
          throw badRequest('validation_failed', 'deadline is not a date and time', [
            { field: 'deadline', message: 'is not a date-time' },
          ]);
        refusePastDeadline(deadline, 'deadline');
        const def = await importXlsForm(files.file.path, files.file.label);
        const questions = checkDefinition(def.questions, 'file', def.form?.groups);
        return createSurvey(app.db, ws.id, requireAuth(request).user.id, {
          ...def,
          questions,
          form: def.form,
          anonymous: fields.anonymous === 'true',
          deadline: new Date(deadline).toISOString(),
        });
      });
      reply.status(201);
      return present(await loadSurvey(app.db, ws.id, id));
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: 'A survey: its questions, invited count, responses and response rate',
        params: SurveyParams,
        response: { 200: SurveyDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      return { ...present(s), ...(await stats(app.db, s.id)) };
    },
  );

  app.put(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Change a survey: the questions only until it is sent; the deadline and title at any time (a past deadline only once sent, to close it early)',
        params: SurveyParams,
        body: DefinitionBody,
        response: { 200: SurveyDefinition },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const b = request.body;
      if (!s.sent_at) refusePastDeadline(b.deadline);
      // The groups of an imported form stay as imported; the questions may change until it is sent.
      const questions = checkDefinition(b.questions as Question[], 'body.questions', groupsOf(s));
      checkTiesNeedRespondent(b.anonymous, questions, ws.kind);
      if (s.sent_at && (canonical(questions) !== canonical(s.questions) || b.anonymous !== s.anonymous))
        throw conflict('The survey has been sent: its questions and anonymity can no longer change', [
          { field: 'body.questions', message: 'cannot change after sending' },
        ]);
      await updateSurvey(app.db, ws.id, requireAuth(request).user.id, s, b, questions);
      return present(await loadSurvey(app.db, ws.id, s.id));
    },
  );

  app.delete(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds } },
      schema: {
        tags,
        summary: 'Delete a survey with its invitations and responses',
        params: SurveyParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      await deleteSurvey(app.db, ws.id, requireAuth(request).user.id, s);
      return { ok: true as const };
    },
  );
}
