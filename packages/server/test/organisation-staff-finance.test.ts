import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { getStaffSummary } from '../src/organisation/staff.service.js';
import { getFinancialSummary } from '../src/organisation/finance.service.js';

/**
 * Staff and the financial plan (issue 14): positions scored on the ten criteria of GIZ
 * 001:2443–2452 weighted by FTE (001:2439), competence levels (001:4039), training; plans of
 * income and expenditure over 12 months or more (001:2081), the liquidity line, the financing mix
 * (001:2097–2098), agreeing a plan, the platform's records beside it.
 */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let ws: string;
let otherWs: string;
let outsider: Session;
const url = (path: string) => `/api/v1/workspaces/${ws}/organisation/${path}`;
const count = async (
  table: 'staff_positions' | 'staff_training_items' | 'financial_plans' | 'financial_plan_lines',
) =>
  Number(
    (
      await ctx.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('workspace_id', '=', ws)
        .executeTakeFirstOrThrow()
    ).n,
  );
const fieldOf = (res: { json(): { error: { details?: { field: string; message: string }[] } } }) =>
  res.json().error.details?.[0]?.field;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  outsider = await signIn(ctx.app, 'officer@demo.agglomera.org');
  otherWs = (
    await as(ctx.app, outsider).post('/api/v1/workspaces', {
      name: 'Other cluster',
      kind: 'cluster_initiative',
    })
  ).json().id;
});
afterAll(async () => ctx?.close());

