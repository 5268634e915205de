import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '../src/auth/purge.js';
import { createTestContext, signIn, type TestContext } from './helpers.js';

describe('purging expired sign-in records', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('removes expired sessions and reset links and stale failed sign-ins, and keeps the rest', async () => {
    const db = ctx.handle.db;
    const live = await signIn(ctx.app, 'manager@demo.agglomera.org');
    await signIn(ctx.app, 'member@demo.agglomera.org');
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'member@demo.agglomera.org')
      .executeTakeFirstOrThrow();
    const hourAgo = new Date(Date.now() - 3_600_000);
    await db.updateTable('sessions').set({ expires_at: hourAgo }).where('user_id', '=', user.id).execute();
    await db
      .insertInto('password_resets')
      .values([
        { token_hash: 'expired', user_id: user.id, expires_at: hourAgo },
        { token_hash: 'valid', user_id: user.id, expires_at: new Date(Date.now() + 3_600_000) },
      ])
      .execute();
    await db
      .insertInto('login_failures')
      .values([
        { email: 'x@example.org', ip: '127.0.0.9', at: new Date(Date.now() - 25 * 3_600_000) },
        { email: 'x@example.org', ip: '127.0.0.9', at: new Date() },
      ])
      .execute();
    const before = await db.selectFrom('sessions').select('id').execute();

    const removed = await purgeExpired(db, ctx.app.settings);
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(removed.passwordResets).toBe(1);
    expect(removed.loginFailures).toBe(1);

    const after = await db.selectFrom('sessions').select(['id', 'user_id']).execute();
    expect(after.length).toBe(before.length - removed.sessions);
    expect(after.some((s) => s.user_id === user.id)).toBe(false);
    // The live session still works.
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: live.cookie },
    });
    expect(me.statusCode).toBe(200);
    const resets = await db.selectFrom('password_resets').select('token_hash').execute();
    expect(resets.map((r) => r.token_hash)).toEqual(['valid']);
    const failures = await db
      .selectFrom('login_failures')
      .select('at')
      .where('ip', '=', '127.0.0.9')
      .execute();
    expect(failures).toHaveLength(1);
  });
});
