import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * A mailing sent ten days ago to the members, with its send log and the finished job that sent
 * it, so that the demo's communication screen and list of jobs show one (hardening issue, item
 * 15). Members reached through a member login get the login's address; the others have none.
 */
export async function loadDemoMailing(db: Database, workspaceId: string, managerId: string): Promise<void> {
  const recipients = await db
    .selectFrom('actors as a')
    .select([
      'a.id',
      'a.name',
      sql<
        string | null
      >`coalesce(nullif(a.email, ''), (SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = a.workspace_id AND m.actor_id = a.id ORDER BY u.email LIMIT 1))`.as('email'),
    ])
    .where('a.workspace_id', '=', workspaceId)
    .where('a.membership_stage', 'in', ['trial', 'member'])
    .orderBy('a.name')
    .execute();
  if (recipients.length === 0) return;
  const sentAt = new Date(Date.now() - 10 * 86_400_000);
  const finishedAt = new Date(sentAt.getTime() + 40_000);
  const message = await db
    .insertInto('messages')
    .values({
      workspace_id: workspaceId,
      list_id: null,
      list_name: 'Members and trial members (demo)',
      subject: 'Annual dinner: save the date (demo)',
      body: 'Dear members,\n\nThe annual dinner of the cluster takes place on the first Thursday of next month; registration opens in the member area next week.',
      sent_by: managerId,
      sent_at: sentAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('message_deliveries')
    .values(
      recipients.map((r) => ({
        message_id: message.id,
        actor_id: r.id,
        recipient: r.name,
        email: r.email,
        status: r.email ? ('sent' as const) : ('no_email' as const),
        error: '',
      })),
    )
    .execute();
  const sent = recipients.filter((r) => r.email).length;
  const noEmail = recipients.length - sent;
  await db
    .insertInto('jobs')
    .values({
      workspace_id: workspaceId,
      kind: 'mailing',
      state: 'done',
      done: recipients.length,
      total: recipients.length,
      subject_id: message.id,
      label: 'Annual dinner: save the date (demo)',
      started_by: managerId,
      created_at: sentAt,
      started_at: sentAt,
      finished_at: finishedAt,
      summary: `${sent} sent, 0 failed, ${noEmail} without an e-mail address`,
      result: JSON.stringify({ id: message.id, sent, failed: 0, noEmail }),
    })
    .execute();
}
