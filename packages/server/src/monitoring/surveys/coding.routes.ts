import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { SurveyParams, TEAM, kinds, tags } from './shared.js';
import { loadSurvey } from './surveys.service.js';
import { coding, openListQuestion, saveCodes } from './coding.service.js';
import { Coding } from './surveys.schemas.js';

const Params = Type.Object({
  ...SurveyParams.properties,
  question: Type.String({ minLength: 1, maxLength: 60 }),
});

/** Coding the answers of an open "list three" question into themes (IDB Tables 7 and 8, 003:739–765). */
export function surveyCodingRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/coding/:question',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'The answers of an open list question with the theme each was coded to, and the themes ranked by how often each is cited',
        params: Params,
        response: { 200: Coding },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      return coding(app.db, s, openListQuestion(s, request.params.question));
    },
  );

  app.put(
    '/workspaces/:workspaceId/surveys/:surveyId/coding/:question',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds } },
      schema: {
        tags,
        summary:
          'Code answers of an open list question into themes (an empty theme takes the code off); all or nothing',
        params: Params,
        body: Type.Object(
          {
            codes: Type.Array(
              Type.Object(
                {
                  responseId: Type.String({ format: 'uuid' }),
                  item: Type.Integer({ minimum: 0, maximum: 9 }),
                  theme: Type.String({ maxLength: 200 }),
                },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 5000 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Coding },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const s = await loadSurvey(app.db, ws.id, request.params.surveyId);
      const q = openListQuestion(s, request.params.question);
      await saveCodes(app.db, s, q, requireAuth(request).user.id, request.body.codes);
      return coding(app.db, s, q);
    },
  );
}
