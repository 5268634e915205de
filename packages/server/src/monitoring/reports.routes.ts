import { DEFAULT_TOLERANCE, IATI_ORGANISATION_TYPES } from '@agglomera/methods';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { EDITORS } from './shared.js';
import { NARRATIVE_FIELDS, collectReport, monitoringChecks, type Narrative } from './report-data.js';
import { reportDocx, reportHtml, reportPdf, trendChart } from './report-render.js';
import { documentFormatter, documentLocale } from '../i18n/documents.js';
import { iatiActivityXml } from './iati.js';
import { validateIati } from './iati-validate.js';
import { DOCUMENT_CSP } from '../http/security-headers.js';
import { validDate, listReports } from './reports.service.js';
import { msg } from '../i18n/index.js';
import { renderInThread } from '../jobs/threads.js';
import type { Text3 } from './surveys/model.js';
import { iso } from '../http/schemas.js';
import {
  IatiValidation,
  MonitoringChecks,
  MonitoringReport,
  MonitoringReportEdited,
  MonitoringReportRead,
  ReportList,
} from './monitoring.schemas.js';

/** The module that renders the report's PDF and DOCX, in a worker thread (jobs/threads.ts). */
const RENDER = new URL('./report-render.ts', import.meta.url);

const tags = ['monitoring'];
const kinds = ['cluster_initiative', 'programme'] as const;
const initiative = ['cluster_initiative'] as const;
const MANAGERS: readonly WorkspaceRole[] = ['owner', 'manager', 'officer'];
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Params = Type.Object({ workspaceId: Type.String() });
const ReportParams = Type.Object({ workspaceId: Type.String(), reportId: Type.String({ format: 'uuid' }) });
const NarrativeSchema = Type.Object(
  Object.fromEntries(NARRATIVE_FIELDS.map((f) => [f, Type.Optional(Type.String({ maxLength: 20000 }))])),
  { additionalProperties: false },
);
const Tolerance = Type.Number({ minimum: 0, maximum: 100 });
/** The publisher of an IATI export: its organisation identifier and OrganisationType code. */
const IatiQuery = Type.Object(
  {
    reportingOrgRef: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:-]{1,100}$' })),
    reportingOrgType: Type.Optional(Type.Union(IATI_ORGANISATION_TYPES.map((o) => Type.Literal(o.code)))),
  },
  { additionalProperties: false },
);

