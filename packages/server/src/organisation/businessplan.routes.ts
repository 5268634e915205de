import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import type { App } from '../http/app-types.js';
import { requireWorkspace } from '../http/policy.js';
import { documentLocale } from '../i18n/documents.js';
import { Params, lit, read, tags, today } from './shared.js';
import {
  businessPlanDocx,
  businessPlanPdf,
  collectBusinessPlan,
  filledSections,
} from './businessplan-document.js';
import { renderInThread } from '../jobs/threads.js';
import { BusinessPlanSections } from './organisation.schemas.js';

/** The module that renders the business plan, in a worker thread (jobs/threads.ts). */
const DOCUMENT = new URL('./businessplan-document.ts', import.meta.url);

/**
 * The business plan (issue 14, item 7; MarketMakers step 5, 000:137): without `format`, which of
 * its sections have something recorded (the screen's checklist); with `format=docx|pdf`, the
 * document assembled from the canvas, the strategy, the services, the organisation, the staff and
 * the financial plan, in the reader's language.
 */
export function businessPlanRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/organisation/business-plan',
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The business plan: which sections are filled (JSON), or the document as DOCX or PDF (format=docx|pdf)',
        params: Params,
        querystring: Type.Object(
          { format: Type.Optional(lit(['docx', 'pdf'] as const)) },
          { additionalProperties: false },
        ),
        response: { 200: BusinessPlanSections },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const data = await collectBusinessPlan(app.db, ws.id, ws.name);
      const format = (request.query as { format?: 'docx' | 'pdf' }).format;
      if (!format) return { sections: filledSections(data) };
      const locale = documentLocale(request);
      // The response schema is the JSON answer's; the documents go out through the plain reply.
      const file: FastifyReply = reply;
      if (format === 'pdf')
        return file
          .type('application/pdf')
          .header('content-disposition', 'attachment; filename="business-plan.pdf"')
          .send(await renderInThread(DOCUMENT, businessPlanPdf, data, locale, today()));
      return file
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', 'attachment; filename="business-plan.docx"')
        .send(await renderInThread(DOCUMENT, businessPlanDocx, data, locale, today()));
    },
  );
}
