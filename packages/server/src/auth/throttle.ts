import { sql, type Expression, type ExpressionBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { Settings } from '../settings.js';
import { type AppError, RateLimitedError, inMinutes } from '../http/errors.js';
import { decoyHash, newSecret, sha256, verifyPassword } from './secrets.js';
import { msg } from '../i18n/index.js';

/**
 * Throttling of password guesses (sign-in and accepting an invitation with an existing account),
 * designed so that guessing stays limited and a stranger cannot keep the owner out (OWASP,
 * "Slow down online guessing attacks with device cookies"):
 *
 * - A successful sign-in gives the browser a long-lived, httpOnly "known device" cookie for that
 *   account (only its SHA-256 is stored). An attempt carrying a known-device cookie of the account
 *   is counted per device only: nobody else's failures lock it, and its own failures pause it.
 * - Any other attempt is counted per (account, address), per account over all addresses
 *   (4 × loginMaxFailures) and per address over all accounts (10 × loginMaxFailures). A single
 *   stranger's address therefore pauses only itself; the whole account pauses only for attempts
 *   from many addresses, and then still not for the owner's known browsers.
 * - Once a count reaches its limit, the next attempt waits loginWindowMinutes after the last
 *   failure, and each further failure doubles the wait (at most 24 hours). Failures are forgotten
 *   after loginMemoryHours. A 429 says how long to wait, also in Retry-After.
 * - The check is atomic: under a transaction-scoped advisory lock on the account (and address) it
 *   counts, then records the attempt as a failure *before* the slow password check, and deletes
 *   that record when the password was right. Simultaneous guesses cannot all pass the count.
 */

export const DEVICE_COOKIE = 'agglomera_device';
const DEVICE_TTL_DAYS = 180;
/** A browser shared by several people keeps a known-device token for each (the latest few). */
const DEVICES_PER_BROWSER = 5;
const ACCOUNT_FACTOR = 4;
const ADDRESS_FACTOR = 10;
const MAX_PAUSE_MS = 24 * 3_600_000;

/** First key of the two-key advisory locks, one space per kind of thing counted. */
const LOCK_SPACE = { account: 74_101, address: 74_102, resetEmail: 74_103, resetAddress: 74_104 };

const lock = (trx: Transaction<DB>, space: number, key: string) =>
  sql`SELECT pg_advisory_xact_lock(${space}::int, hashtext(${key}))`.execute(trx);

export const deviceCookieOptions = (settings: { secureCookies: boolean }) => ({
  path: '/api/v1',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: settings.secureCookies,
  maxAge: DEVICE_TTL_DAYS * 86_400,
});

const deviceTokens = (cookie: string | undefined) =>
  (cookie ?? '')
    .split('.')
    .filter((t) => /^[A-Za-z0-9_-]{20,100}$/.test(t))
    .slice(0, DEVICES_PER_BROWSER);

/** The stored hash of the browser's known-device token for this user, if it carries one. */
async function knownDevice(db: Database, userId: string, cookie: string | undefined) {
  const hashes = deviceTokens(cookie).map(sha256);
  if (!hashes.length) return null;
  const row = await db
    .selectFrom('known_devices')
    .select('token_hash')
    .where('user_id', '=', userId)
    .where('token_hash', 'in', hashes)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  return row?.token_hash ?? null;
}

type FailureFilter = (eb: ExpressionBuilder<DB, 'login_failures'>) => Expression<SqlBool>;

/** Milliseconds still to wait for one count, 0 when attempts are allowed. */
async function waitFor(
  trx: Transaction<DB>,
  settings: Settings,
  now: number,
  filter: FailureFilter,
  limit: number,
): Promise<number> {
  const row = await trx
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('at').as('last')])
    .where(filter)
    .where('at', '>', new Date(now - settings.loginMemoryHours * 3_600_000))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  if (n < limit || !row.last) return 0;
  const pause = Math.min(settings.loginWindowMinutes * 60_000 * 2 ** (n - limit), MAX_PAUSE_MS);
  return Math.max(0, new Date(row.last).getTime() + pause - now);
}

export interface PasswordAttempt {
  /** Normalised (trimmed, lower-case) email of the account tried. */
  email: string;
  ip: string;
  /** The account with that email, or null (the check then runs against a decoy hash). */
  user: { id: string; password_hash: string } | null;
  password: string;
  /** The known-device cookie the request carried. */
  deviceCookie: string | undefined;
  /** The error for a wrong password (or unknown account). */
  wrong: () => AppError;
}

