import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireSession } from '../http/policy.js';
import { Email, Locale, Ok, iso } from '../http/schemas.js';
import { CreatedToken, Me, SignedIn, TokenList } from './auth.schemas.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { SESSION_COOKIE, sessionCookieOptions } from './authenticate.js';
import { newSecret, sha256 } from './secrets.js';
import { login, requestPasswordReset, resetPassword, userWorkspaces } from './service.js';
import { DEVICE_COOKIE, countPasswordResetRequest, deviceCookieOptions } from './throttle.js';

const tags = ['auth'];

/** Sign-in, sign-out, the caller's own account and personal API tokens. */
export async function authRoutes(app: App) {
  app.post(
    '/auth/login',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary:
          'Sign in; sets the session and known-device cookies and returns the CSRF token (429 with Retry-After after too many failures)',
        body: Type.Object(
          {
            email: Type.String({ minLength: 1, maxLength: 254 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: SignedIn },
      },
    },
    async (request, reply) => {
      const result = await login(app.db, app.settings, {
        ...request.body,
        ip: request.ip,
        deviceCookie: request.cookies[DEVICE_COOKIE],
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, sessionCookieOptions(app.settings));
      reply.setCookie(DEVICE_COOKIE, result.deviceCookie, deviceCookieOptions(app.settings));
      const workspaces = await userWorkspaces(app.db, result.user.id);
      return { user: result.user, csrf: result.csrf, workspaces };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { policy: { access: 'authenticated' } },
      schema: { tags, summary: 'End the current session', response: { 200: Ok } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (auth.sessionId) await app.db.deleteFrom('sessions').where('id', '=', auth.sessionId).execute();
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/me',
    {
      config: { policy: { access: 'authenticated' } },
      schema: { tags, summary: 'The caller, their workspaces and roles', response: { 200: Me } },
    },
    async (request) => {
      const auth = requireAuth(request);
      return {
        user: auth.user,
        csrf: auth.csrfToken ?? null,
        // A token limited to one workspace shows only that one.
        workspaces: (await userWorkspaces(app.db, auth.user.id)).filter(
          (w) => !auth.token?.workspaceId || w.id === auth.token.workspaceId,
        ),
      };
    },
  );

  app.patch(
    '/me',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'Change own name or language',
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            locale: Type.Optional(Locale),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await app.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('users')
          .select(['name', 'locale'])
          .where('id', '=', auth.user.id)
          .executeTakeFirstOrThrow();
        await trx.updateTable('users').set(request.body).where('id', '=', auth.user.id).execute();
        await recordAudit(trx, {
          workspaceId: null,
          userId: auth.user.id,
          action: 'user.update',
          entity: 'user',
          entityId: auth.user.id,
          oldValue: before,
          newValue: request.body,
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/me/tokens',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'Personal API tokens (secrets are never shown again)',
        response: { 200: TokenList },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const tokens = await app.db
        .selectFrom('api_tokens')
        .leftJoin('workspaces as w', 'w.id', 'api_tokens.workspace_id')
        .select([
          'api_tokens.id',
          'api_tokens.name',
          'api_tokens.scope',
          'api_tokens.workspace_id',
          'w.name as workspace_name',
          'api_tokens.created_at',
          'api_tokens.expires_at',
          'api_tokens.last_used_at',
          'api_tokens.revoked_at',
        ])
        .where('api_tokens.user_id', '=', auth.user.id)
        .orderBy('api_tokens.created_at', 'desc')
        .execute();
      return {
        tokens: tokens.map((t) => ({
          ...t,
          created_at: iso(t.created_at),
          expires_at: iso(t.expires_at),
          last_used_at: iso(t.last_used_at),
          revoked_at: iso(t.revoked_at),
        })),
      };
    },
  );

  app.post(
    '/me/tokens',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary:
          'Create a personal API token for scripts (Authorization: Bearer …): read only (default) or read and write, for every workspace of the user or one, expiring after 1–365 days (default 90)',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            scope: Type.Optional(Type.Union([Type.Literal('read'), Type.Literal('write')])),
            workspaceId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: CreatedToken },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      requireSession(auth);
      const { scope = 'read', workspaceId = null, expiresInDays = 90 } = request.body;
      if (workspaceId) {
        const member = await app.db
          .selectFrom('memberships')
          .select('workspace_id')
          .where('user_id', '=', auth.user.id)
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirst();
        if (!member)
          throw badRequest('validation_failed', 'You can limit a token only to a workspace you belong to', [
            { field: 'body.workspaceId', message: 'is not one of your workspaces' },
          ]);
      }
      const secret = newSecret('agl_');
      const row = await app.db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('api_tokens')
          .values({
            user_id: auth.user.id,
            name: request.body.name,
            token_hash: sha256(secret),
            last_used_at: null,
            revoked_at: null,
            scope,
            workspace_id: workspaceId,
            expires_at: new Date(Date.now() + expiresInDays * 86_400_000),
          })
          .returning(['id', 'name', 'scope', 'workspace_id', 'created_at', 'expires_at'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: null,
          userId: auth.user.id,
          action: 'token.create',
          entity: 'api_token',
          entityId: created.id,
          newValue: { name: created.name, scope, workspace: workspaceId, expires: created.expires_at },
        });
        return created;
      });
      reply.status(201);
      return { ...row, created_at: iso(row.created_at), expires_at: iso(row.expires_at), token: secret };
    },
  );

  app.delete(
    '/me/tokens/:tokenId',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'Revoke a personal API token',
        params: Type.Object({ tokenId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      requireSession(auth);
      const result = await app.db
        .updateTable('api_tokens')
        .set({ revoked_at: new Date() })
        .where('id', '=', request.params.tokenId)
        .where('user_id', '=', auth.user.id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!result.numUpdatedRows) throw notFound('Token');
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary:
          'Send a password-reset link (same answer, in the same time, whether or not the account exists; 429 after too many requests for an email or from an address)',
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: { 202: Ok },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      await countPasswordResetRequest(app.db, app.settings, email, request.ip);
      // Looking the account up, storing and mailing the link happen after the answer, so that it
      // comes in the same time whether or not the account exists.
      app.afterReply(reply, 'the password-reset request failed', () =>
        requestPasswordReset(app.db, app.mailer, app.settings, email, (error) =>
          request.log.error({ err: error }, 'the password-reset message could not be sent'),
        ),
      );
      reply.status(202);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'Choose a new password with the token from the reset link',
        body: Type.Object(
          {
            token: Type.String({ minLength: 10, maxLength: 200 }),
            password: Type.String({ maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      await resetPassword(app.db, request.body.token, request.body.password);
      return { ok: true as const };
    },
  );
}