export async function monitoringReportRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/monitoring/reports',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Monitoring reports, latest period first',
        params: Params,
        response: { 200: ReportList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await listReports(app, ws.id);
      const satisfaction = await app.db
        .selectFrom('surveys')
        .select(['id', 'title', 'sent_at as sentAt', 'deadline'])
        .where('workspace_id', '=', ws.id)
        .where('purpose', '=', 'member_satisfaction')
        .orderBy('created_at', 'desc')
        .execute();
      return {
        reports: rows.map((r) => ({ ...r, tolerance: Number(r.tolerance), updatedAt: iso(r.updatedAt) })),
        satisfactionSurveys: satisfaction.map((s) => ({
          ...s,
          title: s.title as Text3,
          sentAt: iso(s.sentAt),
          deadline: iso(s.deadline),
        })),
        defaultTolerance: DEFAULT_TOLERANCE,
        canEdit: EDITORS.includes(ws.role),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/reports',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Start a monitoring report for a period (tolerance of the traffic lights: 10 % unless given)',
        params: Params,
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 200 }),
            startsOn: DateString,
            endsOn: DateString,
            tolerance: Type.Optional(Tolerance),
            narrative: Type.Optional(NarrativeSchema),
          },
          { additionalProperties: false },
        ),
        response: { 201: MonitoringReport },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (!b.title.trim())
        throw badRequest('validation_failed', 'A report needs a title', [
          { field: 'body.title', message: 'is empty' },
        ]);
      for (const f of ['startsOn', 'endsOn'] as const)
        if (!validDate(b[f]))
          throw badRequest('validation_failed', msg`${b[f]} is not a date`, [
            { field: `body.${f}`, message: 'is not a date' },
          ]);
      if (b.endsOn < b.startsOn)
        throw badRequest('validation_failed', 'The report ends before it starts', [
          { field: 'body.endsOn', message: 'is before startsOn' },
        ]);
      const clash = await app.db
        .selectFrom('monitoring_reports')
        .select('id')
        .where('workspace_id', '=', ws.id)
        .where('starts_on', '=', b.startsOn)
        .where('ends_on', '=', b.endsOn)
        .executeTakeFirst();
      if (clash) throw conflict('A report for these dates exists already', { id: clash.id });
      const id = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('monitoring_reports')
          .values({
            workspace_id: ws.id,
            title: b.title.trim(),
            starts_on: b.startsOn,
            ends_on: b.endsOn,
            tolerance: b.tolerance ?? DEFAULT_TOLERANCE,
            narrative: JSON.stringify(b.narrative ?? {}),
            created_by: userId,
            updated_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'monitoring_report.create',
          entity: 'monitoring_report',
          entityId: r.id,
          newValue: {
            title: b.title,
            startsOn: b.startsOn,
            endsOn: b.endsOn,
            tolerance: b.tolerance ?? DEFAULT_TOLERANCE,
          },
        });
        return r.id;
      });
      reply.status(201);
      return collectReport(app.db, ws.id, id);
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/reports/:reportId',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'A monitoring report: indicator table with baseline, target, actual and traffic light, trends, narrative; json, html, pdf or docx',
        params: ReportParams,
        querystring: Type.Object(
          {
            format: Type.Optional(
              Type.Union([
                Type.Literal('json'),
                Type.Literal('html'),
                Type.Literal('pdf'),
                Type.Literal('docx'),
              ]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: MonitoringReportRead },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const d = await collectReport(app.db, ws.id, request.params.reportId);
      const format = request.query.format ?? 'json';
      const file = `monitoring-report-${d.startsOn}-${d.endsOn}`;
      // The HTML, PDF and DOCX renderings are documents, not the JSON the response schema describes.
      const document = reply as FastifyReply;
      if (format === 'html')
        return document
          .type('text/html; charset=utf-8')
          .header('content-security-policy', DOCUMENT_CSP)
          .header('content-disposition', `inline; filename="${file}.html"`)
          .send(reportHtml(d, documentLocale(request)));
      if (format === 'pdf')
        return document
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${file}.pdf"`)
          .send(await renderInThread(RENDER, reportPdf, d, documentLocale(request)));
      if (format === 'docx')
        return document
          .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', `attachment; filename="${file}.docx"`)
          .send(await renderInThread(RENDER, reportDocx, d, documentLocale(request)));
      // The trend charts as the HTML and PDF draw them, in the reader's language (trend-chart.ts).
      const f = documentFormatter(documentLocale(request));
      return {
        ...d,
        canEdit: EDITORS.includes(ws.role),
        charts: Object.fromEntries(d.indicators.map((i) => [i.id, trendChart(f, i)])),
      };
    },
  );

  app.put(
    '/workspaces/:workspaceId/monitoring/reports/:reportId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Edit the title, the tolerance of the traffic lights or the narrative fields of a report',
        params: ReportParams,
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            tolerance: Type.Optional(Tolerance),
            narrative: Type.Optional(NarrativeSchema),
          },
          { additionalProperties: false },
        ),
        response: { 200: MonitoringReportEdited },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (b.title !== undefined && !b.title.trim())
        throw badRequest('validation_failed', 'A report needs a title', [
          { field: 'body.title', message: 'is empty' },
        ]);
      // The narrative is merged field by field under a row lock, so that two people editing
      // different fields at once both keep their text (hardening issue, item 9).
      const id = await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('monitoring_reports')
          .select(['id', 'title', 'tolerance', 'narrative'])
          .where('id', '=', request.params.reportId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!old) throw notFound('Monitoring report');
        const narrative: Narrative = { ...(old.narrative as Narrative), ...(b.narrative ?? {}) };
        await trx
          .updateTable('monitoring_reports')
          .set({
            ...(b.title !== undefined ? { title: b.title.trim() } : {}),
            ...(b.tolerance !== undefined ? { tolerance: b.tolerance } : {}),
            narrative: JSON.stringify(narrative),
            updated_by: userId,
            updated_at: new Date(),
          })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'monitoring_report.update',
          entity: 'monitoring_report',
          entityId: old.id,
          oldValue: { title: old.title, tolerance: Number(old.tolerance), narrative: old.narrative },
          newValue: { title: b.title, tolerance: b.tolerance, narrative: b.narrative },
        });
        return old.id;
      });
      return { ...(await collectReport(app.db, ws.id, id)), canEdit: true };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/monitoring/reports/:reportId',
    {
      config: { policy: { access: 'workspace', roles: MANAGERS, kinds } },
      schema: { tags, summary: 'Delete a monitoring report', params: ReportParams },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('monitoring_reports')
          .where('id', '=', request.params.reportId)
          .where('workspace_id', '=', ws.id)
          .returning(['id', 'title'])
          .executeTakeFirst();
        if (!gone) throw notFound('Monitoring report');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'monitoring_report.delete',
          entity: 'monitoring_report',
          entityId: gone.id,
          oldValue: { title: gone.title },
        });
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/iati',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'The results framework with its values as an IATI 2.03 activity (results, indicators, baselines, periods, targets, actuals)',
        params: Params,
        querystring: IatiQuery,
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const xml = await iatiActivityXml(app.db, ws.id, request.query);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="iati-activity-${ws.id}.xml"`)
        .send(xml);
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/iati/validation',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          "The IATI export checked with libxml2 against the IATI schema: Agglomera's schema of the 2.03 elements it writes, or the official schema where the operator set AGGLOMERA_IATI_SCHEMA",
        params: Params,
        querystring: IatiQuery,
        response: { 200: IatiValidation },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const xml = await iatiActivityXml(app.db, ws.id, request.query);
      const { official, problems } = await validateIati(xml);
      return {
        schema: official ? ('official' as const) : ('agglomera-subset' as const),
        valid: problems.length === 0,
        problems,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/checks',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: initiative } },
      schema: {
        tags,
        summary:
          'Participation in impact monitoring (at least 70 % of the actors, GIZ 001:2978) and the baseline observation (at least 15 cluster firms, GIZ 001:3757)',
        params: Params,
        response: { 200: MonitoringChecks },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return { ...(await monitoringChecks(app.db, ws.id)), canEdit: EDITORS.includes(ws.role) };
    },
  );

  app.put(
    '/workspaces/:workspaceId/monitoring/settings',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Which survey measures participation in impact monitoring; the firms of the baseline observation',
        params: Params,
        body: Type.Object(
          {
            participationSurveyId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            baselineFirms: Type.Optional(
              Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()]),
            ),
            baselineObservedOn: Type.Optional(Type.Union([DateString, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 200: MonitoringChecks },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (b.participationSurveyId) {
        const s = await app.db
          .selectFrom('surveys')
          .select('id')
          .where('id', '=', b.participationSurveyId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!s)
          throw badRequest('validation_failed', 'No such survey in this workspace', [
            { field: 'body.participationSurveyId', message: 'is not a survey of this workspace' },
          ]);
      }
      if (b.baselineObservedOn && !validDate(b.baselineObservedOn))
        throw badRequest('validation_failed', msg`${b.baselineObservedOn} is not a date`, [
          { field: 'body.baselineObservedOn', message: 'is not a date' },
        ]);
      const values = {
        ...(b.participationSurveyId !== undefined
          ? { participation_survey_id: b.participationSurveyId }
          : {}),
        ...(b.baselineFirms !== undefined ? { baseline_firms: b.baselineFirms } : {}),
        ...(b.baselineObservedOn !== undefined ? { baseline_observed_on: b.baselineObservedOn } : {}),
        updated_by: userId,
        updated_at: new Date(),
      };
      await app.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('monitoring_settings')
          .values({ workspace_id: ws.id, ...values })
          .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'monitoring.settings',
          entity: 'monitoring_settings',
          entityId: ws.id,
          newValue: b,
        });
      });
      return { ...(await monitoringChecks(app.db, ws.id)), canEdit: true };
    },
  );
}
