import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { DEMO_APPLICANTS } from '../src/demo/programme-ids.js';
import { getFundedInitiatives } from '../src/programme/funding.service.js';

/**
 * Grants in tranches (issue 15, item 5; MarketMakers 000:139–151): milestones release tranches in
 * order, the taper, operating funds refused from the second year, re-engagement ring-fenced for new
 * services, disbursements never beyond the tranche, what is due next.
 */
let ctx: TestContext;
let officer: Session;
let evaluator: Session;
let prog: string;
let planId: string;
const url = (path: string) => `/api/v1/workspaces/${prog}/programme/${path}`;
const tranche = (n: number, amount: number, dueOn: string, extra: object = {}) => ({
  title: `Tranche ${n}`,
  amount,
  purpose: 'start_up',
  dueOn,
  milestone: `Milestone ${n}`,
  ...extra,
});

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  evaluator = await signIn(ctx.app, 'evaluator@demo.agglomera.org');
  const panel = await signIn(ctx.app, 'panel@demo.agglomera.org');
  prog = workspaceByKind(officer, 'programme');
  const o = as(ctx.app, officer);
  const p = (await o.post(url('panels'), { name: 'Grant test panel' })).json().id;
  await o.post(url(`panels/${p}/members`), { userId: panel.userId });
  const round = (
    await o.post(url('rounds'), { name: 'Grant test round', pitchDate: '2020-02-10', panelId: p })
  ).json().id;
  planId = (
    await o.post(url('plans'), {
      applicantId: DEMO_APPLICANTS[2]!.id,
      title: 'Chocolate (grant test)',
      budget: 100000,
      currency: 'USD',
    })
  ).json().plan.id;
  await o.post(url(`plans/${planId}/submit`), { roundId: round });
  const d = await o.post(url(`rounds/${round}/decisions`), {
    decisions: [{ planId, decision: 'funded', reason: 'Test' }],
  });
  expect(d.statusCode, d.body).toBe(200);
});
afterAll(async () => ctx?.close());

