import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  signIn,
  uploadAs,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

/** The action plan of the strategy module (issue 13, item 4; GIZ 001:2036–2061) and the green plan. */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let viewer: Session;
let ws: string;
const url = (path = '') => `/api/v1/workspaces/${ws}/strategy/action-plan${path}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Task {
  id: string;
  parentId: string | null;
  number: string;
  depth: number;
  task: string;
  priority: string;
  deadline: string | null;
  responsible: { kind: string; id: string; name: string } | null;
  support: string;
  remarks: string;
  status: string;
  kind: string;
  quickWin: boolean;
  goalId: string | null;
  elementId: string | null;
  late: boolean;
  revision: number;
}

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  // A viewer of the initiative: one of the demo's member logins made a viewer.
  const five = await ctx.handle.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'member5@demo.agglomera.org')
    .executeTakeFirstOrThrow();
  await ctx.handle.db
    .updateTable('memberships')
    .set({ role: 'viewer' })
    .where('user_id', '=', five.id)
    .where('workspace_id', '=', ws)
    .execute();
  viewer = await signIn(ctx.app, 'member5@demo.agglomera.org');
});
afterAll(async () => ctx.close());

const taskCount = async (planId: string) =>
  Number(
    (
      await ctx.handle.db
        .selectFrom('action_plan_tasks')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('plan_id', '=', planId)
        .executeTakeFirstOrThrow()
    ).n,
  );

const sheetRows = async (buffer: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    ),
  );
  return rows;
};

describe('the demo action plan', () => {
  it('is agreed, numbered on three levels, with owners, two late tasks, quick wins, a milestone and a deliverable', async () => {
    const d = (await as(ctx.app, manager).get(url('/current'))).json();
    expect(d.plan).toMatchObject({ kind: 'general', status: 'agreed', version: 1 });
    expect(d.plan.reviewOn).toBe(day(20));
    const tasks = d.tasks as Task[];
    expect(tasks.length).toBeGreaterThanOrEqual(12);
    expect(tasks.slice(0, 4).map((t) => t.number)).toEqual(['1', '1.1', '1.1.1', '1.1.2']);
    expect(Math.max(...tasks.map((t) => t.depth))).toBe(3);
    expect(tasks.filter((t) => t.late)).toHaveLength(2);
    expect(tasks.some((t) => t.quickWin)).toBe(true);
    expect(tasks.some((t) => t.kind === 'milestone')).toBe(true);
    expect(tasks.some((t) => t.kind === 'deliverable')).toBe(true);
    expect(tasks.some((t) => t.responsible?.kind === 'actor')).toBe(true);
    expect(tasks.some((t) => t.responsible?.kind === 'user')).toBe(true);
    expect(tasks.every((t) => t.goalId || t.elementId)).toBe(true);
    const green = (await as(ctx.app, manager).get(url('/current?kind=green'))).json();
    expect(green.kpis.map((k: { name: string }) => k.name)).toEqual([
      'CO₂ emissions avoided by members, tonnes per year (demo)',
    ]);
  });

  it('puts action-plan tasks in each person’s My tasks', async () => {
    const mine = (await as(ctx.app, staff).get(`/api/v1/workspaces/${ws}/tasks`)).json();
    const own = mine.tasks.filter((t: { source: string }) => t.source === 'action_plan_task');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((t: { assigneeId: string }) => t.assigneeId === staff.userId)).toBe(true);
    expect(own[0]).toMatchObject({ module: 'strategy', link: `/w/${ws}/strategy/action-plan` });
    expect(own.some((t: { late: boolean }) => t.late)).toBe(true);
    // Done tasks are not listed.
    expect(own.map((t: { title: string }) => t.title)).not.toContain('Pool packaging orders');
  });

  it('gives a task assigned to a register actor to the login linked to that actor', async () => {
    const d = (await as(ctx.app, manager).get(url('/current'))).json();
    const byActor = (d.tasks as Task[]).find((t) => t.responsible?.kind === 'actor' && t.status !== 'done')!;
    const mine = async () =>
      (
        (await as(ctx.app, member).get(`/api/v1/workspaces/${ws}/tasks`)).json().tasks as { key: string }[]
      ).map((t) => t.key);
    expect(await mine()).not.toContain(`action_plan_task:${byActor.id}`);
    const before = await ctx.handle.db
      .selectFrom('memberships')
      .select('actor_id')
      .where('user_id', '=', member.userId)
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    await ctx.handle.db
      .updateTable('memberships')
      .set({ actor_id: byActor.responsible!.id })
      .where('user_id', '=', member.userId)
      .where('workspace_id', '=', ws)
      .execute();
    expect(await mine()).toContain(`action_plan_task:${byActor.id}`);
    await ctx.handle.db
      .updateTable('memberships')
      .set({ actor_id: before.actor_id })
      .where('user_id', '=', member.userId)
      .where('workspace_id', '=', ws)
      .execute();
  });
});

describe('the contract export', () => {
  it('heads the eight columns in the reader’s language, one row per task in numbering order', async () => {
    const m = as(ctx.app, manager);
    const tasks = (await m.get(url('/current'))).json().tasks as Task[];
    const csv = await m.get(url('/export?format=csv'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('NO,TASK,PRIORITY,DEADLINE,RESPONSIBLE,SUPPORT,REMARKS,STATUS');
    expect(lines).toHaveLength(tasks.length + 1);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(tasks.map((t) => t.number));

    const xlsx = await m.get(url('/export?format=xlsx'));
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(xlsx.rawPayload);
    expect(rows[0]).toEqual([
      'NO',
      'TASK',
      'PRIORITY',
      'DEADLINE',
      'RESPONSIBLE',
      'SUPPORT',
      'REMARKS',
      'STATUS',
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual(['1', tasks[0]!.task, 'high', tasks[0]!.deadline]);

    expect((await m.patch('/api/v1/me', { locale: 'fr' })).statusCode).toBeLessThan(300);
    const fr = await sheetRows((await m.get(url('/export?format=xlsx'))).rawPayload);
    expect(fr[0]).toEqual([
      'N°',
      'TÂCHE',
      'PRIORITÉ',
      'ÉCHÉANCE',
      'RESPONSABLE',
      'APPUI',
      'REMARQUES',
      'STATUT',
    ]);
    expect(fr[1]![2]).toBe('haute');
    await m.patch('/api/v1/me', { locale: 'en' });
  });
});

describe('drafting a plan', () => {
  let planId: string;
  let parent: Task;
  let child: Task;
  const m = () => as(ctx.app, manager);

  it('adds tasks and sub-tasks numbered 1, 1.1, 2 and audits them', async () => {
    const plan = await m().post(url(), { title: 'Test plan', startsOn: day(0), endsOn: day(100) });
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json().plan.id;
    expect(plan.json().plan).toMatchObject({ version: 2, status: 'draft' });
    const choices = (await m().get(url('/choices'))).json();
    const actor = choices.actors[0];
    const goal = choices.goals[0];
    const measure = choices.elements.find((e: { kind: string }) => e.kind === 'measure');
    const a = await m().post(url(`/${planId}/tasks`), {
      task: 'Develop statute for the cluster',
      priority: 'high',
      deadline: day(60),
      responsibleUserId: staff.userId,
      support: 'Lawyer',
      remarks: 'Analyse statutes of other clusters',
      goalId: goal.id,
      quickWin: true,
    });
    expect(a.statusCode, a.body).toBe(201);
    parent = a.json().task;
    const b = await m().post(url(`/${planId}/tasks`), {
      task: 'Elect the cluster board',
      parentId: parent.id,
      deadline: day(50),
      responsibleActorId: actor.id,
      elementId: measure.id,
      kind: 'milestone',
      status: 'in_progress',
    });
    expect(b.statusCode, b.body).toBe(201);
    child = b.json().task;
    await m().post(url(`/${planId}/tasks`), {
      task: 'Identify and employ a cluster manager',
      priority: 'low',
    });
    const d = (await m().get(url(`/${planId}`))).json();
    expect(d.tasks.map((t: Task) => [t.number, t.task])).toEqual([
      ['1', 'Develop statute for the cluster'],
      ['1.1', 'Elect the cluster board'],
      ['2', 'Identify and employ a cluster manager'],
    ]);
    expect(d.tasks[1]).toMatchObject({ responsible: { kind: 'actor', name: actor.name }, kind: 'milestone' });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', child.id)
      .execute();
    expect(audit.map((x) => x.action)).toEqual(['action_plan.task.create']);
  });

  it('refuses a deadline after the plan’s end, a sub-task due after its parent and a circular parent link, storing nothing', async () => {
    const before = await taskCount(planId);
    const late = await m().post(url(`/${planId}/tasks`), { task: 'Too late', deadline: day(101) });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details).toEqual([
      { field: 'body.deadline', message: 'is after the end of the plan' },
    ]);
    const afterParent = await m().post(url(`/${planId}/tasks`), {
      task: 'After the parent',
      parentId: parent.id,
      deadline: day(61),
    });
    expect(afterParent.statusCode).toBe(400);
    expect(afterParent.json().error.code).toBe('deadline_after_parent');
    expect(afterParent.json().error.message).toContain('Develop statute for the cluster');
    const cycle = await m().post(url(`/${planId}/tasks/${parent.id}/move`), { parentId: child.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('circular_parent');
    const self = await m().put(url(`/${planId}/tasks/${parent.id}`), { parentId: parent.id });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details[0].field).toBe('body.parentId');
    // The parent may not move its deadline before its sub-task's.
    const early = await m().put(url(`/${planId}/tasks/${parent.id}`), { deadline: day(40) });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('deadline_before_sub_task');
    expect(await taskCount(planId)).toBe(before);
    const d = (await m().get(url(`/${planId}`))).json();
    expect(d.tasks.find((t: Task) => t.id === parent.id)).toMatchObject({
      parentId: null,
      deadline: day(60),
    });
  });

  it('answers bad input in the user’s language', async () => {
    await as(ctx.app, manager).patch('/api/v1/me', { locale: 'es' });
    const late = await m().post(url(`/${planId}/tasks`), { task: 'Tarde', deadline: day(101) });
    expect(late.json().error.message).toMatch(/^El plazo es posterior al final del plan de acción/);
    await as(ctx.app, manager).patch('/api/v1/me', { locale: 'en' });
  });

  it('moves a task under another and refuses a stale edit', async () => {
    const moved = await m().post(url(`/${planId}/tasks/${child.id}/move`), { parentId: null, position: 0 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().tasks.map((t: Task) => t.number + ' ' + t.task)).toEqual([
      '1 Elect the cluster board',
      '2 Develop statute for the cluster',
      '3 Identify and employ a cluster manager',
    ]);
    const back = await m().post(url(`/${planId}/tasks/${child.id}/move`), { parentId: parent.id });
    expect(back.json().tasks.map((t: Task) => t.number)).toEqual(['1', '1.1', '2']);
    const now = back.json().tasks.find((t: Task) => t.id === parent.id) as Task;
    const ok = await m().put(url(`/${planId}/tasks/${parent.id}`), {
      status: 'in_progress',
      revision: now.revision,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await m().put(url(`/${planId}/tasks/${parent.id}`), {
      status: 'done',
      revision: now.revision,
    });
    expect(stale.statusCode).toBe(409);
    expect((await m().get(url(`/${planId}`))).json().tasks[0].status).toBe('in_progress');
  });

  it('keeps numbering whole when several people add tasks at once (the plan is locked per write)', async () => {
    const plan = (await m().post(url(), { title: 'Busy plan', startsOn: day(0), endsOn: day(30) })).json()
      .plan;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        as(ctx.app, i % 2 ? staff : manager).post(url(`/${plan.id}/tasks`), { task: `Parallel task ${i}` }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const d = (await m().get(url(`/${plan.id}`))).json();
    expect(d.tasks.map((t: Task) => t.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    const positions = await ctx.handle.db
      .selectFrom('action_plan_tasks')
      .select('position')
      .where('plan_id', '=', plan.id)
      .orderBy('position')
      .execute();
    expect(positions.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await m().delete(url(`/${plan.id}`))).statusCode).toBe(204);
  });

  const roundTrip = async (format: 'xlsx' | 'csv', locale: 'en' | 'fr') => {
    await m().patch('/api/v1/me', { locale });
    const before = (await m().get(url(`/${planId}`))).json().tasks as Task[];
    const file = await m().get(url(`/export?format=${format}&planId=${planId}`));
    expect(file.statusCode).toBe(200);
    const res = await uploadAs(
      ctx.app,
      manager,
      url(`/import?planId=${planId}`),
      `plan.${format}`,
      file.rawPayload,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      imported: before.length,
      updated: before.length,
      added: 0,
      removed: 0,
    });
    const after = (await m().get(url(`/${planId}`))).json().tasks as Task[];
    const strip = (t: Task) => ({ ...t, revision: 0 });
    expect(after.map(strip)).toEqual(before.map(strip));
    await m().patch('/api/v1/me', { locale: 'en' });
  };

  it('restores the plan unchanged from its own XLSX export (English)', () => roundTrip('xlsx', 'en'));
  it('restores the plan unchanged from its own CSV export (French)', () => roundTrip('csv', 'fr'));

  it('imports a reworked file and refuses a broken row naming its line and column, storing nothing', async () => {
    const before = (await m().get(url(`/${planId}`))).json().tasks as Task[];
    const good = [
      'NO,TASK,PRIORITY,DEADLINE,RESPONSIBLE,SUPPORT,REMARKS,STATUS',
      `1,Develop statute for the cluster,high,${day(60)},Sofia Staff (demo),,,open`,
      `1.1,Elect the cluster board,medium,${day(50)},,,,done`,
      `1.2,Elect the chairman,medium,${day(55)},Marie Manager (demo),,According to the statute,open`,
    ].join('\n');
    const bad = good + `\n2,Hire the manager,urgent,${day(10)},,,,open`;
    const refused = await uploadAs(ctx.app, manager, url(`/import?planId=${planId}`), 'plan.csv', bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toMatchObject({ line: 5, column: 'priority' });
    const afterEnd = good + `\n2,Hire the manager,low,${day(101)},,,,open`;
    const late = await uploadAs(ctx.app, manager, url(`/import?planId=${planId}`), 'plan.csv', afterEnd);
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details).toMatchObject({ line: 5, column: 'deadline' });
    const subLate = good.replace(
      `1.2,Elect the chairman,medium,${day(55)}`,
      `1.2,Elect the chairman,medium,${day(70)}`,
    );
    const sub = await uploadAs(ctx.app, manager, url(`/import?planId=${planId}`), 'plan.csv', subLate);
    expect(sub.statusCode).toBe(400);
    expect(sub.json().error.details).toMatchObject({ line: 4, column: 'deadline' });
    const orphan = good + `\n3.1,Orphan,low,,,,,open`;
    expect(
      (await uploadAs(ctx.app, manager, url(`/import?planId=${planId}`), 'plan.csv', orphan)).json().error
        .details,
    ).toMatchObject({ line: 5, column: 'no' });
    expect((await m().get(url(`/${planId}`))).json().tasks).toEqual(before);

    const ok = await uploadAs(ctx.app, manager, url(`/import?planId=${planId}`), 'plan.csv', good);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ imported: 3, updated: 2, added: 1, removed: 1 });
    const now = (await m().get(url(`/${planId}`))).json().tasks as Task[];
    expect(now.map((t) => [t.number, t.task, t.status])).toEqual([
      ['1', 'Develop statute for the cluster', 'open'],
      ['1.1', 'Elect the cluster board', 'done'],
      ['1.2', 'Elect the chairman', 'open'],
    ]);
    // Matched tasks keep what the eight columns do not carry.
    expect(now[0]).toMatchObject({ id: parent.id, quickWin: true, goalId: parent.goalId });
    expect(now[1]).toMatchObject({ id: child.id, kind: 'milestone', responsible: null });
  });

  it('starts a new version from the last, agrees it and keeps the superseded one read-only', async () => {
    const v3 = await m().post(url(`/${planId}/versions`));
    expect(v3.statusCode, v3.body).toBe(201);
    const next = v3.json();
    expect(next.plan).toMatchObject({ version: 3, status: 'draft', basedOnId: planId });
    expect(next.tasks.map((t: Task) => t.number)).toEqual(['1', '1.1', '1.2']);
    expect((await m().post(url(`/${planId}/versions`))).statusCode).toBe(409);
    const agreed = await m().post(url(`/${next.plan.id}/agree`));
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().plan.status).toBe('agreed');
    expect(agreed.json().plan.reviewOn > day(0)).toBe(true);
    const list = (await m().get(url())).json();
    expect(list.current.general).toBe(next.plan.id);
    expect(
      list.plans.find((p: { version: number; kind: string }) => p.kind === 'general' && p.version === 1)
        .status,
    ).toBe('superseded');
    const demoV1 = list.plans.find(
      (p: { version: number; kind: string }) => p.kind === 'general' && p.version === 1,
    );
    const frozen = await m().post(url(`/${demoV1.id}/tasks`), { task: 'Late addition' });
    expect(frozen.statusCode).toBe(409);
    const review = await m().post(url(`/${next.plan.id}/review`), {
      notes: 'On track',
      nextReviewOn: day(90),
    });
    expect(review.json().plan).toMatchObject({
      reviewOn: day(90),
      reviewDue: false,
      reviewNotes: 'On track',
    });
    const past = await m().post(url(`/${next.plan.id}/review`), { nextReviewOn: day(-1) });
    expect(past.statusCode).toBe(400);
    // A review date reached shows the reminder; an end before a task's deadline is refused.
    const due = await m().put(url(`/${next.plan.id}`), {
      reviewOn: day(0),
      updatedAt: review.json().plan.updatedAt,
    });
    expect(due.statusCode, due.body).toBe(200);
    expect(due.json().plan.reviewDue).toBe(true);
    const stale = await m().put(url(`/${next.plan.id}`), {
      title: 'X',
      updatedAt: review.json().plan.updatedAt,
    });
    expect(stale.statusCode).toBe(409);
    const short = await m().put(url(`/${next.plan.id}`), { endsOn: day(10) });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details).toEqual([
      { field: 'body.endsOn', message: 'is before the deadline of a task' },
    ]);
  });

  it('gives a green plan a KPI created in the results chain', async () => {
    const green = (await m().get(url('/current?kind=green'))).json();
    const res = await m().post(url(`/${green.plan.id}/kpis`), {
      name: 'Tonnes of CO₂ saved by joint transport',
    });
    expect(res.statusCode, res.body).toBe(201);
    const kpi = res
      .json()
      .kpis.find((k: { name: string }) => k.name === 'Tonnes of CO₂ saved by joint transport');
    expect(kpi).toMatchObject({ level: 'outcomes' });
    const indicator = await as(ctx.app, manager).get(
      `/api/v1/workspaces/${ws}/monitoring/indicators/${kpi.id}`,
    );
    expect(indicator.statusCode).toBe(200);
    expect((await m().post(url(`/${planId}/kpis`), { indicatorId: kpi.id })).statusCode).toBe(409);
  });
});

describe('who may read and write', () => {
  it('lets viewers read, refuses members, and keeps other workspaces out', async () => {
    expect((await as(ctx.app, viewer).get(url('/current'))).statusCode).toBe(200);
    expect((await as(ctx.app, viewer).get(url('/export?format=csv'))).statusCode).toBe(200);
    const plan = (await as(ctx.app, viewer).get(url('/current'))).json().plan.id;
    expect((await as(ctx.app, viewer).post(url(`/${plan}/tasks`), { task: 'Mine' })).statusCode).toBe(403);
    expect((await as(ctx.app, member).get(url('/current'))).statusCode).toBe(403);
    expect((await as(ctx.app, member).post(url(`/${plan}/tasks`), { task: 'Mine' })).statusCode).toBe(403);
    expect((await as(ctx.app, staff).delete(url(`/${plan}`))).statusCode).toBe(403);
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    expect((await as(ctx.app, officer).get(url('/current'))).statusCode).toBe(404);
    // Another workspace's plan cannot be reached through this one.
    const programme = workspaceByKind(officer, 'programme');
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${programme}/strategy/action-plan/${plan}`))
        .statusCode,
    ).toBeGreaterThanOrEqual(403);
  });
});
