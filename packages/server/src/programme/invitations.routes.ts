import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { DateString, Params, Uuid, run, tags, today } from './shared.js';
import { hashInvitationCode, newInvitationCode, type Scope as ShareScope } from './portfolio.service.js';
import { Ok, iso } from '../http/schemas.js';
import { InvitationCreated, InvitationList, InvitationRedeemed } from './funding.schemas.js';

/**
 * Following by invitation (issue 15, item 1; docs/programme.md, slice A): an initiative's owner or
 * manager creates an invitation naming what it will share and until when; its code is shown once
 * and stored hashed. A programme runner redeems it: the follow is active with those shares at once.
 * A wrong, used, expired or revoked code answers the same 404. The request-by-identifier path of
 * ../workspaces/follows.routes.ts stays.
 */

/** An invitation lasts at most this many days: the platform's choice (no seed gives one). */
export const INVITATION_MAX_DAYS = 90;

const Scope = Type.Union([
  Type.Literal('lifecycle'),
  Type.Literal('indicators'),
  Type.Literal('reports'),
  Type.Literal('benchmarking'),
]);
const initiativeManagers = {
  access: 'workspace' as const,
  roles: ['owner', 'manager'] as const,
  kinds: ['cluster_initiative'] as const,
};
const InvitationParams = Type.Object({ workspaceId: Type.String(), invitationId: Uuid });

