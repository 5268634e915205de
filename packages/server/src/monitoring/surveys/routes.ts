import type { App } from '../../http/app-types.js';
import { surveyDefinitionRoutes } from './definitions.routes.js';
import { surveySendRoutes } from './sends.routes.js';
import { surveyResultRoutes } from './results.routes.js';
import { surveyAnswerRoutes } from './answers.routes.js';
import { surveyCodingRoutes } from './coding.routes.js';
import { mailLinks, mailReminders, type LinksJob, type RemindersJob } from './sends.service.js';

/**
 * The survey routes: the jobs that mail links and reminders, then the definitions, sending,
 * results and answers, registered in this order. The queries and transactions are in the
 * *.service.ts files beside them.
 */
export async function surveyRoutes(app: App) {
  app.jobs.handle('survey_send', (data, ctx) =>
    mailLinks(app.settings.publicUrl, data as unknown as LinksJob, ctx),
  );
  app.jobs.handle('survey_reminder', (data, ctx) =>
    mailReminders(app.settings.publicUrl, data as unknown as RemindersJob, ctx),
  );

  surveyDefinitionRoutes(app);
  surveySendRoutes(app);
  surveyResultRoutes(app);
  surveyAnswerRoutes(app);
  surveyCodingRoutes(app);
}
