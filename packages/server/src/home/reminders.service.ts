import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { Mailer } from '../mail/mailer.js';
import type { Settings } from '../settings.js';
import { documentFormatter, type DocumentLocale } from '../i18n/documents.js';
import { msg, render, type Locale } from '../i18n/index.js';
import { addDays, listTasks, type Task } from './tasks.service.js';

/**
 * Reminders of terms, reviews and deadlines by e-mail (hardening issue, item 15: "scheduled work
 * (… reminders of terms, reviews and deadlines)"). Once a day (06:00 UTC, a pg-boss schedule run
 * once for all server processes), each person who asked for it receives the tasks of "My tasks"
 * that are late or due within the due-soon window (`AGGLOMERA_DUE_SOON_DAYS`), in every workspace
 * they belong to, and, for owners and managers, the governance seats whose term ends within the
 * workspace's reminder window. Weekly digests go out on Mondays. The digest is the platform's own
 * (the guides ask for reminders of terms and deadlines in no particular form): weekly by default,
 * daily or off on the account page. Nothing is sent when nothing is due.
 */

export const REMINDER_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];
/** The day weekly digests go out (ISO weekday, 1 = Monday): the platform's choice. */
export const WEEKLY_DIGEST_DAY = 1;
/** Daily at 06:00 UTC (pg-boss cron). */
export const REMINDERS_CRON = '0 6 * * *';

const isoWeekday = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

type DueTask = Task & { workspace: string };

/** The late and soon-due tasks a person's digest holds on `on`, in every workspace of theirs. */
export async function digestTasks(
  db: Database,
  user: { id: string; name: string },
  on: string,
  dueSoonDays: number,
): Promise<{ late: DueTask[]; soon: DueTask[]; until: string }> {
  const until = addDays(on, dueSoonDays);
  const memberships = await db
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select(['w.id', 'w.name', 'm.role'])
    .where('m.user_id', '=', user.id)
    .orderBy('w.name')
    .execute();
  const late: DueTask[] = [];
  const soon: DueTask[] = [];
  for (const m of memberships) {
    // Seats whose term ends belong to nobody in particular: the owners and managers hear of them.
    const tasks = await listTasks(db, m.id, {
      userId: user.id,
      userName: user.name,
      on,
      withTerms: m.role === 'owner' || m.role === 'manager',
    });
    for (const t of tasks) {
      const task = { ...t, workspace: m.name };
      if (t.late) late.push(task);
      else if (t.dueOn !== null && t.dueOn <= until) soon.push(task);
    }
  }
  return { late, soon, until };
}

/** The digest as a mail in the reader's language. */
export function digestMail(
  locale: Locale,
  name: string,
  frequency: 'daily' | 'weekly',
  digest: { late: DueTask[]; soon: DueTask[]; until: string },
  publicUrl: string,
): { subject: string; text: string } {
  const f = documentFormatter(locale as DocumentLocale);
  const base = publicUrl.replace(/\/$/, '');
  const line = (t: DueTask) =>
    [
      `- ${render(locale, msg`${t.title} — due ${t.dueOn ? f.date(t.dueOn) : '—'}`)}`,
      `  ${[t.context, t.workspace].filter(Boolean).join(' · ')}`,
      `  ${base}${t.link}`,
    ].join('\n');
  const parts = [render(locale, msg`Hello ${name},`)];
  if (digest.late.length) parts.push(`${render(locale, 'Late:')}\n${digest.late.map(line).join('\n')}`);
  if (digest.soon.length)
    parts.push(
      `${render(locale, msg`Due by ${f.date(digest.until)}:`)}\n${digest.soon.map(line).join('\n')}`,
    );
  const account = `${base}/account`;
  parts.push(
    render(
      locale,
      frequency === 'weekly'
        ? msg`You receive this summary every Monday. Change it or stop it on your account page: ${account}`
        : msg`You receive this summary every day. Change it or stop it on your account page: ${account}`,
    ),
  );
  return {
    subject: render(
      locale,
      msg`Your tasks: ${digest.late.length} late, ${digest.soon.length} due by ${f.date(digest.until)}`,
    ),
    text: parts.join('\n\n'),
  };
}

/**
 * Sends the day's digests. Each person is claimed first (`reminders_sent_on` set to the day only
 * where it was earlier), so that two processes, or a retry, never send one person's digest twice.
 * Returns how many were sent.
 */
export async function sendTaskReminders(
  host: { db: Database; mailer: Mailer; settings: Settings },
  on: string,
): Promise<{ sent: number; nothingDue: number }> {
  const weekly = isoWeekday(on) === WEEKLY_DIGEST_DAY;
  const people = await host.db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale', 'task_reminders'])
    .where('task_reminders', 'in', weekly ? ['daily', 'weekly'] : ['daily'])
    .where((eb) =>
      eb.or([eb('reminders_sent_on', 'is', null), eb('reminders_sent_on', '<', sql<string>`${on}::date`)]),
    )
    .where((eb) =>
      eb.exists(eb.selectFrom('memberships').select('user_id').whereRef('user_id', '=', 'users.id')),
    )
    .orderBy('id')
    .execute();
  let sent = 0;
  let nothingDue = 0;
  for (const p of people) {
    const claimed = await host.db
      .updateTable('users')
      .set({ reminders_sent_on: on })
      .where('id', '=', p.id)
      .where((eb) =>
        eb.or([eb('reminders_sent_on', 'is', null), eb('reminders_sent_on', '<', sql<string>`${on}::date`)]),
      )
      .returning('id')
      .executeTakeFirst();
    if (!claimed) continue;
    const digest = await digestTasks(host.db, p, on, host.settings.dueSoonDays);
    if (!digest.late.length && !digest.soon.length) {
      nothingDue++;
      continue;
    }
    const locale = (['en', 'fr', 'es'].includes(p.locale) ? p.locale : 'en') as Locale;
    const mail = digestMail(
      locale,
      p.name,
      p.task_reminders === 'daily' ? 'daily' : 'weekly',
      digest,
      host.settings.publicUrl,
    );
    await host.mailer.send({ to: p.email, ...mail });
    sent++;
  }
  return { sent, nothingDue };
}