export function invitationRoutes(app: App) {
  const list = (initiativeId: string) =>
    app.db
      .selectFrom('follow_invitations as i')
      .leftJoin('workspaces as p', 'p.id', 'i.programme_id')
      .leftJoin('users as u', 'u.id', 'i.created_by')
      .select([
        'i.id',
        'i.scopes',
        'i.note',
        'i.expires_at',
        'i.created_at',
        'i.revoked_at',
        'i.redeemed_at',
        'p.name as programme_name',
        'u.name as created_by_name',
      ])
      .where('i.initiative_id', '=', initiativeId)
      .orderBy('i.created_at', 'desc')
      .execute();

  const present = (r: Awaited<ReturnType<typeof list>>[number], now = new Date()) => ({
    id: r.id,
    // Written only from the body's scopes (Scope above).
    scopes: r.scopes as ShareScope[],
    note: r.note,
    expiresAt: iso(r.expires_at),
    createdAt: iso(r.created_at),
    createdBy: r.created_by_name,
    status: r.redeemed_at
      ? 'used'
      : r.revoked_at
        ? 'revoked'
        : r.expires_at <= now
          ? 'expired'
          : ('open' as 'open' | 'used' | 'revoked' | 'expired'),
    usedAt: iso(r.redeemed_at),
    revokedAt: iso(r.revoked_at),
    programme: r.programme_name,
  });

  app.get(
    '/workspaces/:workspaceId/follow-invitations',
    {
      config: { policy: initiativeManagers },
      schema: {
        tags,
        summary:
          'The follow invitations this initiative gave: what each shares, until when, and whether used',
        params: Params,
        response: { 200: InvitationList },
      },
    },
    async (request) => ({
      invitations: (await list(requireWorkspace(request).id)).map((r) => present(r)),
    }),
  );

  app.post(
    '/workspaces/:workspaceId/follow-invitations',
    {
      config: { policy: initiativeManagers },
      schema: {
        tags,
        summary: `Invite a programme to follow this initiative: the scopes it will share and the last day the code works (at most ${INVITATION_MAX_DAYS} days ahead). The code is in this answer only`,
        params: Params,
        body: Type.Object(
          {
            scopes: Type.Array(Scope, { minItems: 1, uniqueItems: true }),
            expiresOn: DateString,
            note: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: InvitationCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { scopes, expiresOn, note } = request.body;
      const last = new Date(`${expiresOn}T23:59:59.999Z`);
      if (Number.isNaN(last.getTime()) || !last.toISOString().startsWith(expiresOn))
        throw badRequest('validation_failed', 'expiresOn is not a date', [
          { field: 'body.expiresOn', message: 'is not a date' },
        ]);
      if (expiresOn < today())
        throw badRequest('validation_failed', 'The invitation would have expired already', [
          { field: 'body.expiresOn', message: 'is in the past' },
        ]);
      const limit = new Date(Date.now() + INVITATION_MAX_DAYS * 86_400_000).toISOString().slice(0, 10);
      if (expiresOn > limit)
        throw badRequest(
          'validation_failed',
          msg`An invitation lasts at most ${INVITATION_MAX_DAYS} days (until ${limit})`,
          [{ field: 'body.expiresOn', message: msg`is after ${limit}` }],
        );
      const code = newInvitationCode();
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('follow_invitations')
          .values({
            initiative_id: ws.id,
            code_hash: hashInvitationCode(code),
            scopes: [...scopes].sort(),
            note: note?.trim() ?? '',
            expires_at: last,
            created_by: userId,
          })
          .returning(['id'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'follow.invitation.create',
          entity: 'follow_invitation',
          entityId: r.id,
          newValue: { scopes: [...scopes].sort(), expiresOn, note: note ?? '' },
        });
        return r;
      });
      reply.status(201);
      const created = (await list(ws.id)).find((r) => r.id === row.id)!;
      return { ...present(created), code };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/follow-invitations/:invitationId',
    {
      config: { policy: initiativeManagers },
      schema: {
        tags,
        summary:
          'Revoke an unused invitation: its code stops working (a used one made a follow, which the Sharing screen ends)',
        params: InvitationParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const inv = await trx
          .selectFrom('follow_invitations')
          .select(['id', 'redeemed_at', 'revoked_at'])
          .where('id', '=', request.params.invitationId)
          .where('initiative_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!inv) throw notFound('Invitation');
        if (inv.redeemed_at)
          throw conflict(
            'This invitation was used: end the follow, or change what it shares, among the programmes that follow you',
          );
        if (inv.revoked_at) return;
        await trx
          .updateTable('follow_invitations')
          .set({ revoked_at: new Date(), revoked_by: userId })
          .where('id', '=', inv.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'follow.invitation.revoke',
          entity: 'follow_invitation',
          entityId: inv.id,
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/workspaces/:workspaceId/follows/redeem',
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Redeem a follow invitation an initiative gave: the follow is active at once with the shares it names. A wrong, used, expired or revoked code answers 404',
        params: Params,
        body: Type.Object(
          { code: Type.String({ minLength: 1, maxLength: 40 }) },
          { additionalProperties: false },
        ),
        response: { 200: InvitationRedeemed },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const hash = hashInvitationCode(request.body.code);
      return app.db.transaction().execute(async (trx) => {
        const inv = await trx
          .selectFrom('follow_invitations')
          .select(['id', 'initiative_id', 'scopes'])
          .where('code_hash', '=', hash)
          .where('redeemed_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', new Date())
          .forUpdate()
          .executeTakeFirst();
        if (!inv || inv.initiative_id === ws.id) throw notFound('Invitation');
        const initiative = await trx
          .selectFrom('workspaces')
          .select(['id', 'name'])
          .where('id', '=', inv.initiative_id)
          .where('kind', '=', 'cluster_initiative')
          .executeTakeFirst();
        if (!initiative) throw notFound('Invitation');
        // One follow per programme and initiative: the request path's lock, then an upsert.
        await sql`SELECT pg_advisory_xact_lock(hashtext(${`follows:${ws.id}`}))`.execute(trx);
        const existing = await trx
          .selectFrom('programme_follows')
          .select(['id', 'status'])
          .where('programme_id', '=', ws.id)
          .where('initiative_id', '=', inv.initiative_id)
          .executeTakeFirst();
        const follow = existing
          ? await trx
              .updateTable('programme_follows')
              .set({ status: 'active', decided_at: new Date() })
              .where('id', '=', existing.id)
              .returning('id')
              .executeTakeFirstOrThrow()
          : await trx
              .insertInto('programme_follows')
              .values({
                programme_id: ws.id,
                initiative_id: inv.initiative_id,
                status: 'active',
                requested_by: userId,
                decided_at: new Date(),
              })
              .returning('id')
              .executeTakeFirstOrThrow();
        // The follow shares exactly what the invitation names: the initiative chose it.
        const before = (
          await trx
            .selectFrom('follow_shares')
            .select('scope')
            .where('follow_id', '=', follow.id)
            .where('revoked_at', 'is', null)
            .execute()
        ).map((s) => s.scope);
        const revoke = before.filter((s) => !inv.scopes.includes(s));
        if (revoke.length)
          await trx
            .updateTable('follow_shares')
            .set({ revoked_at: new Date(), revoked_by: userId })
            .where('follow_id', '=', follow.id)
            .where('scope', 'in', revoke)
            .where('revoked_at', 'is', null)
            .execute();
        for (const scope of inv.scopes.filter((s) => !before.includes(s)))
          await trx
            .insertInto('follow_shares')
            .values({ follow_id: follow.id, scope, granted_by: userId, revoked_by: null, revoked_at: null })
            .execute();
        await trx
          .updateTable('follow_invitations')
          .set({ redeemed_at: new Date(), redeemed_by: userId, programme_id: ws.id })
          .where('id', '=', inv.id)
          .execute();
        for (const wsId of [ws.id, inv.initiative_id])
          await recordAudit(trx, {
            workspaceId: wsId,
            userId,
            action: 'follow.invitation.redeem',
            entity: 'programme_follow',
            entityId: follow.id,
            oldValue: existing ? { status: existing.status, shares: before.sort() } : undefined,
            newValue: { programme: ws.id, initiative: inv.initiative_id, shares: inv.scopes },
          });
        return {
          initiative: { id: initiative.id, name: initiative.name },
          shares: [...inv.scopes].sort() as ShareScope[],
        };
      });
    },
  );
}
