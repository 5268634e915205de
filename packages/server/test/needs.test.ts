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

  it('ranks the key actors’ demands (GIZ 001:1601): members vote for their organisation, a moderator enters a workshop’s tallies, the team votes only where the survey lets it', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(`/api/v1/workspaces/${ws}/needs-surveys`, {
      title: 'Moderated workshop 2026',
      needs: [
        { category: 'Business development', title: 'Export' },
        { category: 'Qualification', title: 'Training' },
      ],
    });
    expect(created.json().team_votes).toBe(false);
    const url = `/api/v1/workspaces/${ws}/needs-surveys/${created.json().id}`;
    const [exportNeed, training] = (await m.get(url)).json().needs as { id: string; title: string }[];
    // The manager does not vote: the ranking is of the key actors' demands.
    const teamVote = await m.put(`${url}/votes`, { votes: [{ needId: exportNeed!.id, vote: 3 }] });
    expect(teamVote.statusCode).toBe(409);
    expect(teamVote.json().error.code).toBe('team_does_not_vote');
    expect((await m.get(url)).json()).toMatchObject({ canVote: false, votesFor: null });
    // A member votes for its organisation; voting again replaces the organisation's vote.
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect((await as(ctx.app, member).get(url)).json()).toMatchObject({
      canVote: true,
      votesFor: 'organisation',
    });
    await as(ctx.app, member).put(`${url}/votes`, { votes: [{ needId: exportNeed!.id, vote: 1 }] });
    await as(ctx.app, member).put(`${url}/votes`, { votes: [{ needId: exportNeed!.id, vote: 3 }] });
    // The moderator enters a workshop's tallies for a key actor without a login.
    const anchor = (await m.get(`/api/v1/workspaces/${ws}/actors?search=Continental&limit=1`)).json()
      .actors[0];
    const tally = await m.put(`${url}/tallies`, {
      actorId: anchor.id,
      votes: [
        { needId: exportNeed!.id, vote: 3 },
        { needId: training!.id, vote: 2 },
      ],
    });
    expect(tally.statusCode, tally.body).toBe(200);
    const badTally = await m.put(`${url}/tallies`, {
      actorId: anchor.id,
      votes: [{ needId: training!.id, vote: 5 }],
    });
    expect(badTally.statusCode).toBe(400);
    expect(
      (
        await as(ctx.app, member).put(`${url}/tallies`, {
          actorId: anchor.id,
          votes: [{ needId: training!.id, vote: 1 }],
        })
      ).statusCode,
    ).toBe(403);
    let result = (await m.get(url)).json();
    expect(result).toMatchObject({ voters: 2, workshopVoters: 1 });
    const byTitle = (r: { needs: { title: string }[] }) =>
      Object.fromEntries(r.needs.map((n) => [n.title, n]));
    expect(byTitle(result).Export).toMatchObject({ veryImportant: 2, respondents: 2, score: 3 });
    expect(byTitle(result).Training).toMatchObject({ important: 1, respondents: 1 });
    // Letting the team vote is the survey's choice; the manager's vote then counts too.
    expect((await m.patch(url, { teamVotes: true })).json().team_votes).toBe(true);
    expect((await m.put(`${url}/votes`, { votes: [{ needId: training!.id, vote: 3 }] })).statusCode).toBe(
      200,
    );
    result = (await m.get(url)).json();
    expect(result).toMatchObject({ voters: 3, votesFor: 'team' });
    expect(byTitle(result).Training).toMatchObject({ important: 1, veryImportant: 1, respondents: 2 });
    // Switched off again, the team's votes stop counting.
    await m.patch(url, { teamVotes: false });
    expect(byTitle((await m.get(url)).json()).Training).toMatchObject({ respondents: 1 });
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
