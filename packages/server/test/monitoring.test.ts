import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let member: Session;
let officer: Session;
let ws: string;
let programme: string;
const url = (path: string) => `/api/v1/workspaces/${ws}/monitoring${path}`;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  programme = workspaceByKind(officer, 'programme');
});
afterAll(async () => ctx?.close());

const indicator = (over: Record<string, unknown> = {}) => ({
  name: 'Firms exporting',
  level: 'outcomes',
  unit: 'percentage',
  frequency: 'quarterly',
  evaluationLevel: 'cluster',
  startsOn: `${year - 1}-01-01`,
  endsOn: `${year}-12-31`,
  dataSource: 'Member survey',
  method: 'Share of members with export sales',
  disaggregation: ['gender', 'firm size'],
  baselineValue: 12,
  baselineDate: `${year - 1}-01-15`,
  ...over,
});

async function countIndicators() {
  return (await as(ctx.app, manager).get(url('/indicators'))).json().total as number;
}

describe('results chain', () => {
  it('draws levels, items and impact hypotheses, and refuses a link that goes down the chain', async () => {
    const m = as(ctx.app, manager);
    const activity = (await m.post(url('/items'), { level: 'activities', title: 'Export coaching' })).json();
    const output = (await m.post(url('/items'), { level: 'outputs', title: '30 firms coached' })).json();
    const outcome = (await m.post(url('/items'), { level: 'outcomes', title: 'More firms export' })).json();
    expect(activity.id).toBeTruthy();
    const ok = await m.post(url('/hypotheses'), {
      fromItemId: output.id,
      toItemId: outcome.id,
      statement: 'Coached firms find buyers abroad',
    });
    expect(ok.statusCode).toBe(201);
    const down = await m.post(url('/hypotheses'), {
      fromItemId: outcome.id,
      toItemId: activity.id,
      statement: '',
    });
    expect(down.statusCode).toBe(400);
    expect(down.json().error.details[0].field).toBe('body.toItemId');
    const again = await m.post(url('/hypotheses'), {
      fromItemId: output.id,
      toItemId: outcome.id,
      statement: 'x',
    });
    expect(again.statusCode).toBe(409);
    const chain = (await as(ctx.app, member).get(url('/chain'))).json();
    expect(chain.levels).toEqual(['inputs', 'activities', 'outputs', 'outcomes', 'impact']);
    expect(chain.items.map((i: { title: string }) => i.title)).toEqual([
      'Export coaching',
      '30 firms coached',
      'More firms export',
    ]);
    expect(chain.hypotheses).toHaveLength(1);
    expect(chain.canEdit).toBe(false);
    const audit = (await m.get(`/api/v1/workspaces/${ws}/audit`)).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toContain('monitoring.hypothesis.create');
  });

  it('lets a member read but not edit the chain, and hides it from other workspaces', async () => {
    const res = await as(ctx.app, member).post(url('/items'), { level: 'impact', title: 'Jobs' });
    expect(res.statusCode).toBe(403);
    const other = await as(ctx.app, officer).get(url('/chain'));
    expect(other.statusCode).toBe(404);
    const otherIndicator = await as(ctx.app, officer).post(url('/indicators'), indicator());
    expect(otherIndicator.statusCode).toBe(404);
  });

  it('gives programmes a results chain too', async () => {
    const res = await as(ctx.app, officer).post(`/api/v1/workspaces/${programme}/monitoring/items`, {
      level: 'impact',
      title: 'Competitive clusters in the region',
    });
    expect(res.statusCode).toBe(201);
    expect(
      (await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/monitoring/chain`)).json().items,
    ).toHaveLength(1);
  });
});

describe('indicators and data collection', () => {
  it('refuses a percentage target above 100, naming the field, and stores nothing', async () => {
    const before = await countIndicators();
    const res = await as(ctx.app, manager).post(
      url('/indicators'),
      indicator({
        targets: [
          { period: `${year}-Q1`, value: 40 },
          { period: `${year}-Q4`, value: 120 },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.targets.1.value', message: 'is above 100 % or below 0 %' },
    ]);
    expect(await countIndicators()).toBe(before);
  });

  it('derives periods from the frequency, keeps who entered a value and refuses a closed period', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(
      url('/indicators'),
      indicator({ responsibleUserId: member.userId, targets: [{ period: `${year}-Q4`, value: 30 }] }),
    );
    expect(created.statusCode).toBe(201);
    const { id, periods } = created.json();
    expect(periods).toEqual(
      [1, 2, 3, 4].flatMap((q) => [`${year - 1}-Q${q}`]).concat([1, 2, 3, 4].map((q) => `${year}-Q${q}`)),
    );
    // The responsible member sees last year's periods as late and what is due for them.
    const due = (await as(ctx.app, member).get(url('/due'))).json();
    expect(due.due.map((d: { period: string }) => d.period)).toContain(`${year - 1}-Q1`);
    expect(
      due.late.some(
        (d: { indicatorId: string; period: string }) => d.indicatorId === id && d.period === `${year - 1}-Q1`,
      ),
    ).toBe(true);
    // The responsible member enters a value (a member who is responsible may).
    const entered = await as(ctx.app, member).post(url(`/indicators/${id}/values`), {
      period: `${year - 1}-Q1`,
      value: 14.5,
      sourceNote: 'Export survey Q1',
    });
    expect(entered.statusCode).toBe(201);
    const seg = await as(ctx.app, member).post(url(`/indicators/${id}/values`), {
      period: `${year - 1}-Q1`,
      value: 10,
      segment: 'gender:female',
    });
    expect(seg.statusCode).toBe(201);
    const badSeg = await m.post(url(`/indicators/${id}/values`), {
      period: `${year - 1}-Q1`,
      value: 1,
      segment: 'region:north',
    });
    expect(badSeg.statusCode).toBe(400);
    expect(badSeg.json().error.details[0].field).toBe('body.segment');
    const tooHigh = await m.post(url(`/indicators/${id}/values`), { period: `${year - 1}-Q2`, value: 101 });
    expect(tooHigh.statusCode).toBe(400);
    // Another member, not responsible, may not.
    const m2 = await signIn(ctx.app, 'member2@demo.agglomera.org');
    expect(
      (await as(ctx.app, m2).post(url(`/indicators/${id}/values`), { period: `${year - 1}-Q2`, value: 3 }))
        .statusCode,
    ).toBe(403);
    // A member cannot close a period; a manager can.
    expect(
      (await as(ctx.app, member).post(url(`/indicators/${id}/periods/${year - 1}-Q1/close`))).statusCode,
    ).toBe(403);
    expect((await m.post(url(`/indicators/${id}/periods/${year - 1}-Q1/close`))).statusCode).toBe(200);
    const closed = await m.post(url(`/indicators/${id}/values`), { period: `${year - 1}-Q1`, value: 99 });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('period_closed');
    expect(closed.json().error.message).toContain(`${year - 1}-Q1 is closed`);
    const detail = (await m.get(url(`/indicators/${id}`))).json();
    const q1 = detail.periods.find((p: { key: string }) => p.key === `${year - 1}-Q1`);
    expect(q1).toMatchObject({ state: 'closed', value: 14.5 });
    expect(q1.values.find((v: { segment: string }) => v.segment === '')).toMatchObject({
      value: 14.5,
      origin: 'manual',
      sourceNote: 'Export survey Q1',
      enteredBy: 'Mehdi Member (demo)',
    });
    expect(detail.periods.find((p: { key: string }) => p.key === `${year - 1}-Q2`).state).toBe('late');
    expect(detail.periods.find((p: { key: string }) => p.key === `${year}-Q4`).target).toBe(30);
    // Targets: refused above 100, accepted otherwise.
    const t = await m.put(url(`/indicators/${id}/targets`), {
      targets: [{ period: `${year}-Q3`, value: 150 }],
    });
    expect(t.statusCode).toBe(400);
    expect(t.json().error.details[0].field).toBe('body.targets.0.value');
    expect(
      (await m.get(url(`/indicators/${id}`)))
        .json()
        .periods.find((p: { key: string }) => p.key === `${year}-Q3`).target,
    ).toBeNull();
    // Export of the values.
    const csv = await m.get(url('/values/export?format=csv'));
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe(
      'indicator,level,unit,period,starts_on,ends_on,target,segment,value,origin,source,entered_by,entered_at,closed',
    );
    expect(csv.body).toContain(`Firms exporting,outcomes,percentage,${year - 1}-Q1`);
  });

  it('computes indicators from platform records through the metric registry', async () => {
    const m = as(ctx.app, manager);
    const unknown = await m.post(
      url('/indicators'),
      indicator({ name: 'Events', unit: 'number', source: 'platform', metricKey: 'events_nope' }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.metricKey');
    const members = await m.get(`/api/v1/workspaces/${ws}/actors?status=member&limit=500`);
    const expected = members.json().actors.length;
    expect(expected).toBeGreaterThan(0);
    const created = await m.post(
      url('/indicators'),
      indicator({
        name: 'Members of the cluster organisation',
        unit: 'number',
        source: 'platform',
        metricKey: 'members_count',
        evaluationLevel: 'cluster_organisation',
        baselineValue: null,
      }),
    );
    expect(created.statusCode).toBe(201);
    const list = (await m.get(url('/indicators'))).json();
    const ind = list.indicators.find(
      (i: { name: string }) => i.name === 'Members of the cluster organisation',
    );
    expect(ind.computedToday).toBe(expected);
    const period = `${year}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const computed = await m.post(url(`/indicators/${ind.id}/periods/${period}/compute`));
    expect(computed.statusCode).toBe(200);
    expect(computed.json().value).toBe(expected);
    const detail = (await m.get(url(`/indicators/${ind.id}`))).json();
    expect(detail.periods.find((p: { key: string }) => p.key === period)).toMatchObject({
      value: expected,
      computed: expected,
    });
    // A period before any actor was recorded counts none.
    expect(detail.periods[0].computed).toBe(0);
    const ties = await m.post(
      url('/indicators'),
      indicator({
        name: 'Ties',
        unit: 'number',
        source: 'platform',
        metricKey: 'network_ties',
        baselineValue: null,
      }),
    );
    const tiesId = ties.json().id;
    const tiesList = (await m.get(url('/indicators?limit=100'))).json();
    expect(tiesList.indicators.find((i: { id: string }) => i.id === tiesId).computedToday).toBeGreaterThan(0);
    // Pagination.
    const page = (await m.get(url('/indicators?limit=1&offset=1'))).json();
    expect(page.indicators).toHaveLength(1);
    expect(page.total).toBe(tiesList.total);
  });
});
