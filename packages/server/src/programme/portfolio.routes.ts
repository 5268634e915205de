import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { notFound } from '../http/errors.js';
import { getLifecycle } from '../lifecycle/service.js';
import { collectReport } from '../monitoring/report-data.js';
import { reportDocx, reportPdf, trendChart } from '../monitoring/report-render.js';
import { listReports } from '../monitoring/reports.service.js';
import { documentFormatter, documentLocale } from '../i18n/documents.js';
import { Params, Uuid, portfolioRead, tags } from './shared.js';
import { listPortfolio, readableFollow, sharedIndicators } from './portfolio.service.js';
import { invitationRoutes } from './invitations.routes.js';
import { agentRoutes } from './agents.routes.js';
import { blueprintRoutes } from './blueprint.routes.js';
import { portfolioAnalysisRoutes } from './portfolio-analysis.routes.js';
import { programmeReportRoutes } from './report.routes.js';
import { portfolioBenchmarkingRoutes } from './benchmarking.routes.js';
import { renderInThread } from '../jobs/threads.js';
import { iso } from '../http/schemas.js';
import { Lifecycle } from '../lifecycle/lifecycle.schemas.js';
import { Portfolio, PortfolioInitiative, SharedIndicators, SharedReports } from './funding.schemas.js';

/** The module that renders a report's PDF and DOCX, in a worker thread (jobs/threads.ts). */
const RENDER = new URL('../monitoring/report-render.ts', import.meta.url);

/**
 * The portfolio (issue 15, item 1; docs/programme.md, slice A): the initiatives the programme
 * follows and, per initiative, only what it shares — lifecycle, indicators, monitoring reports —
 * read at each request, so that a revoked share is hidden at the next one. Policy `portfolioRead`;
 * an agent reads only the initiatives assigned to them (the service answers 404 on the others).
 */
const InitiativeParams = Type.Object({ workspaceId: Type.String(), initiativeId: Uuid });
const ReportParams = Type.Object({ workspaceId: Type.String(), initiativeId: Uuid, reportId: Uuid });

export function portfolioRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/portfolio';

  app.get(
    base,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          'The initiatives the programme follows (an agent: those assigned to them): where each is, what it shares, its lifecycle position where shared, its agents',
        params: Params,
        response: { 200: Portfolio },
      },
    },
    async (request) => ({
      initiatives: await listPortfolio(app.db, requireWorkspace(request), requireAuth(request).user.id),
    }),
  );

  app.get(
    `${base}/:initiativeId`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary: 'One followed initiative as the portfolio lists it',
        params: InitiativeParams,
        response: { 200: PortfolioInitiative },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await readableFollow(app.db, ws, userId, request.params.initiativeId);
      const found = (await listPortfolio(app.db, ws, userId)).find(
        (i) => i.id === request.params.initiativeId,
      );
      if (!found) throw notFound('Followed initiative');
      return found;
    },
  );

  app.get(
    `${base}/:initiativeId/lifecycle`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          'The lifecycle the initiative shares (stage, UNIDO phase, blueprint step, key questions); 404 when not shared',
        params: InitiativeParams,
        response: { 200: Lifecycle },
      },
    },
    async (request) => {
      await readableFollow(
        app.db,
        requireWorkspace(request),
        requireAuth(request).user.id,
        request.params.initiativeId,
        'lifecycle',
      );
      return getLifecycle(app.db, request.params.initiativeId);
    },
  );

  app.get(
    `${base}/:initiativeId/indicators`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          'The indicators the initiative shares, each with its periods, targets, values and traffic lights (tolerance 10 %, the platform’s default); 404 when not followed or indicators not shared',
        params: InitiativeParams,
        response: { 200: SharedIndicators },
      },
    },
    async (request) => {
      await readableFollow(
        app.db,
        requireWorkspace(request),
        requireAuth(request).user.id,
        request.params.initiativeId,
        'indicators',
      );
      const indicators = await sharedIndicators(app.db, request.params.initiativeId);
      // Each trend drawn as the initiative's own monitoring report draws it (the same ECharts
      // picture, real time axis with gaps), in the reader's language.
      const f = documentFormatter(documentLocale(request));
      return {
        indicators,
        charts: Object.fromEntries(
          indicators.map((i) => [
            i.id,
            trendChart(f, {
              ...i,
              trend: i.periods.map((p) => ({ ...p, actual: p.value })),
            }),
          ]),
        ),
      };
    },
  );

  app.get(
    `${base}/:initiativeId/reports`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary: 'The monitoring reports the initiative shares; 404 when not shared',
        params: InitiativeParams,
        response: { 200: SharedReports },
      },
    },
    async (request) => {
      await readableFollow(
        app.db,
        requireWorkspace(request),
        requireAuth(request).user.id,
        request.params.initiativeId,
        'reports',
      );
      const rows = await listReports(app, request.params.initiativeId);
      return {
        reports: rows.map((r) => ({ ...r, tolerance: Number(r.tolerance), updatedAt: iso(r.updatedAt) })),
      };
    },
  );

  app.get(
    `${base}/:initiativeId/reports/:reportId`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          'Download a monitoring report the initiative shares, as PDF or DOCX in the reader’s language',
        params: ReportParams,
        querystring: Type.Object(
          { format: Type.Union([Type.Literal('pdf'), Type.Literal('docx')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      await readableFollow(
        app.db,
        requireWorkspace(request),
        requireAuth(request).user.id,
        request.params.initiativeId,
        'reports',
      );
      // collectReport reads the report of the initiative only: another workspace's report id is 404.
      const d = await collectReport(app.db, request.params.initiativeId, request.params.reportId);
      const file = `monitoring-report-${d.startsOn}-${d.endsOn}`;
      if (request.query.format === 'pdf')
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${file}.pdf"`)
          .send(await renderInThread(RENDER, reportPdf, d, documentLocale(request)));
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${file}.docx"`)
        .send(await renderInThread(RENDER, reportDocx, d, documentLocale(request)));
    },
  );

  invitationRoutes(app);
  agentRoutes(app);
  blueprintRoutes(app);
  portfolioAnalysisRoutes(app);
  programmeReportRoutes(app);
  portfolioBenchmarkingRoutes(app);
}
