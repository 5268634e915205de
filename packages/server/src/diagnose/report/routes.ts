import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { requireAuth, requireWorkspace } from '../../http/policy.js';
import { recordAudit } from '../../audit/service.js';
import { collectDiagnostic, diagnosticHtml, diagnosticPdf } from './diagnostic.js';
import { DOCUMENT_CSP } from '../../http/security-headers.js';
import { documentFormatter, documentLocale } from '../../i18n/documents.js';
import { renderInThread } from '../../jobs/threads.js';
import { BaselineRecorded, Diagnostic } from './report.schemas.js';

const tags = ['diagnose'];
const initiative = ['cluster_initiative'] as const;

export async function reportRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/diagnostic-report',
    {
      config: {
        policy: { access: 'workspace', roles: ['owner', 'manager', 'staff', 'viewer'], kinds: initiative },
      },
      schema: {
        tags,
        summary: 'The diagnostic report (json, html or pdf), compared with the first recorded baseline',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object(
          {
            format: Type.Optional(
              Type.Union([Type.Literal('json'), Type.Literal('html'), Type.Literal('pdf')]),
            ),
          },
          { additionalProperties: false },
        ),
        // The JSON answer; ?format=html|pdf answers a document instead.
        response: { 200: Diagnostic },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const data = await collectDiagnostic(app.db, ws.id);
      const format = request.query.format ?? 'json';
      const file = `diagnostic-${data.date}`;
      // The HTML and PDF renderings are documents, not the JSON the response schema describes.
      const document = reply as FastifyReply;
      if (format === 'html')
        return document
          .type('text/html; charset=utf-8')
          .header('content-security-policy', DOCUMENT_CSP)
          .header('content-disposition', `inline; filename="${file}.html"`)
          .send(diagnosticHtml(data, documentLocale(request)));
      if (format === 'pdf')
        return document
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${file}.pdf"`)
          .send(
            await renderInThread(
              new URL('./diagnostic.ts', import.meta.url),
              diagnosticPdf,
              data,
              documentLocale(request),
            ),
          );
      return data;
    },
  );

  app.post(
    '/workspaces/:workspaceId/diagnostic-report/baseline',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Record today’s diagnostic as a baseline of the initiative',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 201: BaselineRecorded },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const data = await collectDiagnostic(app.db, ws.id);
      const f = documentFormatter(documentLocale(request));
      const row = await app.db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('initiative_baselines')
          .values({
            workspace_id: ws.id,
            source: 'diagnostic',
            description: f.t('diagnostic.baselineDescription', { date: data.date }),
            data: JSON.stringify(data),
            created_by: userId,
          })
          .returning(['id', 'recorded_at'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'diagnostic.baseline',
          entity: 'initiative_baseline',
          entityId: created.id,
          newValue: { date: data.date, actors: data.actors.total, ties: data.network.ties },
        });
        return created;
      });
      reply.status(201);
      return { ...row, recorded_at: new Date(row.recorded_at).toISOString() };
    },
  );
}
