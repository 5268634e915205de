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

/**
 * The order of a waiting list. First come, first served; when the event gives its members priority
 * (the platform's choice per event, off by default: the GIZ guide lists "Invitation to exclusive
 * member events" among the added values of members over non-members, 001:3403, and sets no rule for
 * a waiting list), members and trial members go first, each group in order of registration.
 */
export function orderWaitingList<T extends { id: string; member: boolean; registeredAt: Date | string }>(
  waiting: readonly T[],
  membersFirst: boolean,
): T[] {
  const at = (w: T) => new Date(w.registeredAt).getTime();
  return [...waiting].sort(
    (a, b) =>
      (membersFirst ? Number(b.member) - Number(a.member) : 0) ||
      at(a) - at(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