describe('staff (GIZ 001:2431–2452, 001:3995–4063)', () => {
  it('shows the demo office: 2.5 FTE, the FTE-weighted team score computed by hand', async () => {
    const res = await as(ctx.app, staff).get(url('staff'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.scaleMax).toBe(5);
    expect(body.positions).toHaveLength(3);
    expect(body.positions.map((p: { holder: string }) => p.holder)).toContain('Amina Haddad');
    expect(body.scorecard.fteTotal).toBe(2.5);
    // tertiary education: (1·5 + 1·4 + 0.5·3) / 2.5 = 4.2; the team: 34.2 / 10 criteria.
    expect(body.scorecard.byCriterion.tertiary_education).toBeCloseTo(4.2, 10);
    expect(body.scorecard.team).toBeCloseTo(3.42, 10);
    const managerPosition = body.positions.find((p: { title: string }) => p.title === 'Cluster manager');
    expect(managerPosition.training).toHaveLength(1);
    // Listed by the order they were added, then the larger FTE and the title.
    expect(body.positions.map((p: { title: string }) => p.title)).toEqual([
      'Cluster expert, services and projects',
      'Cluster manager',
      'Finance and administration assistant',
    ]);
    const summary = await getStaffSummary(ctx.handle.db, ws);
    expect(summary.fteTotal).toBe(2.5);
    expect(summary.team).toBeCloseTo(3.42, 10);
    expect(summary.positions).toHaveLength(3);
  });

  it('refuses bad input naming the field, nothing stored', async () => {
    const before = await count('staff_positions');
    const api = as(ctx.app, manager);
    let res = await api.post(url('staff/positions'), { title: 'Intern', fte: 1.5 });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.fte');
    res = await api.post(url('staff/positions'), { title: 'Intern', fte: 0 });
    expect(fieldOf(res)).toBe('body.fte');
    res = await api.post(url('staff/positions'), { title: 'Intern', fte: 0.5, scores: { english: 6 } });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.scores.english');
    res = await api.post(url('staff/positions'), {
      title: 'Intern',
      fte: 0.5,
      competences: { languages: { current: 'master' } },
    });
    expect(fieldOf(res)).toBe('body.competences.languages.current');
    res = await api.post(url('staff/positions'), { title: 'Intern', fte: 0.5, userId: outsider.userId });
    expect(fieldOf(res)).toBe('body.userId');
    expect(await count('staff_positions')).toBe(before);
    // In the user's language (French).
    expect((await as(ctx.app, staff).patch('/api/v1/me', { locale: 'fr' })).statusCode).toBeLessThan(300);
    res = await as(ctx.app, staff).post(url('staff/positions'), { title: 'Stagiaire', fte: 2 });
    expect(res.json().error.message).toBe('L’ETP doit être supérieur à 0 et au plus égal à 1');
    expect(res.json().error.details[0].message).toBe('doit être supérieur à 0 et au plus égal à 1');
    await as(ctx.app, staff).patch('/api/v1/me', { locale: 'en' });
  });

  it('adds a position, scores it, and the weighted team score moves as computed', async () => {
    const api = as(ctx.app, manager);
    let res = await api.post(url('staff/positions'), {
      title: 'Project officer',
      fte: 0.5,
      holderName: 'Jonas Berg',
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().positions.find((p: { title: string }) => p.title === 'Project officer').id;
    res = await api.patch(url(`staff/positions/${id}`), { scores: { tertiary_education: 1 } });
    expect(res.statusCode).toBe(200);
    // (10.5 + 0.5·1) / 3 = 11/3
    expect(res.json().scorecard.byCriterion.tertiary_education).toBeCloseTo(11 / 3, 10);
    expect(res.json().scorecard.fteTotal).toBe(3);
    // A wider scale: 7 is accepted once the team's scale goes to 10; narrowing under it is refused.
    expect((await api.put(url('staff/scale'), { scaleMax: 10 })).statusCode).toBe(200);
    expect((await api.patch(url(`staff/positions/${id}`), { scores: { english: 7 } })).statusCode).toBe(200);
    expect((await api.put(url('staff/scale'), { scaleMax: 5 })).statusCode).toBe(409);
    // A training item with a level that is not one of the three is refused.
    res = await api.post(url(`staff/positions/${id}/training`), {
      item: 'Moderation',
      area: 'methodological',
      targetLevel: 'guru',
    });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.targetLevel');
    res = await api.post(url(`staff/positions/${id}/training`), {
      item: 'Moderation',
      area: 'methodological',
      targetLevel: 'advanced',
      dueOn: '2030-05-01',
    });
    expect(res.statusCode).toBe(201);
    const t = res.json().positions.find((p: { id: string }) => p.id === id).training[0];
    res = await api.patch(url(`staff/training/${t.id}`), { done: true });
    expect(res.json().positions.find((p: { id: string }) => p.id === id).training[0].done).toBe(true);
    res = await api.delete(url(`staff/positions/${id}`));
    expect(res.statusCode).toBe(200);
    expect(res.json().scorecard.fteTotal).toBe(2.5);
    await api.put(url('staff/scale'), { scaleMax: 5 });
  });

  it('lets no member or outsider read or write, and keeps workspaces apart', async () => {
    expect((await as(ctx.app, member).get(url('staff'))).statusCode).toBe(403);
    expect((await as(ctx.app, outsider).get(url('staff'))).statusCode).toBe(404);
    const pos = (await as(ctx.app, manager).get(url('staff'))).json().positions[0].id;
    const res = await as(ctx.app, outsider).patch(
      `/api/v1/workspaces/${otherWs}/organisation/staff/positions/${pos}`,
      {
        title: 'Taken',
      },
    );
    expect(res.statusCode).toBe(404);
  });
});

describe('the financial plan (GIZ 001:2067–2229)', () => {
  it('shows the demo’s agreed plan: the gap in February, the mix, the public share per year', async () => {
    const list = (await as(ctx.app, staff).get(url('financial-plans'))).json();
    expect(list.plans).toHaveLength(1);
    expect(list.plans[0].status).toBe('agreed');
    const p = (await as(ctx.app, staff).get(url(`financial-plans/${list.currentId}`))).json();
    expect(p.months).toBe(12);
    // 15000 + 4000 − 13500 = 5500; then 5500 + 4000 − 10000 = −500.
    expect(p.liquidity.closing.slice(0, 4)).toEqual([5500, -500, -5500, 19500]);
    expect(p.liquidity.firstGap).toBe(1);
    expect(p.monthLabels[1]).toMatch(/^\d{4}-02$/);
    expect(p.liquidity.lowest).toBe(-5500);
    // Public: 48000 baseline + 12000 public project of 111000.
    expect(p.mix.total).toBe(111000);
    expect(p.mix.publicShare).toBeCloseTo(60000 / 111000, 10);
    expect(p.publicShareByYear).toHaveLength(1);
    expect(p.costsByCategory.personnel).toBe(102000);
    expect(p.costsByCategory.start_up).toBe(1500);
    const s = await getFinancialSummary(ctx.handle.db, ws);
    expect(s.plan?.status).toBe('agreed');
    expect(s.liquidity?.firstGap).toBe(1);
    expect(s.mix?.shares.membership_fees).toBeCloseTo(30000 / 111000, 10);
  });

  it('draws the plan’s charts once, as SVG in the reader’s language, for the screen and the PDF', async () => {
    const list = (await as(ctx.app, staff).get(url('financial-plans'))).json();
    const p = (await as(ctx.app, staff).get(url(`financial-plans/${list.currentId}`))).json();
    // The liquidity chart: twelve months of bars and the closing line, named with its values.
    expect(p.charts.liquidity).toMatch(
      /^<svg role="img" aria-label="Income, expenditure and closing balance/,
    );
    expect(p.charts.liquidity).toContain('Closing balance');
    expect(p.charts.liquidity).toContain('-500');
    // The mix: one bar per source of the guide's financing structure, its share written beside it.
    expect(p.charts.mix).toContain('Membership fees');
    expect(p.charts.mix).toContain(`${Math.round((30000 / 111000) * 100)}%`);
    // In French: the reader's own language draws the same charts with French words and numbers.
    await as(ctx.app, staff).patch('/api/v1/me', { locale: 'fr' });
    try {
      const fr = (await as(ctx.app, staff).get(url(`financial-plans/${list.currentId}`))).json().charts;
      expect(fr.liquidity).toContain('Solde de fin de mois');
      expect(fr.liquidity).not.toContain('Closing balance');
      expect(fr.mix).toContain('Cotisations des membres');
      expect(fr.mix).toContain('27\u00a0%');
    } finally {
      await as(ctx.app, staff).patch('/api/v1/me', { locale: 'en' });
    }
  });

  it('refuses a short plan, a negative amount, a month out of range; nothing stored', async () => {
    const api = as(ctx.app, manager);
    const plans = await count('financial_plans');
    let res = await api.post(url('financial-plans'), {
      title: 'Short',
      startMonth: '2031-01',
      months: 6,
      currency: 'EUR',
      opening: 0,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.months');
    expect(await count('financial_plans')).toBe(plans);
    res = await api.post(url('financial-plans'), {
      title: 'Plan 2031',
      startMonth: '2031-01',
      months: 13,
      currency: 'EUR',
      opening: 1000,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    expect(res.json().version).toBe(2);
    const lines = await count('financial_plan_lines');
    const amounts = Array.from({ length: 13 }, () => 100);
    res = await api.post(url(`financial-plans/${id}/lines`), {
      kind: 'income',
      label: 'Sponsor',
      source: 'sponsoring',
      amounts: amounts.map((a, i) => (i === 4 ? -5 : a)),
    });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.amounts.4');
    res = await api.post(url(`financial-plans/${id}/lines`), {
      kind: 'income',
      label: 'Sponsor',
      source: 'sponsoring',
      amounts: [1, 2],
    });
    expect(fieldOf(res)).toBe('body.amounts');
    res = await api.post(url(`financial-plans/${id}/lines`), { kind: 'expenditure', label: 'Rent', amounts });
    expect(fieldOf(res)).toBe('body.category');
    expect(await count('financial_plan_lines')).toBe(lines);
    res = await api.post(url(`financial-plans/${id}/lines`), {
      kind: 'expenditure',
      label: 'Rent',
      category: 'rent',
      amounts,
    });
    expect(res.statusCode).toBe(201);
    const lineId = res.json().lines[0].id;
    res = await api.put(url(`financial-plans/${id}/lines/${lineId}/amount`), { month: 13, amount: 10 });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toBe('body.month');
    // Month 0 costs 1500: the plan opens with 1000 and closes month 0 at −500, the gap named.
    res = await api.put(url(`financial-plans/${id}/lines/${lineId}/amount`), { month: 0, amount: 1500 });
    expect(res.statusCode).toBe(200);
    expect(res.json().liquidity.firstGap).toBe(0);
    expect(res.json().liquidity.closing[0]).toBe(-500);
    res = await api.patch(url(`financial-plans/${id}`), { months: 11 });
    expect(fieldOf(res)).toBe('body.months');
    res = await api.patch(url(`financial-plans/${id}`), { months: 12 });
    expect(res.json().lines[0].amounts).toHaveLength(12);
  });

  it('agrees a plan: managers only, at most one agreed, the older one superseded; agreed plans stay as they are', async () => {
    const list = (await as(ctx.app, manager).get(url('financial-plans'))).json();
    const draft = list.plans.find((p: { status: string }) => p.status === 'draft').id;
    const agreed = list.plans.find((p: { status: string }) => p.status === 'agreed').id;
    expect((await as(ctx.app, staff).post(url(`financial-plans/${draft}/agree`))).statusCode).toBe(403);
    expect((await as(ctx.app, manager).post(url(`financial-plans/${draft}/agree`))).statusCode).toBe(200);
    const after = (await as(ctx.app, manager).get(url('financial-plans'))).json();
    expect(
      after.plans.filter((p: { status: string }) => p.status === 'agreed').map((p: { id: string }) => p.id),
    ).toEqual([draft]);
    expect(after.plans.find((p: { id: string }) => p.id === agreed).status).toBe('superseded');
    expect(after.currentId).toBe(draft);
    const res = await as(ctx.app, manager).patch(url(`financial-plans/${draft}`), { title: 'Changed' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('not_draft');
    // A copy is a new draft with the same lines.
    const copy = await as(ctx.app, staff).post(url(`financial-plans/${draft}/copy`));
    expect(copy.statusCode).toBe(201);
    expect(copy.json().status).toBe('draft');
    expect(copy.json().lines).toHaveLength(1);
  });

  it('sets the platform’s records beside the plan and exports it as XLSX', async () => {
    const list = (await as(ctx.app, manager).get(url('financial-plans'))).json();
    const p = (await as(ctx.app, manager).get(url(`financial-plans/${list.plans.at(-1).id}`))).json();
    expect(p.actuals).toHaveProperty('feesPaid');
    expect(p.actuals).toHaveProperty('serviceUses');
    expect(Array.isArray(p.actuals.projects)).toBe(true);
    const x = await as(ctx.app, manager).get(url(`financial-plans/${list.plans.at(-1).id}/xlsx`));
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await as(ctx.app, outsider).get(url(`financial-plans/${list.plans[0].id}`))).statusCode).toBe(
      404,
    );
    expect(
      (
        await as(ctx.app, outsider).get(
          `/api/v1/workspaces/${otherWs}/organisation/financial-plans/${list.plans[0].id}`,
        )
      ).statusCode,
    ).toBe(404);
  });
});
