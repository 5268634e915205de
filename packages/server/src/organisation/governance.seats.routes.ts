import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { isCalendarDate } from '../strategy/canvas.service.js';
import { DateString, Text, Uuid, tags, write } from './shared.js';
import { Governance, GovernanceCreated } from './organisation.schemas.js';
import {
  checkHolder,
  checkRoom,
  checkTerm,
  getGovernance,
  lockBody,
  seatCount,
} from './governance.service.js';

/**
 * Seats of the governance bodies (a login and/or an actor and/or a name, with a term; the body's
 * statute maximum is enforced under a lock on the body) and the bodies' meetings with agenda,
 * minutes and decisions (issue 14, item 3).
 */

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const SeatFields = {
  userId: Type.Optional(Nullable(Uuid)),
  actorId: Type.Optional(Nullable(Uuid)),
  holderName: Type.Optional(Text(200)),
  roleInBody: Type.Optional(Text(200)),
  termStart: Type.Optional(Nullable(DateString)),
  termEnd: Type.Optional(Nullable(DateString)),
};
const SeatBody = Type.Object({ bodyId: Uuid, ...SeatFields }, { additionalProperties: false });
const SeatPatch = Type.Object(
  { bodyId: Type.Optional(Uuid), ...SeatFields },
  { additionalProperties: false },
);
const SeatParams = Type.Object({ workspaceId: Type.String(), seatId: Uuid });
const MeetingFields = {
  bodyId: Uuid,
  heldOn: DateString,
  title: Text(300),
  agenda: Type.Optional(Text(20000)),
  minutes: Type.Optional(Text(50000)),
  decisions: Type.Optional(Type.Array(Text(2000), { maxItems: 100 })),
};
const MeetingBody = Type.Object(MeetingFields, { additionalProperties: false });
const MeetingPatch = Type.Partial(Type.Object(MeetingFields), { additionalProperties: false });
const MeetingParams = Type.Object({ workspaceId: Type.String(), meetingId: Uuid });

interface SeatInput {
  bodyId?: string;
  userId?: string | null;
  actorId?: string | null;
  holderName?: string;
  roleInBody?: string;
  termStart?: string | null;
  termEnd?: string | null;
}
interface MeetingInput {
  bodyId?: string;
  heldOn?: string;
  title?: string;
  agenda?: string;
  minutes?: string;
  decisions?: string[];
}

