import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/**
 * Fidelity issue 16, item 17: "The benchmarking process should be conducted by impartial experts"
 * (GIZ, 001_2b00e659d173dc60.txt:3654). An external assessor (the programme's evaluator) conducts and
 * signs an assessment, the initiative shares it with the programme, a signed assessment is frozen,
 * and peers can be narrowed to the same field of activity (001:3641).
 */

let ctx: TestContext;
let manager: Session;
let staff: Session;
let officer: Session;
let evaluator: Session;
let initiative: string;
let programme: string;
const bench = (path = '', w = initiative) => `/api/v1/workspaces/${w}/benchmarking${path}`;
const pb = (path = '', w = initiative) =>
  `/api/v1/workspaces/${programme}/portfolio/${w}/benchmarking${path}`;
const scores = { 'structure.total': 4, 'financing.resources': 2, 'services.activities': 3 };

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true, settings: { benchmarkMinPeers: 3 } });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
  evaluator = await signIn(ctx.app, 'evaluator@demo.agglomera.org');
  initiative = workspaceByKind(manager, 'cluster_initiative');
  programme = workspaceByKind(officer, 'programme');
});
afterAll(async () => ctx?.close());

const setShares = async (shares: string[]) => {
  const follower = (await as(ctx.app, manager).get(`/api/v1/workspaces/${initiative}/followers`))
    .json()
    .followers.find((f: { programme: { id: string } }) => f.programme.id === programme);
  const res = await as(ctx.app, manager).put(`/api/v1/workspaces/${initiative}/followers/${follower.id}`, {
    status: 'active',
    shares,
  });
  expect(res.statusCode, res.body).toBe(200);
};

