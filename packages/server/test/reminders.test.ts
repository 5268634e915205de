import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryMailer } from '../src/mail/mailer.js';
import { REMINDERS_CRON, digestTasks, sendTaskReminders } from '../src/home/reminders.service.js';
import { REMINDERS_QUEUE } from '../src/home/reminders.routes.js';
import { addDays, listTasks, today } from '../src/home/tasks.service.js';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

// Hardening issue, item 15: reminders of terms, reviews and deadlines as scheduled work. The demo's
// homes data gives the manager late and soon-due tasks and governance terms ending.

let ctx: TestContext;
let manager: Session;
let ws: string;
const mailer = new MemoryMailer();
const host = () => ({ db: ctx.handle.db, mailer, settings: ctx.app.settings });

/** The next day from today that is a Monday (weekly digests) or a Tuesday (daily ones only). */
const next = (weekday: number) => {
  let d = addDays(today(), 1);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== weekday) d = addDays(d, 1);
  return d;
};
const userId = async (email: string) =>
  (await ctx.handle.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow())
    .id;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true, mailer, jobs: { schedule: true } });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('e-mail reminders of late and soon-due tasks', () => {
  it('sends each person their digest once on a Monday, listing exactly their late and soon-due tasks', async () => {
    const monday = next(1);
    mailer.sent.length = 0;
    const first = await sendTaskReminders(host(), monday);
    expect(first.sent).toBeGreaterThan(0);
    const mail = mailer.sent.find((m) => m.to === 'manager@demo.agglomera.org');
    expect(mail, 'the manager has due tasks in the demo').toBeDefined();
    // Computed apart: the manager's own tasks of the workspace, late or due within 14 days.
    const id = await userId('manager@demo.agglomera.org');
    const name = (
      await ctx.handle.db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirstOrThrow()
    ).name;
    const own = await listTasks(ctx.handle.db, ws, { userId: id, userName: name, on: monday });
    const late = own.filter((t) => t.late);
    const soon = own.filter((t) => !t.late && t.dueOn !== null && t.dueOn <= addDays(monday, 14));
    const digest = await digestTasks(ctx.handle.db, { id, name }, monday, 14);
    expect(digest.late.filter((t) => t.source !== 'governance_term').map((t) => t.key)).toEqual(
      expect.arrayContaining(late.map((t) => t.key)),
    );
    for (const t of [...late, ...soon]) expect(mail!.text).toContain(t.title);
    expect(mail!.subject).toBe(
      `Your tasks: ${digest.late.length} late, ${digest.soon.length} due by ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${addDays(monday, 14)}T00:00:00Z`))}`,
    );
    expect(mail!.text).toContain('every Monday');
    expect(mail!.text).toContain(`/w/${ws}/`);
    // The manager hears of the governance terms ending, as the workspace's list gives them.
    const seat = await ctx.handle.db
      .selectFrom('governance_seats')
      .select('id')
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    const termEnd = await ctx.handle.db
      .selectFrom('governance_seats')
      .select('term_end')
      .where('id', '=', seat.id)
      .executeTakeFirstOrThrow();
    await ctx.handle.db
      .updateTable('governance_seats')
      .set({ term_end: addDays(monday, 3) })
      .where('id', '=', seat.id)
      .execute();
    const withTerm = await digestTasks(ctx.handle.db, { id, name }, monday, 14);
    await ctx.handle.db
      .updateTable('governance_seats')
      .set({ term_end: termEnd.term_end })
      .where('id', '=', seat.id)
      .execute();
    expect(withTerm.soon.map((t) => t.key)).toContain(`governance_term:${seat.id}`);
    const terms = (await listTasks(ctx.handle.db, ws, { on: monday })).filter(
      (t) =>
        t.source === 'governance_term' && (t.late || (t.dueOn !== null && t.dueOn <= addDays(monday, 14))),
    );
    expect(
      [...digest.late, ...digest.soon].filter((t) => t.source === 'governance_term').map((t) => t.key),
    ).toEqual(expect.arrayContaining(terms.map((t) => t.key)));
    // Governance terms reach owners and managers only.
    if (digest.late.concat(digest.soon).some((t) => t.source === 'governance_term')) {
      const member = mailer.sent.find((m) => m.to === 'member@demo.agglomera.org');
      expect(member?.text ?? '').not.toContain('/organisation/governance');
    }
    // Again the same day (a retry, another process): nothing more.
    const count = mailer.sent.length;
    expect((await sendTaskReminders(host(), monday)).sent).toBe(0);
    expect(mailer.sent.length).toBe(count);
  });

  it('sends daily digests on other days, none to those who chose weekly or off, in the reader’s language', async () => {
    const tuesday = next(2);
    await ctx.handle.db
      .updateTable('users')
      .set({ task_reminders: 'daily', locale: 'fr', reminders_sent_on: null })
      .where('email', '=', 'manager@demo.agglomera.org')
      .execute();
    await ctx.handle.db
      .updateTable('users')
      .set({ task_reminders: 'off', reminders_sent_on: null })
      .where('email', '!=', 'manager@demo.agglomera.org')
      .execute();
    try {
      mailer.sent.length = 0;
      const r = await sendTaskReminders(host(), tuesday);
      expect(r.sent).toBe(1);
      expect(mailer.sent.map((m) => m.to)).toEqual(['manager@demo.agglomera.org']);
      expect(mailer.sent[0]!.subject).toMatch(/^Vos tâches\s:\s\d+ en retard, \d+ à faire d’ici le /);
      expect(mailer.sent[0]!.text).toMatch(/Vous recevez ce résumé chaque jour\./);
      expect(mailer.sent[0]!.text).toMatch(/^Bonjour Marie Manager \(demo\),\n\nEn retard\s:/);
      expect(mailer.sent[0]!.text).not.toMatch(/ due | Late:|You receive/);
      // A weekly reader hears nothing on a Tuesday.
      await ctx.handle.db
        .updateTable('users')
        .set({ task_reminders: 'weekly', reminders_sent_on: null })
        .where('email', '=', 'manager@demo.agglomera.org')
        .execute();
      mailer.sent.length = 0;
      expect((await sendTaskReminders(host(), tuesday)).sent).toBe(0);
    } finally {
      await ctx.handle.db
        .updateTable('users')
        .set({ task_reminders: 'weekly', locale: 'en' })
        .where('email', '=', 'manager@demo.agglomera.org')
        .execute();
    }
  });

  it('lets each person choose weekly, daily or off; refuses anything else naming the field; audited', async () => {
    const api = as(ctx.app, manager);
    let res = await api.get('/api/v1/me/reminders');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ frequency: 'weekly', today: { late: expect.any(Number) } });
    res = await api.put('/api/v1/me/reminders', { frequency: 'hourly' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('body.frequency');
    res = await api.put('/api/v1/me/reminders', { frequency: 'off' });
    expect(res.statusCode).toBe(200);
    expect((await api.get('/api/v1/me/reminders')).json().frequency).toBe('off');
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['old_value', 'new_value'])
      .where('action', '=', 'user.reminders')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      old_value: { taskReminders: 'weekly' },
      new_value: { taskReminders: 'off' },
    });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me/reminders' })).statusCode).toBe(401);
    await api.put('/api/v1/me/reminders', { frequency: 'weekly' });
  });

  it('runs once a day for all processes: a pg-boss schedule', async () => {
    const schedule = await sql<{
      cron: string;
    }>`SELECT cron FROM pgboss.schedule WHERE name = ${REMINDERS_QUEUE}`.execute(ctx.handle.db);
    expect(schedule.rows).toEqual([{ cron: REMINDERS_CRON }]);
  });
});
