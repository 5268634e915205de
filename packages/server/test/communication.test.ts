import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  jobResult,
  signIn,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

let ctx: TestContext;
let manager: Session;
let staff: Session;
let member: Session;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('mailing lists and messages', () => {
  it('refuses a segment that does not exist, naming the field', async () => {
    for (const body of [
      { name: 'x', segment: 'working_group' },
      { name: 'x', segment: 'working_group', segmentValue: '00000000-0000-4000-8000-000000000000' },
      { name: 'x', segment: 'actor_type', segmentValue: 'unicorn' },
    ]) {
      const res = await as(ctx.app, staff).post(url('/mailing-lists'), body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('body.segmentValue');
    }
    expect((await as(ctx.app, staff).get(url('/mailing-lists'))).json().lists).toEqual([]);
  });

  it('sends to a working group and logs every recipient, including those without an e-mail', async () => {
    const group = (await as(ctx.app, manager).get(url('/working-groups'))).json().groups[0];
    const detail = (await as(ctx.app, manager).get(url(`/working-groups/${group.id}`))).json();
    // give one member of the group an address so that both outcomes show in the log
    await ctx.app.db
      .updateTable('actors')
      .set({ email: 'export@lakeside.example' })
      .where('id', '=', detail.members[0].id)
      .execute();
    const list = await as(ctx.app, staff).post(url('/mailing-lists'), {
      name: 'Export group',
      segment: 'working_group',
      segmentValue: group.id,
    });
    expect(list.statusCode).toBe(201);
    const lists = (await as(ctx.app, staff).get(url('/mailing-lists'))).json().lists;
    expect(lists[0].reach).toBe(detail.members.length);
    expect(
      (
        await as(ctx.app, staff).post(url(`/mailing-lists/${list.json().id}/messages`), {
          subject: 'Hi',
          body: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const before = ctx.mailer.sent.length;
    const sent = await as(ctx.app, manager).post(url(`/mailing-lists/${list.json().id}/messages`), {
      subject: 'SIAL stand: last call',
      body: 'Please confirm your square metres by Friday.',
    });
    expect(sent.statusCode).toBe(202);
    const outcome = await jobResult(ctx.app, sent);
    const withEmail = detail.members.length - outcome.noEmail;
    expect(outcome).toMatchObject({ sent: withEmail, failed: 0 });
    expect(withEmail).toBeGreaterThanOrEqual(1);
    const mails = ctx.mailer.sent.slice(before);
    expect(mails.map((m) => m.to)).toContain('export@lakeside.example');
    expect(mails[0]!.subject).toBe('SIAL stand: last call');
    const messages = (await as(ctx.app, staff).get(url('/messages'))).json();
    expect(messages.messages[0]).toMatchObject({
      subject: 'SIAL stand: last call',
      sent: withEmail,
      no_email: outcome.noEmail,
    });
    const log = (await as(ctx.app, staff).get(url(`/messages/${sent.json().id}/log`))).json().log;
    expect(log).toHaveLength(detail.members.length);
    const csv = await as(ctx.app, staff).get(url(`/messages/${sent.json().id}/log?format=csv`));
    expect(csv.body.split('\r\n')[0]).toBe('recipient,email,status,error');
    expect(csv.body).toContain('export@lakeside.example,sent');
    expect((await as(ctx.app, member).get(url('/messages'))).statusCode).toBe(403);
  });

  it('reaches the members of one type and the participants of an event', async () => {
    const startups = await as(ctx.app, staff).post(url('/mailing-lists'), {
      name: 'Start-ups',
      segment: 'actor_type',
      segmentValue: 'start_up',
    });
    expect(startups.statusCode).toBe(201);
    const event = (await as(ctx.app, staff).get(url('/events?when=past'))).json().events[0];
    const ev = await as(ctx.app, staff).post(url('/mailing-lists'), {
      name: 'Breakfast',
      segment: 'event',
      segmentValue: event.id,
    });
    const lists = (await as(ctx.app, staff).get(url('/mailing-lists'))).json().lists;
    expect(lists.find((l: { id: string }) => l.id === ev.json().id).reach).toBe(
      event.registered + event.waitlisted,
    );
  });
});
