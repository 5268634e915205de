import type { Database } from '../db/database.js';
import type { Settings } from '../settings.js';

/**
 * Removes what has stopped counting: expired sessions, password-reset links and known-device
 * tokens, failed sign-ins older than the throttle remembers them (they no longer count towards a
 * 429), and password-reset requests older than an hour. Invitations are kept: their list shows
 * who was invited, accepted or let the link expire.
 */
export async function purgeExpired(
  db: Database,
  settings: Pick<Settings, 'loginMemoryHours'>,
  now: Date = new Date(),
): Promise<{ sessions: number; passwordResets: number; loginFailures: number }> {
  const since = new Date(now.getTime() - settings.loginMemoryHours * 3_600_000);
  return db.transaction().execute(async (trx) => {
    const sessions = await trx.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    const resets = await trx.deleteFrom('password_resets').where('expires_at', '<=', now).executeTakeFirst();
    const failures = await trx.deleteFrom('login_failures').where('at', '<=', since).executeTakeFirst();
    await trx.deleteFrom('known_devices').where('expires_at', '<=', now).execute();
    await trx
      .deleteFrom('password_reset_requests')
      .where('at', '<=', new Date(now.getTime() - 3_600_000))
      .execute();
    return {
      sessions: Number(sessions.numDeletedRows),
      passwordResets: Number(resets.numDeletedRows),
      loginFailures: Number(failures.numDeletedRows),
    };
  });
}
