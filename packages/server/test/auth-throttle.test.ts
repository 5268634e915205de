import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage, Mailer } from '../src/mail/mailer.js';
import { as, createTestContext, signIn, workspaceByKind, type TestContext } from './helpers.js';

/**
 * Security hardening of signing in: guessing through invitations, simultaneous guesses, lock-out
 * by strangers, and password resets. Runs on PGlite, and on a PostgreSQL server with DATABASE_URL.
 */

const login = (
  app: TestContext['app'],
  email: string,
  password: string,
  options: { ip?: string; cookie?: string } = {},
) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: options.ip ?? '127.0.0.1',
    headers: options.cookie ? { cookie: options.cookie } : {},
  });

const deviceCookieOf = (res: Awaited<ReturnType<typeof login>>) => {
  const c = res.cookies.find((x) => x.name === 'agglomera_device');
  if (!c) throw new Error(`no known-device cookie in ${res.statusCode} ${res.body}`);
  return c;
};

describe('guessing a password through an invitation link', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('throttles the password of an existing account like a sign-in, counted against that account', async () => {
    const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const initiative = workspaceByKind(manager, 'cluster_initiative');
    const invited = await as(ctx.app, manager).post(`/api/v1/workspaces/${initiative}/invitations`, {
      email: 'officer@demo.agglomera.org',
      role: 'staff',
    });
    expect(invited.statusCode).toBe(201);
    const token = /invitations\/(\S+)/.exec(ctx.mailer.sent.at(-1)!.text)![1]!;
    // The link holder is told to type their existing password (the invitation names the email).
    const info = (await ctx.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` })).json();
    expect(info).toMatchObject({ email: 'officer@demo.agglomera.org', accountExists: true });

    const accept = (password: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/invitations/${token}/accept`,
        payload: { password },
      });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await accept(`guess-number-${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // The right password does not get through either, and the wait is said and sent.
    const right = await accept('demo-password');
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('rate_limited');
    expect(right.json().error.message).toBe('Too many failed sign-in attempts; try again in 15 minutes');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(right.cookies.find((c) => c.name === 'agglomera_session')).toBeUndefined();
    // Same throttle as signing in: the account is paused there too, from that address.
    expect((await login(ctx.app, 'officer@demo.agglomera.org', 'demo-password')).statusCode).toBe(429);
    // Still open: the invitation was not used by the refused attempts.
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` })).statusCode).toBe(
      200,
    );
  });

  it('accepts with the right password and gives the browser a known-device cookie', async () => {
    const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const initiative = workspaceByKind(manager, 'cluster_initiative');
    await as(ctx.app, manager).post(`/api/v1/workspaces/${initiative}/invitations`, {
      email: 'panel@demo.agglomera.org',
      role: 'staff',
    });
    const token = /invitations\/(\S+)/.exec(ctx.mailer.sent.at(-1)!.text)![1]!;
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { password: 'demo-password' },
    });
    expect(ok.statusCode).toBe(200);
    expect(deviceCookieOf(ok).httpOnly).toBe(true);
    // The provisional failure of the right attempt was withdrawn: only the wrong one counts.
    const failures = await ctx.handle.db
      .selectFrom('login_failures')
      .select('id')
      .where('email', '=', 'panel@demo.agglomera.org')
      .execute();
    expect(failures).toHaveLength(1);
  });
});

describe('simultaneous wrong passwords', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('checks at most loginMaxFailures of 12 guesses fired at once; the rest get 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(ctx.app, 'member2@demo.agglomera.org', `wrong-${i}`)),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 401).length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 401 || c === 429)).toBe(true);
    const stored = await ctx.handle.db
      .selectFrom('login_failures')
      .select('id')
      .where('email', '=', 'member2@demo.agglomera.org')
      .execute();
    expect(stored.length).toBeLessThanOrEqual(5);
  });

  it('lets simultaneous right passwords through and leaves no failure behind', async () => {
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => login(ctx.app, 'member3@demo.agglomera.org', 'demo-password')),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const stored = await ctx.handle.db
      .selectFrom('login_failures')
      .select('id')
      .where('email', '=', 'member3@demo.agglomera.org')
      .execute();
    expect(stored).toHaveLength(0);
  });
});

