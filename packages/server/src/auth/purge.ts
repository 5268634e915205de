import type { Database } from '../db/database.js';
import type { Settings } from '../app.js';

/**
 * Removes what has stopped counting: expired sessions and password-reset links, and failed
 * sign-ins older than the throttling window (they no longer count towards a 429). Invitations are
 * kept: their list shows who was invited, accepted or let the link expire.
 */
export async function purgeExpired(
  db: Database,
  settings: Pick<Settings, 'loginWindowMinutes'>,
  now: Date = new Date(),
): Promise<{ sessions: number; passwordResets: number; loginFailures: number }> {
  const since = new Date(now.getTime() - settings.loginWindowMinutes * 60_000);
  return db.transaction().execute(async (trx) => {
    const sessions = await trx.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    const resets = await trx.deleteFrom('password_resets').where('expires_at', '<=', now).executeTakeFirst();
    const failures = await trx.deleteFrom('login_failures').where('at', '<=', since).executeTakeFirst();
    return {
      sessions: Number(sessions.numDeletedRows),
      passwordResets: Number(resets.numDeletedRows),
      loginFailures: Number(failures.numDeletedRows),
    };
  });
}
