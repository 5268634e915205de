import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

// Hardening issue, item 7: reads beyond the role. Members read the stored diagnostic baselines
// although the diagnostic report is closed to them, and the notes of working groups by
// invitation that their organisation is not in.

let ctx: TestContext;
let manager: Session;
let member: Session;
let ws: string;
const url = (path: string) => `/api/v1/workspaces/${ws}${path}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('reads within the role', () => {
  it('gives the baselines to the readers of the diagnostic report only', async () => {
    expect((await as(ctx.app, manager).get(url('/baselines'))).statusCode).toBe(200);
    expect((await as(ctx.app, member).get(url('/baselines'))).statusCode).toBe(403);
    expect((await as(ctx.app, member).get(url('/diagnostic-report'))).statusCode).toBe(403);
  });

  it('shows the notes of a group by invitation to its participants only', async () => {
    const m = as(ctx.app, manager);
    const group = (
      await m.post(url('/working-groups'), { name: 'Board strategy circle', openToMembers: false })
    ).json();
    const meeting = await m.post(url(`/working-groups/${group.id}/meetings`), {
      heldOn: '2026-11-30',
      notes: 'Confidential: the anchor firm may leave.',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const outside = (await as(ctx.app, member).get(url(`/working-groups/${group.id}`))).json();
    expect(outside.notesVisible).toBe(false);
    expect(outside.meetings).toHaveLength(1);
    expect(JSON.stringify(outside)).not.toContain('Confidential');
    // Once the management invites the member's organisation, its login reads the notes.
    const own = await ctx.handle.db
      .selectFrom('memberships')
      .select('actor_id')
      .where('workspace_id', '=', ws)
      .where('user_id', '=', member.userId)
      .executeTakeFirstOrThrow();
    expect(
      (await m.post(url(`/working-groups/${group.id}/members`), { actorId: own.actor_id })).statusCode,
    ).toBe(201);
    const inside = (await as(ctx.app, member).get(url(`/working-groups/${group.id}`))).json();
    expect(inside.notesVisible).toBe(true);
    expect(inside.meetings[0].notes).toContain('Confidential');
  });
});
