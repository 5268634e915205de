import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';
import { DEMO_APPLICANTS } from '../src/demo/programme-ids.js';
import { getFundedInitiatives } from '../src/programme/funding.service.js';

/**
 * Cluster development plans, panels and rounds (issue 15, item 4; IDB / Compete Caribbean
 * 003:310–314): panel seat isolation, independent scores, decisions with reasons, funding that
 * creates the initiative, its follow and its indicators exactly once (run on PGlite and PostgreSQL).
 */
let ctx: TestContext;
let officer: Session;
let panel: Session;
let panel2: Session;
let evaluator: Session;
let prog: string;
const url = (path: string) => `/api/v1/workspaces/${prog}/programme/${path}`;
const applicant = (i: number) => DEMO_APPLICANTS[i]!.id;
const planBody = (i: number, title: string) => ({
  applicantId: applicant(i),
  title,
  sector: 'Tourism',
  budget: 120000,
  currency: 'USD',
  summary: 'A plan (test)',
  indicators: [
    { name: `${title}: firms in the cluster`, unit: 'number', baseline: 12, target: 30 },
    { name: `${title}: export share`, unit: 'percentage', baseline: 5, target: 15 },
  ],
});

async function makePanelRound(name: string, members: Session[]) {
  const o = as(ctx.app, officer);
  const p = await o.post(url('panels'), { name: `${name} panel`, focus: 'test' });
  expect(p.statusCode, p.body).toBe(201);
  for (const m of members) {
    const r = await o.post(url(`panels/${p.json().id}/members`), { userId: m.userId });
    expect(r.statusCode, r.body).toBe(201);
  }
  const r = await o.post(url('rounds'), {
    name: `${name} round`,
    pitchDate: '2019-07-15',
    panelId: p.json().id,
  });
  expect(r.statusCode, r.body).toBe(201);
  return { panelId: p.json().id as string, roundId: r.json().id as string };
}

async function submitted(roundId: string, i: number, title: string) {
  const o = as(ctx.app, officer);
  const p = await o.post(url('plans'), planBody(i, title));
  expect(p.statusCode, p.body).toBe(201);
  const s = await o.post(url(`plans/${p.json().plan.id}/submit`), { roundId });
  expect(s.statusCode, s.body).toBe(200);
  return p.json().plan.id as string;
}

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  panel = await signIn(ctx.app, 'panel@demo.agglomera.org');
  panel2 = await signIn(ctx.app, 'panel2@demo.agglomera.org');
  evaluator = await signIn(ctx.app, 'evaluator@demo.agglomera.org');
  prog = workspaceByKind(officer, 'programme');
});
afterAll(async () => ctx?.close());

