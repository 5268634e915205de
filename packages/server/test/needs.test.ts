import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let ws: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('needs survey and ranking (GIZ 001:1582–1631)', () => {
  it('ranks needs from the members’ votes on the 1.0–3.0 scale', async () => {
    const created = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/needs-surveys`, {
      title: 'Priorities 2026',
      needs: [
        { category: 'Networking', title: 'Events' },
        { category: 'Business development', title: 'Funding' },
        { category: 'Business development', title: 'Export' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const url = `/api/v1/workspaces/${ws}/needs-surveys/${created.json().id}`;
    const needs = (await as(ctx.app, manager).get(url)).json().needs as { id: string; title: string }[];
    const id = (title: string) => needs.find((n) => n.title === title)!.id;
    const ballots: [string, number[]][] = [
      ['member@demo.agglomera.org', [3, 3, 1]],
      ['member2@demo.agglomera.org', [2, 3, 2]],
      ['member3@demo.agglomera.org', [3, 2, 1]],
    ];
    for (const [email, [events, funding, exportNeed]] of ballots) {
      const s = await signIn(ctx.app, email);
      const res = await as(ctx.app, s).put(`${url}/votes`, {
        votes: [
          { needId: id('Events'), vote: events },
          { needId: id('Funding'), vote: funding },
          { needId: id('Export'), vote: exportNeed },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const result = (await as(ctx.app, manager).get(url)).json();
    expect(result.voters).toBe(3);
    const byTitle = Object.fromEntries(result.needs.map((n: { title: string }) => [n.title, n]));
    // Events: 1×2 + 2×3 = 8/3; Funding: 1×2 + 2×3 = 8/3; Export: 2×1 + 1×2 = 4/3.
    expect(byTitle.Events.score).toBeCloseTo(8 / 3, 12);
    expect([byTitle.Events.rank, byTitle.Funding.rank, byTitle.Export.rank]).toEqual([1, 1, 3]);
    expect(byTitle.Export).toMatchObject({
      lessImportant: 2,
      important: 1,
      veryImportant: 0,
      respondents: 3,
    });
  });

  it('refuses a vote outside the scale, storing none of the ballot', async () => {
    const survey = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/needs-surveys`))
      .json()
      .surveys.find((s: { title: string }) => s.title.includes('Lakeside'));
    const url = `/api/v1/workspaces/${ws}/needs-surveys/${survey.id}`;
    const [a, b] = (await as(ctx.app, manager).get(url)).json().needs;
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    const res = await as(ctx.app, member).put(`${url}/votes`, {
      votes: [
        { needId: a.id, vote: 3 },
        { needId: b.id, vote: 4 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'body.votes[1].vote', message: 'must be 1, 2 or 3' }]);
    const after = (await as(ctx.app, member).get(url)).json().needs;
    expect(
      after.every(
        (n: { myVote: number | null; respondents: number }) => n.myVote === null && n.respondents === 0,
      ),
    ).toBe(true);
  });

  it('closes the vote, and marks a top need as a goal for the strategy', async () => {
    const survey = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/needs-surveys`)).json()
      .surveys[0];
    const url = `/api/v1/workspaces/${ws}/needs-surveys/${survey.id}`;
    expect((await as(ctx.app, manager).post(`${url}/close`)).statusCode).toBe(200);
    const need = (await as(ctx.app, manager).get(url)).json().needs[0];
    const member = await signIn(ctx.app, 'member2@demo.agglomera.org');
    expect(
      (await as(ctx.app, member).put(`${url}/votes`, { votes: [{ needId: need.id, vote: 1 }] })).statusCode,
    ).toBe(409);
    expect(
      (await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/needs/${need.id}/goal`, { isGoal: true }))
        .statusCode,
    ).toBe(200);
    expect(
      (await as(ctx.app, manager).get(url)).json().needs.find((n: { id: string }) => n.id === need.id)
        .is_goal,
    ).toBe(true);
    expect(
      (await as(ctx.app, member).put(`/api/v1/workspaces/${ws}/needs/${need.id}/goal`, { isGoal: false }))
        .statusCode,
    ).toBe(403);
    // The mark follows the goals (strategy issue 13): marking made a goal answering the need, and
    // the mark cannot be taken off while that goal answers it.
    const goals = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/strategy/goals`)).json().goals;
    const answering = goals.filter((g: { needIds: string[] }) => g.needIds.includes(need.id));
    expect(answering.map((g: { title: string }) => g.title)).toEqual([need.title]);
    const off = await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/needs/${need.id}/goal`, {
      isGoal: false,
    });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.details[0].field).toBe('body.isGoal');
    // Marking again creates no second goal.
    await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/needs/${need.id}/goal`, { isGoal: true });
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/strategy/goals`)).json().goals,
    ).toHaveLength(goals.length);
  });
});
