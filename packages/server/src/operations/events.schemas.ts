import { Type } from 'typebox';
import { DateTime, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the events routes answer (response schemas; events.routes.ts and
 * event-registrations.routes.ts): documentation of the API, from which the web app's types are
 * generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). The CSV/XLSX registrations, the events export and the iCalendar file
 * are files, without a schema. Rows keep their column names (snake_case), as they always were.
 */

export const EVENT_KINDS = [
  'networking',
  'workshop',
  'information',
  'training',
  'company_visit',
  'trade_fair',
  'general_assembly',
  'event',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
const RegistrationStatus = OneOf(REGISTRATION_STATUSES);

const EventColumns = {
  id: Uuid,
  workspace_id: Uuid,
  title: Type.String(),
  kind: OneOf(EVENT_KINDS),
  description: Type.String(),
  agenda: Type.String(),
  location: Type.String(),
  starts_at: DateTime,
  ends_at: DateTime,
  capacity: Nullable(Type.Integer()),
  open_to_non_members: Type.Boolean(),
  /** Members and trial members first on the waiting list. */
  members_first: Type.Boolean(),
  created_at: DateTime,
};
export const EventRow = Row(EventColumns);

export const EventList = Row({
  events: Type.Array(
    Row({
      ...EventColumns,
      /** Seats taken and registrations waiting. */
      registered: Type.Integer(),
      waitlisted: Type.Integer(),
      /** The caller's own registration (not cancelled), if any. */
      my_status: Nullable(RegistrationStatus),
    }),
  ),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  /** The caller's organisation in the actor register (null: none linked). */
  linkedOrganisation: Nullable(Uuid),
});

export const EventDetail = Row({
  event: EventRow,
  registered: Type.Integer(),
  waitlisted: Type.Integer(),
  seatsLeft: Nullable(Type.Integer()),
  mine: Nullable(
    Row({ id: Uuid, status: RegistrationStatus, attended: Type.Boolean(), feedbackGiven: Type.Boolean() }),
  ),
  /** Who comes (the team only). */
  registrations: Type.Optional(
    Type.Array(
      Row({
        id: Uuid,
        participant: Type.String(),
        status: RegistrationStatus,
        attended: Type.Boolean(),
        registered_at: DateTime,
        organisation: Nullable(Type.String()),
        rating: Nullable(Type.Integer()),
      }),
    ),
  ),
  /** The feedback forms answered (the team only). */
  feedback: Type.Optional(
    Row({
      count: Type.Integer(),
      meanRating: Nullable(Type.Number()),
      answers: Type.Array(
        Row({ rating: Type.Integer(), useful: Type.String(), improve: Type.String(), created_at: DateTime }),
      ),
    }),
  ),
});

/** An event as changed, with the registrations moved up from the waiting list. */
export const EventChanged = Row({ ...EventColumns, promoted: Type.Array(Uuid) });

export const EventFeedback = Row({
  id: Uuid,
  event_id: Uuid,
  registration_id: Uuid,
  rating: Type.Integer(),
  useful: Type.String(),
  improve: Type.String(),
  created_at: DateTime,
});

// Registrations (event-registrations.routes.ts).
export const Registration = Row({
  id: Uuid,
  event_id: Uuid,
  actor_id: Nullable(Uuid),
  user_id: Nullable(Uuid),
  participant: Type.String(),
  status: RegistrationStatus,
  attended: Type.Boolean(),
  registered_at: DateTime,
});
/** A cancelled registration, with the registrations moved up from the waiting list. */
export const RegistrationCancelled = Row({ ok: Type.Literal(true), promoted: Type.Array(Uuid) });