describe('grants', () => {
  let grantId: string;
  it('refuses operating funds from the second year, quoting the guide, and changes nothing', async () => {
    const res = await as(ctx.app, officer).post(url('grants'), {
      planId,
      startsOn: '2024-01-01',
      coInvestment: 20000,
      tranches: [tranche(1, 40000, '2024-01-15'), tranche(2, 30000, '2025-02-01', { purpose: 'operating' })],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('second year');
    expect(res.json().error.details.field).toBe('body.tranches.1.purpose');
    expect(
      await ctx.handle.db.selectFrom('programme_grants').select('id').where('plan_id', '=', planId).execute(),
    ).toHaveLength(0);
  });

  it('refuses a tranche larger than the one before (the taper) and a plan not funded', async () => {
    const taper = await as(ctx.app, officer).post(url('grants'), {
      planId,
      startsOn: '2024-01-01',
      coInvestment: 0,
      tranches: [tranche(1, 30000, '2024-01-15'), tranche(2, 40000, '2024-06-01')],
    });
    expect(taper.statusCode).toBe(409);
    expect(taper.json().error.details.rule).toBe('taper');
    const unknown = await as(ctx.app, officer).post(url('grants'), {
      planId: '00000000-0000-4000-8000-000000000000',
      startsOn: '2024-01-01',
      coInvestment: 0,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.planId');
  });

  it('creates the agreement with three tapering tranches and co-investment; a second is refused', async () => {
    const res = await as(ctx.app, officer).post(url('grants'), {
      planId,
      startsOn: '2024-01-01',
      coInvestment: 20000,
      coInvestmentKind: 'financial',
      tranches: [
        tranche(1, 40000, '2024-01-15'),
        tranche(2, 30000, '2024-05-01'),
        tranche(3, 20000, '2024-10-01'),
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    grantId = res.json().grant.id;
    expect(res.json().grant.awarded).toBe(90000);
    expect(res.json().dueNext[0]).toMatchObject({ kind: 'milestone', title: 'Tranche 1' });
    const again = await as(ctx.app, officer).post(url('grants'), {
      planId,
      startsOn: '2024-01-01',
      coInvestment: 0,
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await as(ctx.app, evaluator).post(url(`grants/${grantId}/tranches`), tranche(4, 1, '2024-12-01')))
        .statusCode,
    ).toBe(403);
  });

  it('ring-fences re-engagement for a new service not funded before', async () => {
    const o = as(ctx.app, officer);
    const ops = await o.post(
      url(`grants/${grantId}/tranches`),
      tranche(4, 10000, '2025-06-01', { purpose: 'operating', reEngagement: true }),
    );
    expect(ops.statusCode).toBe(409);
    const noService = await o.post(
      url(`grants/${grantId}/tranches`),
      tranche(4, 10000, '2025-06-01', { purpose: 'new_service', reEngagement: true }),
    );
    expect(noService.statusCode).toBe(400);
    expect(noService.json().error.details[0].field).toBe('body.service');
    const ok = await o.post(
      url(`grants/${grantId}/tranches`),
      tranche(4, 15000, '2025-06-01', {
        purpose: 'new_service',
        reEngagement: true,
        service: 'Export training',
      }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const again = await o.post(
      url(`grants/${grantId}/tranches`),
      tranche(5, 5000, '2025-09-01', {
        purpose: 'new_service',
        reEngagement: true,
        service: 'export training',
      }),
    );
    expect(again.statusCode).toBe(409);
  });

  it('releases tranches by milestones in order and disburses never beyond the tranche', async () => {
    const o = as(ctx.app, officer);
    const grant = (await o.get(url(`grants/${grantId}`))).json();
    const [t1, t2] = grant.tranches;
    expect(
      (
        await o.post(url(`grants/${grantId}/tranches/${t1.id}/disbursements`), {
          amount: 100,
          paidOn: '2024-02-01',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await o.post(url(`grants/${grantId}/tranches/${t2.id}/milestone`), { metOn: '2024-02-01' }))
        .statusCode,
    ).toBe(409);
    const met = await o.post(url(`grants/${grantId}/tranches/${t1.id}/milestone`), {
      metOn: '2024-02-01',
      evidence: 'Founded',
    });
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json().tranches[0].status).toBe('released');
    expect(met.json().tranches[1].status).toBe('due');
    expect(
      (await o.post(url(`grants/${grantId}/tranches/${t1.id}/milestone`), { metOn: '2024-02-02' }))
        .statusCode,
    ).toBe(409);
    const answers = await Promise.all([
      o.post(url(`grants/${grantId}/tranches/${t1.id}/disbursements`), {
        amount: 30000,
        paidOn: '2024-02-05',
      }),
      o.post(url(`grants/${grantId}/tranches/${t1.id}/disbursements`), {
        amount: 30000,
        paidOn: '2024-02-05',
      }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const over = await o.post(url(`grants/${grantId}/tranches/${t1.id}/disbursements`), {
      amount: 10000.01,
      paidOn: '2024-02-06',
    });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.details.field).toBe('body.amount');
    const rest = await o.post(url(`grants/${grantId}/tranches/${t1.id}/disbursements`), {
      amount: 10000,
      paidOn: '2024-02-06',
    });
    expect(rest.statusCode).toBe(201);
    expect(rest.json().grant.disbursed).toBe(40000);
    const funded = (await getFundedInitiatives(ctx.handle.db, prog)).find((f) => f.planId === planId)!;
    expect(funded).toMatchObject({ awarded: 105000, disbursed: 40000, coInvestment: 20000 });
    expect(funded.tranches.map((t) => t.status)).toEqual(['released', 'due', 'planned', 'planned']);
    const list = (await as(ctx.app, evaluator).get(url('grants'))).json();
    expect(list.grants.find((g: { id: string }) => g.id === grantId).dueNext[0]).toMatchObject({
      kind: 'milestone',
      title: 'Tranche 2',
    });
  });

  it('keeps a released tranche as it is and answers 404 for another grant id', async () => {
    const o = as(ctx.app, officer);
    const grant = (await o.get(url(`grants/${grantId}`))).json();
    expect(
      (await o.put(url(`grants/${grantId}/tranches/${grant.tranches[0].id}`), tranche(1, 1000, '2024-01-15')))
        .statusCode,
    ).toBe(409);
    expect((await o.get(url('grants/00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });
});

describe('the demo', () => {
  it('shows two panels, three rounds, twelve plans with several funded, Lakeside on three tranches (one released), a "create new"', async () => {
    const o = as(ctx.app, officer);
    expect((await o.get(url('panels'))).json().panels).toHaveLength(3); // two of the demo, one of this file
    const rounds = (await o.get(url('rounds')))
      .json()
      .rounds.filter((r: { name: string }) => r.name.endsWith('(demo)'));
    expect(rounds.map((r: { pitchDate: string }) => r.pitchDate.slice(0, 7))).toEqual([
      '2019-07',
      '2020-02',
      '2021-02',
    ]);
    const demoPlans = (await o.get(url('plans?limit=200')))
      .json()
      .plans.filter((p: { title: string }) => p.title.endsWith('(demo)'));
    expect(demoPlans).toHaveLength(12);
    expect(demoPlans.filter((p: { status: string }) => p.status === 'funded').length).toBeGreaterThanOrEqual(
      5,
    );
    const lakeside = workspaceByKind(
      await signIn(ctx.app, 'manager@demo.agglomera.org'),
      'cluster_initiative',
    );
    const funded = (await getFundedInitiatives(ctx.handle.db, prog)).find(
      (f) => f.initiativeId === lakeside,
    )!;
    expect(funded.tranches.map((t) => t.status)).toEqual(['released', 'due', 'planned']);
    const names = await ctx.handle.db
      .selectFrom('indicators')
      .select('name')
      .where('workspace_id', '=', lakeside)
      .execute();
    expect(names.map((n) => n.name)).toContain('Member firms selling abroad');
    const created = await ctx.handle.db
      .selectFrom('programme_associations')
      .select('id')
      .where('programme_id', '=', prog)
      .where('origin', '=', 'assessment_create_new')
      .execute();
    expect(created.length).toBeGreaterThanOrEqual(1);
    // panel2 sits on the tourism panel only
    const p2 = await signIn(ctx.app, 'panel2@demo.agglomera.org');
    const seen = (await as(ctx.app, p2).get(url('rounds'))).json().rounds;
    expect(seen.map((r: { name: string }) => r.name)).toEqual(['February 2020 (demo)']);
  });
});
