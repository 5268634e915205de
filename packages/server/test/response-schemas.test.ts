import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type TestContext } from './helpers.js';

// The answers of routes with a response schema are checked against it in every test
// (http/response-check.ts). These routes of the modules with response schemas get a successful
// answer in no other test file, so they are called here once each: a wrong schema fails here.
let ctx: TestContext;
let m: ReturnType<typeof as>;
let ws: string;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  m = as(ctx.app, manager);
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(() => ctx.close());

describe('answers that match their response schemas', () => {
  it('the GIZ guide’s points on goals', async () => {
    const res = await m.get(`/api/v1/workspaces/${ws}/strategy/goals/guide`);
    expect(res.statusCode).toBe(200);
  });

  it('a draft strategy and an element, changed', async () => {
    const base = `/api/v1/workspaces/${ws}/strategy/strategies`;
    const draft = await m.post(base, { title: 'Schema draft' });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    expect((await m.patch(`${base}/${id}`, { vision: 'A vision' })).statusCode).toBe(200);
    const element = await m.post(`${base}/${id}/elements`, { kind: 'objective', title: 'An objective' });
    expect(element.statusCode).toBe(201);
    const changed = await m.patch(`${base}/${id}/elements/${element.json().id}`, { title: 'Another' });
    expect(changed.statusCode).toBe(200);
  });

  it('a KPI unlinked from a green action plan', async () => {
    const base = `/api/v1/workspaces/${ws}/strategy/action-plan`;
    const plan = await m.post(base, {
      kind: 'green',
      title: 'Schema plan',
      startsOn: day(0),
      endsOn: day(90),
    });
    expect(plan.statusCode).toBe(201);
    const planId = plan.json().plan.id;
    const linked = await m.post(`${base}/${planId}/kpis`, { name: 'Tonnes saved' });
    expect(linked.statusCode).toBe(201);
    const kpi = linked.json().kpis[0].id;
    expect((await m.delete(`${base}/${planId}/kpis/${kpi}`)).statusCode).toBe(200);
  });

  it('a roadmap, changed', async () => {
    const base = `/api/v1/workspaces/${ws}/strategy/roadmaps`;
    const year = new Date().getFullYear();
    const body = { title: 'Schema roadmap', fromYear: year, toYear: year + 5 };
    const roadmap = await m.post(base, body);
    expect(roadmap.statusCode).toBe(201);
    const changed = await m.put(`${base}/${roadmap.json().id}`, { ...body, topic: 'A topic' });
    expect(changed.statusCode).toBe(200);
  });

  it('a survey, deleted', async () => {
    const base = `/api/v1/workspaces/${ws}/surveys`;
    const survey = await m.post(base, {
      title: { en: 'Schema survey' },
      anonymous: true,
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      questions: [{ name: 'q', type: 'text', label: { en: 'Anything?' } }],
    });
    expect(survey.statusCode).toBe(201);
    expect((await m.delete(`${base}/${survey.json().id}`)).statusCode).toBe(200);
  });

  it('the workspaces of the installation, as a platform admin sees them', async () => {
    const admin = as(ctx.app, await signIn(ctx.app, 'admin@demo.agglomera.org'));
    const res = await admin.get('/api/v1/admin/workspaces?limit=5');
    expect(res.statusCode).toBe(200);
    expect((await admin.get('/api/v1/admin/workspaces?verified=true&q=a')).statusCode).toBe(200);
  });
});
