/** What the governance screen reads (GET …/organisation/governance). */
export interface Seat {
  id: string;
  userId: string | null;
  userName: string | null;
  actorId: string | null;
  actorName: string | null;
  holderName: string;
  roleInBody: string;
  termStart: string | null;
  termEnd: string | null;
  termStatus: 'not_started' | 'current' | 'expiring' | 'expired' | 'open';
}
export interface Body {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
  minSize: number | null;
  maxSize: number | null;
  termYears: number | null;
  electionRule: string;
  tasks: string;
  decidesApplications: boolean;
  seats: Seat[];
}
export interface Meeting {
  id: string;
  bodyId: string;
  heldOn: string;
  title: string;
  agenda: string;
  minutes: string;
  decisions: string[];
}
export interface Governance {
  reminderDays: number;
  reminderDaysDefault: number;
  bodies: Body[];
  meetings: Meeting[];
  checklist: { key: string; status: 'met' | 'partly' | 'not_met'; reason: string }[];
  expiring: { bodyId: string; bodyName: string; seatId: string; termEnd: string }[];
  decider: Body | null;
}

/** Who holds a seat, in words: the name given, else the login's name, with the actor it represents. */
export const holderOf = (s: Seat) =>
  [s.holderName || s.userName || '', s.actorName ? `(${s.actorName})` : ''].filter(Boolean).join(' ') || '—';
