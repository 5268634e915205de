/**
 * The calendar feed of a user's tasks (issue 12, item 6): an iCalendar file (RFC 5545) at a secret
 * address that calendar apps subscribe to. Only the SHA-256 of the secret is stored.
 */
import ical from 'ical-generator';
import type { Database } from '../db/database.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { recordAudit } from '../audit/service.js';
import { listTasks, type Task } from './tasks.service.js';

export async function feedStatus(db: Database, userId: string) {
  const live = await db
    .selectFrom('calendar_feeds')
    .select(['created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return live
    ? {
        active: true,
        createdAt: new Date(live.created_at).toISOString(),
        lastUsedAt: live.last_used_at ? new Date(live.last_used_at).toISOString() : null,
      }
    : { active: false, createdAt: null, lastUsedAt: null };
}

/** Revokes the user's live feed, if any; true when one was revoked. */
async function revoke(db: Database, userId: string) {
  const r = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** A new secret address (the old one stops working); the secret is shown once. */
export async function createFeed(db: Database, userId: string): Promise<string> {
  const token = newSecret('cal_');
  await db.transaction().execute(async (trx) => {
    await revoke(trx, userId);
    await trx
      .insertInto('calendar_feeds')
      .values({ user_id: userId, token_hash: sha256(token) })
      .execute();
    await recordAudit(trx, {
      workspaceId: null,
      userId,
      action: 'calendar_feed.create',
      entity: 'user',
      entityId: userId,
    });
  });
  return token;
}

export async function revokeFeed(db: Database, userId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await revoke(trx, userId);
    if (done)
      await recordAudit(trx, {
        workspaceId: null,
        userId,
        action: 'calendar_feed.revoke',
        entity: 'user',
        entityId: userId,
      });
    return done;
  });
}

/** The user a live feed token belongs to, or null. */
export async function feedOwner(db: Database, token: string) {
  const row = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.id', 'u.id as userId', 'u.name'])
    .where('f.token_hash', '=', sha256(token))
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
  if (row)
    await db
      .updateTable('calendar_feeds')
      .set({ last_used_at: new Date() })
      .where('id', '=', row.id)
      .execute();
  return row ?? null;
}

/** The user's tasks in every workspace they belong to. */
export async function tasksOfUser(db: Database, user: { userId: string; name: string }) {
  const workspaces = await db
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select(['w.id', 'w.name'])
    .where('m.user_id', '=', user.userId)
    .orderBy('w.name')
    .execute();
  const out: (Task & { workspace: string })[] = [];
  for (const w of workspaces)
    for (const t of await listTasks(db, w.id, { userId: user.userId, userName: user.name }))
      out.push({ ...t, workspace: w.name });
  return out;
}

/**
 * One all-day event on the due date per dated task (calendar apps show events, few show to-dos);
 * tasks without a due date (an open PDCA cycle) are not in the feed. ical-generator escapes text
 * and folds long lines as RFC 5545 asks.
 */
export function tasksCalendar(tasks: (Task & { workspace: string })[], publicUrl: string) {
  const cal = ical({
    name: 'Agglomera tasks',
    prodId: { company: 'Agglomera', product: 'tasks', language: 'EN' },
  });
  for (const t of tasks) {
    if (!t.dueOn) continue;
    const start = new Date(`${t.dueOn}T00:00:00Z`);
    cal.createEvent({
      id: `${t.key}@agglomera`,
      start,
      allDay: true,
      summary: t.context ? `${t.title} (${t.context})` : t.title,
      description: `${t.workspace} · ${t.module}${t.late ? ' · late' : ''}`,
      url: `${publicUrl.replace(/\/$/, '')}${t.link}`,
    });
  }
  return cal.toString();
}
