import type { ApiAnswer, ApiGet } from '../api/types';

/**
 * The shapes of events as the API gives them to the events screens: read from the types generated
 * from the server's response schemas (operations/events.schemas.ts on the server; npm run
 * api-types), not written again here.
 */

/** A page of the agenda, and one event of it with its seats and my registration. */
export type EventList = ApiGet<'/workspaces/{workspaceId}/events'>;
export type EventListRow = EventList['events'][number];
/** One event; the team also sees who registered and the feedback. */
export type EventDetail = ApiGet<'/workspaces/{workspaceId}/events/{eventId}'>;
/** An event as the form edits it. */
export type EditableEvent = EventDetail['event'];
/** A registration as it was just made: a seat, or a place on the waiting list. */
export type NewRegistration = ApiAnswer<
  '/workspaces/{workspaceId}/events/{eventId}/registrations',
  'post',
  201
>;
