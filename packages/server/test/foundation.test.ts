import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type TestContext } from './helpers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('health and OpenAPI', () => {
  it('answers health', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('describes the API as OpenAPI 3.1 from the validating schemas', async () => {
    const spec = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    const login = spec.paths['/api/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    expect(spec.paths['/api/v1/workspaces/{workspaceId}/lifecycle']).toBeDefined();
  });
});

describe('every route declares who may call it', () => {
  it('has a valid policy on every registered route', () => {
    const routes = ctx.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter(
      (r) =>
        !r.policy || !['public', 'authenticated', 'platform_admin', 'workspace'].includes(r.policy.access),
    );
    expect(missing).toEqual([]);
    // Platform administration lives under /api/v1/admin and nowhere else.
    for (const r of routes)
      expect(r.policy?.access === 'platform_admin', `${r.method} ${r.url}`).toBe(
        r.url.startsWith('/api/v1/admin/'),
      );
    for (const r of routes.filter((r) => r.policy?.access === 'workspace'))
      expect(r.url, `${r.method} ${r.url}`).toContain(':workspaceId');
  });

  it('keeps public routes to the few that must be public', () => {
    const publicRoutes = ctx.app.registeredRoutes
      .filter((r) => r.policy?.access === 'public' && r.method !== 'HEAD' && r.url.startsWith('/api/v1'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/v1/apply/:token',
      'GET /api/v1/calendar/:token',
      'GET /api/v1/invitations/:token',
      'GET /api/v1/survey-links/:token',
      'POST /api/v1/apply/:token',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/password-reset',
      'POST /api/v1/auth/password-reset/confirm',
      'POST /api/v1/invitations/:token/accept',
      'POST /api/v1/survey-links/:token/responses',
    ]);
  });

  it('refuses anonymous calls to protected routes with 401', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });
});

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie and returns a CSRF token', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Manager@Demo.Agglomera.org', password: 'demo-password' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'agglomera_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json().csrf).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.json().user.email).toBe('manager@demo.agglomera.org');
    // The same user as /me gives: a manager is no platform administrator.
    expect(res.json().user.isPlatformAdmin).toBe(false);
  });

  it('answers a wrong password and an unknown email identically (401)', async () => {
    const wrongPassword = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'member@demo.agglomera.org', password: 'nope-nope-nope' },
    });
    const unknownEmail = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@demo.agglomera.org', password: 'demo-password' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json().error.message).toBe('Wrong email or password');
  });

  it('names the missing field of a malformed request (400)', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.c' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details).toContainEqual({ field: 'body.password', message: 'is required' });
  });

  it('answers invalid JSON with 400 malformed_json', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", "password": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('malformed_json');
  });

  it('rejects unknown fields by name', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.c', password: 'x', admin: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toContainEqual({ field: 'body.admin', message: 'is not a known field' });
  });

  it('limits failed sign-ins per account (429), even with the right password afterwards', async () => {
    const attempt = (password: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'panel@demo.agglomera.org', password },
      });
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await attempt('wrong-password-' + i)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await attempt('demo-password');
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('rate_limited');
  });

  it('logs out and the cookie stops working', async () => {
    const s = await signIn(ctx.app, 'staff@demo.agglomera.org');
    expect((await as(ctx.app, s).post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await as(ctx.app, s).get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request with a session cookie but no x-csrf-token (403)', async () => {
    const s = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const ws = workspaceByKind(s, 'cluster_initiative');
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${ws}/lifecycle/key-questions/initiation.2`,
      headers: { cookie: s.cookie },
      payload: { checked: true, answer: 'yes', evidence: '' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    const wrong = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${ws}/lifecycle/key-questions/initiation.2`,
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
      payload: { checked: true, answer: 'yes', evidence: '' },
    });
    expect(wrong.statusCode).toBe(403);
    const lifecycle = (await as(ctx.app, s).get(`/api/v1/workspaces/${ws}/lifecycle`)).json();
    expect(lifecycle.stages[0].keyQuestions[1].checked).toBe(false);
  });
});

describe('/me', () => {
  it('returns the user, their workspaces and roles', async () => {
    const s = await signIn(ctx.app, 'admin@demo.agglomera.org');
    const me = (await as(ctx.app, s).get('/api/v1/me')).json();
    expect(me.user.isPlatformAdmin).toBe(true);
    expect(me.workspaces.map((w: { kind: string; role: string }) => `${w.kind}:${w.role}`).sort()).toEqual([
      'cluster_initiative:owner',
      'programme:owner',
    ]);
  });
});