describe('a stranger cannot keep the owner out, and guessing stays limited', () => {
  let ctx: TestContext;
  // 2 failures per (account, address) or device; 8 per account; 20 per address.
  beforeAll(async () => {
    ctx = await createTestContext({ settings: { loginMaxFailures: 2 } });
  });
  afterAll(async () => ctx.close());

  it("pauses the stranger's address, not the owner at another address", async () => {
    const owner = 'member4@demo.agglomera.org';
    const stranger = [];
    for (let i = 0; i < 4; i++)
      stranger.push((await login(ctx.app, owner, `guess-${i}`, { ip: '203.0.113.9' })).statusCode);
    expect(stranger).toEqual([401, 401, 429, 429]);
    // The owner, at home on a browser never used before, signs in.
    expect((await login(ctx.app, owner, 'demo-password', { ip: '198.51.100.20' })).statusCode).toBe(200);
  });

  it('keeps a known browser of the owner open when strangers at many addresses pause the account', async () => {
    const owner = 'member5@demo.agglomera.org';
    const first = await login(ctx.app, owner, 'demo-password', { ip: '198.51.100.21' });
    expect(first.statusCode).toBe(200);
    const device = deviceCookieOf(first);
    expect(device.httpOnly).toBe(true);
    expect(device.maxAge).toBeGreaterThan(30 * 86_400);
    // Strangers at 5 addresses: 2 failures each reaches the account's limit of 8.
    for (let a = 0; a < 5; a++)
      for (let i = 0; i < 2; i++)
        await login(ctx.app, owner, `guess-${a}-${i}`, { ip: `203.0.113.${a + 10}` });
    const fresh = await login(ctx.app, owner, 'demo-password', { ip: '198.51.100.22' });
    expect(fresh.statusCode).toBe(429);
    expect(fresh.headers['retry-after']).toBeDefined();
    // The owner's known browser is not locked by others' failures, even at a stranger's address.
    const cookie = `agglomera_device=${device.value}`;
    expect((await login(ctx.app, owner, 'demo-password', { ip: '203.0.113.10', cookie })).statusCode).toBe(
      200,
    );
    expect((await login(ctx.app, owner, 'demo-password', { ip: '198.51.100.21', cookie })).statusCode).toBe(
      200,
    );
    // …and its own failures are still limited.
    const own = [];
    for (let i = 0; i < 3; i++) own.push((await login(ctx.app, owner, `typo-${i}`, { cookie })).statusCode);
    expect(own).toEqual([401, 401, 429]);
    // A known-device cookie of another account gives nothing here.
    const other = await login(ctx.app, 'staff@demo.agglomera.org', 'demo-password', { ip: '198.51.100.23' });
    const otherCookie = `agglomera_device=${deviceCookieOf(other).value}`;
    expect(
      (await login(ctx.app, owner, 'demo-password', { ip: '198.51.100.22', cookie: otherCookie })).statusCode,
    ).toBe(429);
  });

  it('pauses an address that guesses across accounts, but not the known browsers behind it', async () => {
    const shared = '192.0.2.77'; // e.g. everyone behind one proxy
    const colleague = await login(ctx.app, 'member@demo.agglomera.org', 'demo-password', { ip: shared });
    const cookie = `agglomera_device=${deviceCookieOf(colleague).value}`;
    for (let i = 0; i < 20; i++) await login(ctx.app, `nobody-${i}@example.org`, 'guess', { ip: shared });
    expect((await login(ctx.app, 'nobody-x@example.org', 'guess', { ip: shared })).statusCode).toBe(429);
    expect(
      (await login(ctx.app, 'staff@demo.agglomera.org', 'demo-password', { ip: shared })).statusCode,
    ).toBe(429);
    expect(
      (await login(ctx.app, 'member@demo.agglomera.org', 'demo-password', { ip: shared, cookie })).statusCode,
    ).toBe(200);
  });

  it('doubles the pause after each failure that follows one, and says how long in Retry-After', async () => {
    const email = 'panel@demo.agglomera.org';
    const ip = '203.0.113.200';
    const attempt = () => login(ctx.app, email, 'wrong-password', { ip });
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(401);
    const paused = await attempt();
    expect(paused.statusCode).toBe(429);
    const first = Number(paused.headers['retry-after']);
    expect(first).toBeGreaterThan(14 * 60);
    expect(first).toBeLessThanOrEqual(15 * 60);
    expect(paused.json().error.details).toEqual({ retryAfterSeconds: first });
    // Fifteen minutes later one more guess is allowed, then the pause is 30 minutes.
    const age = async (minutes: number) => {
      const rows = await ctx.handle.db
        .selectFrom('login_failures')
        .select(['id', 'at'])
        .where('email', '=', email)
        .execute();
      for (const r of rows)
        await ctx.handle.db
          .updateTable('login_failures')
          .set({ at: new Date(new Date(r.at).getTime() - minutes * 60_000) })
          .where('id', '=', r.id)
          .execute();
    };
    await age(16);
    expect((await attempt()).statusCode).toBe(401);
    const second = await attempt();
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(29 * 60);
    expect(second.json().error.message).toBe('Too many failed sign-in attempts; try again in 30 minutes');
    await age(31);
    expect((await attempt()).statusCode).toBe(401);
    expect(Number((await attempt()).headers['retry-after'])).toBeGreaterThan(59 * 60);
  });
});

