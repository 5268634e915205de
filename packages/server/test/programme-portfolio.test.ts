import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/** Issue 15, slice A: following by invitation, the portfolio that reads only what is shared, agents. */

let ctx: TestContext;
let manager: Session;
let officer: Session;
let agent: Session;
let coordinator: Session;
let admin: Session;
let programme: string;
let initiative: string;
let second: string;
let otherProgramme: string;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const p = (path: string, ws = programme) => `/api/v1/workspaces/${ws}/portfolio${path}`;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  const db = ctx.app.db;
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  initiative = workspaceByKind(manager, 'cluster_initiative');
  const org = (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
  const ws = async (kind: 'programme' | 'cluster_initiative', name: string) =>
    (
      await db
        .insertInto('workspaces')
        .values({ organisation_id: org, kind, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  second = await ws('cluster_initiative', 'Second Cluster (test)');
  otherProgramme = await ws('programme', 'Another Programme (test)');
  const managerId = manager.userId;
  const adminId = (
    await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'admin@demo.agglomera.org')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('memberships')
    .values([
      { workspace_id: second, user_id: managerId, role: 'owner' },
      { workspace_id: otherProgramme, user_id: adminId, role: 'owner' },
    ])
    .execute();
  await db
    .updateTable('workspaces')
    .set({ country: 'LC', sector: 'Agro-food' })
    .where('id', '=', initiative)
    .execute();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  agent = await signIn(ctx.app, 'agent@demo.agglomera.org');
  coordinator = await signIn(ctx.app, 'coordinator@demo.agglomera.org');
  admin = await signIn(ctx.app, 'admin@demo.agglomera.org');
  programme = workspaceByKind(officer, 'programme');
}, 120_000);
afterAll(async () => ctx?.close());

const invite = (ws: string, body: object) =>
  as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/follow-invitations`, body);
const redeem = (code: string, session = officer, ws = programme) =>
  as(ctx.app, session).post(`/api/v1/workspaces/${ws}/follows/redeem`, { code });

describe('follow invitations', () => {
  it('refuses bad input naming the field, and changes nothing', async () => {
    const cases: [object, string][] = [
      [{ scopes: [], expiresOn: inDays(5) }, 'scopes'],
      [{ scopes: ['indicators'], expiresOn: inDays(-1) }, 'body.expiresOn'],
      [{ scopes: ['indicators'], expiresOn: inDays(200) }, 'body.expiresOn'],
      [{ scopes: ['secrets'], expiresOn: inDays(5) }, 'scopes'],
      [{ scopes: ['indicators'], expiresOn: '2026-02-30' }, 'body.expiresOn'],
    ];
    for (const [body, field] of cases) {
      const res = await invite(second, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    }
    const list = (await as(ctx.app, manager).get(`/api/v1/workspaces/${second}/follow-invitations`)).json();
    expect(list.invitations).toEqual([]);
    // A programme's officer cannot invite on an initiative's behalf.
    expect(
      (
        await as(ctx.app, officer).post(`/api/v1/workspaces/${second}/follow-invitations`, {
          scopes: ['indicators'],
          expiresOn: inDays(5),
        })
      ).statusCode,
    ).toBe(404);
  });

  it('shows the code once, stores it hashed, and is single use', async () => {
    const res = await invite(second, {
      scopes: ['reports', 'indicators'],
      expiresOn: inDays(10),
      note: 'For the officer',
    });
    expect(res.statusCode).toBe(201);
    const { code, id, status, scopes } = res.json();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(status).toBe('open');
    expect(scopes).toEqual(['indicators', 'reports']);
    const stored = await ctx.app.db
      .selectFrom('follow_invitations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.code_hash).not.toContain(code.replace(/-/g, ''));
    const list = await as(ctx.app, manager).get(`/api/v1/workspaces/${second}/follow-invitations`);
    expect(list.body).not.toContain(code);

    // Nothing of the initiative shows before the code is redeemed.
    expect((await as(ctx.app, officer).get(p(`/${second}`))).statusCode).toBe(404);
    // Typed in lower case with spaces, it still works; the follow is active with those shares.
    const ok = await redeem(` ${code.toLowerCase().replace(/-/g, ' ')} `);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      initiative: { id: second, name: 'Second Cluster (test)' },
      shares: ['indicators', 'reports'],
    });
    const portfolio = (await as(ctx.app, officer).get(p(''))).json();
    expect(portfolio.initiatives.find((i: { id: string }) => i.id === second).shares).toEqual([
      'indicators',
      'reports',
    ]);
    // Used: the same 404 as a wrong code.
    const again = await redeem(code);
    const wrong = await redeem('AAAA-BBBB-CCCC');
    expect(again.statusCode).toBe(404);
    expect(wrong.statusCode).toBe(404);
    expect(again.json()).toEqual(wrong.json());
    // The initiative sees it used by the programme, and cannot revoke it any more.
    const used = (await as(ctx.app, manager).get(`/api/v1/workspaces/${second}/follow-invitations`)).json()
      .invitations[0];
    expect(used).toMatchObject({ status: 'used', programme: 'Cluster Capacity Programme (demo)' });
    expect(
      (await as(ctx.app, manager).delete(`/api/v1/workspaces/${second}/follow-invitations/${id}`)).statusCode,
    ).toBe(409);
    // Audited in both workspaces.
    const audits = await ctx.app.db
      .selectFrom('audit_log')
      .select('workspace_id')
      .where('action', '=', 'follow.invitation.redeem')
      .execute();
    expect(audits.map((a) => a.workspace_id).sort()).toEqual([programme, second].sort());
  });

  it('answers 404 to an expired or revoked code, and to someone who does not run a programme', async () => {
    const expired = (await invite(second, { scopes: ['lifecycle'], expiresOn: inDays(1) })).json();
    await ctx.app.db
      .updateTable('follow_invitations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expired.id)
      .execute();
    expect((await redeem(expired.code, admin, otherProgramme)).statusCode).toBe(404);
    const revoked = (await invite(second, { scopes: ['lifecycle'], expiresOn: inDays(1) })).json();
    expect(
      (await as(ctx.app, manager).delete(`/api/v1/workspaces/${second}/follow-invitations/${revoked.id}`))
        .statusCode,
    ).toBe(200);
    expect((await redeem(revoked.code, admin, otherProgramme)).statusCode).toBe(404);
    const open = (await invite(second, { scopes: ['lifecycle'], expiresOn: inDays(1) })).json();
    // An agent, a coordinator cannot redeem (their role: 403); the code stays usable.
    expect((await redeem(open.code, agent)).statusCode).toBe(403);
    expect((await redeem(open.code, coordinator)).statusCode).toBe(403);
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${second}/follow-invitations`))
        .json()
        .invitations.map((i: { status: string }) => i.status),
    ).toEqual(expect.arrayContaining(['expired', 'revoked', 'open', 'used']));
    expect((await redeem(open.code, admin, otherProgramme)).statusCode).toBe(200);
  });
});

