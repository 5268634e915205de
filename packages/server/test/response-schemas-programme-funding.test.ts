import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

// The answers of routes with a response schema are checked against it in every test
// (http/response-check.ts). These routes of the programme's plans, panels, rounds, grants and
// portfolio (programme/funding.schemas.ts) get a successful answer in no other test file, so they
// are called here once each: a wrong schema fails here.
let ctx: TestContext;
let officer: Session;
let panelMember: Session;
let prog: string;
const url = (path: string) => `/api/v1/workspaces/${prog}/programme/${path}`;
const tranche = (n: number, amount: number, dueOn: string) => ({
  title: `Tranche ${n}`,
  amount,
  purpose: 'start_up',
  dueOn,
  milestone: `Milestone ${n}`,
});

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  panelMember = await signIn(ctx.app, 'panel@demo.agglomera.org');
  prog = workspaceByKind(officer, 'programme');
}, 120_000);
afterAll(() => ctx?.close());

describe('answers of the programme that match their response schemas', () => {
  it('a panel renamed, a member seated and unseated, a round edited; the applicants; a taper', async () => {
    const o = as(ctx.app, officer);
    const panel = await o.post(url('panels'), { name: 'Schema panel' });
    expect(panel.statusCode, panel.body).toBe(201);
    const panelId = panel.json().id;
    const renamed = await o.put(url(`panels/${panelId}`), { name: 'Schema panel (renamed)', focus: 'x' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const seated = await o.post(url(`panels/${panelId}/members`), { userId: panelMember.userId });
    expect(seated.statusCode, seated.body).toBe(201);
    const unseated = await o.delete(url(`panels/${panelId}/members/${panelMember.userId}`));
    expect(unseated.statusCode, unseated.body).toBe(200);
    const round = await o.post(url('rounds'), { name: 'Schema round', pitchDate: '2020-03-01', panelId });
    expect(round.statusCode, round.body).toBe(201);
    const edited = await o.put(url(`rounds/${round.json().id}`), {
      name: 'Schema round (edited)',
      pitchDate: '2020-03-02',
      panelId,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const applicants = await o.get(url('plan-applicants'));
    expect(applicants.statusCode, applicants.body).toBe(200);
    const taper = await o.get(url('grants/taper?total=1000&count=3'));
    expect(taper.statusCode, taper.body).toBe(200);
  });

  it('a grant edited, a tranche edited and deleted', async () => {
    const o = as(ctx.app, officer);
    const panelId = (await o.post(url('panels'), { name: 'Schema grant panel' })).json().id;
    const roundId = (
      await o.post(url('rounds'), { name: 'Schema grant round', pitchDate: '2020-04-01', panelId })
    ).json().id;
    const [applicant] = (await o.get(url('plan-applicants'))).json().applicants as { id: string }[];
    const plan = await o.post(url('plans'), {
      applicantId: applicant!.id,
      title: 'Schema plan',
      budget: 5000,
      currency: 'USD',
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().plan.id;
    expect((await o.post(url(`plans/${planId}/submit`), { roundId })).statusCode).toBe(200);
    const decided = await o.post(url(`rounds/${roundId}/decisions`), {
      decisions: [{ planId, decision: 'funded', reason: 'Schema test' }],
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const grant = await o.post(url('grants'), {
      planId,
      startsOn: '2024-01-01',
      coInvestment: 0,
      tranches: [tranche(1, 2000, '2024-02-01'), tranche(2, 1500, '2024-06-01')],
    });
    expect(grant.statusCode, grant.body).toBe(201);
    const grantId = grant.json().grant.id;
    const [, second] = grant.json().tranches as { id: string }[];
    const put = await o.put(url(`grants/${grantId}`), { coInvestment: 100, notes: 'Schema' });
    expect(put.statusCode, put.body).toBe(200);
    const trancheEdited = await o.put(
      url(`grants/${grantId}/tranches/${second!.id}`),
      tranche(2, 1000, '2024-07-01'),
    );
    expect(trancheEdited.statusCode, trancheEdited.body).toBe(200);
    const deleted = await o.delete(url(`grants/${grantId}/tranches/${second!.id}`));
    expect(deleted.statusCode, deleted.body).toBe(200);
  });

  it('one followed initiative of the portfolio', async () => {
    const o = as(ctx.app, officer);
    const list = await o.get(`/api/v1/workspaces/${prog}/portfolio`);
    expect(list.statusCode, list.body).toBe(200);
    const [first] = list.json().initiatives as { id: string }[];
    const one = await o.get(`/api/v1/workspaces/${prog}/portfolio/${first!.id}`);
    expect(one.statusCode, one.body).toBe(200);
  });
});
