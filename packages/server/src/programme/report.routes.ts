import { IATI_ORGANISATION_TYPES } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { conflict } from '../http/errors.js';
import { Params, read, tags } from './shared.js';
import { getFundedInitiatives } from './funding.service.js';
import { listPortfolio, sharedIndicators, type SharedIndicator } from './portfolio.service.js';
import { programmeIatiXml } from './programme-iati.js';
import { programmeReportDocx, programmeReportPdf } from './report-document.js';
import { documentLocale } from '../i18n/documents.js';
import { today } from './shared.js';
import { renderInThread } from '../jobs/threads.js';

/** The module that renders the programme report, in a worker thread (jobs/threads.ts). */
const DOCUMENT = new URL('./report-document.ts', import.meta.url);

const IatiQuery = Type.Object(
  {
    reportingOrgRef: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:-]{1,100}$' })),
    reportingOrgType: Type.Optional(Type.Union(IATI_ORGANISATION_TYPES.map((o) => Type.Literal(o.code)))),
  },
  { additionalProperties: false },
);

/**
 * The programme's reporting (issue 15, item 8): the programme report (PDF, DOCX) and the IATI export with one activity per funded
 * initiative. Policy `read` (runners, coordinator, evaluators, viewers).
 */
export function programmeReportRoutes(app: App): void {
  const sharedOf = async (initiatives: { id: string; shares: string[] }[]) => {
    const indicators = new Map<string, SharedIndicator[]>();
    for (const i of initiatives)
      if (i.shares.includes('indicators')) indicators.set(i.id, await sharedIndicators(app.db, i.id));
    return indicators;
  };

  app.get(
    '/workspaces/:workspaceId/programme/report',
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The programme report across the portfolio at the four evaluation levels, with the funded initiatives, as PDF or DOCX in the reader’s language',
        params: Params,
        querystring: Type.Object(
          { format: Type.Union([Type.Literal('pdf'), Type.Literal('docx')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const initiatives = await listPortfolio(app.db, ws, requireAuth(request).user.id);
      const input = {
        programme: ws.name,
        date: today(),
        initiatives,
        indicators: await sharedOf(initiatives),
        funded: await getFundedInitiatives(app.db, ws.id),
      };
      const locale = documentLocale(request);
      const file = `programme-report-${input.date}`;
      if (request.query.format === 'pdf')
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${file}.pdf"`)
          .send(await renderInThread(DOCUMENT, programmeReportPdf, input, locale));
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${file}.docx"`)
        .send(await renderInThread(DOCUMENT, programmeReportDocx, input, locale));
    },
  );

  app.get(
    '/workspaces/:workspaceId/programme/iati',
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The programme as an IATI 2.03 file: one activity per funded initiative, with the indicators each shares with the programme as its results (409 while the programme funds none)',
        params: Params,
        querystring: IatiQuery,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const funded = await getFundedInitiatives(app.db, ws.id);
      if (!funded.length)
        throw conflict('The programme funds no initiative yet: an IATI file needs at least one activity');
      const indicators = await sharedOf(await listPortfolio(app.db, ws, requireAuth(request).user.id));
      const xml = programmeIatiXml({
        programme: { id: ws.id, name: ws.name },
        funded,
        indicators,
        ...request.query,
      });
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="iati-programme-${ws.id}.xml"`)
        .send(xml);
    },
  );
}
