import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth } from '../http/policy.js';
import { notFound } from '../http/errors.js';
import { iso } from '../http/schemas.js';
import { AdminWorkspaceList, Verification } from './workspaces.schemas.js';
import { recordAudit } from '../audit/service.js';
import { containsPattern } from '../db/sql.js';

const tags = ['platform'];

/**
 * Verification of workspaces by a platform admin (hardening issue, item 8). Benchmarking peer
 * groups are made only of verified initiatives and of initiatives that a verified programme
 * follows, so that anyone creating workspaces cannot surround a real initiative with fake peers
 * and recover its scores. Verifying is the platform's own safeguard; the guides give no rule.
 */
export async function workspaceVerificationRoutes(app: App) {
  app.get(
    '/admin/workspaces',
    {
      config: { policy: { access: 'platform_admin' } },
      schema: {
        tags,
        summary: 'Every workspace of the installation, with whether a platform admin has verified it',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200 })),
            verified: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: AdminWorkspaceList },
      },
    },
    async (request) => {
      const { q, verified, limit = 50, offset = 0 } = request.query;
      let query = app.db
        .selectFrom('workspaces as w')
        .innerJoin('organisations as o', 'o.id', 'w.organisation_id')
        .leftJoin('users as u', 'u.id', 'w.verified_by');
      if (q?.trim()) {
        const like = containsPattern(q.trim());
        query = query.where((eb) => eb.or([eb('w.name', 'ilike', like), eb('o.name', 'ilike', like)]));
      }
      if (verified !== undefined) query = query.where('w.verified_at', verified ? 'is not' : 'is', null);
      const total = await query.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
      const rows = await query
        .select([
          'w.id',
          'w.name',
          'w.kind',
          'w.is_demo as isDemo',
          'o.name as organisation',
          'w.created_at as createdAt',
          'w.verified_at as verifiedAt',
          'u.name as verifiedBy',
        ])
        .orderBy('w.created_at', 'desc')
        .orderBy('w.id')
        .limit(limit)
        .offset(offset)
        .execute();
      return {
        workspaces: rows.map((r) => ({ ...r, createdAt: iso(r.createdAt), verifiedAt: iso(r.verifiedAt) })),
        total: Number(total.n),
        limit,
        offset,
      };
    },
  );

  app.put(
    '/admin/workspaces/:id/verification',
    {
      config: { policy: { access: 'platform_admin' } },
      schema: {
        tags,
        summary: 'Verify a workspace (or withdraw the verification)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ verified: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Verification },
      },
    },
    async (request) => {
      const userId = requireAuth(request).user.id;
      const { verified } = request.body;
      return app.db.transaction().execute(async (trx) => {
        const ws = await trx
          .selectFrom('workspaces')
          .select(['id', 'verified_at'])
          .where('id', '=', request.params.id)
          .forUpdate()
          .executeTakeFirst();
        if (!ws) throw notFound('Workspace');
        const was = ws.verified_at !== null;
        if (was !== verified) {
          await trx
            .updateTable('workspaces')
            .set(
              verified
                ? { verified_at: new Date(), verified_by: userId }
                : { verified_at: null, verified_by: null },
            )
            .where('id', '=', ws.id)
            .execute();
          await recordAudit(trx, {
            workspaceId: ws.id,
            userId,
            action: verified ? 'workspace.verify' : 'workspace.unverify',
            entity: 'workspace',
            entityId: ws.id,
            oldValue: { verified: was },
            newValue: { verified },
          });
        }
        return { id: ws.id, verified };
      });
    },
  );
}
