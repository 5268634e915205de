import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/**
 * Goals from the diagnosis and cluster strategy versions (issue 13, items 1–2; GIZ 001:1582–1842,
 * 3769–3799), on the demo: its needs ranking, results chain and agreed strategy.
 */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let officer: Session;
let ws: string;
const url = (path = '') => `/api/v1/workspaces/${ws}/strategy${path}`;
const wsUrl = (path: string) => `/api/v1/workspaces/${ws}${path}`;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx.close());

type Goal = {
  id: string;
  title: string;
  needIds: string[];
  indicatorIds: string[];
  sources: { kind: string; label: string }[];
  flags: string[];
};

describe('goals from the diagnosis', () => {
  it('answers the contract: goals with their needs and indicators; a goal without one is flagged', async () => {
    const res = await as(ctx.app, staff).get(url('/goals'));
    expect(res.statusCode, res.body).toBe(200);
    const goals = res.json().goals as Goal[];
    expect(goals.map((g) => g.title)).toEqual([
      'Open new export markets (demo)',
      'Skills for food safety and quality (demo)',
      'Joint procurement of packaging (demo)',
    ]);
    for (const g of goals) {
      expect(g.needIds).toHaveLength(1);
      expect(g.sources[0]!.kind).toBe('need');
    }
    expect(goals.map((g) => g.indicatorIds.length)).toEqual([1, 1, 0]);
    // "Goals should be attainable and measurable. Develop indicators!" (001:1672)
    expect(goals.map((g) => g.flags)).toEqual([[], [], ['no_indicator']]);
  });

  let exportNeed: string;
  let fairNeed: string;
  let grouped: Goal;
  it('groups ranked needs into one key objective and keeps what justified it', async () => {
    const m = as(ctx.app, manager);
    const cands = (await m.get(url('/goals/candidates'))).json();
    const needs = cands.needsSurveys[0].needs as { id: string; title: string; goals: unknown[] }[];
    expect(needs.length).toBe(8);
    exportNeed = needs.find((n) => n.title === 'Organisation of events')!.id;
    fairNeed = needs.find((n) => n.title === 'Representation of the members to the public')!.id;
    expect(needs.find((n) => n.title === 'Access to export markets and buyers')!.goals).toHaveLength(1);

    const created = await m.post(url('/goals'), {
      title: 'Visibility of the cluster',
      typical: 'joint_marketing',
      sources: [
        { kind: 'need', id: exportNeed },
        { kind: 'need', id: fairNeed },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    grouped = created.json();
    expect(grouped.needIds.sort()).toEqual([exportNeed, fairNeed].sort());
    expect(grouped.flags).toEqual(['no_indicator']);
    // The needs ranking's goal mark follows.
    const after = (await m.get(url('/goals/candidates'))).json().needsSurveys[0].needs as {
      id: string;
      goals: { title: string }[];
    }[];
    expect(after.find((n) => n.id === fairNeed)!.goals.map((g) => g.title)).toEqual([
      'Visibility of the cluster',
    ]);
  });

  it('gives a goal an indicator created in the results chain, and the chain names the goal', async () => {
    const m = as(ctx.app, manager);
    const year = new Date().getUTCFullYear();
    const ind = await m.post(`/api/v1/workspaces/${ws}/monitoring/indicators`, {
      name: 'Press articles on the cluster',
      level: 'outputs',
      unit: 'number',
      frequency: 'annual',
      evaluationLevel: 'cluster_organisation',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      goalIds: [grouped.id],
    });
    expect(ind.statusCode, ind.body).toBe(201);
    const goal = (await m.get(url(`/goals/${grouped.id}`))).json() as Goal;
    expect(goal.indicatorIds).toEqual([ind.json().id]);
    expect(goal.flags).toEqual([]);
    const chain = (await m.get(`/api/v1/workspaces/${ws}/monitoring/chain`)).json();
    const row = (chain.indicators as { id: string; goals: { title: string }[] }[]).find(
      (i) => i.id === ind.json().id,
    )!;
    expect(row.goals.map((g) => g.title)).toEqual(['Visibility of the cluster']);
  });

  it('refuses bad input, naming the field, and stores nothing', async () => {
    const m = as(ctx.app, manager);
    const before = ((await m.get(url('/goals'))).json().goals as Goal[]).length;
    const dup = await m.post(url('/goals'), { title: 'visibility of the cluster' });
    expect(dup.statusCode).toBe(409);
    const badSource = await m.post(url('/goals'), {
      title: 'Something',
      sources: [{ kind: 'need', id: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(badSource.statusCode).toBe(400);
    expect(badSource.json().error.details[0].field).toBe('body.sources[0].id');
    const badIndicator = await m.post(url('/goals'), {
      title: 'Something',
      indicatorIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(badIndicator.statusCode).toBe(400);
    const badTypical = await m.post(url('/goals'), { title: 'Something', typical: 'world_peace' });
    expect(badTypical.statusCode).toBe(400);
    const badGoalOnIndicator = await m.post(`/api/v1/workspaces/${ws}/monitoring/indicators`, {
      name: 'Orphan indicator',
      level: 'outputs',
      unit: 'number',
      frequency: 'annual',
      evaluationLevel: 'cluster',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      goalIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(badGoalOnIndicator.statusCode).toBe(400);
    expect(badGoalOnIndicator.json().error.details[0].field).toBe('body.goalIds[0]');
    expect(((await m.get(url('/goals'))).json().goals as Goal[]).length).toBe(before);
    const names = (await m.get(`/api/v1/workspaces/${ws}/monitoring/chain`)).json().indicators as {
      name: string;
    }[];
    expect(names.some((n) => n.name === 'Orphan indicator')).toBe(false);
  });

  it('refuses a stale edit and unmarks needs when their goal goes', async () => {
    const m = as(ctx.app, manager);
    const goal = (await m.get(url(`/goals/${grouped.id}`))).json();
    const ok = await m.patch(url(`/goals/${grouped.id}`), {
      description: 'Be seen at fairs and in the press',
      updatedAt: goal.updatedAt,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await m.patch(url(`/goals/${grouped.id}`), { description: 'x', updatedAt: goal.updatedAt });
    expect(stale.statusCode).toBe(409);
    expect((await m.delete(url(`/goals/${grouped.id}`))).statusCode).toBe(204);
    const needs = (await m.get(url('/goals/candidates'))).json().needsSurveys[0].needs as {
      id: string;
      goals: unknown[];
    }[];
    expect(needs.find((n) => n.id === fairNeed)!.goals).toEqual([]);
    const marks = await ctx.handle.db
      .selectFrom('needs')
      .select(['id', 'is_goal'])
      .where('id', 'in', [fairNeed, exportNeed])
      .execute();
    expect(marks.every((n) => !n.is_goal)).toBe(true);
  });

  it('lets the team write, viewers of other workspaces and members nothing', async () => {
    expect((await as(ctx.app, member).get(url('/goals'))).statusCode).toBe(403);
    expect((await as(ctx.app, member).post(url('/goals'), { title: 'x' })).statusCode).toBe(403);
    // Another workspace's login is told nothing exists there.
    expect((await as(ctx.app, officer).get(url('/goals'))).statusCode).toBe(404);
  });
});

type Strategy = {
  id: string;
  version: number;
  status: string;
  vision: string;
  agreedBy: string;
  elements: { id: string; kind: string; parentId: string | null; title: string; goalId: string | null }[];
};

describe('the cluster strategy', () => {
  let v1: Strategy;
  let v2: Strategy;
  it('holds the demo strategy after the Côte d’Ivoire structure', async () => {
    const res = await as(ctx.app, staff).get(url('/current'));
    expect(res.statusCode, res.body).toBe(200);
    v1 = res.json().strategy;
    expect(v1).toMatchObject({ version: 1, status: 'agreed', agreedBy: 'General assembly of members' });
    const count = (k: string) => v1.elements.filter((e) => e.kind === k).length;
    expect([count('objective'), count('initiative'), count('measure')]).toEqual([3, 5, 8]);
    // The fifth initiative stands beside the objectives, as the guide's policy reforms do (001:1775).
    expect(
      v1.elements.filter((e) => e.kind === 'initiative' && e.parentId === null).map((e) => e.title),
    ).toEqual(['Policy dialogue for the agro-food sector']);
    expect(v1.elements.filter((e) => e.kind === 'objective').every((e) => e.goalId)).toBe(true);
  });

  it('keeps an agreed version as it was', async () => {
    const m = as(ctx.app, manager);
    const res = await m.patch(url(`/strategies/${v1.id}`), { vision: 'Something else' });
    expect(res.statusCode).toBe(409);
    const el = await m.post(url(`/strategies/${v1.id}/elements`), { kind: 'objective', title: 'New' });
    expect(el.statusCode).toBe(409);
  });

  it('realigns: a new draft from the last version, edited, compared and agreed', async () => {
    const m = as(ctx.app, manager);
    const ctxRes = await m.get(url('/realignment'));
    expect(ctxRes.statusCode).toBe(200);
    expect(ctxRes.json().phases.map((p: { id: string }) => p.id)).toEqual([
      'status_quo',
      'vision_goals',
      'concept',
      'implementation',
    ]);
    expect(ctxRes.json().agreed.version).toBe(1);
    expect(ctxRes.json().goalsWithoutIndicator.map((g: { title: string }) => g.title)).toEqual([
      'Joint procurement of packaging (demo)',
    ]);

    const created = await m.post(url('/strategies'), {
      title: 'Strategy 2030',
      basedOnId: v1.id,
      realignmentNotes: 'Export first',
    });
    expect(created.statusCode, created.body).toBe(201);
    v2 = created.json();
    expect(v2).toMatchObject({ version: 2, status: 'draft', vision: v1.vision });
    expect(v2.elements.map((e) => e.title)).toEqual(v1.elements.map((e) => e.title));
    // The copies form the same tree, with their own ids.
    const byId = new Map(v2.elements.map((e) => [e.id, e]));
    for (const e of v2.elements) if (e.parentId) expect(byId.has(e.parentId)).toBe(true);
    expect(v2.elements.some((e) => v1.elements.some((o) => o.id === e.id))).toBe(false);

    const objective = v2.elements.find((e) => e.kind === 'objective')!;
    const initiative = await m.post(url(`/strategies/${v2.id}/elements`), {
      kind: 'initiative',
      parentId: objective.id,
      title: 'Buyer missions',
    });
    expect(initiative.statusCode, initiative.body).toBe(201);
    const lab = v2.elements.find((e) => e.title === 'Shared testing laboratory')!;
    expect((await m.delete(url(`/strategies/${v2.id}/elements/${lab.id}`))).statusCode).toBe(204);

    const cmp = await m.get(url(`/strategies/compare?from=${v1.id}&to=${v2.id}`));
    expect(cmp.statusCode).toBe(200);
    const changes = cmp.json().changes as { change: string; path: string[] }[];
    expect(changes.filter((c) => c.change === 'added').map((c) => c.path.at(-1))).toEqual(['Buyer missions']);
    // The initiative went with its measure.
    expect(
      changes
        .filter((c) => c.change === 'removed')
        .map((c) => c.path.at(-1))
        .sort(),
    ).toEqual(['Feasibility study for a shared testing laboratory', 'Shared testing laboratory']);

    expect(
      (
        await as(ctx.app, staff).post(url(`/strategies/${v2.id}/agree`), {
          agreedOn: '2027-02-01',
          agreedBy: 'Board',
        })
      ).statusCode,
    ).toBe(403);
    const agreed = await m.post(url(`/strategies/${v2.id}/agree`), {
      agreedOn: '2027-02-01',
      agreedBy: 'Board',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const list = (await m.get(url('/strategies'))).json().strategies as { version: number; status: string }[];
    expect(list.map((s) => [s.version, s.status])).toEqual([
      [2, 'agreed'],
      [1, 'superseded'],
    ]);
  });

  it('refuses a broken structure, naming the field, and stores nothing', async () => {
    const m = as(ctx.app, manager);
    const draft = (await m.post(url('/strategies'), { title: 'Scratch' })).json() as Strategy;
    const measure = await m.post(url(`/strategies/${draft.id}/elements`), {
      kind: 'measure',
      title: 'Loose measure',
    });
    expect(measure.statusCode).toBe(400);
    expect(measure.json().error.details[0].field).toBe('body.parentId');
    const obj = (
      await m.post(url(`/strategies/${draft.id}/elements`), { kind: 'objective', title: 'O' })
    ).json() as { id: string };
    const underObjective = await m.post(url(`/strategies/${draft.id}/elements`), {
      kind: 'measure',
      parentId: obj.id,
      title: 'M',
    });
    expect(underObjective.statusCode).toBe(400);
    // In the reader's language: staff reads French.
    await ctx.handle.db
      .updateTable('users')
      .set({ locale: 'fr' })
      .where('email', '=', 'staff@demo.agglomera.org')
      .execute();
    const french = await as(ctx.app, staff).post(url(`/strategies/${draft.id}/elements`), {
      kind: 'measure',
      parentId: obj.id,
      title: 'M',
    });
    await ctx.handle.db
      .updateTable('users')
      .set({ locale: 'en' })
      .where('email', '=', 'staff@demo.agglomera.org')
      .execute();
    expect(french.json().error.message).toMatch(/mesure/i);
    const foreignParent = await m.post(url(`/strategies/${draft.id}/elements`), {
      kind: 'initiative',
      parentId: v1.elements[0]!.id,
      title: 'I',
    });
    expect(foreignParent.statusCode).toBe(400);
    // Agreeing needs a vision and an objective.
    const agree = await m.post(url(`/strategies/${draft.id}/agree`), {
      agreedOn: '2027-03-01',
      agreedBy: 'Board',
    });
    expect(agree.statusCode).toBe(409);
    const s = (await m.get(url(`/strategies/${draft.id}`))).json() as Strategy;
    expect(s.elements.map((e) => e.title)).toEqual(['O']);
    expect(s.status).toBe('draft');
    expect((await m.delete(url(`/strategies/${draft.id}`))).statusCode).toBe(204);
  });

  it('adds goals to a draft as objectives serving them, once', async () => {
    const m = as(ctx.app, manager);
    const goals = (await m.get(url('/goals'))).json().goals as Goal[];
    const draft = (await m.post(url('/strategies'), { title: 'From goals' })).json() as Strategy;
    const ids = goals.slice(0, 2).map((g) => g.id);
    const first = await m.post(url(`/strategies/${draft.id}/objectives-from-goals`), { goalIds: ids });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().added).toBe(2);
    const again = await m.post(url(`/strategies/${draft.id}/objectives-from-goals`), { goalIds: ids });
    expect(again.json().added).toBe(0);
    expect((again.json().strategy as Strategy).elements.map((e) => e.goalId)).toEqual(ids);
  });

  it('numbers versions in turn when two drafts start at once', async () => {
    const m = as(ctx.app, manager);
    const [a, b] = await Promise.all([
      m.post(url('/strategies'), { title: 'Parallel A' }),
      m.post(url('/strategies'), { title: 'Parallel B' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().version).not.toBe(b.json().version);
  });

  it('lets members and other workspaces read nothing', async () => {
    expect((await as(ctx.app, member).get(url('/current'))).statusCode).toBe(403);
    expect((await as(ctx.app, officer).get(url(`/strategies/${v1.id}`))).statusCode).toBe(404);
  });
});

describe('fields of action from goals (strategy issue 13, item 5; 001:2598–2600)', () => {
  interface Objective {
    id: string;
    name: string;
    goal: { id: string; title: string } | null;
    needs: { title: string }[];
    fields: { name: string }[];
  }
  const matrix = async () =>
    (await as(ctx.app, manager).get(wsUrl('/service-matrix'))).json().objectives as Objective[];

  it('shows the demo objectives that serve goals, with the needs each goal answers', async () => {
    const m = await matrix();
    const intl = m.find((o) => o.name === 'Internationalisation')!;
    expect(intl.goal?.title).toBe('Open new export markets (demo)');
    expect(intl.needs.map((n) => n.title)).toEqual(['Access to export markets and buyers']);
    const procurement = m.find((o) => o.goal?.title === 'Joint procurement of packaging (demo)')!;
    expect(procurement.name).toBe('Joint procurement of packaging (demo)');
    expect(m.find((o) => o.name === 'Networking')!.goal).toBeNull();
  });

  it('takes a new objective from a goal, under the goal’s title, and refuses the same goal twice', async () => {
    const goal = (
      await as(ctx.app, manager).post(url('/goals'), { title: 'Greener processing (demo test)' })
    ).json() as { id: string };
    const added = await as(ctx.app, manager).post(wsUrl('/service-matrix'), {
      goalId: goal.id,
      fields: ['Energy audits'],
    });
    expect(added.statusCode).toBe(201);
    const row = (added.json().objectives as Objective[]).find((o) => o.goal?.id === goal.id)!;
    expect(row.name).toBe('Greener processing (demo test)');
    expect(row.fields.map((f) => f.name)).toEqual(['Energy audits']);

    const before = (await matrix()).length;
    const again = await as(ctx.app, manager).post(wsUrl('/service-matrix'), {
      goalId: goal.id,
      fields: ['X'],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].field).toBe('body.goalId');
    const networking = (await matrix()).find((o) => o.name === 'Networking')!;
    const link = await as(ctx.app, manager).put(wsUrl(`/service-matrix/objectives/${networking.id}/goal`), {
      goalId: goal.id,
    });
    expect(link.statusCode).toBe(409);
    expect((await matrix()).length).toBe(before);
  });

  it('allocates an existing objective to a goal and back to free text, keeping its name', async () => {
    const networking = (await matrix()).find((o) => o.name === 'Networking')!;
    const goals = (await as(ctx.app, manager).get(url('/goals'))).json().goals as {
      id: string;
      title: string;
    }[];
    const free = goals.find((g) => g.title === 'Greener processing (demo test)')!;
    const stranger = '00000000-0000-4000-8000-000000000000';
    const bad = await as(ctx.app, manager).put(wsUrl(`/service-matrix/objectives/${networking.id}/goal`), {
      goalId: stranger,
    });
    expect(bad.statusCode).toBe(400);
    // The greener goal is the objective added above: free it first by making that one free text.
    const greener = (await matrix()).find((o) => o.goal?.id === free.id)!;
    await as(ctx.app, manager).put(wsUrl(`/service-matrix/objectives/${greener.id}/goal`), { goalId: null });
    const ok = await as(ctx.app, manager).put(wsUrl(`/service-matrix/objectives/${networking.id}/goal`), {
      goalId: free.id,
    });
    expect(ok.statusCode).toBe(200);
    const after = (ok.json().objectives as Objective[]).find((o) => o.id === networking.id)!;
    expect(after).toMatchObject({ name: 'Networking', goal: { id: free.id } });
    // Staff read the matrix but do not change it.
    expect(
      (
        await as(ctx.app, staff).put(wsUrl(`/service-matrix/objectives/${networking.id}/goal`), {
          goalId: null,
        })
      ).statusCode,
    ).toBe(403);
  });
});