describe('benchmarking conducted by an external assessor', () => {
  it("shows the demo's signed external assessment to the initiative and, shared, to the programme", async () => {
    const b = (await as(ctx.app, manager).get(bench())).json();
    expect(b.assessments).toHaveLength(1);
    expect(b.assessments[0]).toMatchObject({
      conductedBy: 'external',
      assessor: 'Eva Evaluator (demo)',
      assessorOrganisation: 'Cluster Capacity Programme (demo)',
      signedBy: 'Eva Evaluator (demo)',
    });
    expect(b.assessments[0].signedAt).toBeTruthy();
    expect(b.sector).toBe('Agro-food processing');
    const shared = await as(ctx.app, officer).get(pb());
    expect(shared.statusCode, shared.body).toBe(200);
    const s = shared.json();
    expect(s.canAssess).toBe(false);
    expect(s.assessments).toHaveLength(1);
    expect(s.assessments[0]).toMatchObject({ conductedBy: 'external', forThisProgramme: true, byMe: false });
    expect(s.assessments[0].groupMeans.structure).toBeCloseTo(3.6);
    expect(s.assessments[0]).not.toHaveProperty('shareWithPeers');
    expect((await as(ctx.app, evaluator).get(pb())).json().canAssess).toBe(true);
  });

  it("freezes the team's assessment once the manager signs it; staff edit but do not sign", async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(bench('/assessments'), {
      assessedOn: '2029-03-01',
      assessor: 'Cluster team',
      scores,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const edit = await as(ctx.app, staff).put(bench(`/assessments/${id}`), {
      scores: { ...scores, 'structure.total': 5 },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const bad = await m.put(bench(`/assessments/${id}`), { scores: { 'structure.total': 9 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.scores.structure.total');
    expect((await as(ctx.app, staff).post(bench(`/assessments/${id}/sign`))).statusCode).toBe(403);
    const signed = await m.post(bench(`/assessments/${id}/sign`));
    expect(signed.statusCode, signed.body).toBe(200);
    const again = await m.post(bench(`/assessments/${id}/sign`));
    expect(again.statusCode).toBe(409);
    const late = await m.put(bench(`/assessments/${id}`), { assessor: 'Someone else' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('conflict');
    // Sharing with peers is not a change of the assessment: still allowed once signed.
    expect((await m.put(bench(`/assessments/${id}/sharing`), { shareWithPeers: true })).statusCode).toBe(200);
    const row = (await m.get(bench())).json().assessments.find((a: { id: string }) => a.id === id);
    expect(row).toMatchObject({ conductedBy: 'team', signedBy: expect.any(String) });
    expect(row.scores['structure.total']).toBe(5);
    // A missing or foreign assessment is 404.
    expect((await m.post(bench('/assessments/00000000-0000-4000-8000-000000000000/sign'))).statusCode).toBe(
      404,
    );
  });

  it('lets only the evaluator who conducted an external assessment change and sign it', async () => {
    const e = as(ctx.app, evaluator);
    expect(
      (await as(ctx.app, officer).post(pb('/assessments'), { assessedOn: '2029-04-01', scores })).statusCode,
    ).toBe(403);
    const created = await e.post(pb('/assessments'), { assessedOn: '2029-04-01', scores });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    // The initiative lists it as external, under the assessor's name and the programme's.
    const listed = (await as(ctx.app, manager).get(bench()))
      .json()
      .assessments.find((a: { id: string }) => a.id === id);
    expect(listed).toMatchObject({
      conductedBy: 'external',
      assessor: 'Eva Evaluator (demo)',
      assessorOrganisation: 'Cluster Capacity Programme (demo)',
      signedAt: null,
      shareWithPeers: false,
    });
    // The team neither changes nor signs it.
    expect((await as(ctx.app, manager).put(bench(`/assessments/${id}`), { scores })).statusCode).toBe(403);
    expect((await as(ctx.app, manager).post(bench(`/assessments/${id}/sign`))).statusCode).toBe(403);
    // The programme's other readers see it only once signed; the assessor sees the draft.
    expect(
      (await as(ctx.app, officer).get(pb())).json().assessments.some((a: { id: string }) => a.id === id),
    ).toBe(false);
    expect((await e.get(pb())).json().assessments.find((a: { id: string }) => a.id === id).byMe).toBe(true);
    expect(
      (await e.put(pb(`/assessments/${id}`), { assessorOrganisation: 'Independent panel (test)' }))
        .statusCode,
    ).toBe(200);
    // The evaluator cannot change the team's own assessment through the portfolio.
    const team = (await as(ctx.app, manager).get(bench()))
      .json()
      .assessments.find((a: { conductedBy: string }) => a.conductedBy === 'team');
    expect((await e.put(pb(`/assessments/${team.id}`), { scores })).statusCode).toBe(403);
    // The assessor recommends actions (001:3654: "especially important for ... the development of
    // recommendations for actions"); the team follows them up as tasks.
    const rec = await e.post(pb(`/assessments/${id}/recommendations`), {
      groupKey: 'financing',
      text: 'Raise the share of member fees in the budget',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    expect(
      (await as(ctx.app, officer).post(pb(`/assessments/${id}/recommendations`), { text: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await e.post(pb(`/assessments/${id}/recommendations`), { groupKey: 'size', text: 'x' })).statusCode,
    ).toBe(400);
    const teamRecs = (await as(ctx.app, manager).get(bench())).json().recommendations;
    expect(teamRecs.find((r: { id: string }) => r.id === rec.json().id)).toMatchObject({
      byAssessor: true,
      author: 'Eva Evaluator (demo)',
      status: 'open',
    });
    expect((await e.post(pb(`/assessments/${id}/sign`))).statusCode).toBe(200);
    expect((await e.put(pb(`/assessments/${id}`), { scores })).statusCode).toBe(409);
    expect((await e.post(pb(`/assessments/${id}/sign`))).statusCode).toBe(409);
    expect((await e.post(pb(`/assessments/${id}/recommendations`), { text: 'Too late' })).statusCode).toBe(
      409,
    );
    const seen = (await as(ctx.app, officer).get(pb()))
      .json()
      .assessments.find((a: { id: string }) => a.id === id);
    expect(seen).toMatchObject({
      assessorOrganisation: 'Independent panel (test)',
      signedBy: 'Eva Evaluator (demo)',
    });
    expect(seen.recommendations).toEqual([
      expect.objectContaining({ groupKey: 'financing', byAssessor: true, status: 'open' }),
    ]);
    // Both workspaces' logs record the sign-off.
    for (const ws of [initiative, programme]) {
      const n = await ctx.app.db
        .selectFrom('audit_log')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('action', '=', 'benchmark.sign')
        .where('entity_id', '=', id)
        .execute();
      expect(n).toHaveLength(1);
    }
  });

  it('closes the programme side when the initiative stops sharing its benchmarking', async () => {
    await setShares(['lifecycle', 'indicators', 'reports']);
    expect((await as(ctx.app, officer).get(pb())).statusCode).toBe(404);
    expect(
      (await as(ctx.app, evaluator).post(pb('/assessments'), { assessedOn: '2029-05-01', scores }))
        .statusCode,
    ).toBe(404);
    const portfolio = (
      await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/portfolio/${initiative}`)
    ).json();
    expect(portfolio.shares).not.toContain('benchmarking');
    await setShares(['lifecycle', 'indicators', 'reports', 'benchmarking']);
    expect((await as(ctx.app, officer).get(pb())).statusCode).toBe(200);
    // Another workspace's initiative through this programme: 404, as for any unfollowed one.
    const other = (
      await as(ctx.app, manager).post('/api/v1/workspaces', {
        name: 'Unfollowed (test)',
        kind: 'cluster_initiative',
      })
    ).json().id as string;
    expect((await as(ctx.app, evaluator).get(pb('', other))).statusCode).toBe(404);
  });

  it('narrows the peers to a field of activity (GIZ 001:3641)', async () => {
    const db = ctx.app.db;
    const org = (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
    const peer = async (name: string, sector: string, score: number) => {
      const id = (
        await db
          .insertInto('workspaces')
          .values({ organisation_id: org, kind: 'cluster_initiative', name, sector, verified_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      await db
        .insertInto('benchmark_assessments')
        .values({
          workspace_id: id,
          assessed_on: '2029-01-01',
          scores: JSON.stringify({ 'structure.total': score }),
          notes: '{}',
          share_with_peers: true,
          created_by: null,
        })
        .execute();
    };
    for (const [i, s] of [1, 2, 2].entries()) await peer(`Agro peer ${i} (test)`, 'agro-food processing ', s);
    for (const [i, s] of [5, 5, 5].entries()) await peer(`Tourism peer ${i} (test)`, 'Tourism', s);
    await peer('Mining peer (test)', 'Mining', 3);
    const m = as(ctx.app, manager);
    // The team's signed assessment of 2029-03-01 is the latest (the external one of 2029-04-01
    // is later: share it too so the latest assessment is shared).
    const latest = (await m.get(bench())).json().assessments[0];
    await m.put(bench(`/assessments/${latest.id}/sharing`), { shareWithPeers: true });
    let b = (await m.get(bench())).json();
    expect(b.comparison.peerCount).toBe(7);
    // The own field and those with enough peers, never a field of fewer peers (Mining).
    expect(b.fields).toEqual(['Agro-food processing', 'Tourism']);
    b = (await m.get(`${bench()}?field=${encodeURIComponent('Agro-food processing')}`)).json();
    expect(b.field).toBe('Agro-food processing');
    expect(b.comparison.peerCount).toBe(3);
    const structure = b.comparison.groups.find((g: { key: string }) => g.key === 'structure');
    expect(structure.peers).toMatchObject({ n: 3, median: 2 });
    b = (await m.get(`${bench()}?field=Tourism`)).json();
    expect(b.comparison.groups.find((g: { key: string }) => g.key === 'structure').peers.median).toBe(5);
    b = (await m.get(`${bench()}?field=Mining`)).json();
    expect(b.comparison.peerCount).toBe(1);
    expect(b.comparison.groups.every((g: { peers: unknown }) => g.peers === null)).toBe(true);
    expect((await m.get(`${bench()}?other=1`)).statusCode).toBe(400);
  });
});
