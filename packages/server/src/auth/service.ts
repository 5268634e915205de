import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { Settings } from '../settings.js';
import { AppError, badRequest } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import type { Mailer } from '../mail/mailer.js';
import { MIN_PASSWORD_LENGTH, hashPassword, newSecret, sha256 } from './secrets.js';
import { checkPasswordThrottled } from './throttle.js';
import { asLocale, msg, render } from '../i18n/index.js';
import type { UserLocale } from './context.js';
import type { WorkspaceRole } from '../http/policy.js';

export interface LoginResult {
  sessionToken: string;
  csrf: string;
  user: { id: string; email: string; name: string; locale: UserLocale; isPlatformAdmin: boolean };
}

/** The one answer for a wrong email or a wrong password: it reveals neither (issue 3). */
const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'Wrong email or password');

/**
 * Signs in under the throttle of auth/throttle.ts. Returns the session and the known-device cookie
 * value for this browser.
 */
export async function login(
  db: Database,
  settings: Settings,
  input: { email: string; password: string; ip: string; deviceCookie?: string },
): Promise<LoginResult & { deviceCookie: string }> {
  const email = input.email.trim().toLowerCase();
  const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  const deviceCookie = await checkPasswordThrottled(db, settings, {
    email,
    ip: input.ip,
    user: user ?? null,
    password: input.password,
    deviceCookie: input.deviceCookie,
    wrong: invalidCredentials,
  });
  return { ...(await createSession(db, settings, user!)), deviceCookie };
}

export async function createSession(
  db: Database,
  settings: Settings,
  user: { id: string; email: string; name: string; locale: string; is_platform_admin: boolean },
): Promise<LoginResult> {
  const sessionToken = newSecret();
  const csrf = newSecret();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(sessionToken),
      user_id: user.id,
      csrf_token: csrf,
      expires_at: new Date(Date.now() + settings.sessionTtlHours * 3_600_000),
    })
    .execute();
  return {
    sessionToken,
    csrf,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale as UserLocale,
      isPlatformAdmin: user.is_platform_admin,
    },
  };
}

export function checkPasswordStrength(password: string, field = 'body.password'): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw badRequest('weak_password', msg`Password must have at least ${MIN_PASSWORD_LENGTH} characters`, {
      field,
    });
}

/**
 * Stores and mails a reset link when an account has this email. The route counts the request
 * (auth/throttle.ts) and answers first, then calls this: the answer is the same, in the same
 * time, whether or not the account exists.
 */
export async function requestPasswordReset(
  db: Database,
  mailer: Mailer,
  settings: Settings,
  emailInput: string,
  onMailError?: (error: Error) => void,
): Promise<void> {
  const email = emailInput.trim().toLowerCase();
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'locale'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) return;
  const token = newSecret();
  // In the account's language (its own setting), as everything the platform writes to a person.
  const locale = asLocale(user.locale) ?? 'en';
  await db
    .insertInto('password_resets')
    .values({ token_hash: sha256(token), user_id: user.id, expires_at: new Date(Date.now() + 3_600_000) })
    .execute();
  try {
    await mailer.send({
      to: user.email,
      subject: render(locale, msg`Reset your Agglomera password`),
      text: `${render(locale, msg`Open this link within one hour to choose a new password:`)}\n${settings.publicUrl}/reset-password/${token}`,
    });
  } catch (e) {
    // The caller has had its answer (it must not learn whether the account exists); the operator
    // sees the failure in the log.
    onMailError?.(e as Error);
  }
}

/**
 * Sets the new password. Whoever may have known the old one loses what it gave: every session,
 * every personal API token, every other reset link still open, and the known-device cookies
 * (which exempt a browser from the sign-in lock) of that user.
 */
export async function resetPassword(db: Database, token: string, password: string): Promise<void> {
  checkPasswordStrength(password);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const reset = await trx
      .selectFrom('password_resets')
      .selectAll()
      .where('token_hash', '=', sha256(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .forUpdate()
      .executeTakeFirst();
    if (!reset)
      throw badRequest('invalid_token', 'This reset link is unknown, used or expired', {
        field: 'body.token',
      });
    const now = new Date();
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', reset.user_id).execute();
    // This link is used; the user's other open links stop working with it.
    const links = await trx
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('user_id', '=', reset.user_id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    const sessions = await trx.deleteFrom('sessions').where('user_id', '=', reset.user_id).executeTakeFirst();
    const tokens = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('user_id', '=', reset.user_id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    await trx.deleteFrom('known_devices').where('user_id', '=', reset.user_id).execute();
    await recordAudit(trx, {
      workspaceId: null,
      userId: reset.user_id,
      action: 'password.reset',
      entity: 'user',
      entityId: reset.user_id,
      newValue: {
        sessionsEnded: Number(sessions.numDeletedRows),
        apiTokensRevoked: Number(tokens.numUpdatedRows),
        otherResetLinksCancelled: Number(links.numUpdatedRows) - 1,
      },
    });
  });
}

export async function userWorkspaces(db: Database, userId: string) {
  return (
    db
      .selectFrom('memberships')
      .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
      .select([
        'workspaces.id',
        'workspaces.name',
        'workspaces.kind',
        'workspaces.is_demo',
        'memberships.role',
      ])
      .where('memberships.user_id', '=', userId)
      // Programmes first: a funder's officer who also owns the initiatives the programme funded
      // lands on the programme, not on one of them (the first workspace is where sign-in lands).
      .orderBy(sql`workspaces.kind = 'programme'`, 'desc')
      .orderBy('workspaces.name')
      .execute()
      // memberships.role holds one of the roles (http/policy.ts).
      .then((rows) => rows.map((r) => ({ ...r, role: r.role as WorkspaceRole })))
  );
}
