import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { AppError, badRequest } from '../../http/errors.js';
import { withUploads } from '../../http/uploads.js';
import { SurveyParams, TEAM, kinds, tags } from './shared.js';
import { isClosed, loadSurvey } from './surveys.service.js';
import { importRespondents, inviteToSurvey, remindSurvey, RESPONDENTS_MAX } from './sends.service.js';
import { RemindStarted, RespondentsImported, SendStarted } from './surveys.schemas.js';

/** Sending a survey: personal links to members and actors, and reminders, each mailed by a job. */
export function surveySendRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/send',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Send personal links to the workspace members (users with role member) and/or to actors with an email; those invited already are skipped. Answers 202 with the job that mails the links',
        params: SurveyParams,
        body: Type.Object(
          {
            members: Type.Boolean(),
            actors: Type.Union([
              Type.Literal('none'),
              Type.Literal('all_with_email'),
              Type.Array(Type.String({ format: 'uuid' }), { maxItems: 5000 }),
            ]),
          },
          { additionalProperties: false },
        ),
        response: { 202: SendStarted },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      if (isClosed(s))
        throw new AppError(409, 'survey_closed', 'The deadline has passed: move it first, then send', [
          { field: 'deadline', message: 'has passed' },
        ]);
      const b = request.body;
      const user = requireAuth(request).user;
      // The invitations are stored with a link nobody knows; the job gives each its personal link
      // as it mails it, so that no link waits in the queue (hardening issue, item 15).
      const { invited, jobId } = await inviteToSurvey(app.db, app.jobs, ws.id, user.id, s, b);
      app.jobs.wake();
      reply.status(202);
      return { jobId, newlyInvited: invited.length };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/respondents/import',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary: `Invite a list of respondents from CSV or XLSX (columns: name, email, organisation; at most ${RESPONDENTS_MAX} rows), all or nothing; emails invited already are skipped. Answers 202 with the job that mails the personal links`,
        consumes: ['multipart/form-data'],
        params: SurveyParams,
        response: { 202: RespondentsImported },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      if (isClosed(s))
        throw new AppError(409, 'survey_closed', 'The deadline has passed: move it first, then send', [
          { field: 'deadline', message: 'has passed' },
        ]);
      const user = requireAuth(request).user;
      const { invited, skipped, jobId } = await withUploads(request, ['file'], async (files) => {
        if (!files.file)
          throw badRequest('validation_failed', 'The "file" part is missing', [
            { field: 'file', message: 'is required' },
          ]);
        return importRespondents(app.db, app.jobs, ws.id, user.id, s, files.file);
      });
      app.jobs.wake();
      reply.status(202);
      return { jobId, newlyInvited: invited.length, skipped };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/remind',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Remind those who have not answered: answers 202 with the job that gives each a fresh personal link through the mailer (the previous link stops working)',
        params: SurveyParams,
        response: { 202: RemindStarted },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      if (isClosed(s))
        throw new AppError(409, 'survey_closed', 'The deadline has passed: there is nobody to remind', [
          { field: 'deadline', message: 'has passed' },
        ]);
      const user = requireAuth(request).user;
      const { pending, jobId } = await remindSurvey(app.db, app.jobs, ws.id, user.id, s);
      app.jobs.wake();
      reply.status(202);
      return { jobId, toRemind: pending.length };
    },
  );
}
