/**
 * Event registrations with a capacity and a waiting list (issue 6, events). A registration takes a
 * seat while seats remain, otherwise it joins the waiting list; when a seat is freed the earliest
 * waiting registration takes it (first come, first served).
 */
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

export function placeRegistration(capacity: number | null, seatsTaken: number): 'registered' | 'waitlisted' {
  if (capacity === null) return 'registered';
  return seatsTaken < capacity ? 'registered' : 'waitlisted';
}

/**
 * Which waiting registrations move up when `capacity` seats exist and `seatsTaken` are taken.
 * `waiting` must be in order of registration; returns the ids that get a seat.
 */
export function promoteFromWaitingList(
  capacity: number | null,
  seatsTaken: number,
  waiting: readonly { id: string }[],
): string[] {
  const free = capacity === null ? waiting.length : Math.max(0, capacity - seatsTaken);
  return waiting.slice(0, free).map((w) => w.id);
}
