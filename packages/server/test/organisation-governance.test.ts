import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@agglomera/methods';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { applicationDeciders } from '../src/organisation/governance.service.js';
import { getOrganisationSummary } from '../src/organisation/profile.service.js';

/**
 * The initiative profile (GIZ 001:1177–1192, 001:257–310; MarketMakers 000:171–179), the legal
 * form decision (001:2297–2331) and governance (001:2337–2390; UNIDO 002:271–291), with the board
 * role: membership applications are decided by the body the statutes name (001:2382).
 */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let member3: Session;
let viewer: Session;
let ws: string;
let otherWs: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/organisation/${path}`;
const today = new Date().toISOString().slice(0, 10);
const count = async (table: 'governance_seats' | 'governance_bodies' | 'legal_form_decisions') =>
  Number(
    (
      await ctx.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('workspace_id', '=', ws)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  member3 = await signIn(ctx.app, 'member3@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  const invite = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/invitations`, {
    email: 'viewer@elsewhere.test',
    role: 'viewer',
  });
  const token = invite.json().link.split('/').pop();
  await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/invitations/${token}/accept`,
    payload: { name: 'Vera Viewer', password: 'long-enough-pw' },
  });
  viewer = await signIn(ctx.app, 'viewer@elsewhere.test', 'long-enough-pw');
  otherWs = (
    await as(ctx.app, viewer).post('/api/v1/workspaces', {
      name: 'Other cluster',
      kind: 'cluster_initiative',
    })
  ).json().id;
});
afterAll(async () => ctx?.close());

describe('the initiative profile', () => {
  it('has the demo profile: the driver, its step advice, the four characteristics with evidence', async () => {
    const res = await as(ctx.app, viewer).get(url('profile'));
    expect(res.statusCode).toBe(200);
    const p = res.json().profile;
    expect(p.driverType).toBe('intermediary');
    expect(p.maySkip).toEqual([]);
    expect(p.characteristics.map((c: { key: string }) => c.key)).toEqual([
      'spatial_focus',
      'sectoral_focus',
      'critical_mass',
      'management_unit',
    ]);
    expect(p.characteristics.every((c: { met: boolean }) => c.met)).toBe(true);
  });

  it('is edited by the team, not by viewers, and says a business-driven initiative may skip the mapping', async () => {
    expect((await as(ctx.app, viewer).put(url('profile'), { driverType: 'business' })).statusCode).toBe(403);
    const res = await as(ctx.app, staff).put(url('profile'), {
      driverType: 'business',
      implementationShape: 'inter_firm_network',
      formality: 'informal',
      characteristics: { spatial_focus: { met: false, evidence: ' Spread over two regions ' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json().profile;
    expect(p.maySkip).toEqual(['cluster_mapping']);
    expect(p.characteristics[0]).toEqual({
      key: 'spatial_focus',
      met: false,
      evidence: 'Spread over two regions',
    });
    expect(p.characteristics[1]).toEqual({ key: 'sectoral_focus', met: null, evidence: '' });
  });

  it('refuses an unknown driver type, naming the field, and stores nothing', async () => {
    const res = await as(ctx.app, manager).put(url('profile'), { driverType: 'alien', formality: 'formal' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('body.driverType');
    expect((await as(ctx.app, manager).get(url('profile'))).json().profile.formality).toBe('informal');
  });
});

describe('the legal form decision', () => {
  it('has the demo history: a cooperation agreement first, then the association (current)', async () => {
    const res = await as(ctx.app, viewer).get(url('legal-form'));
    expect(res.statusCode).toBe(200);
    expect(res.json().current.form).toBe('association');
    expect(res.json().current.answers.commercial).toMatch(/Secondary/);
    expect(res.json().decisions.map((d: { form: string }) => d.form)).toEqual([
      'association',
      'cooperation_agreement',
    ]);
  });

  it('is recorded by a manager only, with reasons, a known form and a past date', async () => {
    const ok = {
      form: 'hybrid',
      answers: { cooperation: 'Closer', commercial: 'A trading arm', integration: 'Selective' },
      reasons: 'Joint sales',
      decidedOn: today,
    };
    expect((await as(ctx.app, staff).post(url('legal-form'), ok)).statusCode).toBe(403);
    const before = await count('legal_form_decisions');
    const unknown = await as(ctx.app, manager).post(url('legal-form'), { ...ok, form: 'cartel' });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().error.details)).toContain('body.form');
    const noReason = await as(ctx.app, manager).post(url('legal-form'), { ...ok, reasons: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('body.reasons');
    const future = await as(ctx.app, manager).post(url('legal-form'), {
      ...ok,
      decidedOn: addDays(today, 3),
    });
    expect(future.json().error.details[0].field).toBe('body.decidedOn');
    expect(await count('legal_form_decisions')).toBe(before);
    const res = await as(ctx.app, manager).post(url('legal-form'), ok);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().current.form).toBe('hybrid');
    expect(res.json().decisions).toHaveLength(3);
  });
});

describe('governance', () => {
  it('has the demo bodies: an executive board of seven with one term ending soon, the checklist all met', async () => {
    const res = await as(ctx.app, viewer).get(url('governance'));
    expect(res.statusCode).toBe(200);
    const g = res.json();
    const board = g.bodies.find((b: { kind: string }) => b.kind === 'executive_board');
    expect(board.seats).toHaveLength(7);
    expect(board.maxSize).toBe(7);
    expect(board.decidesApplications).toBe(true);
    expect(g.decider.name).toBe('Executive board');
    expect(g.reminderDays).toBe(90);
    expect(g.expiring).toHaveLength(1);
    expect(g.expiring[0].termEnd).toBe(addDays(today, 30));
    expect(g.checklist.map((c: { status: string }) => c.status)).toEqual(['met', 'met', 'met', 'met']);
    expect(g.meetings).toHaveLength(2);
  });

  it('refuses an eighth seat on a board of seven, naming the body and its maximum; nothing stored', async () => {
    const g = (await as(ctx.app, manager).get(url('governance'))).json();
    const board = g.bodies.find((b: { kind: string }) => b.kind === 'executive_board');
    const before = await count('governance_seats');
    const res = await as(ctx.app, staff).post(url('governance/seats'), {
      bodyId: board.id,
      holderName: 'Eighth person',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Executive board has at most 7 seats under its statutes');
    const fr = await ctx.app.inject({
      method: 'POST',
      url: url('governance/seats'),
      headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'accept-language': 'fr' },
      payload: { bodyId: board.id, holderName: 'Eighth person' },
    });
    expect(fr.statusCode).toBe(409);
    expect(await count('governance_seats')).toBe(before);
    // Lowering the maximum below the seats filled is refused too.
    const lower = await as(ctx.app, staff).patch(url(`governance/bodies/${board.id}`), {
      minSize: 3,
      maxSize: 5,
    });
    expect(lower.statusCode).toBe(409);
    expect(lower.json().error.details[0].field).toBe('body.maxSize');
  });

  it('refuses a body whose minimum is above its maximum, and a term ending before it starts', async () => {
    const before = await count('governance_bodies');
    const sizes = await as(ctx.app, staff).post(url('governance/bodies'), {
      kind: 'advisory_board',
      name: 'Advisory board',
      minSize: 9,
      maxSize: 5,
    });
    expect(sizes.statusCode).toBe(400);
    expect(sizes.json().error.details[0].field).toBe('body.minSize');
    expect(await count('governance_bodies')).toBe(before);
    const unknown = await as(ctx.app, staff).post(url('governance/bodies'), { kind: 'politburo', name: 'X' });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().error.details)).toContain('body.kind');

    const created = await as(ctx.app, staff).post(url('governance/bodies'), {
      kind: 'advisory_board',
      name: 'Advisory board',
      maxSize: 3,
      termYears: 2,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const seats = await count('governance_seats');
    const term = await as(ctx.app, staff).post(url('governance/seats'), {
      bodyId: id,
      holderName: 'Prof. Ama Owusu',
      termStart: '2026-05-01',
      termEnd: '2026-04-30',
    });
    expect(term.statusCode).toBe(400);
    expect(term.json().error.details[0].field).toBe('body.termEnd');
    const nobody = await as(ctx.app, staff).post(url('governance/seats'), { bodyId: id });
    expect(nobody.json().error.details[0].field).toBe('body.holderName');
    expect(await count('governance_seats')).toBe(seats);
  });

  it('never seats a login, an actor or a body of another workspace', async () => {
    const foreign = await as(ctx.app, viewer).post(
      `/api/v1/workspaces/${otherWs}/organisation/governance/bodies`,
      {
        kind: 'general_assembly',
        name: 'Their assembly',
      },
    );
    expect(foreign.statusCode).toBe(201);
    const res = await as(ctx.app, staff).post(url('governance/seats'), {
      bodyId: foreign.json().id,
      holderName: 'X',
    });
    expect(res.statusCode).toBe(404);
    const g = (await as(ctx.app, manager).get(url('governance'))).json();
    const assembly = g.bodies.find((b: { kind: string }) => b.kind === 'general_assembly');
    const outsider = await as(ctx.app, staff).post(url('governance/seats'), {
      bodyId: assembly.id,
      userId: (await signIn(ctx.app, 'officer@demo.agglomera.org')).userId,
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.details[0].field).toBe('body.userId');
  });

  it('seats one of two racing for the last seat, and edits seats and meetings with the same checks', async () => {
    const created = await as(ctx.app, staff).post(url('governance/bodies'), {
      kind: 'chair',
      name: 'Chair',
      maxSize: 1,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const race = await Promise.all(
      ['First', 'Second'].map((holderName) =>
        as(ctx.app, staff).post(url('governance/seats'), { bodyId: id, holderName }),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const g = race.find((r) => r.statusCode === 201)!.json();
    const seat = g.bodies.find((b: { id: string }) => b.id === id).seats[0];
    const bad = await as(ctx.app, staff).patch(url(`governance/seats/${seat.id}`), {
      termStart: '2026-05-01',
      termEnd: '2026-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.termEnd');
    const ok = await as(ctx.app, staff).patch(url(`governance/seats/${seat.id}`), {
      roleInBody: 'Chair of the board',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().bodies.find((b: { id: string }) => b.id === id).seats[0].roleInBody).toBe(
      'Chair of the board',
    );
    const meeting = g.meetings[0];
    const edited = await as(ctx.app, staff).patch(url(`governance/meetings/${meeting.id}`), {
      decisions: ['Budget approved', '  ', 'Fees unchanged'],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().meetings.find((m: { id: string }) => m.id === meeting.id).decisions).toEqual([
      'Budget approved',
      'Fees unchanged',
    ]);
    expect((await as(ctx.app, viewer).delete(url(`governance/meetings/${meeting.id}`))).statusCode).toBe(403);
  });

  it('flags terms within the window the team sets', async () => {
    const res = await as(ctx.app, staff).put(url('governance/settings'), { reminderDays: 10 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().expiring).toHaveLength(0);
    expect(
      (await as(ctx.app, staff).put(url('governance/settings'), { reminderDays: 90 })).json().expiring,
    ).toHaveLength(1);
  });
});

describe('the board role: applications are decided by the body the statutes name', () => {
  const apply = async (organisation: string) => {
    const link = (
      await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/membership/application-links`)
    ).json();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/apply/${link.token}`,
      payload: {
        organisation,
        contactName: 'Awa',
        email: `awa@${organisation.toLowerCase().replace(/\W/g, '')}.example`,
        actorType: 'firm',
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const decide = (s: Session, id: string, decision = 'approve') =>
    as(ctx.app, s).post(`/api/v1/workspaces/${ws}/membership/applications/${id}/decision`, { decision });

  it('exports who decides: the executive board and its seated logins', async () => {
    const d = await applicationDeciders(ctx.handle.db, ws);
    expect(d.body?.name).toBe('Executive board');
    expect(d.userIds).toHaveLength(2);
    expect(d.userIds).toContain(member.userId);
    const summary = await getOrganisationSummary(ctx.handle.db, ws);
    expect(summary.bodies.find((b) => b.decidesApplications)?.seats).toBe(7);
    expect(summary.legalForm?.form).toBe('hybrid');
  });

  it('refuses the manager (403 naming the body) and lets a seated board member decide', async () => {
    const id = await apply('Sunny Jams Ltd');
    const byManager = await decide(manager, id);
    expect(byManager.statusCode).toBe(403);
    expect(byManager.json().error.message).toContain('Executive board');
    expect((await decide(member3, id)).statusCode).toBe(403);
    const view = (await as(ctx.app, member).get(url('governance/application-deciders'))).json();
    expect(view.canDecide).toBe(true);
    expect(view.applications.map((a: { organisation: string }) => a.organisation)).toContain(
      'Sunny Jams Ltd',
    );
    expect((await as(ctx.app, manager).get(url('governance/application-deciders'))).json().canDecide).toBe(
      false,
    );
    const byBoard = await decide(member, id);
    expect(byBoard.statusCode, byBoard.body).toBe(200);
    expect(byBoard.json().status).toBe('approved');
  });

  it('moves the mark atomically; staff may not move it; without a deciding body the manager decides again', async () => {
    const g = (await as(ctx.app, manager).get(url('governance'))).json();
    const assembly = g.bodies.find((b: { kind: string }) => b.kind === 'general_assembly');
    expect(
      (await as(ctx.app, staff).put(url('governance/application-deciders'), { bodyId: null })).statusCode,
    ).toBe(403);
    const moved = await as(ctx.app, manager).put(url('governance/application-deciders'), {
      bodyId: assembly.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(
      moved
        .json()
        .bodies.filter((b: { decidesApplications: boolean }) => b.decidesApplications)
        .map((b: { name: string }) => b.name),
    ).toEqual(['General assembly']);
    const cleared = await as(ctx.app, manager).put(url('governance/application-deciders'), { bodyId: null });
    expect(cleared.json().decider).toBeNull();
    const id = await apply('Mango Valley Foods');
    expect((await decide(member, id)).statusCode).toBe(403);
    expect((await decide(manager, id)).statusCode).toBe(200);
  });
});