/**
 * Checks a password under the throttle. Throws a 429 when the attempt must wait, `wrong()` when
 * the password is wrong; on success returns the known-device cookie value to set.
 */
export async function checkPasswordThrottled(
  db: Database,
  settings: Settings,
  attempt: PasswordAttempt,
): Promise<string> {
  const { email, ip, user } = attempt;
  const device = user ? await knownDevice(db, user.id, attempt.deviceCookie) : null;
  const max = settings.loginMaxFailures;
  const failureId = await db.transaction().execute(async (trx) => {
    // Always account before address, so two attempts never wait on each other's second lock.
    await lock(trx, LOCK_SPACE.account, email);
    if (!device) await lock(trx, LOCK_SPACE.address, ip);
    const now = Date.now();
    const waits = device
      ? [
          await waitFor(
            trx,
            settings,
            now,
            (eb) => eb.and([eb('email', '=', email), eb('device', '=', device)]),
            max,
          ),
        ]
      : [
          await waitFor(
            trx,
            settings,
            now,
            (eb) => eb.and([eb('email', '=', email), eb('ip', '=', ip), eb('device', 'is', null)]),
            max,
          ),
          await waitFor(
            trx,
            settings,
            now,
            (eb) => eb.and([eb('email', '=', email), eb('device', 'is', null)]),
            max * ACCOUNT_FACTOR,
          ),
          await waitFor(
            trx,
            settings,
            now,
            (eb) => eb.and([eb('ip', '=', ip), eb('device', 'is', null)]),
            max * ADDRESS_FACTOR,
          ),
        ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new RateLimitedError(
        msg`Too many failed sign-in attempts; try again in ${inMinutes(seconds)}`,
        seconds,
      );
    }
    // Counted as a failure until the password proves right, so concurrent guesses see it.
    const row = await trx
      .insertInto('login_failures')
      .values({ email, ip, device, at: new Date(now) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), attempt.password);
  if (!user || !ok) throw attempt.wrong();
  await db
    .deleteFrom('login_failures')
    .where((eb) =>
      device
        ? // A known device that signs in starts afresh; a stranger's failures elsewhere stay.
          eb.or([eb('id', '=', failureId), eb.and([eb('email', '=', email), eb('device', '=', device)])])
        : eb('id', '=', failureId),
    )
    .execute();
  return rememberDevice(db, user.id, device, attempt.deviceCookie);
}

/** The known-device cookie after a successful sign-in: this browser now known for this user. */
async function rememberDevice(
  db: Database,
  userId: string,
  device: string | null,
  cookie: string | undefined,
): Promise<string> {
  const expires = new Date(Date.now() + DEVICE_TTL_DAYS * 86_400_000);
  const tokens = deviceTokens(cookie);
  if (device) {
    await db
      .updateTable('known_devices')
      .set({ expires_at: expires })
      .where('token_hash', '=', device)
      .execute();
    return tokens.join('.');
  }
  const token = newSecret();
  await db
    .insertInto('known_devices')
    .values({ token_hash: sha256(token), user_id: userId, expires_at: expires })
    .execute();
  return [token, ...tokens].slice(0, DEVICES_PER_BROWSER).join('.');
}

/**
 * Counts a password-reset request per email (whether or not an account has it, so the answer
 * tells nothing) and per address, within the last hour; throws 429 when either is used up.
 */
export async function countPasswordResetRequest(
  db: Database,
  settings: Settings,
  email: string,
  ip: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lock(trx, LOCK_SPACE.resetEmail, email);
    await lock(trx, LOCK_SPACE.resetAddress, ip);
    const now = Date.now();
    const since = new Date(now - 3_600_000);
    const counts: number[] = [];
    for (const [column, value, limit] of [
      ['email', email, settings.passwordResetsPerHour],
      ['ip', ip, settings.passwordResetsPerHour * ADDRESS_FACTOR],
    ] as const) {
      const row = await trx
        .selectFrom('password_reset_requests')
        .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('at').as('first')])
        .where(column, '=', value)
        .where('at', '>', since)
        .executeTakeFirstOrThrow();
      counts.push(Number(row.n) >= limit && row.first ? new Date(row.first).getTime() + 3_600_000 - now : 0);
    }
    const wait = Math.max(...counts);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new RateLimitedError(
        msg`Too many password-reset requests; try again in ${inMinutes(seconds)}`,
        seconds,
      );
    }
    await trx
      .insertInto('password_reset_requests')
      .values({ email, ip, at: new Date(now) })
      .execute();
  });
}
