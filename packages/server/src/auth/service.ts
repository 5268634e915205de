import type { Database } from '../db/database.js';
import type { Settings } from '../app.js';
import { AppError, badRequest } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import type { Mailer } from '../mail/mailer.js';
import {
  MIN_PASSWORD_LENGTH,
  decoyHash,
  hashPassword,
  newSecret,
  sha256,
  verifyPassword,
} from './secrets.js';

export interface LoginResult {
  sessionToken: string;
  csrf: string;
  user: { id: string; email: string; name: string; locale: string };
}

/** The one answer for a wrong email or a wrong password: it reveals neither (issue 3). */
const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'Wrong email or password');

export async function login(
  db: Database,
  settings: Settings,
  input: { email: string; password: string; ip: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - settings.loginWindowMinutes * 60_000);
  // Failed attempts live in the database so that every server process sees the same count.
  const [{ byEmail }] = (await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string>().as('byEmail'))
    .where('email', '=', email)
    .where('at', '>', since)
    .execute()) as [{ byEmail: string }];
  const [{ byIp }] = (await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string>().as('byIp'))
    .where('ip', '=', input.ip)
    .where('at', '>', since)
    .execute()) as [{ byIp: string }];
  if (Number(byEmail) >= settings.loginMaxFailures || Number(byIp) >= settings.loginMaxFailures * 10) {
    throw new AppError(
      429,
      'rate_limited',
      `Too many failed sign-in attempts; try again in ${settings.loginWindowMinutes} minutes`,
    );
  }
  const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
  if (!user || !ok) {
    await db.insertInto('login_failures').values({ email, ip: input.ip }).execute();
    throw invalidCredentials();
  }
  return createSession(db, settings, user);
}

export async function createSession(
  db: Database,
  settings: Settings,
  user: { id: string; email: string; name: string; locale: string },
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
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
  };
}

export function checkPasswordStrength(password: string, field = 'body.password'): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw badRequest('weak_password', `Password must have at least ${MIN_PASSWORD_LENGTH} characters`, {
      field,
    });
}

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
    .select(['id', 'email'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) return; // same answer whether or not the account exists
  const token = newSecret();
  await db
    .insertInto('password_resets')
    .values({ token_hash: sha256(token), user_id: user.id, expires_at: new Date(Date.now() + 3_600_000) })
    .execute();
  try {
    await mailer.send({
      to: user.email,
      subject: 'Reset your Agglomera password',
      text: `Open this link within one hour to choose a new password:\n${settings.publicUrl}/reset-password/${token}`,
    });
  } catch (e) {
    // The caller gets the same answer whether or not a message could be sent (it must not learn
    // whether the account exists); the operator sees the failure in the log.
    onMailError?.(e as Error);
  }
}

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
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', reset.user_id).execute();
    await trx
      .updateTable('password_resets')
      .set({ used_at: new Date() })
      .where('token_hash', '=', reset.token_hash)
      .execute();
    // A new password ends every open session of that user.
    await trx.deleteFrom('sessions').where('user_id', '=', reset.user_id).execute();
    await recordAudit(trx, {
      workspaceId: null,
      userId: reset.user_id,
      action: 'password.reset',
      entity: 'user',
      entityId: reset.user_id,
    });
  });
}

export async function userWorkspaces(db: Database, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['workspaces.id', 'workspaces.name', 'workspaces.kind', 'workspaces.is_demo', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.name')
    .execute();
}
