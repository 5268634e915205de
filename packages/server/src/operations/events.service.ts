/**
 * Events: reading and locking an event, seats taken, the waiting list moving up, and the time check, beside the routes of events.routes.ts.
 */
import { orderWaitingList, promoteFromWaitingList } from '@agglomera/methods';
import { sql, type Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import type { EventsTable } from '../db/schema-operations.js';
import { badRequest, notFound } from '../http/errors.js';
import { iso } from '../http/schemas.js';
import type { EventKind } from './events.schemas.js';

export async function getEvent(db: Database, workspaceId: string, eventId: string) {
  const e = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', eventId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!e) throw notFound('Event');
  return e;
}

/** An event as the API sends it (EventRow): its timestamps as ISO text, as JSON always wrote them. */
export const presentEvent = (e: Selectable<EventsTable>) => ({
  ...e,
  kind: e.kind as EventKind,
  starts_at: iso(e.starts_at),
  ends_at: iso(e.ends_at),
  created_at: iso(e.created_at),
});

export async function seatsTaken(db: Database, eventId: string) {
  const r = await db
    .selectFrom('event_registrations')
    .select(sql<string>`count(*)`.as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'registered')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Locks the event row so that concurrent registrations cannot both take the last seat. */
export async function lockEvent(db: Database, workspaceId: string, eventId: string) {
  const e = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '=', eventId)
    .where('workspace_id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirst();
  if (!e) throw notFound('Event');
  return e;
}

/**
 * Gives freed seats to the earliest waiting registrations, members (and trial members) first when
 * the event says so (the platform's rule, `orderWaitingList`); returns the ids moved up.
 */
export async function fillFreedSeats(
  db: Database,
  event: { id: string; capacity: number | null; members_first: boolean },
) {
  const rows = await db
    .selectFrom('event_registrations as r')
    .leftJoin('actors as a', 'a.id', 'r.actor_id')
    .select([
      'r.id',
      'r.registered_at as registeredAt',
      sql<boolean>`coalesce(a.membership_stage IN ('trial', 'member'), false)`.as('member'),
    ])
    .where('r.event_id', '=', event.id)
    .where('r.status', '=', 'waitlisted')
    .execute();
  const waiting = orderWaitingList(rows, event.members_first);
  const up = promoteFromWaitingList(event.capacity, await seatsTaken(db, event.id), waiting);
  if (up.length)
    await db.updateTable('event_registrations').set({ status: 'registered' }).where('id', 'in', up).execute();
  return up;
}

export function checkTimes(b: { startsAt: string; endsAt: string }) {
  if (!(Date.parse(b.endsAt) > Date.parse(b.startsAt)))
    throw badRequest('validation_failed', 'An event ends after it starts', [
      { field: 'body.endsAt', message: 'must be after body.startsAt' },
    ]);
}
