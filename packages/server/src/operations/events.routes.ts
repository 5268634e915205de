import ical from 'ical-generator';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { AppError, conflict, notFound } from '../http/errors.js';
import { sendTable } from '../http/export.js';
import { recordAudit } from '../audit/service.js';
import {
  ExportFormatQuery,
  Paging,
  TEAM,
  TEAM_AND_MEMBERS,
  initiative,
  linkedActorId,
  tags,
} from './shared.js';
import {
  getEvent,
  seatsTaken,
  lockEvent,
  fillFreedSeats,
  checkTimes,
  presentEvent,
} from './events.service.js';
import { Ok, iso } from '../http/schemas.js';
import {
  EVENT_KINDS,
  EventChanged,
  EventDetail,
  EventFeedback,
  EventList,
  EventRow,
} from './events.schemas.js';
import { msg } from '../i18n/index.js';

export { EVENT_KINDS };
const Params = Type.Object({ workspaceId: Type.String() });
const EventParams = Type.Object({ workspaceId: Type.String(), eventId: Type.String({ format: 'uuid' }) });
const EventBody = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Optional(Type.Union(EVENT_KINDS.map((k) => Type.Literal(k)))),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  agenda: Type.Optional(Type.String({ maxLength: 8000 })),
  location: Type.Optional(Type.String({ maxLength: 300 })),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  capacity: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100000 }), Type.Null()])),
  openToNonMembers: Type.Optional(Type.Boolean()),
  /** Members and trial members first on the waiting list (the platform's rule, per event; off by default). */
  membersFirst: Type.Optional(Type.Boolean()),
};
/** An event in the API, also the rule of every imported event row (hardening issue, item 12). */
export const EVENT_BODY = Type.Object(EventBody, { additionalProperties: false });

