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

async function auditOf(action: string, entityId: string) {
  return ctx.app.db
    .selectFrom('audit_log')
    .select(['old_value', 'new_value'])
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .execute();
}

describe('editing and deleting', () => {
  it('edits and deletes chain items, audited with old and new values; members 403, other workspaces 404', async () => {
    const m = as(ctx.app, manager);
    const item = (
      await m.post(url('/items'), { level: 'outputs', title: 'Trade fairs', description: 'Two' })
    ).json();
    const edited = await m.patch(url(`/items/${item.id}`), {
      title: 'Trade fair stands',
      description: 'Three fairs a year',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Trade fair stands', description: 'Three fairs a year' });
    const blank = await m.patch(url(`/items/${item.id}`), { title: '   ', description: 'lost' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.details[0].field).toBe('body.title');
    expect((await as(ctx.app, member).patch(url(`/items/${item.id}`), { title: 'x' })).statusCode).toBe(403);
    expect((await as(ctx.app, member).delete(url(`/items/${item.id}`))).statusCode).toBe(403);
    expect((await as(ctx.app, officer).patch(url(`/items/${item.id}`), { title: 'x' })).statusCode).toBe(404);
    expect((await as(ctx.app, officer).delete(url(`/items/${item.id}`))).statusCode).toBe(404);
    const chain = (await m.get(url('/chain'))).json();
    expect(chain.items.find((i: { id: string }) => i.id === item.id)).toMatchObject({
      title: 'Trade fair stands',
      description: 'Three fairs a year',
    });
    const [audit] = await auditOf('monitoring.item.update', item.id);
    expect(audit).toMatchObject({
      old_value: { title: 'Trade fairs', description: 'Two' },
      new_value: { title: 'Trade fair stands', description: 'Three fairs a year' },
    });
    expect((await m.delete(url(`/items/${item.id}`))).statusCode).toBe(200);
    expect((await m.get(url('/chain'))).json().items.some((i: { id: string }) => i.id === item.id)).toBe(
      false,
    );
    expect(await auditOf('monitoring.item.delete', item.id)).toHaveLength(1);
  });

  it('edits an indicator with the checks of its creation, keeps a frequency once values exist, and deletes it', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(
      url('/indicators'),
      indicator({ name: 'Women-led firms', targets: [{ period: `${year}-Q4`, value: 30 }] }),
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await m.post(url('/indicators'), indicator({ name: 'Young firms' }));
    const detail = async () => (await m.get(url(`/indicators/${id}`))).json();
    const targetOf = (d: { periods: { key: string; target: number | null }[] }, key: string) =>
      d.periods.find((p) => p.key === key)?.target;

    const ok = await m.patch(url(`/indicators/${id}`), {
      definition: 'Member firms led by a woman',
      dataSource: 'Member register',
      method: 'Count of members with a woman as CEO, over all members',
      responsibleUserId: member.userId,
      disaggregation: ['firm size'],
      evaluationLevel: 'national_ecosystem',
      targets: [{ period: `${year}-Q3`, value: 55 }],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().periodsRecreated).toBe(false);
    let d = await detail();
    expect(d.indicator).toMatchObject({
      definition: 'Member firms led by a woman',
      dataSource: 'Member register',
      method: 'Count of members with a woman as CEO, over all members',
      responsible: { id: member.userId },
      disaggregation: ['firm size'],
      evaluationLevel: 'national_ecosystem',
      frequency: 'quarterly',
    });
    expect(targetOf(d, `${year}-Q3`)).toBe(55);
    expect(targetOf(d, `${year}-Q4`)).toBe(30);
    const [audit] = await auditOf('monitoring.indicator.update', id);
    expect(audit!.old_value).toMatchObject({
      definition: '',
      evaluationLevel: 'cluster',
      disaggregation: ['gender', 'firm size'],
      targets: [{ period: `${year}-Q4`, value: 30 }],
    });
    expect(audit!.new_value).toMatchObject({
      definition: 'Member firms led by a woman',
      evaluationLevel: 'national_ecosystem',
      disaggregation: ['firm size'],
      targets: [
        { period: `${year}-Q3`, value: 55 },
        { period: `${year}-Q4`, value: 30 },
      ],
    });

    // Bad edits: refused as on creation, and nothing of the edit is stored.
    const tooHigh = await m.patch(url(`/indicators/${id}`), {
      definition: 'Should not be stored',
      targets: [{ period: `${year}-Q2`, value: 150 }],
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details).toEqual([
      { field: 'body.targets.0.value', message: 'is above 100 % or below 0 %' },
    ]);
    const badMetric = await m.patch(url(`/indicators/${id}`), { metricKey: 'members_count' });
    expect(badMetric.json().error.details[0].field).toBe('body.metricKey');
    const badBaseline = await m.patch(url(`/indicators/${id}`), { baselineValue: 120 });
    expect(badBaseline.json().error.details[0].field).toBe('body.baselineValue');
    const taken = await m.patch(url(`/indicators/${id}`), { name: 'Young firms', definition: 'x' });
    expect(taken.statusCode).toBe(409);
    const unknownField = await m.patch(url(`/indicators/${id}`), { colour: 'red' });
    expect(unknownField.statusCode).toBe(400);
    d = await detail();
    expect(d.indicator.definition).toBe('Member firms led by a woman');
    expect(d.indicator.name).toBe('Women-led firms');
    expect(d.indicator.baselineValue).toBe(12);
    expect(targetOf(d, `${year}-Q2`)).toBeNull();
    expect(await auditOf('monitoring.indicator.update', id)).toHaveLength(1);

    // The frequency changes while no value is recorded: new periods, targets of vanished periods go.
    const annual = await m.patch(url(`/indicators/${id}`), { frequency: 'annual' });
    expect(annual.statusCode).toBe(200);
    expect(annual.json()).toMatchObject({ periods: [`${year - 1}`, `${year}`], periodsRecreated: true });
    expect(
      (await m.put(url(`/indicators/${id}/targets`), { targets: [{ period: `${year}`, value: 35 }] }))
        .statusCode,
    ).toBe(200);
    const entered = await m.post(url(`/indicators/${id}/values`), { period: `${year - 1}`, value: 14 });
    expect(entered.statusCode).toBe(201);
    // Once a value exists, the frequency no longer changes silently.
    const refused = await m.patch(url(`/indicators/${id}`), { frequency: 'quarterly', definition: 'y' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('has_values');
    expect(refused.json().error.message).toContain('cannot change: 1 value is recorded');
    expect(refused.json().error.details[0].field).toBe('body.frequency');
    d = await detail();
    expect(d.indicator.frequency).toBe('annual');
    expect(d.indicator.definition).toBe('Member firms led by a woman');
    expect(d.periods.map((p: { key: string }) => p.key)).toEqual([`${year - 1}`, `${year}`]);
    expect(d.periods[0].value).toBe(14);
    // Other fields still change; the unit cannot become a percentage over a value above 100.
    expect((await m.patch(url(`/indicators/${id}`), { unit: 'number' })).statusCode).toBe(200);
    await m.post(url(`/indicators/${id}/values`), { period: `${year}`, value: 250 });
    const toPct = await m.patch(url(`/indicators/${id}`), { unit: 'percentage' });
    expect(toPct.statusCode).toBe(400);
    expect(toPct.json().error.details[0].field).toBe('body.unit');
    expect((await detail()).indicator.unit).toBe('number');

    // Access: a member may not edit or delete; another workspace does not see it.
    expect((await as(ctx.app, member).patch(url(`/indicators/${id}`), { definition: 'm' })).statusCode).toBe(
      403,
    );
    expect((await as(ctx.app, member).delete(url(`/indicators/${id}`))).statusCode).toBe(403);
    expect((await as(ctx.app, officer).patch(url(`/indicators/${id}`), { definition: 'o' })).statusCode).toBe(
      404,
    );
    expect((await as(ctx.app, officer).delete(url(`/indicators/${id}`))).statusCode).toBe(404);

    // Delete: periods and values go, the audit log keeps them.
    expect((await m.delete(url(`/indicators/${id}`))).statusCode).toBe(200);
    expect((await m.get(url(`/indicators/${id}`))).statusCode).toBe(404);
    const [deleted] = await auditOf('monitoring.indicator.delete', id);
    expect(deleted!.old_value).toMatchObject({
      name: 'Women-led firms',
      values: expect.arrayContaining([{ period: `${year - 1}`, segment: '', value: 14, origin: 'manual' }]),
    });
  });

  it('takes the baseline of a computed indicator from the first diagnostic baseline, 409 without one', async () => {
    const m = as(ctx.app, manager);
    const today = new Date().toISOString().slice(0, 10);
    const created = await m.post(
      url('/indicators'),
      indicator({
        name: 'Actors in the register',
        unit: 'number',
        source: 'platform',
        metricKey: 'actors_count',
        baselineValue: undefined,
        baselineDate: undefined,
      }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json().baselineFromDiagnostic).toBeNull();
    const id = created.json().id as string;
    const none = await m.post(url(`/indicators/${id}/baseline/diagnostic`));
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('no_diagnostic_baseline');
    expect(none.json().error.message).toContain('No diagnostic has been recorded as a baseline');
    expect((await m.get(url(`/indicators/${id}`))).json().indicator.baselineValue).toBeNull();
    const manual = (await m.post(url('/indicators'), indicator({ name: 'Typed in' }))).json().id;
    expect((await m.post(url(`/indicators/${manual}/baseline/diagnostic`))).statusCode).toBe(400);
    expect((await as(ctx.app, member).post(url(`/indicators/${id}/baseline/diagnostic`))).statusCode).toBe(
      403,
    );

    // The diagnostic is recorded as a baseline today.
    expect((await m.post(`/api/v1/workspaces/${ws}/diagnostic-report/baseline`)).statusCode).toBe(201);
    const actorsToday = (await m.get(url('/indicators?limit=200')))
      .json()
      .indicators.find((i: { id: string }) => i.id === id).computedToday;
    expect(actorsToday).toBeGreaterThan(0);
    const taken = await m.post(url(`/indicators/${id}/baseline/diagnostic`));
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({
      baselineValue: actorsToday,
      baselineDate: today,
      baselineSource: 'diagnostic',
    });
    const d = (await m.get(url(`/indicators/${id}`))).json();
    expect(d.indicator).toMatchObject({
      baselineValue: actorsToday,
      baselineDate: today,
      baselineSource: 'diagnostic',
    });
    expect(d.indicator.baselineNote).toContain(`Diagnostic report of ${today}`);
    const [audit] = await auditOf('monitoring.indicator.baseline', id);
    expect(audit).toMatchObject({
      old_value: { baselineValue: null },
      new_value: { baselineValue: actorsToday, baselineSource: 'diagnostic' },
    });

    // Created without a baseline while a diagnostic baseline exists: filled the same way.
    const members = (await m.get(`/api/v1/workspaces/${ws}/actors?status=member&limit=500`)).json().actors
      .length;
    const auto = await m.post(
      url('/indicators'),
      indicator({
        name: 'Members at the diagnostic',
        unit: 'number',
        source: 'platform',
        metricKey: 'members_count',
        baselineValue: null,
        baselineDate: null,
      }),
    );
    expect(auto.statusCode).toBe(201);
    expect(auto.json().baselineFromDiagnostic).toMatchObject({ value: members, date: today });
    expect((await m.get(url(`/indicators/${auto.json().id}`))).json().indicator).toMatchObject({
      baselineValue: members,
      baselineDate: today,
      baselineSource: 'diagnostic',
    });
    // A baseline typed in is kept as given.
    const given = await m.post(
      url('/indicators'),
      indicator({ name: 'Members typed', unit: 'number', source: 'platform', metricKey: 'members_count' }),
    );
    expect(given.json().baselineFromDiagnostic).toBeNull();
    expect((await m.get(url(`/indicators/${given.json().id}`))).json().indicator).toMatchObject({
      baselineValue: 12,
      baselineSource: 'manual',
    });

    // The first diagnostic baseline counts: one recorded earlier gives its date and the metric then.
    await ctx.app.db
      .insertInto('initiative_baselines')
      .values({
        workspace_id: ws,
        source: 'diagnostic',
        description: `Diagnostic report of ${year - 2}-06-30`,
        data: JSON.stringify({ date: `${year - 2}-06-30` }),
        recorded_at: new Date(`${year - 2}-06-30T12:00:00Z`),
      })
      .execute();
    const earlier = await m.post(url(`/indicators/${id}/baseline/diagnostic`));
    expect(earlier.json()).toMatchObject({ baselineValue: 0, baselineDate: `${year - 2}-06-30` });
  });
});
