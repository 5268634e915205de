import { placeRegistration } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { AppError, conflict, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { getActor } from '../diagnose/actors/service.js';
import { TEAM, TEAM_AND_MEMBERS, initiative, linkedActorId, requireLinkedActor, tags } from './shared.js';
import { getEvent, seatsTaken, lockEvent, fillFreedSeats } from './events.service.js';
import { msg, word } from '../i18n/index.js';
import { Ok, iso } from '../http/schemas.js';
import { Registration, RegistrationCancelled } from './events.schemas.js';

const EventParams = Type.Object({ workspaceId: Type.String(), eventId: Type.String({ format: 'uuid' }) });
const RegParams = Type.Object({
  workspaceId: Type.String(),
  eventId: Type.String({ format: 'uuid' }),
  registrationId: Type.String({ format: 'uuid' }),
});

/**
 * Registrations for an event (issue 6): a member registers their own login, the team registers an
 * actor or a named guest; beyond capacity the waiting list, moving up when a seat is freed (members
 * first when the event says so); attendance. Beside events.routes.ts.
 */
export async function eventRegistrationRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/events/:eventId/registrations',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Register for an event: a member registers their own login; the team registers an actor or a named guest. Beyond capacity the registration joins the waiting list.',
        params: EventParams,
        body: Type.Object(
          {
            actorId: Type.Optional(Type.String({ format: 'uuid' })),
            participant: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Registration },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const isTeam = TEAM.includes(ws.role);
      const b = request.body;
      if (!isTeam && (b.actorId || b.participant))
        throw forbidden('Members register themselves; the management registers others');
      const row = await app.db.transaction().execute(async (trx) => {
        const e = await lockEvent(trx, ws.id, request.params.eventId);
        if (e.ends_at < new Date()) throw conflict('This event is over; registrations are closed');
        let values: { actor_id: string | null; user_id: string | null; participant: string };
        if (isTeam && (b.actorId || b.participant)) {
          const actor = b.actorId ? await getActor(trx, ws.id, b.actorId) : null;
          values = {
            actor_id: actor?.id ?? null,
            user_id: null,
            participant: b.participant?.trim() || actor!.name,
          };
        } else {
          const actorId = isTeam
            ? await linkedActorId(trx, ws.id, user.id)
            : await requireLinkedActor(trx, ws.id, user.id);
          const already = await trx
            .selectFrom('event_registrations')
            .select('status')
            .where('event_id', '=', e.id)
            .where('user_id', '=', user.id)
            .where('status', '<>', 'cancelled')
            .executeTakeFirst();
          if (already) throw conflict(msg`You are already ${word(already.status)} for this event`);
          values = { actor_id: actorId, user_id: user.id, participant: user.name };
        }
        if (!e.open_to_non_members && values.actor_id) {
          const a = await getActor(trx, ws.id, values.actor_id);
          if (!['trial', 'member'].includes(a.membership_stage ?? ''))
            throw new AppError(
              409,
              'members_only',
              msg`${a.name} is not a member; this event is for members only`,
            );
        }
        const status = placeRegistration(e.capacity, await seatsTaken(trx, e.id));
        const r = await trx
          .insertInto('event_registrations')
          .values({ event_id: e.id, ...values, status })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'event.register',
          entity: 'event_registration',
          entityId: r.id,
          newValue: { event: e.title, participant: r.participant, status },
        });
        return { ...r, registered_at: iso(r.registered_at) };
      });
      reply.status(201);
      return row;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/events/:eventId/registrations/:registrationId',
    {
      config: { policy: { access: 'workspace', roles: TEAM_AND_MEMBERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Cancel a registration (members: their own); the first on the waiting list takes the seat',
        params: RegParams,
        response: { 200: RegistrationCancelled },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const e = await lockEvent(trx, ws.id, request.params.eventId);
        let q = trx
          .updateTable('event_registrations')
          .set({ status: 'cancelled' })
          .where('id', '=', request.params.registrationId)
          .where('event_id', '=', e.id)
          .where('status', '<>', 'cancelled');
        if (!TEAM.includes(ws.role)) q = q.where('user_id', '=', user.id);
        const r = await q.returningAll().executeTakeFirst();
        if (!r) throw notFound('Registration');
        const promoted = await fillFreedSeats(trx, e);
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'event.cancel_registration',
          entity: 'event_registration',
          entityId: r.id,
          oldValue: { participant: r.participant },
          newValue: { promoted },
        });
        return { ok: true as const, promoted };
      });
    },
  );

  app.put(
    '/workspaces/:workspaceId/events/:eventId/registrations/:registrationId/attendance',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Record whether a registered participant attended',
        params: RegParams,
        body: Type.Object({ attended: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const e = await getEvent(trx, ws.id, request.params.eventId);
        const r = await trx
          .updateTable('event_registrations')
          .set({ attended: request.body.attended })
          .where('id', '=', request.params.registrationId)
          .where('event_id', '=', e.id)
          .where('status', '=', 'registered')
          .returningAll()
          .executeTakeFirst();
        if (!r)
          throw notFound(
            'Registration with a seat (waiting-list registrations cannot be marked as attended)',
          );
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'event.attendance',
          entity: 'event_registration',
          entityId: r.id,
          newValue: { attended: request.body.attended },
        });
        return { ok: true as const };
      });
    },
  );
}
