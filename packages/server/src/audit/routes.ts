import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireWorkspace } from '../http/policy.js';
import { listAudit } from './service.js';
import { AuditPage } from './audit.schemas.js';
import { sendTable } from '../http/export.js';
import { iso } from '../http/schemas.js';

/** The audit log: readable by the workspace's owners (issue 3). */
export async function auditRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/audit',
    {
      config: { policy: { access: 'workspace', roles: ['owner'] } },
      schema: {
        tags: ['audit'],
        summary:
          'Who changed what and when, newest first; page with ?before=<id>; ?format=csv|xlsx to export',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
            before: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
            format: Type.Optional(
              Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: AuditPage },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { format = 'json', before } = request.query;
      const limit = request.query.limit ?? (format === 'json' ? 50 : 1000);
      const page = await listAudit(app.db, ws.id, { limit, before });
      if (format !== 'json')
        return sendTable(
          reply,
          format,
          'audit-log',
          ['at', 'user', 'action', 'entity', 'entity_id', 'old_value', 'new_value'],
          page.entries.map((e) => [
            e.at.toISOString(),
            e.user?.email ?? '',
            e.action,
            e.entity,
            e.entityId ?? '',
            e.oldValue === null ? '' : JSON.stringify(e.oldValue),
            e.newValue === null ? '' : JSON.stringify(e.newValue),
          ]),
        );
      return { ...page, entries: page.entries.map((e) => ({ ...e, at: iso(e.at) })) };
    },
  );
}