export function governanceSeatRoutes(app: App) {
  const base = '/workspaces/:workspaceId/organisation/governance';

  app.post(
    `${base}/seats`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Seat someone on a body, within the statute’s maximum',
        params: Type.Object({ workspaceId: Type.String() }),
        body: SeatBody,
        response: { 201: GovernanceCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as SeatInput;
      const values = {
        user_id: b.userId ?? null,
        actor_id: b.actorId ?? null,
        holder_name: (b.holderName ?? '').trim(),
        role_in_body: (b.roleInBody ?? '').trim(),
        term_start: b.termStart ?? null,
        term_end: b.termEnd ?? null,
      };
      checkTerm(values.term_start, values.term_end);
      const id = await app.db.transaction().execute(async (trx) => {
        const body = await lockBody(trx, ws.id, b.bodyId!);
        await checkHolder(trx, ws.id, {
          userId: values.user_id,
          actorId: values.actor_id,
          holderName: values.holder_name,
        });
        checkRoom(body, (await seatCount(trx, body.id)) + 1);
        const row = await trx
          .insertInto('governance_seats')
          .values({ body_id: body.id, workspace_id: ws.id, ...values })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.seat.create',
          entity: 'governance_seat',
          entityId: row.id,
          newValue: { body: body.name, ...values },
        });
        return row.id;
      });
      reply.status(201);
      return { id, ...(await getGovernance(app.db, ws.id)) };
    },
  );

  app.patch(
    `${base}/seats/:seatId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a seat: its holder, role, term or body',
        params: SeatParams,
        body: SeatPatch,
        response: { 200: Governance },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as SeatInput;
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('governance_seats')
          .selectAll()
          .where('id', '=', request.params.seatId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!old) throw notFound('Seat');
        const values = {
          body_id: b.bodyId ?? old.body_id,
          user_id: b.userId !== undefined ? b.userId : old.user_id,
          actor_id: b.actorId !== undefined ? b.actorId : old.actor_id,
          holder_name: b.holderName !== undefined ? b.holderName.trim() : old.holder_name,
          role_in_body: b.roleInBody !== undefined ? b.roleInBody.trim() : old.role_in_body,
          term_start: b.termStart !== undefined ? b.termStart : old.term_start,
          term_end: b.termEnd !== undefined ? b.termEnd : old.term_end,
        };
        checkTerm(values.term_start, values.term_end);
        const body = await lockBody(trx, ws.id, values.body_id);
        await checkHolder(trx, ws.id, {
          userId: values.user_id,
          actorId: values.actor_id,
          holderName: values.holder_name,
        });
        if (body.id !== old.body_id) checkRoom(body, (await seatCount(trx, body.id)) + 1);
        await trx
          .updateTable('governance_seats')
          .set({ ...values, updated_at: new Date() })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.seat.update',
          entity: 'governance_seat',
          entityId: old.id,
          oldValue: { ...old, created_at: undefined, updated_at: undefined },
          newValue: values,
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );

  app.delete(
    `${base}/seats/:seatId`,
    {
      config: { policy: write },
      schema: { tags, summary: 'Free a seat', params: SeatParams, response: { 200: Governance } },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .deleteFrom('governance_seats')
          .where('id', '=', request.params.seatId)
          .where('workspace_id', '=', ws.id)
          .returningAll()
          .executeTakeFirst();
        if (!old) throw notFound('Seat');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.seat.delete',
          entity: 'governance_seat',
          entityId: old.id,
          oldValue: { ...old, created_at: undefined, updated_at: undefined },
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );

  const meetingValues = (b: MeetingInput) => {
    if (b.heldOn !== undefined && !isCalendarDate(b.heldOn))
      throw badRequest('validation_failed', 'The meeting date is not a day of the calendar', [
        { field: 'body.heldOn', message: 'is not a day of the calendar' },
      ]);
    if (b.title !== undefined && !b.title.trim())
      throw badRequest('validation_failed', 'A meeting needs a title', [
        { field: 'body.title', message: 'is empty' },
      ]);
    return {
      ...(b.bodyId !== undefined && { body_id: b.bodyId }),
      ...(b.heldOn !== undefined && { held_on: b.heldOn }),
      ...(b.title !== undefined && { title: b.title.trim() }),
      ...(b.agenda !== undefined && { agenda: b.agenda.trim() }),
      ...(b.minutes !== undefined && { minutes: b.minutes.trim() }),
      ...(b.decisions !== undefined && {
        decisions: JSON.stringify(b.decisions.map((d) => d.trim()).filter(Boolean)),
      }),
    };
  };

  app.post(
    `${base}/meetings`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Record a meeting of a body with its agenda, minutes and decisions',
        params: Type.Object({ workspaceId: Type.String() }),
        body: MeetingBody,
        response: { 201: GovernanceCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const values = meetingValues(request.body as MeetingInput);
      const id = await app.db.transaction().execute(async (trx) => {
        await lockBody(trx, ws.id, request.body.bodyId);
        const row = await trx
          .insertInto('governance_meetings')
          .values({
            workspace_id: ws.id,
            body_id: request.body.bodyId,
            held_on: request.body.heldOn,
            title: request.body.title.trim(),
            decisions: '[]',
            ...values,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.meeting.create',
          entity: 'governance_meeting',
          entityId: row.id,
          newValue: values,
        });
        return row.id;
      });
      reply.status(201);
      return { id, ...(await getGovernance(app.db, ws.id)) };
    },
  );

  app.patch(
    `${base}/meetings/:meetingId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a meeting: its minutes, decisions, date or agenda',
        params: MeetingParams,
        body: MeetingPatch,
        response: { 200: Governance },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const values = meetingValues(request.body as MeetingInput);
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('governance_meetings')
          .selectAll()
          .where('id', '=', request.params.meetingId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!old) throw notFound('Meeting');
        if (values.body_id) await lockBody(trx, ws.id, values.body_id);
        await trx
          .updateTable('governance_meetings')
          .set({ ...values, updated_at: new Date() })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.meeting.update',
          entity: 'governance_meeting',
          entityId: old.id,
          oldValue: { ...old, created_at: undefined, updated_at: undefined },
          newValue: values,
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );

  app.delete(
    `${base}/meetings/:meetingId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Remove a meeting record',
        params: MeetingParams,
        response: { 200: Governance },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .deleteFrom('governance_meetings')
          .where('id', '=', request.params.meetingId)
          .where('workspace_id', '=', ws.id)
          .returningAll()
          .executeTakeFirst();
        if (!old) throw notFound('Meeting');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.meeting.delete',
          entity: 'governance_meeting',
          entityId: old.id,
          oldValue: { title: old.title, heldOn: old.held_on },
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );
}
