import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type TestContext } from './helpers.js';

// The answers of routes with a response schema are checked against it in every test
// (http/response-check.ts). These routes of the operations module's events and projects get a
// successful answer in no other test file, so they are called here once each: a wrong schema fails
// here (as response-schemas-more.test.ts does for other modules). The other routes of events,
// registrations, projects, processes and joint actions are checked in portal-events.test.ts,
// projects-joint-actions.test.ts and processes.test.ts.
let ctx: TestContext;
let m: ReturnType<typeof as>;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;

beforeAll(async () => {
  ctx = await createTestContext();
  const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  m = as(ctx.app, manager);
  ws = workspaceByKind(manager, 'cluster_initiative');
}, 120_000);
afterAll(() => ctx?.close());

describe('answers that match their response schemas', () => {
  it('past events, and an event deleted', async () => {
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
    const created = await m.post(url('/events'), {
      title: 'Schema event',
      startsAt: day(3),
      endsAt: day(4),
      capacity: 10,
    });
    expect(created.statusCode, created.body).toBe(201);
    const past = await m.get(url('/events?when=past'));
    expect(past.statusCode, past.body).toBe(200);
    const all = await m.get(url('/events?when=all&limit=5'));
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().events.every((e: { starts_at: string }) => e.starts_at.endsWith('Z'))).toBe(true);
    const deleted = await m.delete(url(`/events/${created.json().id}`));
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ ok: true });
  });

  it('a task marked done and undone, and a project deleted before it started', async () => {
    const project = await m.post(url('/projects'), {
      title: 'Schema project',
      type: 'internal',
      purpose: 'cluster_development',
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
    });
    expect(project.statusCode, project.body).toBe(201);
    const id = project.json().id;
    const task = await m.post(url(`/projects/${id}/tasks`), {
      title: 'Schema task',
      startsOn: '2027-01-05',
      dueOn: '2027-01-20',
    });
    expect(task.statusCode, task.body).toBe(201);
    const done = await m.put(url(`/projects/${id}/tasks/${task.json().id}/done`), { doneOn: '2027-01-18' });
    expect(done.statusCode, done.body).toBe(200);
    const read = await m.get(url(`/projects/${id}`));
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().tasks[0]).toMatchObject({ done_on: '2027-01-18', late: false });
    const undone = await m.put(url(`/projects/${id}/tasks/${task.json().id}/done`), { doneOn: null });
    expect(undone.statusCode, undone.body).toBe(200);
    const deleted = await m.delete(url(`/projects/${id}`));
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ ok: true });
  });
});