/** Events: agenda, registrations with capacity and waiting list, attendance, feedback, iCalendar (issue 6). */
export async function eventRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/events',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Events, upcoming first (or past), with seats taken and the caller’s registration',
        params: Params,
        querystring: Type.Object({
          when: Type.Optional(
            Type.Union([Type.Literal('upcoming'), Type.Literal('past'), Type.Literal('all')]),
          ),
          ...Paging,
          format: ExportFormatQuery,
        }),
        response: { 200: EventList },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const { when = 'upcoming', limit = 50, offset = 0 } = request.query;
      const now = new Date();
      let q = app.db.selectFrom('events as e').where('e.workspace_id', '=', ws.id);
      if (when === 'upcoming') q = q.where('e.ends_at', '>=', now);
      if (when === 'past') q = q.where('e.ends_at', '<', now);
      const actorId = await linkedActorId(app.db, ws.id, user.id);
      const rows = await q
        .selectAll('e')
        .select((eb) => [
          eb
            .selectFrom('event_registrations as r')
            .select(sql<string>`count(*)`.as('n'))
            .whereRef('r.event_id', '=', 'e.id')
            .where('r.status', '=', 'registered')
            .as('registered'),
          eb
            .selectFrom('event_registrations as r')
            .select(sql<string>`count(*)`.as('n'))
            .whereRef('r.event_id', '=', 'e.id')
            .where('r.status', '=', 'waitlisted')
            .as('waitlisted'),
          eb
            .selectFrom('event_registrations as r')
            .select('r.status')
            .whereRef('r.event_id', '=', 'e.id')
            .where('r.user_id', '=', user.id)
            .where('r.status', '<>', 'cancelled')
            .limit(1)
            .as('my_status'),
        ])
        .orderBy('e.starts_at', when === 'past' ? 'desc' : 'asc')
        .limit(request.query.format ? 100_000 : limit)
        .offset(request.query.format ? 0 : offset)
        .execute();
      if (request.query.format)
        return sendTable(
          reply,
          request.query.format,
          `events-${when}`,
          ['title', 'kind', 'starts_at', 'ends_at', 'location', 'capacity', 'registered', 'waitlisted'],
          rows.map((e) => [
            e.title,
            e.kind,
            new Date(e.starts_at).toISOString(),
            new Date(e.ends_at).toISOString(),
            e.location,
            e.capacity,
            Number(e.registered),
            Number(e.waitlisted),
          ]),
        );
      const total = await q.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
      return {
        events: rows.map((e) => ({
          ...presentEvent(e),
          registered: Number(e.registered),
          waitlisted: Number(e.waitlisted),
          my_status: e.my_status,
        })),
        total: Number(total.n),
        limit,
        offset,
        linkedOrganisation: actorId,
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/events',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Plan an event',
        params: Params,
        body: EVENT_BODY,
        response: { 201: EventRow },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const b = request.body;
      checkTimes(b);
      const row = await app.db.transaction().execute(async (trx) => {
        const e = await trx
          .insertInto('events')
          .values({
            workspace_id: ws.id,
            title: b.title.trim(),
            kind: b.kind ?? 'event',
            description: b.description ?? '',
            agenda: b.agenda ?? '',
            location: b.location ?? '',
            starts_at: b.startsAt,
            ends_at: b.endsAt,
            capacity: b.capacity ?? null,
            open_to_non_members: b.openToNonMembers ?? false,
            members_first: b.membersFirst ?? false,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'event.create',
          entity: 'event',
          entityId: e.id,
          newValue: e,
        });
        return e;
      });
      reply.status(201);
      return presentEvent(row);
    },
  );

  app.get(
    '/workspaces/:workspaceId/events/:eventId',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'An event; the team also sees registrations and feedback',
        params: EventParams,
        response: { 200: EventDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const e = await getEvent(app.db, ws.id, request.params.eventId);
      const isTeam = TEAM.includes(ws.role);
      const regs = await app.db
        .selectFrom('event_registrations as r')
        .leftJoin('actors as a', 'a.id', 'r.actor_id')
        .leftJoin('event_feedback as f', 'f.registration_id', 'r.id')
        .select([
          'r.id',
          'r.participant',
          'r.status',
          'r.attended',
          'r.registered_at',
          'r.user_id',
          'a.name as organisation',
          'f.rating',
        ])
        .where('r.event_id', '=', e.id)
        .where('r.status', '<>', 'cancelled')
        .orderBy('r.registered_at')
        .orderBy('r.id')
        .execute();
      const feedback = await app.db
        .selectFrom('event_feedback')
        .select(['rating', 'useful', 'improve', 'created_at'])
        .where('event_id', '=', e.id)
        .orderBy('created_at')
        .execute();
      const registered = regs.filter((r) => r.status === 'registered').length;
      const mine = regs.find((r) => r.user_id === user.id) ?? null;
      return {
        event: presentEvent(e),
        registered,
        waitlisted: regs.length - registered,
        seatsLeft: e.capacity === null ? null : Math.max(0, e.capacity - registered),
        mine: mine && {
          id: mine.id,
          status: mine.status,
          attended: mine.attended,
          feedbackGiven: mine.rating !== null,
        },
        // Members see the event, not who else comes: the register stays with the management.
        registrations: isTeam
          ? regs.map(({ user_id: _u, ...r }) => ({ ...r, registered_at: iso(r.registered_at) }))
          : undefined,
        feedback: isTeam
          ? {
              count: feedback.length,
              meanRating: feedback.length
                ? feedback.reduce((s, f) => s + f.rating, 0) / feedback.length
                : null,
              answers: feedback.map((f) => ({ ...f, created_at: iso(f.created_at) })),
            }
          : undefined,
      };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/events/:eventId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Change an event; more seats (or members first) move the waiting list up, fewer seats than are taken are refused',
        params: EventParams,
        body: Type.Partial(EVENT_BODY),
        response: { 200: EventChanged },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const b = request.body;
      return app.db.transaction().execute(async (trx) => {
        const e = await lockEvent(trx, ws.id, request.params.eventId);
        const startsAt = b.startsAt ?? e.starts_at.toISOString();
        const endsAt = b.endsAt ?? e.ends_at.toISOString();
        if (b.startsAt || b.endsAt) checkTimes({ startsAt, endsAt });
        const changes = {
          ...(b.title !== undefined && { title: b.title.trim() }),
          ...(b.kind !== undefined && { kind: b.kind }),
          ...(b.description !== undefined && { description: b.description }),
          ...(b.agenda !== undefined && { agenda: b.agenda }),
          ...(b.location !== undefined && { location: b.location }),
          ...(b.startsAt !== undefined && { starts_at: b.startsAt }),
          ...(b.endsAt !== undefined && { ends_at: b.endsAt }),
          ...(b.capacity !== undefined && { capacity: b.capacity }),
          ...(b.openToNonMembers !== undefined && { open_to_non_members: b.openToNonMembers }),
          ...(b.membersFirst !== undefined && { members_first: b.membersFirst }),
        };
        if (b.capacity) {
          const taken = await seatsTaken(trx, e.id);
          if (b.capacity < taken)
            throw new AppError(
              409,
              'capacity_below_seats_taken',
              msg`${taken} seats are taken: the capacity cannot be less`,
              [{ field: 'body.capacity', message: msg`must be at least ${taken}` }],
            );
        }
        const row = Object.keys(changes).length
          ? await trx
              .updateTable('events')
              .set(changes)
              .where('id', '=', e.id)
              .returningAll()
              .executeTakeFirstOrThrow()
          : e;
        const promoted = await fillFreedSeats(trx, row);
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'event.update',
          entity: 'event',
          entityId: e.id,
          oldValue: Object.fromEntries(Object.keys(changes).map((k) => [k, e[k as keyof typeof e]])),
          newValue: { ...changes, ...(promoted.length && { promoted: promoted.length }) },
        });
        return { ...presentEvent(row), promoted };
      });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/events/:eventId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Cancel and delete an event with its registrations',
        params: EventParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const e = await getEvent(trx, ws.id, request.params.eventId);
        await trx.deleteFrom('events').where('id', '=', e.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'event.delete',
          entity: 'event',
          entityId: e.id,
          oldValue: e,
        });
        return { ok: true as const };
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/events/:eventId/feedback',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Answer the feedback form of an event you attended (once)',
        params: EventParams,
        body: Type.Object(
          {
            rating: Type.Integer({ minimum: 1, maximum: 5 }),
            useful: Type.Optional(Type.String({ maxLength: 2000 })),
            improve: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: EventFeedback },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const row = await app.db.transaction().execute(async (trx) => {
        const e = await getEvent(trx, ws.id, request.params.eventId);
        const reg = await trx
          .selectFrom('event_registrations')
          .select(['id', 'attended'])
          .where('event_id', '=', e.id)
          .where('user_id', '=', user.id)
          .where('status', '=', 'registered')
          .executeTakeFirst();
        if (!reg || !reg.attended)
          throw new AppError(
            409,
            'not_attended',
            'Feedback is open to those recorded as attending this event',
          );
        const f = await trx
          .insertInto('event_feedback')
          .values({
            event_id: e.id,
            registration_id: reg.id,
            rating: request.body.rating,
            useful: request.body.useful?.trim() ?? '',
            improve: request.body.improve?.trim() ?? '',
          })
          .onConflict((oc) => oc.column('registration_id').doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!f) throw conflict('You have already answered the feedback form of this event');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'event.feedback',
          entity: 'event_feedback',
          entityId: f.id,
          newValue: { rating: f.rating },
        });
        return { ...f, created_at: iso(f.created_at) };
      });
      reply.status(201);
      return row;
    },
  );

  app.get(
    '/workspaces/:workspaceId/events/:eventId/registrations',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Registrations of an event as CSV or XLSX',
        params: EventParams,
        querystring: Type.Object({ format: ExportFormatQuery }),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const e = await getEvent(app.db, ws.id, request.params.eventId);
      const regs = await app.db
        .selectFrom('event_registrations as r')
        .leftJoin('actors as a', 'a.id', 'r.actor_id')
        .select(['r.participant', 'a.name as organisation', 'r.status', 'r.attended', 'r.registered_at'])
        .where('r.event_id', '=', e.id)
        .orderBy('r.registered_at')
        .execute();
      return sendTable(
        reply,
        request.query.format ?? 'csv',
        `registrations-${e.title}`,
        ['participant', 'organisation', 'status', 'attended', 'registered_at'],
        regs.map((r) => [
          r.participant,
          r.organisation,
          r.status,
          r.attended,
          new Date(r.registered_at).toISOString(),
        ]),
      );
    },
  );

  app.get(
    '/workspaces/:workspaceId/events.ics',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'The events as an iCalendar file (RFC 5545), or one event with ?event=',
        params: Params,
        querystring: Type.Object({ event: Type.Optional(Type.String({ format: 'uuid' })) }),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      let q = app.db.selectFrom('events').selectAll().where('workspace_id', '=', ws.id);
      if (request.query.event) q = q.where('id', '=', request.query.event);
      const events = await q.orderBy('starts_at').limit(1000).execute();
      if (request.query.event && !events.length) throw notFound('Event');
      const cal = ical({
        name: ws.name,
        prodId: { company: 'Agglomera', product: 'events', language: 'EN' },
      });
      for (const e of events)
        cal.createEvent({
          id: `${e.id}@agglomera`,
          start: new Date(e.starts_at),
          end: new Date(e.ends_at),
          summary: e.title,
          description: [e.description, e.agenda].filter(Boolean).join('\n\n'),
          location: e.location || null,
        });
      reply.header('content-type', 'text/calendar; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="events.ics"`);
      return cal.toString();
    },
  );
}
