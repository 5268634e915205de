import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { hasTieQuestions, rosterFor } from './ties.js';
import { AnswersBody, SurveyParams, kinds, tags } from './shared.js';
import { loadSurvey, present } from './surveys.service.js';
import { byToken, invitationLabel, myInvitation, respondentActor, storeResponse } from './answers.service.js';
import { AnswerForm, AnswerStored } from './surveys.schemas.js';

/** Answering a survey: as a signed-in member of the workspace, or through a personal link. */
export function surveyAnswerRoutes(app: App) {
  // Answering as a signed-in member of the workspace.
  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/form',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'The questions of a survey I am invited to',
        params: SurveyParams,
        response: { 200: AnswerForm },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const userId = requireAuth(request).user.id;
      const inv = await myInvitation(app.db, s.id, userId);
      const { id, title, anonymous, deadline, closed, questions, form } = present(s);
      const own = hasTieQuestions(questions) ? await respondentActor(app.db, ws.id, null, userId) : null;
      // The roster only while the answer is still to be given (hardening issue, item 7).
      const roster = closed || inv.responded ? [] : await rosterFor(app.db, ws.id, questions, own);
      return { id, title, anonymous, deadline, closed, questions, form, roster, responded: inv.responded };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/responses',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Answer a survey I am invited to (refused after the deadline or a second time)',
        params: SurveyParams,
        body: AnswersBody,
        response: { 201: AnswerStored },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const auth = requireAuth(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const inv = await myInvitation(app.db, s.id, auth.user.id);
      // A member login answers for the organisation it is linked to (named surveys only).
      await storeResponse(app.db, s, inv.id, request.body.answers, {
        userId: auth.user.id,
        actorId: s.anonymous ? null : await respondentActor(app.db, ws.id, null, auth.user.id),
        label: auth.user.name,
      });
      reply.status(201);
      return { ok: true as const };
    },
  );

  // Answering through a personal link, without an account.
  app.get(
    '/survey-links/:token',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'The survey behind a personal link',
        params: Type.Object({ token: Type.String() }),
        response: { 200: AnswerForm },
      },
    },
    async (request) => {
      const { survey, invitation } = await byToken(app.db, request.params.token);
      const { id, title, anonymous, deadline, closed, questions, form } = present(survey);
      const own = hasTieQuestions(questions)
        ? await respondentActor(app.db, survey.workspace_id, invitation.actor_id, invitation.user_id)
        : null;
      // Without an account, the actors of the register are shown only to a respondent who still
      // has to answer, while the survey is open: a used or expired link lists nobody (item 7).
      const roster =
        closed || invitation.responded ? [] : await rosterFor(app.db, survey.workspace_id, questions, own);
      return {
        id,
        title,
        anonymous,
        deadline,
        closed,
        questions,
        form,
        roster,
        responded: invitation.responded,
      };
    },
  );

  app.post(
    '/survey-links/:token/responses',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'Answer through a personal link (refused after the deadline or a second time)',
        params: Type.Object({ token: Type.String() }),
        body: AnswersBody,
        response: { 201: AnswerStored },
      },
    },
    async (request, reply) => {
      const { survey, invitation } = await byToken(app.db, request.params.token);
      const label = await invitationLabel(app.db, invitation);
      await storeResponse(app.db, survey, invitation.id, request.body.answers, {
        userId: invitation.user_id,
        actorId: await respondentActor(app.db, survey.workspace_id, invitation.actor_id, invitation.user_id),
        label,
      });
      reply.status(201);
      return { ok: true as const };
    },
  );
}
