import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { Ok, iso } from '../http/schemas.js';
import { ApplicationLinks } from './membership.schemas.js';

const tags = ['operations'];
const initiative = ['cluster_initiative'] as const;
/** The board decides on applications (001:3350–3378); in the platform, owners and managers. */
const BOARD: readonly WorkspaceRole[] = ['owner', 'manager'];
const LinkParams = Type.Object({ workspaceId: Type.String(), linkId: Type.String({ format: 'uuid' }) });

/**
 * The membership application links a board has handed out, and their revocation (hardening
 * issue, item 10): a revoked link opens nothing and takes no application; those already received
 * stay in the pipeline.
 */
export async function applicationLinkRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/membership/application-links',
    {
      config: { policy: { access: 'workspace', roles: BOARD, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Application links handed out, newest first, with who made them and the applications received',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: ApplicationLinks },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const links = await app.db
        .selectFrom('membership_application_links as l')
        .leftJoin('users as c', 'c.id', 'l.created_by')
        .leftJoin('users as r', 'r.id', 'l.revoked_by')
        .select([
          'l.id',
          'l.created_at as createdAt',
          'c.name as createdBy',
          'l.revoked_at as revokedAt',
          'r.name as revokedBy',
          sql<number>`(SELECT count(*)::int FROM membership_applications a WHERE a.link_id = l.id)`.as(
            'applications',
          ),
        ])
        .where('l.workspace_id', '=', ws.id)
        .orderBy('l.created_at', 'desc')
        .orderBy('l.id')
        .execute();
      return {
        links: links.map((l) => ({ ...l, createdAt: iso(l.createdAt), revokedAt: iso(l.revokedAt) })),
      };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/membership/application-links/:linkId',
    {
      config: { policy: { access: 'workspace', roles: BOARD, kinds: initiative } },
      schema: {
        tags,
        summary: 'Revoke an application link: it no longer opens nor takes applications',
        params: LinkParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const link = await trx
          .selectFrom('membership_application_links')
          .select(['id', 'revoked_at'])
          .where('id', '=', request.params.linkId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!link) throw notFound('Application link');
        if (link.revoked_at) throw conflict('This application link is already revoked');
        await trx
          .updateTable('membership_application_links')
          .set({ revoked_at: new Date(), revoked_by: userId })
          .where('id', '=', link.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'membership.link_revoke',
          entity: 'application_link',
          entityId: link.id,
        });
      });
      return { ok: true as const };
    },
  );
}