/** A mailer that takes its time, as an SMTP server does. */
class SlowMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  constructor(private readonly ms: number) {}
  async send(message: MailMessage): Promise<void> {
    await new Promise((r) => setTimeout(r, this.ms));
    this.sent.push(message);
  }
}

describe('password resets', () => {
  let ctx: TestContext;
  const mailer = new SlowMailer(400);
  beforeAll(async () => {
    ctx = await createTestContext({ mailer, settings: { passwordResetsPerHour: 3 } });
  });
  afterAll(async () => ctx.close());

  const requestReset = (email: string, ip = '127.0.0.1') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email },
      remoteAddress: ip,
    });

  it('revokes the API tokens and every other open reset link of the user', async () => {
    const s = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const { token: apiToken } = (await as(ctx.app, s).post('/api/v1/me/tokens', { name: 'export' })).json();
    const bearer = { authorization: `Bearer ${apiToken}` };
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(
      200,
    );
    expect((await requestReset('manager@demo.agglomera.org', '10.1.0.1')).statusCode).toBe(202);
    expect((await requestReset('manager@demo.agglomera.org', '10.1.0.1')).statusCode).toBe(202);
    await ctx.app.settleAfterReply();
    const links = mailer.sent
      .filter((m) => m.to === 'manager@demo.agglomera.org')
      .map((m) => /reset-password\/(\S+)/.exec(m.text)![1]!);
    expect(links).toHaveLength(2);
    const confirm = (token: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, password: 'a-brand-new-password' },
      });
    expect((await confirm(links[1]!)).statusCode).toBe(200);
    // The older link no longer works, nor does the API token.
    const older = await confirm(links[0]!);
    expect(older.statusCode).toBe(400);
    expect(older.json().error.code).toBe('invalid_token');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(
      401,
    );
    const tokens = await ctx.handle.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('user_id', '=', s.userId)
      .execute();
    expect(tokens.every((t) => t.revoked_at !== null)).toBe(true);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('new_value')
      .where('action', '=', 'password.reset')
      .where('user_id', '=', s.userId)
      .executeTakeFirstOrThrow();
    expect(audit.new_value).toMatchObject({ apiTokensRevoked: 1, otherResetLinksCancelled: 1 });
  });

  it('throttles requests per email the same whether or not the account exists', async () => {
    const codes = async (email: string) => {
      const out = [];
      for (let i = 0; i < 4; i++) out.push((await requestReset(email, `10.2.0.${i}`)).statusCode);
      return out;
    };
    const known = await codes('staff@demo.agglomera.org');
    const unknown = await codes('ghost@demo.agglomera.org');
    expect(known).toEqual([202, 202, 202, 429]);
    expect(unknown).toEqual(known);
    const refused = await requestReset('staff@demo.agglomera.org', '10.2.0.9');
    expect(refused.json().error.message).toMatch(
      /^Too many password-reset requests; try again in \d+ minutes$/,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50 * 60);
    await ctx.app.settleAfterReply();
    expect(mailer.sent.filter((m) => m.to === 'staff@demo.agglomera.org')).toHaveLength(3);
  });

  it('throttles requests per address', async () => {
    const codes = [];
    for (let i = 0; i < 31; i++)
      codes.push((await requestReset(`someone-${i}@example.org`, '10.3.0.1')).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 202)).toBe(true);
    expect(codes[30]).toBe(429);
    // Another address is not affected.
    expect((await requestReset('someone-31@example.org', '10.3.0.2')).statusCode).toBe(202);
  });

  it('answers in the same time whether or not the account exists (the link is mailed afterwards)', async () => {
    const time = async (email: string, ip: string) => {
      const start = performance.now();
      const res = await requestReset(email, ip);
      const ms = performance.now() - start;
      expect(res.statusCode).toBe(202);
      await ctx.app.settleAfterReply();
      return ms;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time('member@demo.agglomera.org', `10.4.${i}.1`));
      unknown.push(await time(`nobody-${i}@demo.agglomera.org`, `10.4.${i}.2`));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // The mailer takes 400 ms: had the answer waited for it, the difference would be at least that.
    expect(Math.abs(mean(known) - mean(unknown))).toBeLessThan(150);
    expect(mean(known)).toBeLessThan(400);
    expect(mailer.sent.filter((m) => m.to === 'member@demo.agglomera.org')).toHaveLength(3);
  });
});