describe('the portfolio reads only what is shared', () => {
  beforeAll(async () => {
    // What Lakeside shares with the demo programme, whatever the demo set.
    const f = await ctx.app.db
      .selectFrom('programme_follows')
      .select('id')
      .where('programme_id', '=', programme)
      .where('initiative_id', '=', initiative)
      .executeTakeFirstOrThrow();
    const res = await as(ctx.app, manager).put(`/api/v1/workspaces/${initiative}/followers/${f.id}`, {
      status: 'active',
      shares: ['lifecycle', 'indicators'],
    });
    expect(res.statusCode).toBe(200);
  });

  it('lists followed initiatives with where they are and what they share', async () => {
    const res = await as(ctx.app, officer).get(p(''));
    expect(res.statusCode).toBe(200);
    const lakeside = res.json().initiatives.find((i: { id: string }) => i.id === initiative);
    expect(lakeside).toMatchObject({
      name: 'Lakeside Agro-Food Cluster (demo)',
      country: 'LC',
      sector: 'Agro-food',
      shares: ['indicators', 'lifecycle'],
    });
    expect(lakeside.lifecycle.blueprintStep).toBe(5);
    // The second initiative does not share its lifecycle: none shows.
    expect(res.json().initiatives.find((i: { id: string }) => i.id === second).lifecycle).toBeNull();
  });

  it('reads shared indicators with periods, targets, values and traffic lights; 404 where not shared', async () => {
    const res = await as(ctx.app, officer).get(p(`/${initiative}/indicators`));
    expect(res.statusCode).toBe(200);
    const { indicators } = res.json();
    expect(indicators.length).toBeGreaterThan(0);
    for (const i of indicators) {
      expect(i).toHaveProperty('evaluationLevel');
      for (const period of i.periods) expect(['green', 'amber', 'red', 'none']).toContain(period.light);
    }
    expect(
      indicators.some((i: { periods: { value: number | null }[] }) =>
        i.periods.some((x) => x.value !== null),
      ),
    ).toBe(true);
    // Each trend is the chart the initiative's own monitoring report draws (ECharts SVG), or null
    // for an indicator with nothing to draw.
    const { charts } = res.json();
    for (const i of indicators as {
      id: string;
      name: string;
      periods: { target: number | null; value: number | null }[];
    }[]) {
      const drawable = i.periods.some((x) => x.target !== null || x.value !== null);
      if (drawable) expect(charts[i.id]).toMatch(/^<svg role="img" aria-label="[^"]*/);
      else expect(charts[i.id]).toBeNull();
    }
    const withValues = (indicators as { id: string; periods: { value: number | null }[] }[]).find((i) =>
      i.periods.some((x) => x.value !== null),
    )!;
    expect(charts[withValues.id]).toContain('Actual');
    expect((await as(ctx.app, officer).get(p(`/${initiative}/lifecycle`))).statusCode).toBe(200);
    // Lakeside does not share its reports; the second initiative does not share its lifecycle.
    expect((await as(ctx.app, officer).get(p(`/${initiative}/reports`))).statusCode).toBe(404);
    expect((await as(ctx.app, officer).get(p(`/${second}/lifecycle`))).statusCode).toBe(404);
    // Another programme does not follow Lakeside: 404 on all of it.
    for (const path of ['', '/indicators', '/lifecycle', '/reports'])
      expect((await as(ctx.app, admin).get(p(`/${initiative}${path}`, otherProgramme))).statusCode).toBe(404);
    // A malformed id is a 400 naming the parameter.
    const bad = await as(ctx.app, officer).get(p('/not-an-id/indicators'));
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('initiativeId');
  });

  it('hides a share at the next request once revoked, and shows it again when granted', async () => {
    const follower = (await as(ctx.app, manager).get(`/api/v1/workspaces/${initiative}/followers`))
      .json()
      .followers.find((f: { programme: { id: string } }) => f.programme.id === programme);
    const set = (shares: string[]) =>
      as(ctx.app, manager).put(`/api/v1/workspaces/${initiative}/followers/${follower.id}`, {
        status: 'active',
        shares,
      });
    expect((await set(['lifecycle'])).statusCode).toBe(200);
    expect((await as(ctx.app, officer).get(p(`/${initiative}/indicators`))).statusCode).toBe(404);
    expect(
      (await as(ctx.app, officer).get(p('')))
        .json()
        .initiatives.find((i: { id: string }) => i.id === initiative).shares,
    ).toEqual(['lifecycle']);
    expect((await set(['lifecycle', 'indicators', 'reports'])).statusCode).toBe(200);
    expect((await as(ctx.app, officer).get(p(`/${initiative}/indicators`))).statusCode).toBe(200);
    expect((await as(ctx.app, officer).get(p(`/${initiative}/reports`))).statusCode).toBe(200);
    // Ending the follow hides everything.
    const end = await as(ctx.app, manager).put(
      `/api/v1/workspaces/${second}/followers/${
        (await as(ctx.app, manager).get(`/api/v1/workspaces/${second}/followers`))
          .json()
          .followers.find((f: { programme: { id: string } }) => f.programme.id === otherProgramme).id
      }`,
      { status: 'ended', shares: [] },
    );
    expect(end.statusCode).toBe(200);
    expect((await as(ctx.app, admin).get(p(`/${second}`, otherProgramme))).statusCode).toBe(404);
  });
});

