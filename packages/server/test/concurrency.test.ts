import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

// Hardening issue, item 9: on a PostgreSQL server, two evaluation-recommendation agreements at
// once lost one, two report-narrative edits lost a field, and six concurrent applied → trial moves
// gave two successes and two history rows. PGlite runs one query at a time and hides such races:
// `.ci/run` runs this file again on the PostgreSQL server (DATABASE_URL), where they show.

let ctx: TestContext;
let manager: Session;
let staff: Session;
let ws: string;
const url = (path: string) => `/api/v1/workspaces/${ws}${path}`;
const ROUNDS = 5;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('concurrent writes', () => {
  it('keeps both of two agreements recorded at once', async () => {
    const m = as(ctx.app, manager);
    const evaluation = (
      await m.post(url('/evaluations'), {
        title: 'Concurrent agreements',
        kind: 'internal',
        requestingBody: 'Board (demo)',
      })
    ).json();
    await m.put(url(`/evaluations/${evaluation.id}`), {
      criteria: [{ text: 'Members served', target: 'cluster_organisation' }],
    });
    await m.post(url(`/evaluations/${evaluation.id}/status`), { status: 'started' });
    for (let round = 0; round < ROUNDS; round++) {
      const rec = (
        await m.post(url(`/evaluations/${evaluation.id}/recommendations`), {
          text: `Recommendation ${round}`,
        })
      ).json();
      const path = url(`/evaluations/${evaluation.id}/recommendations/${rec.id}`);
      const answers = await Promise.all([
        m.put(path, { agreedByCluster: true }),
        as(ctx.app, staff).put(path, { agreedByRequester: true }),
        m.put(path, { agreedByEvaluators: true }),
      ]);
      for (const a of answers) expect(a.statusCode, a.body).toBe(200);
      const row = await ctx.handle.db
        .selectFrom('evaluation_recommendations')
        .selectAll()
        .where('id', '=', rec.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        agreed_by_cluster: true,
        agreed_by_requester: true,
        agreed_by_evaluators: true,
      });
    }
  });

  it('keeps both of two narrative fields edited at once', async () => {
    const m = as(ctx.app, manager);
    const report = (
      await m.post(url('/monitoring/reports'), {
        title: 'Concurrent narrative',
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
      })
    ).json();
    for (let round = 0; round < ROUNDS; round++) {
      const path = url(`/monitoring/reports/${report.id}`);
      const answers = await Promise.all([
        m.put(path, { narrative: { summary: `summary ${round}` } }),
        as(ctx.app, staff).put(path, { narrative: { challenges: `challenges ${round}` } }),
        m.put(path, { narrative: { nextSteps: `next ${round}` } }),
      ]);
      for (const a of answers) expect(a.statusCode, a.body).toBe(200);
      const row = await ctx.handle.db
        .selectFrom('monitoring_reports')
        .select('narrative')
        .where('id', '=', report.id)
        .executeTakeFirstOrThrow();
      expect(row.narrative).toMatchObject({
        summary: `summary ${round}`,
        challenges: `challenges ${round}`,
        nextSteps: `next ${round}`,
      });
    }
  });

  it('moves an applicant to trial once when six people approve at once', async () => {
    const m = as(ctx.app, manager);
    for (let round = 0; round < ROUNDS; round++) {
      const actor = await ctx.handle.db
        .insertInto('actors')
        .values({
          workspace_id: ws,
          name: `Concurrent applicant ${round} (demo)`,
          actor_type: 'firm',
          membership_stage: 'applied',
          status: 'committed',
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => m.put(url(`/actors/${actor.id}/membership`), { stage: 'trial' })),
      );
      const codes = answers.map((a) => a.statusCode);
      expect(codes.filter((c) => c === 200)).toHaveLength(1);
      // The others are told why: already moved (409) or no longer a possible move (400).
      for (const c of codes.filter((c) => c !== 200)) expect([400, 409]).toContain(c);
      const history = await ctx.handle.db
        .selectFrom('membership_stage_changes')
        .select('to_stage')
        .where('actor_id', '=', actor.id)
        .execute();
      expect(history).toEqual([{ to_stage: 'trial' }]);
    }
  });
});