describe('plans', () => {
  it('are drafted for an applicant of the register, edited while draft, refused with the field named', async () => {
    const o = as(ctx.app, officer);
    const bad = await o.post(url('plans'), {
      ...planBody(0, 'Bad'),
      applicantId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.applicantId');
    const pct = await o.post(url('plans'), {
      ...planBody(0, 'Pct'),
      indicators: [{ name: 'share', unit: 'percentage', target: 140 }],
    });
    expect(pct.statusCode).toBe(400);
    expect(pct.json().error.details[0].field).toBe('body.indicators.0.target');
    const noBudget = await o.post(url('plans'), { ...planBody(0, 'Neg'), budget: -1 });
    expect(noBudget.statusCode).toBe(400);
    const created = await o.post(url('plans'), planBody(0, 'Seaweed cluster (test)'));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().plan.id;
    expect(created.json().plan.indicators).toHaveLength(2);
    const edited = await o.put(url(`plans/${id}`), {
      ...planBody(0, 'Seaweed cluster (test)'),
      budget: 90000,
    });
    expect(edited.json().plan.budget).toBe(90000);
    expect((await as(ctx.app, panel).post(url('plans'), planBody(0, 'Panel plan'))).statusCode).toBe(403);
    expect((await as(ctx.app, evaluator).get(url(`plans/${id}`))).statusCode).toBe(200);
  });
});

describe('panels and rounds', () => {
  let roundA: string;
  let roundB: string;
  let planA1: string;
  let planA2: string;
  let planB: string;

  beforeAll(async () => {
    ({ roundId: roundA } = await makePanelRound('Two-member', [panel, panel2]));
    ({ roundId: roundB } = await makePanelRound('Tourism (test)', [panel2]));
    planA1 = await submitted(roundA, 5, 'Cocoa (test)');
    planA2 = await submitted(roundA, 9, 'Honey (test)');
    planB = await submitted(roundB, 4, 'Essequibo tourism (test)');
  });

  it('seats only panel members of the programme', async () => {
    const o = as(ctx.app, officer);
    const panels = (await o.get(url('panels'))).json().panels;
    const bad = await o.post(url(`panels/${panels[0].id}/members`), { userId: evaluator.userId });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.userId');
  });

  it('a panel member sees and scores only the rounds of their panel (others 404)', async () => {
    const rounds = (await as(ctx.app, panel).get(url('rounds'))).json().rounds;
    expect(rounds.map((r: { id: string }) => r.id)).toContain(roundA);
    expect(rounds.map((r: { id: string }) => r.id)).not.toContain(roundB);
    expect((await as(ctx.app, panel).get(url(`rounds/${roundB}`))).statusCode).toBe(404);
    expect(
      (await as(ctx.app, panel).put(url(`rounds/${roundB}/plans/${planB}/score`), { score: 4 })).statusCode,
    ).toBe(404);
    // a plan of another round through this round: 404
    expect(
      (await as(ctx.app, panel).put(url(`rounds/${roundA}/plans/${planB}/score`), { score: 4 })).statusCode,
    ).toBe(404);
    // plans are not readable outside the rounds
    expect((await as(ctx.app, panel).get(url('plans'))).statusCode).toBe(403);
  });

  it('scores independently: no one else’s score before the round is decided; runners see all', async () => {
    const outOfScale = await as(ctx.app, panel).put(url(`rounds/${roundA}/plans/${planA1}/score`), {
      score: 6,
    });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().error.details[0].field).toBe('body.score');
    expect(
      (await as(ctx.app, panel).put(url(`rounds/${roundA}/plans/${planA1}/score`), { score: 4 })).statusCode,
    ).toBe(200);
    expect(
      (await as(ctx.app, panel2).put(url(`rounds/${roundA}/plans/${planA1}/score`), { score: 2 })).statusCode,
    ).toBe(200);
    await as(ctx.app, panel2).put(url(`rounds/${roundA}/plans/${planA2}/score`), { score: 5 });
    const seen = (await as(ctx.app, panel).get(url(`rounds/${roundA}`))).json();
    const p1 = seen.plans.find((p: { id: string }) => p.id === planA1);
    expect(p1.scores).toHaveLength(1);
    expect(p1.scores[0].score).toBe(4);
    expect(p1.mean).toBeNull();
    expect(seen.canScore).toBe(true);
    const all = (await as(ctx.app, officer).get(url(`rounds/${roundA}`))).json();
    expect(all.plans.find((p: { id: string }) => p.id === planA1).scores).toHaveLength(2);
    expect(all.plans.find((p: { id: string }) => p.id === planA1).mean).toBe(3);
    expect(
      (await as(ctx.app, officer).put(url(`rounds/${roundA}/plans/${planA1}/score`), { score: 3 }))
        .statusCode,
    ).toBe(403);
    expect((await as(ctx.app, evaluator).get(url(`rounds/${roundA}`))).json().plans[0].scores).toEqual([]);
  });

  it('decides with a reason per plan, several funded, each becoming a followed initiative once', async () => {
    const o = as(ctx.app, officer);
    const noReason = await o.post(url(`rounds/${roundA}/decisions`), {
      decisions: [
        { planId: planA1, decision: 'funded', reason: ' ' },
        { planId: planA2, decision: 'funded', reason: 'Strong' },
      ],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('body.decisions.0.reason');
    const missing = await o.post(url(`rounds/${roundA}/decisions`), {
      decisions: [{ planId: planA1, decision: 'funded', reason: 'Good' }],
    });
    expect(missing.statusCode).toBe(400);
    expect(
      (
        await ctx.handle.db
          .selectFrom('programme_plans')
          .select('status')
          .where('id', '=', planA1)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('submitted');
    const workspacesBefore = Number(
      (
        await ctx.handle.db
          .selectFrom('workspaces')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const body = {
      decisions: [
        { planId: planA1, decision: 'funded', reason: 'Clear market demand' },
        { planId: planA2, decision: 'funded', reason: 'Strong co-investment' },
      ],
    };
    const answers = await Promise.all([
      o.post(url(`rounds/${roundA}/decisions`), body),
      o.post(url(`rounds/${roundA}/decisions`), body),
    ]);
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes, answers.map((a) => a.body).join('\n')).toEqual([200, 409]);
    const workspacesAfter = Number(
      (
        await ctx.handle.db
          .selectFrom('workspaces')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(workspacesAfter - workspacesBefore).toBe(2);
    const funded = await getFundedInitiatives(ctx.handle.db, prog);
    const f1 = funded.find((f) => f.planId === planA1)!;
    expect(f1.initiativeId).toBeTruthy();
    const follow = await ctx.handle.db
      .selectFrom('programme_follows')
      .selectAll()
      .where('programme_id', '=', prog)
      .where('initiative_id', '=', f1.initiativeId!)
      .execute();
    expect(follow).toHaveLength(1);
    expect(follow[0]!.status).toBe('active');
    const shares = await ctx.handle.db
      .selectFrom('follow_shares')
      .select('scope')
      .where('follow_id', '=', follow[0]!.id)
      .where('revoked_at', 'is', null)
      .execute();
    expect(shares.map((s) => s.scope).sort()).toEqual(['indicators', 'lifecycle']);
    const indicators = await ctx.handle.db
      .selectFrom('indicators')
      .select(['name', 'baseline_value'])
      .where('workspace_id', '=', f1.initiativeId!)
      .orderBy('name')
      .execute();
    expect(indicators).toHaveLength(2);
    expect(Number(indicators.find((i) => i.name.endsWith('firms in the cluster'))!.baseline_value)).toBe(12);
    const assoc = await ctx.handle.db
      .selectFrom('programme_associations')
      .select('origin')
      .where('initiative_id', '=', f1.initiativeId!)
      .execute();
    expect(assoc.map((a) => a.origin)).toEqual(['funded_plan']);
    // after the decision, a panel member sees everyone's scores
    const after = (await as(ctx.app, panel).get(url(`rounds/${roundA}`))).json();
    expect(after.plans.find((p: { id: string }) => p.id === planA1).scores).toHaveLength(2);
    expect(
      (await as(ctx.app, panel).put(url(`rounds/${roundA}/plans/${planA1}/score`), { score: 1 })).statusCode,
    ).toBe(409);
  });

  it('funds the applicant’s own initiative when it has one (Lakeside), without a new workspace', async () => {
    const { roundId } = await makePanelRound('Lakeside (test)', [panel]);
    const planId = await submitted(roundId, 18, 'Lakeside value chain (test)');
    const res = await as(ctx.app, officer).post(url(`rounds/${roundId}/decisions`), {
      decisions: [{ planId, decision: 'funded', reason: 'Proven cluster initiative' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const lakeside = workspaceByKind(
      await signIn(ctx.app, 'manager@demo.agglomera.org'),
      'cluster_initiative',
    );
    expect(res.json().funded[0].initiativeId).toBe(lakeside);
    const follows = await ctx.handle.db
      .selectFrom('programme_follows')
      .select('id')
      .where('programme_id', '=', prog)
      .where('initiative_id', '=', lakeside)
      .execute();
    expect(follows).toHaveLength(1);
  });

  it('keeps another programme’s plans and rounds out of reach (404)', async () => {
    const owner = await signIn(ctx.app, 'member@demo.agglomera.org');
    const other = (
      await as(ctx.app, owner).post('/api/v1/workspaces', { name: 'Other programme', kind: 'programme' })
    ).json().id;
    const a = await ctx.handle.db
      .insertInto('programme_applicants')
      .values({ programme_id: other, name: 'Other BSO', type: 'bso', initiative_id: null, created_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreign = await as(ctx.app, owner).post(`/api/v1/workspaces/${other}/programme/plans`, {
      ...planBody(0, 'Foreign'),
      applicantId: a.id,
    });
    expect(foreign.statusCode, foreign.body).toBe(201);
    const foreignId = foreign.json().plan.id;
    expect((await as(ctx.app, officer).get(url(`plans/${foreignId}`))).statusCode).toBe(404);
    expect((await as(ctx.app, officer).put(url(`plans/${foreignId}`), planBody(0, 'x'))).statusCode).toBe(
      404,
    );
    expect((await as(ctx.app, officer).get(`/api/v1/workspaces/${other}/programme/plans`)).statusCode).toBe(
      404,
    );
    // an applicant of another programme cannot be used here
    const cross = await as(ctx.app, officer).post(url('plans'), {
      ...planBody(0, 'Cross'),
      applicantId: a.id,
    });
    expect(cross.statusCode).toBe(400);
  });
});

describe('the agency’s diagnosis in the programme (MarketMakers 000:48–115)', () => {
  it('runs the rapid assessment in the programme; "create new" starts step 1, "partner" records the partnership', async () => {
    const o = as(ctx.app, officer);
    const base = `/api/v1/workspaces/${prog}/association-assessments`;
    const a = await o.post(base, { title: 'Seafood processors (test)' });
    expect(a.statusCode, a.body).toBe(201);
    const rec = await o.put(`${base}/${a.json().id}/recommendation`, {
      recommendation: 'create_new',
      association: 'Seafood Processors Association (test)',
      reasons: 'No existing association offers the services',
    });
    expect(rec.statusCode, rec.body).toBe(200);
    const row = await ctx.handle.db
      .selectFrom('programme_associations')
      .selectAll()
      .where('programme_id', '=', prog)
      .where('name', '=', 'Seafood Processors Association (test)')
      .executeTakeFirstOrThrow();
    expect(row.origin).toBe('assessment_create_new');
    const cells = await ctx.handle.db
      .selectFrom('blueprint_cells')
      .selectAll()
      .where('association_id', '=', row.id)
      .execute();
    expect(cells.map((c) => [c.step, c.state])).toEqual([[1, 'ongoing']]);
    const b = await o.post(base, { title: 'Hotels (test)' });
    await o.put(`${base}/${b.json().id}/recommendation`, {
      recommendation: 'partner_existing',
      association: 'Hotel Association (test)',
      reasons: 'Motivated and resourced to add a training service',
    });
    const partner = await ctx.handle.db
      .selectFrom('programme_associations')
      .selectAll()
      .where('programme_id', '=', prog)
      .where('name', '=', 'Hotel Association (test)')
      .executeTakeFirstOrThrow();
    expect(partner).toMatchObject({
      origin: 'assessment_partner',
      partnership_note: 'Motivated and resourced to add a training service',
    });
    expect((await as(ctx.app, evaluator).get(base)).statusCode).toBe(200);
    expect((await as(ctx.app, evaluator).post(base, { title: 'x' })).statusCode).toBe(403);
    expect((await as(ctx.app, panel).get(base)).statusCode).toBe(403);
    expect((await as(ctx.app, officer).get(`/api/v1/workspaces/${prog}/constraints`)).statusCode).toBe(200);
  });
});