describe('agents and the coordinator', () => {
  it('assigns agents; an agent sees only the assigned initiatives and reports on them', async () => {
    const bad = await as(ctx.app, officer).put(p(`/${initiative}/agents`), {
      agentIds: [coordinator.userId],
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('body.agentIds.0');
    expect(
      (await as(ctx.app, agent).put(p(`/${initiative}/agents`), { agentIds: [agent.userId] })).statusCode,
    ).toBe(403);
    expect(
      (await as(ctx.app, officer).put(p(`/${initiative}/agents`), { agentIds: [agent.userId] })).statusCode,
    ).toBe(200);

    const mine = (await as(ctx.app, agent).get(p(''))).json().initiatives;
    expect(mine.map((i: { id: string }) => i.id)).toEqual([initiative]);
    expect((await as(ctx.app, agent).get(p(`/${initiative}/indicators`))).statusCode).toBe(200);
    for (const path of ['', '/indicators', '/agent-reports'])
      expect((await as(ctx.app, agent).get(p(`/${second}${path}`))).statusCode).toBe(404);
    expect(
      (await as(ctx.app, agent).post(p(`/${second}/agent-reports`), { period: '2026 Q1', text: 'x' }))
        .statusCode,
    ).toBe(404);

    const empty = await as(ctx.app, agent).post(p(`/${initiative}/agent-reports`), {
      period: ' ',
      text: 'Visited',
    });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('body.period');
    const made = await as(ctx.app, agent).post(p(`/${initiative}/agent-reports`), {
      period: '2026 Q1',
      text: 'Met the cluster manager; the packaging pilot runs.',
    });
    expect(made.statusCode).toBe(201);
    // Only agents write reports; only the author edits.
    expect(
      (await as(ctx.app, officer).post(p(`/${initiative}/agent-reports`), { period: 'x', text: 'y' }))
        .statusCode,
    ).toBe(403);
    const edit = await as(ctx.app, agent).put(p(`/${initiative}/agent-reports/${made.json().id}`), {
      period: '2026 Q1',
      text: 'Met the cluster manager; the packaging pilot runs with 8 firms.',
    });
    expect(edit.statusCode).toBe(200);

    const view = (await as(ctx.app, coordinator).get(p('/agents'))).json();
    const andre = view.agents.find((a: { id: string }) => a.id === agent.userId);
    expect(andre.initiatives.map((i: { id: string }) => i.id)).toEqual([initiative]);
    expect(view.reports.find((r: { text: string }) => r.text.includes('8 firms'))).toMatchObject({
      period: '2026 Q1',
      text: expect.stringContaining('8 firms'),
    });
    expect(
      (await as(ctx.app, coordinator).get(p(`/${initiative}/agent-reports`))).json().reports,
    ).toContainEqual(expect.objectContaining({ period: '2026 Q1', canEdit: false }));
    // The agent's own view of the coordinator's list is refused (policy read).
    expect((await as(ctx.app, agent).get(p('/agents'))).statusCode).toBe(403);
    // Unassigned, the agent loses the initiative at once.
    await as(ctx.app, officer).put(p(`/${initiative}/agents`), { agentIds: [] });
    expect((await as(ctx.app, agent).get(p(`/${initiative}/indicators`))).statusCode).toBe(404);
    expect((await as(ctx.app, agent).get(p(''))).json().initiatives).toEqual([]);
  });
});

describe('the demo portfolio', () => {
  it('shows the demo initiative sharing lifecycle, indicators, a report and its benchmarking, its agent, an unused invitation', async () => {
    const demo = await createTestContext({ demoHomes: true });
    try {
      const o = await signIn(demo.app, 'officer@demo.agglomera.org');
      const prog = workspaceByKind(o, 'programme');
      const list = (await as(demo.app, o).get(`/api/v1/workspaces/${prog}/portfolio`)).json().initiatives;
      const lakeside = list.find((i: { name: string }) => i.name === 'Lakeside Agro-Food Cluster (demo)');
      expect(lakeside.shares).toEqual(['benchmarking', 'indicators', 'lifecycle', 'reports']);
      expect(lakeside.country).toBe('LC');
      expect(lakeside.agents.map((a: { name: string }) => a.name)).toEqual(['Andre Agent (demo)']);
      const base = `/api/v1/workspaces/${prog}/portfolio/${lakeside.id}`;
      const reports = (await as(demo.app, o).get(`${base}/reports`)).json().reports;
      expect(reports).toHaveLength(1);
      const pdf = await as(demo.app, o).get(`${base}/reports/${reports[0].id}?format=pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      const a = await signIn(demo.app, 'agent@demo.agglomera.org');
      const own = (await as(demo.app, a).get(`/api/v1/workspaces/${prog}/portfolio`)).json().initiatives;
      expect(own.map((i: { id: string }) => i.id)).toEqual([lakeside.id]);
      const agentReports = (await as(demo.app, a).get(`${base}/agent-reports`)).json().reports;
      expect(agentReports).toHaveLength(1);
      expect(agentReports[0].canEdit).toBe(true);
      const m = await signIn(demo.app, 'manager@demo.agglomera.org');
      const invitations = (
        await as(demo.app, m).get(`/api/v1/workspaces/${lakeside.id}/follow-invitations`)
      ).json().invitations;
      expect(invitations.map((i: { status: string }) => i.status)).toEqual(['open']);
    } finally {
      await demo.close();
    }
  }, 120_000);
});

describe('the blueprint chart', () => {
  it('edits rows and cells, checks input, and shows a followed initiative’s current step', async () => {
    const b = (path: string) => p(`/blueprint${path}`);
    const chart = (await as(ctx.app, coordinator).get(b(''))).json();
    expect(chart.steps).toHaveLength(9);
    expect(chart.steps[0].name).toBe('Sharing industry/cause-specific research');
    const made = await as(ctx.app, officer).post(b('/associations'), {
      name: 'Second Cluster association',
      initiativeId: second,
    });
    // The second initiative is followed: its invitation was redeemed above.
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    const dup = await as(ctx.app, officer).post(b('/associations'), { name: 'Second Cluster association' });
    expect(dup.statusCode).toBe(409);
    const foreign = await as(ctx.app, officer).post(b('/associations'), {
      name: 'Elsewhere',
      initiativeId: otherProgramme,
    });
    expect(foreign.statusCode).toBe(400);
    expect(JSON.stringify(foreign.json())).toContain('body.initiativeId');
    const badState = await as(ctx.app, officer).put(b(`/associations/${id}/cells/3`), { state: 'finished' });
    expect(badState.statusCode).toBe(400);
    expect(
      (await as(ctx.app, officer).put(b(`/associations/${id}/cells/10`), { state: 'done' })).statusCode,
    ).toBe(400);
    expect(
      (
        await as(ctx.app, officer).put(b(`/associations/${id}/cells/1`), {
          state: 'led_by_others',
          note: 'By the chamber',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await as(ctx.app, officer).put(b(`/associations/${id}/cells/2`), { state: 'ongoing' })).statusCode,
    ).toBe(200);
    expect(
      (await as(ctx.app, officer).put(b(`/associations/${id}/cells/2`), { state: null })).statusCode,
    ).toBe(200);
    // Only runners edit.
    expect(
      (await as(ctx.app, coordinator).put(b(`/associations/${id}/cells/2`), { state: 'done' })).statusCode,
    ).toBe(403);
    const after = (await as(ctx.app, officer).get(b(''))).json().associations;
    const row = after.find((a: { id: string }) => a.id === id);
    expect(row.cells).toEqual([{ step: 1, state: 'led_by_others', note: 'By the chamber' }]);
    // The second initiative shares no lifecycle: no current step; Lakeside (demo row) does.
    expect(row.currentStep).toBeNull();
    const lakeside = after.find(
      (a: { initiative: { id: string } | null }) => a.initiative?.id === initiative,
    );
    expect(lakeside.currentStep).toBe(5);
    // Another programme's row is not reachable.
    expect(
      (await as(ctx.app, admin).delete(p(`/blueprint/associations/${id}`, otherProgramme))).statusCode,
    ).toBe(404);
    expect((await as(ctx.app, officer).delete(b(`/associations/${id}`))).statusCode).toBe(200);
  });
});

describe('roll-ups and comparison over the API', () => {
  it('rolls the shared indicators up by level, and compares only portfolio initiatives', async () => {
    const r = (await as(ctx.app, coordinator).get(p('/rollups'))).json();
    expect(r.levels).toHaveLength(4);
    expect(r.levels.reduce((n: number, l: { indicators: number }) => n + l.indicators, 0)).toBeGreaterThan(0);
    expect(r.countries.find((c: { key: string }) => c.key === 'LC').initiatives).toBeGreaterThanOrEqual(1);
    const ok = await as(ctx.app, officer).get(p(`/compare?ids=${initiative},${second}`));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().initiatives.map((i: { id: string }) => i.id)).toEqual([initiative, second]);
    const one = await as(ctx.app, officer).get(p(`/compare?ids=${initiative}`));
    expect(one.statusCode).toBe(400);
    expect(JSON.stringify(one.json())).toContain('querystring.ids');
    const foreign = await as(ctx.app, admin).get(p(`/compare?ids=${initiative},${second}`, otherProgramme));
    expect(foreign.statusCode).toBe(400);
    expect(JSON.stringify(foreign.json())).toContain('ids[0]');
  });
});
