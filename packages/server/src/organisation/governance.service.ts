import {
  GOVERNANCE_DEFAULTS,
  governanceChecklist,
  termCovers,
  termStatus,
  type GovernanceBodyKind,
} from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { msg } from '../i18n/index.js';
import { isCalendarDate } from '../strategy/canvas.service.js';
import { today } from './shared.js';
import { getLegalForm } from './profile.service.js';

/**
 * Governance (issue 14, item 3; GIZ 001:2337–2390, UNIDO 002:271–291): bodies, their seats and
 * terms, meetings, the good-governance checklist of 001:2357–2362, and who decides on membership
 * applications (the board role: in the WICA case the general assembly "consists of all members
 * approved by decision of the executive board", 001:2382).
 */

/** The team's reminder window for expiring terms (the platform's default: 90 days; the guides give none). */
export async function reminderDays(db: Database, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('organisation_profiles')
    .select('reminder_days')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.reminder_days ?? GOVERNANCE_DEFAULTS.reminderDays;
}

/** Bodies, seats (with the state of their term), meetings, the checklist and the deciding body. */
export async function getGovernance(db: Database, workspaceId: string, on = today()) {
  const days = await reminderDays(db, workspaceId);
  const bodies = await db
    .selectFrom('governance_bodies')
    .selectAll()
    // The kind is one of the kinds the routes take.
    .$narrowType<{ kind: GovernanceBodyKind }>()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  const seats = await db
    .selectFrom('governance_seats as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('actors as a', 'a.id', 's.actor_id')
    .select([
      's.id',
      's.body_id',
      's.user_id',
      's.actor_id',
      's.holder_name',
      's.role_in_body',
      's.term_start',
      's.term_end',
      'u.name as userName',
      'a.name as actorName',
    ])
    .where('s.workspace_id', '=', workspaceId)
    .orderBy('s.created_at')
    .execute();
  const meetings = await db
    .selectFrom('governance_meetings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const { current } = await getLegalForm(db, workspaceId);
  const seatView = (s: (typeof seats)[number]) => ({
    id: s.id,
    userId: s.user_id,
    userName: s.userName ?? null,
    actorId: s.actor_id,
    actorName: s.actorName ?? null,
    holderName: s.holder_name,
    roleInBody: s.role_in_body,
    termStart: s.term_start,
    termEnd: s.term_end,
    termStatus: termStatus({ start: s.term_start, end: s.term_end }, on, days),
  });
  const bodyViews = bodies.map((b) => ({
    id: b.id,
    kind: b.kind,
    name: b.name,
    parentId: b.parent_id,
    minSize: b.min_size,
    maxSize: b.max_size,
    termYears: b.term_years,
    electionRule: b.election_rule,
    tasks: b.tasks,
    decidesApplications: b.decides_applications,
    seats: seats.filter((s) => s.body_id === b.id).map(seatView),
  }));
  const checklist = governanceChecklist({
    legalForm: current?.form ?? null,
    bodies: bodyViews.map((b) => ({
      id: b.id,
      kind: b.kind,
      parentId: b.parentId,
      seats: b.seats.map((s) => ({ roleInBody: s.roleInBody, termStart: s.termStart, termEnd: s.termEnd })),
    })),
    meetings: meetings.map((m) => ({ heldOn: m.held_on, hasMinutes: m.minutes.trim() !== '' })),
    today: on,
  });
  const expiring = bodyViews.flatMap((b) =>
    b.seats
      .filter((s) => s.termStatus === 'expiring')
      // An expiring term has an end (termStatus).
      .map((s) => ({ bodyId: b.id, bodyName: b.name, seatId: s.id, termEnd: s.termEnd as string })),
  );
  return {
    reminderDays: days,
    reminderDaysDefault: GOVERNANCE_DEFAULTS.reminderDays,
    bodies: bodyViews,
    meetings: meetings.map((m) => ({
      id: m.id,
      bodyId: m.body_id,
      heldOn: m.held_on,
      title: m.title,
      agenda: m.agenda,
      minutes: m.minutes,
      decisions: (m.decisions as string[]) ?? [],
    })),
    checklist,
    expiring,
    decider: bodyViews.find((b) => b.decidesApplications) ?? null,
  };
}

/**
 * Who decides on membership applications (docs/organisation.md, "Board role"): the body marked
 * `decides_applications` and the logins seated on it whose term covers today. Without such a body,
 * `body` is null and the owner and manager decide, as before.
 */
export async function applicationDeciders(
  db: Database,
  workspaceId: string,
  on = today(),
): Promise<{ body: { id: string; name: string } | null; userIds: string[] }> {
  const body = await db
    .selectFrom('governance_bodies')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('decides_applications', '=', true)
    .executeTakeFirst();
  if (!body) return { body: null, userIds: [] };
  const seats = await db
    .selectFrom('governance_seats')
    .select(['user_id', 'term_start', 'term_end'])
    .where('workspace_id', '=', workspaceId)
    .where('body_id', '=', body.id)
    .where('user_id', 'is not', null)
    .execute();
  const userIds = [
    ...new Set(
      seats
        .filter((s) => termCovers({ start: s.term_start, end: s.term_end }, on))
        .map((s) => s.user_id as string),
    ),
  ];
  return { body, userIds };
}

/** A body of the workspace, locked for the rest of the transaction (seats are counted under it). */
export async function lockBody(db: Database, workspaceId: string, bodyId: string) {
  const body = await db
    .selectFrom('governance_bodies')
    .selectAll()
    .where('id', '=', bodyId)
    .where('workspace_id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirst();
  if (!body) throw notFound('Governance body');
  return body;
}

export async function seatCount(db: Database, bodyId: string, except?: string) {
  let q = db
    .selectFrom('governance_seats')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('body_id', '=', bodyId);
  if (except) q = q.where('id', '<>', except);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** The statute's sizes: min not above max. */
export function checkSizes(minSize: number | null, maxSize: number | null) {
  if (minSize !== null && maxSize !== null && minSize > maxSize)
    throw badRequest(
      'validation_failed',
      msg`The smallest size (${minSize}) is larger than the largest (${maxSize})`,
      [{ field: 'body.minSize', message: 'is larger than maxSize' }],
    );
}

/** One more seat than the statute allows is refused, naming the body and its maximum. */
export function checkRoom(body: { name: string; max_size: number | null }, seatsAfter: number) {
  if (body.max_size !== null && seatsAfter > body.max_size)
    throw conflict(msg`${body.name} has at most ${body.max_size} seats under its statutes`, [
      { field: 'body.bodyId', message: 'is full under the statutes' },
    ]);
}

/** A term's dates are days of the calendar and it does not end before it starts. */
export function checkTerm(start: string | null, end: string | null) {
  for (const [field, value] of [
    ['body.termStart', start],
    ['body.termEnd', end],
  ] as const)
    if (value !== null && !isCalendarDate(value))
      throw badRequest('validation_failed', 'A term date is not a day of the calendar', [
        { field, message: 'is not a day of the calendar' },
      ]);
  if (start && end && end < start)
    throw badRequest('validation_failed', 'The term ends before it starts', [
      { field: 'body.termEnd', message: 'is before termStart' },
    ]);
}

/**
 * A seat is held by a login of the workspace and/or an actor of the workspace and/or a name; at
 * least one of them. Ids from the body are checked to belong to the workspace.
 */
export async function checkHolder(
  db: Database,
  workspaceId: string,
  h: { userId: string | null; actorId: string | null; holderName: string },
) {
  if (!h.userId && !h.actorId && !h.holderName)
    throw badRequest('validation_failed', 'Say who holds the seat: a login, an actor or a name', [
      { field: 'body.holderName', message: 'is empty, and no login or actor is given' },
    ]);
  if (h.userId) {
    const m = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', h.userId)
      .executeTakeFirst();
    if (!m)
      throw badRequest('validation_failed', 'The login is not a member of this workspace', [
        { field: 'body.userId', message: 'is not a member of this workspace' },
      ]);
  }
  if (h.actorId) {
    const a = await db
      .selectFrom('actors')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', h.actorId)
      .executeTakeFirst();
    if (!a)
      throw badRequest('validation_failed', 'The actor is not in this workspace’s register', [
        { field: 'body.actorId', message: 'is not an actor of this workspace' },
      ]);
  }
}

/** The body a body reports to is another body of the same workspace, and no loop is made. */
export async function checkParent(
  db: Database,
  workspaceId: string,
  bodyId: string | null,
  parentId: string | null,
) {
  if (!parentId) return;
  const all = await db
    .selectFrom('governance_bodies')
    .select(['id', 'parent_id'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const parentOf = new Map(all.map((b) => [b.id, b.parent_id]));
  if (!parentOf.has(parentId))
    throw badRequest('validation_failed', 'The body it reports to is not a body of this organisation', [
      { field: 'body.parentId', message: 'is not a governance body of this workspace' },
    ]);
  for (let at: string | null | undefined = parentId, steps = 0; at && steps <= all.length; steps++) {
    if (at === bodyId)
      throw badRequest('validation_failed', 'A body cannot report to itself, directly or through others', [
        { field: 'body.parentId', message: 'makes a loop' },
      ]);
    at = parentOf.get(at);
  }
}

export function checkName(name: string) {
  if (!name)
    throw badRequest('validation_failed', 'A governance body needs a name', [
      { field: 'body.name', message: 'is empty' },
    ]);
}

/** Two bodies of one organisation do not share a name. */
export async function checkUniqueName(db: Database, workspaceId: string, name: string) {
  const same = await db
    .selectFrom('governance_bodies')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  if (same)
    throw conflict(msg`A governance body named "${name}" already exists`, [
      { field: 'body.name', message: 'is already taken' },
    ]);
}
