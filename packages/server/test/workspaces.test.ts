import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let outsider: Session;
let initiative: string;
let outsiderWorkspace: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  initiative = workspaceByKind(manager, 'cluster_initiative');
  // An owner of another cluster initiative, invited into nothing of the demo.
  const invite = await as(ctx.app, manager).post(`/api/v1/workspaces/${initiative}/invitations`, {
    email: 'temp@elsewhere.test',
    role: 'viewer',
  });
  const token = invite.json().link.split('/').pop();
  await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/invitations/${token}/accept`,
    payload: { name: 'Temp', password: 'long-enough-pw' },
  });
  outsider = await signIn(ctx.app, 'temp@elsewhere.test', 'long-enough-pw');
  const created = await as(ctx.app, outsider).post('/api/v1/workspaces', {
    name: 'Other cluster',
    kind: 'cluster_initiative',
  });
  outsiderWorkspace = created.json().id;
  const me = (await as(ctx.app, manager).get('/api/v1/me')).json();
  const tempId = (await as(ctx.app, manager).get(`/api/v1/workspaces/${initiative}/members`))
    .json()
    .members.find((m: { email: string }) => m.email === 'temp@elsewhere.test').id;
  await as(ctx.app, manager).delete(`/api/v1/workspaces/${initiative}/members/${tempId}`);
  expect(me.workspaces.some((w: { id: string }) => w.id === outsiderWorkspace)).toBe(false);
});
afterAll(async () => ctx?.close());

describe('workspace isolation', () => {
  const paths = (ws: string) => [
    `/api/v1/workspaces/${ws}`,
    `/api/v1/workspaces/${ws}/lifecycle`,
    `/api/v1/workspaces/${ws}/members`,
    `/api/v1/workspaces/${ws}/audit`,
    `/api/v1/workspaces/${ws}/invitations`,
    `/api/v1/workspaces/${ws}/followers`,
  ];

  it('gives 404 for every resource of a workspace the user does not belong to', async () => {
    for (const url of paths(initiative)) {
      const res = await as(ctx.app, outsider).get(url);
      expect(res.statusCode, url).toBe(404);
    }
    for (const url of paths(outsiderWorkspace)) {
      const res = await as(ctx.app, manager).get(url);
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('gives 404, not 403, for writes into another workspace and changes nothing', async () => {
    const res = await as(ctx.app, outsider).post(`/api/v1/workspaces/${initiative}/lifecycle/transitions`, {
      field: 'stage',
      to: 'transformation',
      reason: 'hostile',
    });
    expect(res.statusCode).toBe(404);
    const lifecycle = (await as(ctx.app, manager).get(`/api/v1/workspaces/${initiative}/lifecycle`)).json();
    expect(lifecycle.stage).toBe('initiation');
  });

  it('gives 404 for unknown and malformed workspace ids', async () => {
    expect(
      (await as(ctx.app, manager).get('/api/v1/workspaces/7f1d3a52-9c7e-4c1b-8d3e-000000000000/lifecycle'))
        .statusCode,
    ).toBe(404);
    expect((await as(ctx.app, manager).get('/api/v1/workspaces/not-a-uuid/lifecycle')).statusCode).toBe(404);
  });

  it('gives 404 for the lifecycle of a programme workspace (wrong kind)', async () => {
    const admin = await signIn(ctx.app, 'admin@demo.agglomera.org');
    const programme = workspaceByKind(admin, 'programme');
    expect((await as(ctx.app, admin).get(`/api/v1/workspaces/${programme}/lifecycle`)).statusCode).toBe(404);
  });
});

describe('roles', () => {
  it('refuses the users screen to a member (403) and allows it to the owner', async () => {
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    const res = await as(ctx.app, member).get(`/api/v1/workspaces/${initiative}/members`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('member');
    const ok = await as(ctx.app, manager).get(`/api/v1/workspaces/${initiative}/members`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().members.map((m: { email: string }) => m.email)).toContain('member@demo.agglomera.org');
  });

  it('lets a programme officer see the programme users (to form a scoring panel) but not change roles', async () => {
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    const programme = workspaceByKind(officer, 'programme');
    const res = await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/members`);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .members.map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual([
      'agent',
      'assessor',
      'coordinator',
      'evaluator',
      'officer',
      'owner',
      'panel_member',
      'panel_member',
    ]);
    const panel = res.json().members.find((m: { role: string }) => m.role === 'panel_member');
    expect(
      (
        await as(ctx.app, officer).patch(`/api/v1/workspaces/${programme}/members/${panel.id}`, {
          role: 'owner',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets staff tick key questions but not move the stage', async () => {
    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    const tick = await as(ctx.app, staff).put(
      `/api/v1/workspaces/${initiative}/lifecycle/key-questions/initiation.4`,
      {
        checked: true,
        answer: 'Yes: 3 processors export',
        evidence: '',
      },
    );
    expect(tick.statusCode).toBe(200);
    const move = await as(ctx.app, staff).post(`/api/v1/workspaces/${initiative}/lifecycle/transitions`, {
      field: 'stage',
      to: 'establishment',
      reason: 'ready',
    });
    expect(move.statusCode).toBe(403);
  });

  it('rejects programme-only roles in a cluster initiative', async () => {
    const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${initiative}/invitations`, {
      email: 'x@y.test',
      role: 'evaluator',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual({ field: 'body.role' });
  });

  it('keeps at least one owner', async () => {
    const other = await signIn(ctx.app, 'temp@elsewhere.test', 'long-enough-pw');
    const res = await as(ctx.app, other).patch(
      `/api/v1/workspaces/${outsiderWorkspace}/members/${other.userId}`,
      { role: 'viewer' },
    );
    expect(res.statusCode).toBe(409);
  });
});

describe('invitations by link', () => {
  it('invites, mails the link, and the invitee creates an account and lands in the workspace', async () => {
    const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${initiative}/invitations`, {
      email: 'New.Staff@Cluster.test',
      role: 'staff',
    });
    expect(res.statusCode).toBe(201);
    const mail = ctx.mailer.sent.at(-1)!;
    expect(mail.to).toBe('new.staff@cluster.test');
    const token = /invitations\/(\S+)/.exec(mail.text)![1]!;
    const info = (await ctx.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` })).json();
    expect(info).toMatchObject({ email: 'new.staff@cluster.test', role: 'staff', accountExists: false });
    const weak = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: 'N', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: 'New Staff', password: 'a-good-password' },
    });
    expect(accepted.statusCode).toBe(200);
    const s = await signIn(ctx.app, 'new.staff@cluster.test', 'a-good-password');
    expect(s.workspaces.find((w) => w.id === initiative)?.role).toBe('staff');
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: 'X', password: 'a-good-password' },
    });
    expect(again.statusCode).toBe(404);
  });

  it('writes the invitation in the inviter’s language, the role in words', async () => {
    await ctx.app.db.updateTable('users').set({ locale: 'es' }).where('id', '=', manager.userId).execute();
    try {
      const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${initiative}/invitations`, {
        email: 'nuevo@cluster.test',
        role: 'viewer',
      });
      expect(res.statusCode, res.body).toBe(201);
      const mail = ctx.mailer.sent.at(-1)!;
      expect(mail.to).toBe('nuevo@cluster.test');
      expect(mail.subject).toMatch(/^Le invitan a unirse a .+ en Agglomera$/);
      expect(mail.text).toMatch(/como lector\. Acepte en un plazo de 14 días:\n\S+\/invitations\//);
    } finally {
      await ctx.app.db.updateTable('users').set({ locale: 'en' }).where('id', '=', manager.userId).execute();
    }
  });
});

