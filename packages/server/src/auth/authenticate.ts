import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext, UserLocale } from './context.js';
import { AppError } from '../http/errors.js';
import { sha256 } from './secrets.js';
import { SESSION_COOKIE } from './session-cookie.js';

export { SESSION_COOKIE };

const toUser = (row: {
  id: string;
  email: string;
  name: string;
  locale: string;
  is_platform_admin: boolean;
}) => ({
  id: row.id,
  email: row.email,
  name: row.name,
  locale: row.locale as UserLocale,
  isPlatformAdmin: row.is_platform_admin,
});

/** Finds the caller from a personal API token (Authorization: Bearer) or the session cookie. */
export async function authenticate(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<AuthContext | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError(401, 'unauthenticated', 'Authorization header must be "Bearer <token>"');
    const row = await app.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'users.id',
        'users.email',
        'users.name',
        'users.locale',
        'users.is_platform_admin',
        'api_tokens.id as token_id',
        'api_tokens.scope',
        'api_tokens.workspace_id',
      ])
      .where('api_tokens.token_hash', '=', sha256(match[1]!))
      .where('api_tokens.revoked_at', 'is', null)
      .where('api_tokens.expires_at', '>', new Date())
      .executeTakeFirst();
    if (!row) throw new AppError(401, 'unauthenticated', 'The API token is unknown, expired or revoked');
    await app.db
      .updateTable('api_tokens')
      .set({ last_used_at: new Date() })
      .where('id', '=', row.token_id)
      .execute();
    return {
      user: toUser(row),
      via: 'token',
      token: { id: row.token_id, scope: row.scope, workspaceId: row.workspace_id },
    };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const row = await app.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.locale',
      'users.is_platform_admin',
      'sessions.id as session_id',
      'sessions.csrf_token',
    ])
    .where('sessions.id', '=', sha256(cookie))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return null;
  return {
    user: toUser(row),
    via: 'session',
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
}

/** The session cookie: httpOnly (no script reads it), SameSite=Lax, Secure behind HTTPS. */
export const sessionCookieOptions = (settings: { secureCookies: boolean; sessionTtlHours: number }) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: settings.secureCookies,
  maxAge: settings.sessionTtlHours * 3600,
});
