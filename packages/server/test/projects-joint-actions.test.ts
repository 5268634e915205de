import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('projects (001:3136–3214)', () => {
  let projectId: string;
  it('starts a project with the typical financing of its type', async () => {
    const res = await as(ctx.app, manager).post(url('/projects'), {
      title: 'Joint packaging lab',
      type: 'joint',
      purpose: 'cluster_actors',
      startsOn: '2027-01-01',
      endsOn: '2027-06-30',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ phase: 'initiating', financing: 'self_financed' });
    projectId = res.json().id;
    expect(
      (
        await as(ctx.app, staff).post(url('/projects'), {
          title: 'x',
          type: 'internal',
          purpose: 'cluster_development',
          startsOn: '2027-01-01',
          endsOn: '2027-02-01',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses a task deadline outside the project and keeps nothing', async () => {
    const wp = await as(ctx.app, staff).post(url(`/projects/${projectId}/work-packages`), {
      title: 'WP1 Design',
    });
    expect(wp.statusCode).toBe(201);
    const bad = await as(ctx.app, staff).post(url(`/projects/${projectId}/tasks`), {
      title: 'Order the moulds',
      workPackageId: wp.json().id,
      startsOn: '2027-05-01',
      dueOn: '2027-07-15',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'outside_project',
      details: [{ field: 'body.dueOn', message: 'must be between 2027-01-01 and 2027-06-30' }],
    });
    const detail = (await as(ctx.app, staff).get(url(`/projects/${projectId}`))).json();
    expect(detail.tasks).toEqual([]);
    const ok = await as(ctx.app, staff).post(url(`/projects/${projectId}/tasks`), {
      title: 'Order the moulds',
      workPackageId: wp.json().id,
      ownerUserId: staff.userId,
      startsOn: '2027-05-01',
      dueOn: '2027-06-15',
    });
    expect(ok.statusCode).toBe(201);
    expect(
      (
        await as(ctx.app, staff).post(url(`/projects/${projectId}/milestones`), {
          title: 'Prototype',
          dueOn: '2026-12-31',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await as(ctx.app, staff).post(url(`/projects/${projectId}/milestones`), {
          title: 'Prototype',
          dueOn: '2027-03-31',
        })
      ).statusCode,
    ).toBe(201);
  });

  it('compares budget and actual by cost category', async () => {
    for (const line of [
      { category: 'Staff', planned: 12000, actual: 9000.5 },
      { category: 'Equipment', planned: 8000, actual: 8800 },
    ])
      expect(
        (await as(ctx.app, staff).post(url(`/projects/${projectId}/budget-lines`), line)).statusCode,
      ).toBe(201);
    expect(
      (
        await as(ctx.app, staff).post(url(`/projects/${projectId}/budget-lines`), {
          category: 'Travel',
          planned: -1,
        })
      ).statusCode,
    ).toBe(400);
    const d = (await as(ctx.app, staff).get(url(`/projects/${projectId}`))).json();
    expect(d.budget.rows).toEqual([
      { category: 'Equipment', planned: 8000, actual: 8800, variance: -800, spentShare: 1.1 },
      { category: 'Staff', planned: 12000, actual: 9000.5, variance: 2999.5, spentShare: 0.7500416666666667 },
    ]);
    expect(d.budget.total).toMatchObject({ planned: 20000, actual: 17800.5, variance: 2199.5 });
    expect(d.tasks[0]).toMatchObject({ title: 'Order the moulds', owner: 'Sofia Staff (demo)' });
  });

  it('moves through the phases one at a time and closes only with lessons learned', async () => {
    expect(
      (await as(ctx.app, manager).put(url(`/projects/${projectId}/phase`), { phase: 'implementing' }))
        .statusCode,
    ).toBe(400);
    for (const phase of ['planning', 'implementing', 'monitoring_closing'])
      expect(
        (await as(ctx.app, manager).put(url(`/projects/${projectId}/phase`), { phase })).statusCode,
      ).toBe(200);
    expect(
      (
        await as(ctx.app, staff).post(url(`/projects/${projectId}/reports`), {
          reportedOn: '2027-04-01',
          progress: 'Prototype ready.',
        })
      ).statusCode,
    ).toBe(201);
    const noLessons = await as(ctx.app, manager).post(url(`/projects/${projectId}/close`), {
      closedOn: '2027-06-30',
      lessonsLearned: ' ',
    });
    expect(noLessons.statusCode).toBe(400);
    expect(noLessons.json().error.details[0].field).toBe('body.lessonsLearned');
    expect(
      (
        await as(ctx.app, manager).post(url(`/projects/${projectId}/close`), {
          closedOn: '2027-06-30',
          lessonsLearned: 'Agree on mould ownership early.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await as(ctx.app, staff).post(url(`/projects/${projectId}/work-packages`), { title: 'Late' }))
        .statusCode,
    ).toBe(409);
    const csv = await as(ctx.app, manager).get(url('/projects?format=csv'));
    expect(csv.body).toContain(
      'Joint packaging lab,joint,monitoring_closing,2027-01-01,2027-06-30,EUR,20000,17800.5,2027-06-30',
    );
    expect((await as(ctx.app, member).get(url('/projects'))).statusCode).toBe(403);
  });
});

describe('joint actions (002:159, costs shared as in 000:187)', () => {
  it('shares the cost pro rata among enterprises and refuses a wrong participant list', async () => {
    const firms = (await as(ctx.app, manager).get(url('/actors?type=firm&limit=3'))).json().actors;
    const college = (await as(ctx.app, manager).get(url('/actors?type=research&limit=1'))).json().actors[0];
    const base = {
      title: 'Joint purchase of glass jars',
      kind: 'joint_purchasing',
      relation: 'enterprise_enterprise',
      startsOn: '2026-10-01',
      totalCost: 1000,
      costSharing: 'pro_rata',
    };
    const noWeight = await as(ctx.app, staff).post(url('/joint-actions'), {
      ...base,
      participants: [{ actorId: firms[0].id, weight: 1 }, { actorId: firms[1].id }],
    });
    expect(noWeight.statusCode).toBe(400);
    expect(noWeight.json().error.details[0].field).toBe('body.participants[1].weight');
    const mixed = await as(ctx.app, staff).post(url('/joint-actions'), {
      ...base,
      participants: [
        { actorId: firms[0].id, weight: 1 },
        { actorId: college.id, weight: 1 },
      ],
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.details[0].field).toBe('body.relation');
    const ok = await as(ctx.app, staff).post(url('/joint-actions'), {
      ...base,
      participants: firms.map((f: { id: string }, i: number) => ({ actorId: f.id, weight: [1, 2, 4][i] })),
    });
    expect(ok.statusCode).toBe(201);
    const shares = ok
      .json()
      .participants.map((p: { share: number }) => p.share)
      .sort((a: number, b: number) => a - b);
    expect(shares).toEqual([142.86, 285.71, 571.43]);
    const list = (await as(ctx.app, manager).get(url('/joint-actions'))).json().jointActions;
    expect(list.map((a: { title: string }) => a.title).sort()).toEqual([
      'Joint purchase of glass jars',
      'Joint purchase of glass jars (demo)',
    ]);
    const done = await as(ctx.app, staff).patch(url(`/joint-actions/${ok.json().id}`), {
      status: 'completed',
      results: '12 % lower price per jar',
    });
    expect(done.json()).toMatchObject({ status: 'completed', results: '12 % lower price per jar' });
  });

  it('splits an enterprise–institution action equally', async () => {
    const firm = (await as(ctx.app, manager).get(url('/actors?type=firm&limit=1'))).json().actors[0];
    const college = (await as(ctx.app, manager).get(url('/actors?type=research&limit=1'))).json().actors[0];
    const res = await as(ctx.app, staff).post(url('/joint-actions'), {
      title: 'Food technologist curriculum',
      kind: 'training',
      relation: 'enterprise_institution',
      startsOn: '2026-11-01',
      totalCost: 100.01,
      costSharing: 'equal',
      participants: [{ actorId: firm.id }, { actorId: college.id }],
    });
    expect(res.statusCode).toBe(201);
    expect(
      res
        .json()
        .participants.map((p: { share: number }) => p.share)
        .sort(),
    ).toEqual([50, 50.01]);
  });
});
