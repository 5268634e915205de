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
    const created = await as(ctx.app, s).post('/api/v1/me/tokens', { name: 'nightly export' });
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
});
