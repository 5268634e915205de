import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../src/app.js';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let member: Session;
let outsider: Session;
let admin: Session;
let ws: string;
let foreign: string;
const bench = (path = '', w = ws) => `/api/v1/workspaces/${w}/benchmarking${path}`;
const evals = (path = '', w = ws) => `/api/v1/workspaces/${w}/evaluations${path}`;

beforeAll(async () => {
  // Three peers make a group in this file; the platform's default is 5 (tested below).
  ctx = await createTestContext({ settings: { benchmarkMinPeers: 3 } });
  admin = await signIn(ctx.app, 'admin@demo.agglomera.org');
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  outsider = await signIn(ctx.app, 'member5@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
  const created = await as(ctx.app, outsider).post('/api/v1/workspaces', {
    name: 'Peer initiative 0 (test)',
    kind: 'cluster_initiative',
  });
  foreign = created.json().id ?? created.json().workspace?.id;
  expect(foreign).toBeTruthy();
});
afterAll(async () => ctx?.close());

const all = (score: number, groups: string[] = ['structure', 'financing', 'services']) => {
  const keys: Record<string, string[]> = {
    structure: ['structure.retaining', 'structure.total'],
    financing: ['financing.resources', 'financing.private_share'],
    services: ['services.activities'],
  };
  return Object.fromEntries(groups.flatMap((g) => keys[g]!.map((k) => [k, score])));
};

describe('benchmarking', () => {
  it('lists the ECEI groups and says which labels exist and who awards them, without thresholds', async () => {
    const res = await as(ctx.app, member).get(bench());
    expect(res.statusCode).toBe(200);
    const b = res.json();
    expect(b.groups.map((g: { key: string }) => g.key)).toEqual([
      'structure',
      'management',
      'financing',
      'services',
      'integration',
      'results',
    ]);
    expect(b.labels).toEqual(['bronze', 'silver', 'gold']);
    expect(b.labelBody).toContain('European Secretariat for Cluster Analysis');
    expect(JSON.stringify(b)).not.toMatch(/threshold/i);
    expect(b.comparison).toBeNull();
    expect(b.canEdit).toBe(false);
  });

  it('refuses bad scores, unknown criteria and members', async () => {
    const m = as(ctx.app, manager);
    const unknown = await m.post(bench('/assessments'), {
      assessedOn: '2026-01-10',
      scores: { 'structure.size': 3 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.scores.structure.size');
    const high = await m.post(bench('/assessments'), {
      assessedOn: '2026-01-10',
      scores: { 'structure.total': 6 },
    });
    expect(high.statusCode).toBe(400);
    expect(high.json().error.details[0].field).toBe('body.scores.structure.total');
    const empty = await m.post(bench('/assessments'), { assessedOn: '2026-01-10', scores: {} });
    expect(empty.statusCode).toBe(400);
    const byMember = await as(ctx.app, member).post(bench('/assessments'), {
      assessedOn: '2026-01-10',
      scores: { 'structure.total': 3 },
    });
    expect(byMember.statusCode).toBe(403);
    expect((await m.get(bench('', foreign))).statusCode).toBe(404);
    expect((await m.get(bench())).json().assessments).toHaveLength(0);
  });

  it('compares with opted-in peers only, anonymised, with quartiles and strengths and weaknesses', async () => {
    const m = as(ctx.app, manager);
    const own = await m.post(bench('/assessments'), {
      assessedOn: '2026-02-01',
      assessor: 'External expert (impartial)',
      scores: { ...all(4, ['structure']), ...all(1, ['financing']), ...all(3, ['services']) },
      shareWithPeers: false,
    });
    expect(own.statusCode, own.body).toBe(201);
    // Without peers, strengths and weaknesses come from the own scores.
    let b = (await m.get(bench())).json();
    expect(b.comparison.sharing).toBe(false);
    expect(b.comparison.peerCount).toBe(0);
    expect(b.comparison.strengths).toEqual([{ key: 'structure', score: 4, basis: 'own_scores' }]);
    expect(b.comparison.weaknesses).toEqual([{ key: 'financing', score: 1, basis: 'own_scores' }]);

    // Three peers opt in, one does not.
    const peers: string[] = [foreign];
    for (const name of ['Peer initiative 1 (test)', 'Peer initiative 2 (test)', 'Peer initiative 3 (test)'])
      peers.push(
        (await as(ctx.app, outsider).post('/api/v1/workspaces', { name, kind: 'cluster_initiative' })).json()
          .id,
      );
    const o = as(ctx.app, outsider);
    // Peers are verified initiatives only (hardening issue, item 8).
    for (const p of peers)
      expect(
        (await as(ctx.app, admin).put(`/api/v1/admin/workspaces/${p}/verification`, { verified: true }))
          .statusCode,
      ).toBe(200);
    const peerScores = [2, 2, 3];
    for (const [i, p] of peers.slice(0, 3).entries())
      expect(
        (
          await o.post(bench('/assessments', p), {
            assessedOn: '2026-01-15',
            scores: all(peerScores[i]!),
            shareWithPeers: true,
          })
        ).statusCode,
      ).toBe(201);
    await o.post(bench('/assessments', peers[3]), {
      assessedOn: '2026-01-15',
      scores: all(5),
      shareWithPeers: false,
    });

    // Not sharing its own assessment, the initiative sees no peers (give to get).
    b = (await m.get(bench())).json();
    expect(b.comparison.groups.find((g: { key: string }) => g.key === 'structure').peers).toBeNull();

    const share = await m.put(bench(`/assessments/${own.json().id}/sharing`), { shareWithPeers: true });
    expect(share.statusCode).toBe(200);
    b = (await m.get(bench())).json();
    expect(b.comparison.peerCount).toBe(3);
    const structure = b.comparison.groups.find((g: { key: string }) => g.key === 'structure');
    // Peers 2, 2, 3: type-7 quartiles 2, 2, 2.5.
    expect(structure).toMatchObject({
      own: 4,
      peers: { n: 3, q1: 2, median: 2, q3: 2.5 },
      position: 'top_quartile',
    });
    expect(b.comparison.groups.find((g: { key: string }) => g.key === 'financing').position).toBe(
      'bottom_quartile',
    );
    expect(b.comparison.groups.find((g: { key: string }) => g.key === 'management').position).toBe(
      'not_scored',
    );
    expect(b.comparison.strengths.map((s: { key: string }) => s.key)).toEqual(['structure', 'services']);
    expect(b.comparison.weaknesses).toEqual([{ key: 'financing', score: 1, basis: 'peers' }]);
    // Anonymised: no peer's name or id in the answer.
    const text = JSON.stringify(b);
    for (const p of peers) expect(text).not.toContain(p);
    expect(text).not.toContain('Peer initiative');

    // Below the minimum peer group, no quartiles are shown.
    await o.put(
      bench(`/assessments/${(await o.get(bench('', peers[2]))).json().assessments[0].id}/sharing`, peers[2]),
      {
        shareWithPeers: false,
      },
    );
    b = (await m.get(bench())).json();
    expect(b.comparison.peerCount).toBe(2);
    expect(b.comparison.groups.every((g: { peers: unknown }) => g.peers === null)).toBe(true);
  });

  it('makes peer groups of verified initiatives only, so fake workspaces cannot recover a victim’s scores (hardening issue, item 8)', async () => {
    // The attack of the audit: the victim shares; the attacker creates initiatives of their own
    // around it, shares from them, and reads the quartiles to solve for the victim's means.
    const attacker = await signIn(ctx.app, 'member4@demo.agglomera.org');
    const a = as(ctx.app, attacker);
    const fakes: string[] = [];
    for (const name of ['Fake peer A (test)', 'Fake peer B (test)', 'Fake peer C (test)']) {
      const id = (await a.post('/api/v1/workspaces', { name, kind: 'cluster_initiative' })).json()
        .id as string;
      fakes.push(id);
      expect(
        (
          await a.post(bench('/assessments', id), {
            assessedOn: '2026-03-01',
            scores: all(1),
            shareWithPeers: true,
          })
        ).statusCode,
      ).toBe(201);
    }
    const seen = (await a.get(bench('', fakes[0]))).json();
    // Peers of the first fake: the verified initiatives that share (the demo initiative and the
    // peers of the test above still sharing); the other fakes, unverified, do not count.
    const verifiedSharing =
      1 + ((await as(ctx.app, manager).get(bench())).json().comparison.peerCount as number);
    expect(verifiedSharing).toBe(3);
    expect(seen.comparison.peerCount).toBe(verifiedSharing);

    // Nor does a programme of the attacker's own make them peers by following them.
    const programme = (
      await a.post('/api/v1/workspaces', { name: 'Fake programme (test)', kind: 'programme' })
    ).json().id as string;
    for (const id of fakes.slice(1)) {
      await a.post(`/api/v1/workspaces/${programme}/follows`, { initiativeId: id });
      const followers = (await a.get(`/api/v1/workspaces/${id}/followers`)).json().followers;
      await a.put(`/api/v1/workspaces/${id}/followers/${followers[0].id}`, { status: 'active', shares: [] });
    }
    expect((await a.get(bench('', fakes[0]))).json().comparison.peerCount).toBe(verifiedSharing);
    // A programme the platform has verified does vouch for the initiatives it follows.
    await as(ctx.app, admin).put(`/api/v1/admin/workspaces/${programme}/verification`, { verified: true });
    expect((await a.get(bench('', fakes[0]))).json().comparison.peerCount).toBe(verifiedSharing + 2);
    await as(ctx.app, admin).put(`/api/v1/admin/workspaces/${programme}/verification`, { verified: false });

    // Only a platform admin verifies; to anyone else the route is not there.
    const selfVerify = await a.put(`/api/v1/admin/workspaces/${fakes[1]}/verification`, { verified: true });
    expect(selfVerify.statusCode).toBe(404);
    expect((await a.get('/api/v1/admin/workspaces')).statusCode).toBe(404);
    const listed = (
      await as(ctx.app, admin).get('/api/v1/admin/workspaces?q=Fake%20peer&verified=false')
    ).json();
    expect(listed.total).toBe(3);
    expect(listed.workspaces.every((w: { verifiedAt: unknown }) => w.verifiedAt === null)).toBe(true);
  });

  it('shows quartiles from 5 verified peers by default and never from fewer than 3', async () => {
    expect(defaultSettings().benchmarkMinPeers).toBe(Number(process.env.AGGLOMERA_BENCHMARK_MIN_PEERS ?? 5));
    const before = ctx.app.settings.benchmarkMinPeers;
    try {
      ctx.app.settings.benchmarkMinPeers = 1;
      expect((await as(ctx.app, manager).get(bench())).json().minPeers).toBe(3);
    } finally {
      ctx.app.settings.benchmarkMinPeers = before;
    }
  });

  it('turns recommendations into tracked tasks', async () => {
    const m = as(ctx.app, manager);
    const b = (await m.get(bench())).json();
    const assessmentId = b.assessments[0].id;
    const badGroup = await m.post(bench('/recommendations'), { assessmentId, groupKey: 'money', text: 'x' });
    expect(badGroup.statusCode).toBe(400);
    expect(badGroup.json().error.details[0].field).toBe('body.groupKey');
    const stranger = await m.post(bench('/recommendations'), {
      assessmentId,
      text: 'x',
      responsibleUserId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stranger.statusCode).toBe(400);
    const rec = await m.post(bench('/recommendations'), {
      assessmentId,
      groupKey: 'financing',
      text: 'Raise the private share of the budget with paid services',
      responsibleUserId: manager.userId,
      dueOn: '2026-12-31',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    expect(
      (await as(ctx.app, member).put(bench(`/recommendations/${rec.json().id}`), { status: 'done' }))
        .statusCode,
    ).toBe(403);
    const done = await m.put(bench(`/recommendations/${rec.json().id}`), { status: 'in_progress' });
    expect(done.json()).toMatchObject({ status: 'in_progress' });
    const list = (await m.get(bench())).json().recommendations;
    expect(list[0]).toMatchObject({
      text: expect.stringContaining('private share'),
      status: 'in_progress',
      dueOn: '2026-12-31',
    });
    expect(
      (await m.put(bench(`/recommendations/${rec.json().id}`, foreign), { status: 'done' })).statusCode,
    ).toBe(404);
  });
});

describe('evaluations', () => {
  it('records the development period, says when criteria were set late (GIZ 001:3568) and offers the IDB levels (003:835)', async () => {
    const m = as(ctx.app, manager);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    // Planned with its criteria as the period begins: on time.
    const early = await m.post(evals(), {
      title: 'Mid-term review of the 2026–2029 period',
      kind: 'external',
      requestingBody: 'Ministry',
      periodStart: day(-10),
      criteria: [{ text: 'Firms in the national ecosystem reached', target: 'national_ecosystem' }],
    });
    expect(early.statusCode, early.body).toBe(201);
    expect(early.json()).toMatchObject({
      periodStart: day(-10),
      criteriaSetOn: day(0),
      criteriaTiming: 'on_time',
      criteriaGraceDays: 90,
    });
    // Criteria written a year into the period: late, and said so.
    const late = await m.post(evals(), {
      title: 'Final evaluation',
      kind: 'internal',
      requestingBody: 'Board',
      periodStart: day(-365),
      criteria: [{ text: 'Regional learning', target: 'regional_ecosystem' }],
    });
    expect(late.json().criteriaTiming).toBe('late');
    const moved = await m.put(evals(`/${late.json().id}`), { periodStart: day(-30) });
    expect(moved.json()).toMatchObject({ periodStart: day(-30), criteriaTiming: 'on_time' });
    const bad = await m.put(evals(`/${late.json().id}`), { periodStart: '2026-13-01' });
    expect(bad.statusCode).toBe(400);
    const list = (await m.get(evals())).json();
    expect(list.targets).toEqual(
      expect.arrayContaining(['cluster', 'national_ecosystem', 'regional_ecosystem', 'cluster_policy']),
    );
    for (const e of [early, late]) expect((await m.delete(evals(`/${e.json().id}`))).statusCode).toBe(200);
  });

  it("lets an evaluator record the evaluators' agreement only (hardening issue, item 10)", async () => {
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    const programme = workspaceByKind(officer, 'programme');
    const panel = await ctx.app.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'panel@demo.agglomera.org')
      .executeTakeFirstOrThrow();
    await ctx.app.db
      .updateTable('memberships')
      .set({ role: 'evaluator' })
      .where('user_id', '=', panel.id)
      .where('workspace_id', '=', programme)
      .execute();
    const evaluator = await signIn(ctx.app, 'panel@demo.agglomera.org');
    const o = as(ctx.app, officer);
    const e = (
      await o.post(evals('', programme), {
        title: 'Programme review',
        kind: 'external',
        requestingBody: 'Funder',
      })
    ).json();
    await o.put(evals(`/${e.id}`, programme), { criteria: [{ text: 'Reach', target: 'cluster_policy' }] });
    await o.post(evals(`/${e.id}/status`, programme), { status: 'started' });
    const rec = (
      await o.post(evals(`/${e.id}/recommendations`, programme), { text: 'Widen the call' })
    ).json();
    const path = evals(`/${e.id}/recommendations/${rec.id}`, programme);
    // The screen offers the evaluator the evaluators' column only.
    expect((await as(ctx.app, evaluator).get(evals('', programme))).json().agreementsFor).toEqual([
      'agreedByEvaluators',
    ]);
    expect((await o.get(evals('', programme))).json().agreementsFor).toHaveLength(3);
    const all = await as(ctx.app, evaluator).put(path, {
      agreedByEvaluators: true,
      agreedByCluster: true,
      agreedByRequester: true,
    });
    expect(all.statusCode).toBe(403);
    expect(all.json().error.message).toContain("evaluators' agreement only");
    const own = await as(ctx.app, evaluator).put(path, { agreedByEvaluators: true });
    expect(own.statusCode, own.body).toBe(200);
    const row = await ctx.app.db
      .selectFrom('evaluation_recommendations')
      .selectAll()
      .where('id', '=', rec.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      agreed_by_evaluators: true,
      agreed_by_cluster: false,
      agreed_by_requester: false,
    });
  });

  it('fixes the criteria at the start and tracks jointly agreed recommendations', async () => {
    const m = as(ctx.app, manager);
    const bad = await m.post(evals(), { title: 'Mid-term', kind: 'peer', requestingBody: 'Donor' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.kind');
    expect(
      (await as(ctx.app, member).post(evals(), { title: 'x', kind: 'internal', requestingBody: 'y' }))
        .statusCode,
    ).toBe(403);
    const created = await m.post(evals(), {
      title: 'Evaluation after five years',
      kind: 'external',
      requestingBody: 'Regional ministry of economy (demo)',
      purpose: 'Are the goals unchanged and is the approach right?',
      evaluator: 'Evaluation firm (demo)',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: 'planned', criteriaFixed: false, criteria: [] });
    const noCriteria = await m.post(evals(`/${id}/status`), { status: 'started' });
    expect(noCriteria.statusCode).toBe(400);
    const criteria = [
      { text: 'Members served by at least one service', target: 'cluster_organisation' },
      { text: 'Jobs in member firms', target: 'cluster_actors' },
    ];
    const withCriteria = await m.put(evals(`/${id}`), { criteria });
    expect(withCriteria.json().criteria).toEqual(criteria);
    const badTarget = await m.put(evals(`/${id}`), { criteria: [{ text: 'x', target: 'moon' }] });
    expect(badTarget.statusCode).toBe(400);
    expect((await m.post(evals(`/${id}/recommendations`), { text: 'too early' })).statusCode).toBe(409);

    const started = await m.post(evals(`/${id}/status`), { status: 'started' });
    expect(started.json()).toMatchObject({ status: 'started', criteriaFixed: true });
    const change = await m.put(evals(`/${id}`), {
      criteria: [{ text: 'Easier criterion', target: 'cluster_policy' }],
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.code).toBe('criteria_fixed');
    expect((await m.get(evals())).json().evaluations[0].criteria).toEqual(criteria);
    expect((await m.post(evals(`/${id}/status`), { status: 'started' })).statusCode).toBe(409);

    const findings = await m.put(evals(`/${id}`), { findings: 'Services reach half of the members.' });
    expect(findings.json().findings).toBe('Services reach half of the members.');
    const rec = (
      await m.post(evals(`/${id}/recommendations`), { text: 'Offer a joint export service' })
    ).json();
    const notAgreed = await m.put(evals(`/${id}/recommendations/${rec.id}`), { selected: true });
    expect(notAgreed.statusCode).toBe(400);
    expect(notAgreed.json().error.details[0].field).toBe('body.selected');
    const notSelected = await m.put(evals(`/${id}/recommendations/${rec.id}`), { status: 'implemented' });
    expect(notSelected.statusCode).toBe(400);
    const agreed = await m.put(evals(`/${id}/recommendations/${rec.id}`), {
      agreedByEvaluators: true,
      agreedByCluster: true,
      agreedByRequester: true,
      selected: true,
      status: 'in_progress',
      responsibleUserId: manager.userId,
      dueOn: '2027-06-30',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().implementationRate).toBe(0);
    const doneRes = await m.put(evals(`/${id}/recommendations/${rec.id}`), {
      status: 'implemented',
      statusNote: 'Launched',
    });
    expect(doneRes.json().implementationRate).toBe(1);
    expect(doneRes.json().recommendations[0]).toMatchObject({
      status: 'implemented',
      responsible: expect.any(String),
    });
    expect(
      (await as(ctx.app, member).put(evals(`/${id}/recommendations/${rec.id}`), { status: 'dropped' }))
        .statusCode,
    ).toBe(403);
    expect((await as(ctx.app, member).get(evals())).statusCode).toBe(200);
    expect((await m.get(evals('', foreign))).statusCode).toBe(404);
    const completed = await m.post(evals(`/${id}/status`), { status: 'completed' });
    expect(completed.json().status).toBe('completed');
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['evaluation.create', 'evaluation.start', 'evaluation.complete']),
    );
  });
});