describe('password reset by token link', () => {
  it('writes the link’s mail in the account’s language', async () => {
    await ctx.app.db
      .updateTable('users')
      .set({ locale: 'fr' })
      .where('email', '=', 'staff@demo.agglomera.org')
      .execute();
    try {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        payload: { email: 'staff@demo.agglomera.org' },
      });
      expect(res.statusCode).toBe(202);
      await ctx.app.settleAfterReply();
      const mail = ctx.mailer.sent.at(-1)!;
      expect(mail.to).toBe('staff@demo.agglomera.org');
      expect(mail.subject).toBe('Réinitialisez votre mot de passe Agglomera');
      expect(mail.text).toMatch(
        /^Ouvrez ce lien dans l’heure pour choisir un nouveau mot de passe\s:\n\S+\/reset-password\//,
      );
    } finally {
      await ctx.app.db
        .updateTable('users')
        .set({ locale: 'en' })
        .where('email', '=', 'staff@demo.agglomera.org')
        .execute();
    }
  });

  it('sends a link, sets the new password once, and ends old sessions', async () => {
    const before = await signIn(ctx.app, 'officer@demo.agglomera.org');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'officer@demo.agglomera.org' },
    });
    expect(res.statusCode).toBe(202);
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'ghost@demo.agglomera.org' },
    });
    expect(unknown.statusCode).toBe(202);
    await ctx.app.settleAfterReply(); // the link is stored and mailed after the answer
    const mail = ctx.mailer.sent.at(-1)!;
    expect(mail.to).toBe('officer@demo.agglomera.org');
    const token = /reset-password\/(\S+)/.exec(mail.text)![1]!;
    const done = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'brand-new-password' },
    });
    expect(done.statusCode).toBe(200);
    expect((await as(ctx.app, before).get('/api/v1/me')).statusCode).toBe(401);
    await signIn(ctx.app, 'officer@demo.agglomera.org', 'brand-new-password');
    const reuse = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'another-password' },
    });
    expect(reuse.statusCode).toBe(400);
  });
});

describe('deleting a workspace', () => {
  it('is for owners only, confirmed by the exact name, and takes everything in it', async () => {
    const ctx2 = await createTestContext();
    try {
      const owner = await signIn(ctx2.app, 'manager@demo.agglomera.org');
      const staffer = await signIn(ctx2.app, 'staff@demo.agglomera.org');
      const ws = workspaceByKind(owner, 'cluster_initiative');
      const name = owner.workspaces.find((w) => w.id === ws)!.name;
      const del = (s: typeof owner, confirmName: string) =>
        ctx2.app.inject({
          method: 'DELETE',
          url: `/api/v1/workspaces/${ws}`,
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
          payload: { confirmName },
        });
      expect((await del(staffer, name)).statusCode).toBe(403);
      const wrong = await del(owner, name.toUpperCase());
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.details).toEqual([
        { field: 'body.confirmName', message: 'does not match the workspace name' },
      ]);
      expect(
        (await as(ctx2.app, owner).get(`/api/v1/workspaces/${ws}/actors?limit=1`)).json().total,
      ).toBeGreaterThan(0);
      expect((await del(owner, name)).statusCode).toBe(200);
      expect((await as(ctx2.app, owner).get(`/api/v1/workspaces/${ws}`)).statusCode).toBe(404);
      const left = await ctx2.app.db
        .selectFrom('actors')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', ws)
        .executeTakeFirstOrThrow();
      expect(Number(left.n)).toBe(0);
      const audit = await ctx2.app.db
        .selectFrom('audit_log')
        .select(['action', 'entity_id'])
        .where('action', '=', 'workspace.delete')
        .execute();
      expect(audit).toEqual([{ action: 'workspace.delete', entity_id: ws }]);
    } finally {
      await ctx2.close();
    }
  });
});
