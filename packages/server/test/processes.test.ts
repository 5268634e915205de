import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/** Process management of the cluster organisation (GIZ 001:3232–3305). */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let ws: string;
const url = (path = '') => `/api/v1/workspaces/${ws}/operations/processes${path}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx.close());

describe('the cluster process model', () => {
  let application: string;
  let screening: string;

  it('holds primary processes and sub-processes of one kind, two levels deep', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(url(), {
      kind: 'core',
      name: 'Member application',
      owner: 'Cluster manager',
      purpose: 'From the application to the board decision',
      steps: ['Receive the application', '  ', 'Board decides'],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'core',
      parentId: null,
      steps: ['Receive the application', 'Board decides'],
      stage: 'modelled',
      openCycle: null,
      cycles: 0,
    });
    application = created.json().id;
    const sub = await m.post(url(), { kind: 'core', name: 'Screening', parentId: application });
    expect(sub.statusCode).toBe(201);
    screening = sub.json().id;
    await m.post(url(), { kind: 'management', name: 'Strategy review' });

    const list = (await m.get(url())).json().processes as { name: string }[];
    // By kind (management, core, support, learning), each primary process followed by its
    // sub-processes; the demo brings a process of each kind and one sub-process.
    expect(list.map((p) => p.name)).toEqual([
      'Strategy and annual planning (demo)',
      'Strategy review',
      'Member application',
      'Screening',
      'Service delivery (demo)',
      'Event organisation (demo)',
      'Fee collection (demo)',
    ]);
  });

  it('refuses an empty name, a taken name, a third level and a kind other than the parent’s', async () => {
    const m = as(ctx.app, manager);
    const empty = await m.post(url(), { kind: 'core', name: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('body.name');
    expect((await m.post(url(), { kind: 'support', name: 'member application' })).statusCode).toBe(409);
    const third = await m.post(url(), { kind: 'core', name: 'Check references', parentId: screening });
    expect(third.statusCode).toBe(400);
    expect(third.json().error.details[0]).toEqual({ field: 'body.parentId', message: 'is a sub-process' });
    const otherKind = await m.post(url(), { kind: 'support', name: 'Invoicing', parentId: application });
    expect(otherKind.statusCode).toBe(400);
    expect(otherKind.json().error.details[0].field).toBe('body.kind');
    const badKind = await m.post(url(), { kind: 'marketing', name: 'X' });
    expect(badKind.statusCode).toBe(400);
    expect((await m.get(url())).json().processes).toHaveLength(7);
  });

  it('belongs to the management team: members are refused, other workspaces see nothing', async () => {
    expect((await as(ctx.app, member).get(url())).statusCode).toBe(403);
    expect((await as(ctx.app, member).post(url(), { kind: 'core', name: 'Mine' })).statusCode).toBe(403);
    expect((await as(ctx.app, staff).get(url())).statusCode).toBe(200);
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    expect((await as(ctx.app, officer).get(url())).statusCode).toBe(404);
  });

  it('runs a PDCA cycle phase by phase and standardises the result', async () => {
    const m = as(ctx.app, manager);
    const start = await m.post(url(`/${screening}/cycles`), {
      problem: 'Applications wait three weeks',
      goal: 'Answer within one week',
      measures: 'Board decides by e-mail between meetings',
    });
    expect(start.statusCode, start.body).toBe(201);
    const cycle = start.json().id as string;
    expect(start.json().phase).toBe('plan');
    expect(
      (await m.post(url(`/${screening}/cycles`), { problem: 'x', goal: 'y', measures: 'z' })).statusCode,
    ).toBe(409);
    expect(
      (await m.get(url())).json().processes.find((p: { id: string }) => p.id === screening).openCycle,
    ).toEqual({
      id: cycle,
      phase: 'plan',
    });

    expect((await m.post(url(`/${screening}/cycles/${cycle}/advance`))).json().phase).toBe('do');
    const early = await m.post(url(`/${screening}/cycles/${cycle}/advance`));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details).toEqual([{ field: 'doNotes', message: 'is empty' }]);
    const notAct = await m.post(url(`/${screening}/cycles/${cycle}/close`), { decision: 'standardise' });
    expect(notAct.statusCode).toBe(409);

    await m.put(url(`/${screening}/cycles/${cycle}`), { doNotes: 'Tried with the next two applicants' });
    expect((await m.post(url(`/${screening}/cycles/${cycle}/advance`))).json().phase).toBe('check');
    await as(ctx.app, staff).put(url(`/${screening}/cycles/${cycle}`), {
      checkResult: 'Both answered within 5 days',
    });
    expect((await m.post(url(`/${screening}/cycles/${cycle}/advance`))).json().phase).toBe('act');
    expect((await m.post(url(`/${screening}/cycles/${cycle}/advance`))).statusCode).toBe(409);

    // The five steps stay in order (001:3258–3262): standardising optimises an implemented process.
    const implemented = { kind: 'core', name: 'Screening', parentId: application, stage: 'implemented' };
    expect((await m.put(url(`/${screening}`), implemented)).statusCode).toBe(200);
    const closed = await m.post(url(`/${screening}/cycles/${cycle}/close`), {
      decision: 'standardise',
      actNotes: 'E-mail decisions for every application',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      cycle: { decision: 'standardise', phase: 'act' },
      next: null,
      optimised: true,
    });
    expect(closed.json().cycle.closedAt).not.toBeNull();
    const p = (await m.get(url(`/${screening}`))).json();
    expect(p).toMatchObject({ stage: 'optimised', openCycle: null });
    expect(p.cycles.map((x: { decision: string }) => x.decision)).toEqual(['standardise']);
    expect((await m.put(url(`/${screening}/cycles/${cycle}`), { actNotes: 'late' })).statusCode).toBe(409);
  });

  it('restarts a cycle on the same problem when the measures did not work', async () => {
    const m = as(ctx.app, manager);
    const c = (
      await m.post(url(`/${application}/cycles`), {
        problem: 'Few applications',
        goal: '10 a year',
        measures: 'Open day',
      })
    ).json().id;
    await m.post(url(`/${application}/cycles/${c}/advance`));
    await m.put(url(`/${application}/cycles/${c}`), {
      doNotes: 'One open day',
      checkResult: 'Two applications',
    });
    await m.post(url(`/${application}/cycles/${c}/advance`));
    await m.post(url(`/${application}/cycles/${c}/advance`));
    const closed = await m.post(url(`/${application}/cycles/${c}/close`), { decision: 'restart' });
    expect(closed.json().next).toMatchObject({
      phase: 'plan',
      problem: 'Few applications',
      goal: '',
      decision: null,
    });
    const detail = (await m.get(url(`/${application}`))).json();
    expect(detail.openCycle).toEqual({ id: closed.json().next.id, phase: 'plan' });
    expect(detail.cycles.map((x: { decision: string | null }) => x.decision)).toEqual([null, 'restart']);
    expect(detail.stage).toBe('modelled');

    // "If invalid, go back to the first step and restart the cycle" (001:3304–3305): from DO, not PLAN.
    const again = closed.json().next.id as string;
    const fromPlan = await m.post(url(`/${application}/cycles/${again}/close`), { decision: 'restart' });
    expect(fromPlan.statusCode).toBe(409);
    await m.put(url(`/${application}/cycles/${again}`), { goal: '10 a year', measures: 'Two open days' });
    await m.post(url(`/${application}/cycles/${again}/advance`));
    const fromDo = await m.post(url(`/${application}/cycles/${again}/close`), { decision: 'restart' });
    expect(fromDo.statusCode, fromDo.body).toBe(200);
    expect(fromDo.json()).toMatchObject({
      cycle: { phase: 'do', decision: 'restart' },
      next: { phase: 'plan' },
    });
    // Standardising a cycle of a process not yet implemented leaves its step where it is.
    const third = fromDo.json().next.id as string;
    await m.put(url(`/${application}/cycles/${third}`), {
      goal: '10 a year',
      measures: 'Partner referrals',
      doNotes: 'Asked two partners',
      checkResult: 'Five applications',
    });
    for (let i = 0; i < 3; i++) await m.post(url(`/${application}/cycles/${third}/advance`));
    const std = await m.post(url(`/${application}/cycles/${third}/close`), { decision: 'standardise' });
    expect(std.json()).toMatchObject({ optimised: false });
    expect((await m.get(url(`/${application}`))).json().stage).toBe('modelled');
  });

  it('removes a process only without sub-processes, by owners and managers', async () => {
    const m = as(ctx.app, manager);
    const busy = await m.delete(url(`/${application}`));
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.message).toMatch(/still has sub-processes \(such as "Screening"\)/);
    expect((await as(ctx.app, staff).delete(url(`/${screening}`))).statusCode).toBe(403);
    expect((await m.delete(url(`/${screening}`))).statusCode).toBe(204);
    expect((await m.delete(url(`/${application}`))).statusCode).toBe(204);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', ws)
      .where('action', 'like', 'p%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'process.create',
        'pdca.start',
        'pdca.advance',
        'pdca.close',
        'process.delete',
      ]),
    );
  });
});