describe('personal API tokens', () => {
  it('authenticates scripts with a bearer token, without CSRF, until revoked', async () => {
    const s = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const created = await as(ctx.app, s).post('/api/v1/me/tokens', {
      name: 'nightly export',
      scope: 'write',
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^agl_/);
    const ws = workspaceByKind(s, 'cluster_initiative');
    const bearer = { authorization: `Bearer ${token}` };
    const read = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/${ws}/lifecycle`,
      headers: bearer,
    });
    expect(read.statusCode).toBe(200);
    const write = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${ws}/lifecycle/key-questions/initiation.5`,
      headers: bearer,
      payload: { checked: true, answer: 'Shared cold store', evidence: 'inventory' },
    });
    expect(write.statusCode).toBe(200);
    const listed = (await as(ctx.app, s).get('/api/v1/me/tokens')).json().tokens;
    expect(listed[0]).not.toHaveProperty('token');
    expect(listed[0]).not.toHaveProperty('token_hash');
    expect((await as(ctx.app, s).delete(`/api/v1/me/tokens/${id}`)).statusCode).toBe(200);
    const after = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/${ws}/lifecycle`,
      headers: bearer,
    });
    expect(after.statusCode).toBe(401);
  });

  it('gives tokens a scope, a workspace and an expiry, and keeps token management to signed-in people (hardening issue, item 10)', async () => {
    const s = await signIn(ctx.app, 'admin@demo.agglomera.org');
    const initiative = workspaceByKind(s, 'cluster_initiative');
    const programme = workspaceByKind(s, 'programme');
    const call = (token: string, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
      ctx.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, payload });
    const kq = `/api/v1/workspaces/${initiative}/lifecycle/key-questions/initiation.4`;

    // Read only by default: reads pass, a change is refused and nothing changes.
    const readOnly = (await as(ctx.app, s).post('/api/v1/me/tokens', { name: 'dashboard' })).json();
    expect(readOnly.scope).toBe('read');
    expect((await call(readOnly.token, 'GET', `/api/v1/workspaces/${initiative}/lifecycle`)).statusCode).toBe(
      200,
    );
    const refused = await call(readOnly.token, 'PUT', kq, { checked: true, answer: 'x', evidence: 'y' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('token_read_only');
    // A token cannot make itself a stronger one, nor revoke others.
    const escalate = await call(readOnly.token, 'POST', '/api/v1/me/tokens', {
      name: 'stronger',
      scope: 'write',
    });
    expect(escalate.statusCode).toBe(403);

    // Limited to one workspace: the other is not there, nor are account routes other than GET /me.
    const one = (
      await as(ctx.app, s).post('/api/v1/me/tokens', {
        name: 'one cluster',
        scope: 'write',
        workspaceId: initiative,
      })
    ).json();
    expect((await call(one.token, 'GET', `/api/v1/workspaces/${initiative}/lifecycle`)).statusCode).toBe(200);
    expect((await call(one.token, 'GET', `/api/v1/workspaces/${programme}/follows`)).statusCode).toBe(404);
    const me = (await call(one.token, 'GET', '/api/v1/me')).json();
    expect(me.workspaces.map((w: { id: string }) => w.id)).toEqual([initiative]);
    expect((await call(one.token, 'GET', '/api/v1/me/tokens')).statusCode).toBe(403);
    const viaToken = await call(one.token, 'POST', '/api/v1/me/tokens', {
      name: 'unbounded',
      scope: 'write',
    });
    expect(viaToken.statusCode).toBe(403);
    expect(viaToken.json().error.code).toBe('token_workspace_only');
    const write = (await as(ctx.app, s).post('/api/v1/me/tokens', { name: 'all', scope: 'write' })).json();
    const viaWrite = await call(write.token, 'POST', '/api/v1/me/tokens', {
      name: 'another',
      scope: 'write',
    });
    expect(viaWrite.statusCode).toBe(403);
    expect(viaWrite.json().error.code).toBe('session_required');
    expect((await call(write.token, 'DELETE', `/api/v1/me/tokens/${one.id}`)).statusCode).toBe(403);

    // Only a workspace of one's own, and 1–365 days.
    const foreign = await as(ctx.app, s).post('/api/v1/me/tokens', {
      name: 'x',
      workspaceId: '5d0c7a4e-1b2c-4d3e-8f90-123456789abc',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].field).toBe('body.workspaceId');
    expect(
      (await as(ctx.app, s).post('/api/v1/me/tokens', { name: 'x', expiresInDays: 400 })).statusCode,
    ).toBe(400);

    // An expired token is refused like a revoked one.
    await ctx.handle.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', write.id)
      .execute();
    const expired = await call(write.token, 'GET', '/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toContain('expired');
    const listed = (await as(ctx.app, s).get('/api/v1/me/tokens')).json().tokens;
    expect(listed.find((t: { id: string }) => t.id === one.id)).toMatchObject({
      scope: 'write',
      workspace_name: 'Lakeside Agro-Food Cluster (demo)',
    });
  });
});
