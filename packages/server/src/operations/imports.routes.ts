import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest } from '../http/errors.js';
import { withUploads } from '../http/uploads.js';
import { importNowOrLater, registerImporter } from '../jobs/imports.js';
import { importEvents, importMembers, importServices } from './imports.js';
import { TEAM, initiative, tags } from './shared.js';
import { ImportStarted, MembersImported, RowsImported } from './members.schemas.js';

const IMPORTS = [
  {
    importer: 'members',
    path: 'membership/import',
    roles: ['owner', 'manager'] as const,
    summary:
      'Import members and prospects from CSV or XLSX (columns: name, membership_stage, actor columns, prospect_source); all or nothing; a file over the inline limit (256 KB by default) answers 202 with a job',
    run: importMembers,
    answer: MembersImported,
  },
  {
    importer: 'services',
    path: 'services/import',
    roles: TEAM,
    summary:
      'Import services as drafts from CSV or XLSX (columns: name, objective, field_of_action, frequency, beneficiaries, effort_min, effort_max, relevance, fee_model, member_price, non_member_price, currency, trust_level, description); all or nothing',
    run: importServices,
    answer: RowsImported,
  },
  {
    importer: 'events',
    path: 'events/import',
    roles: TEAM,
    summary:
      'Import events from CSV or XLSX (columns: title, kind, starts_at, ends_at, location, capacity, description, agenda); all or nothing',
    run: importEvents,
    answer: RowsImported,
  },
];

/**
 * Imports of members, services and events (issue 6, item 8): a bad row names its line and column.
 * A large file runs as a job (jobs/imports.ts, hardening issue item 15).
 */
export async function operationsImportRoutes(app: App) {
  for (const imp of IMPORTS) registerImporter(imp.importer, imp.run);
  for (const imp of IMPORTS)
    app.post(
      `/workspaces/:workspaceId/${imp.path}`,
      {
        config: { policy: { access: 'workspace', roles: imp.roles, kinds: initiative } },
        schema: {
          tags,
          summary: imp.summary,
          consumes: ['multipart/form-data'],
          params: Type.Object({ workspaceId: Type.String() }),
          response: { 201: imp.answer, 202: ImportStarted },
        },
      },
      async (request, reply) => {
        const ws = requireWorkspace(request);
        const result = await withUploads(request, ['file'], async (files) => {
          if (!files.file)
            throw badRequest('validation_failed', 'The "file" part is missing', [
              { field: 'file', message: 'is required' },
            ]);
          return importNowOrLater(app, request, {
            importer: imp.importer,
            workspaceId: ws.id,
            userId: requireAuth(request).user.id,
            file: files.file,
          });
        });
        reply.status(result.status);
        // What the importer answers (201), or the job a large file became (202).
        return result.body as { imported: number } | { jobId: string };
      },
    );
}
