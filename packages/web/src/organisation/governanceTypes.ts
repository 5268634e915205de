import type { ApiGet } from '../api/types';

/** What the governance screen reads (GET …/organisation/governance). */
export type Governance = ApiGet<'/workspaces/{workspaceId}/organisation/governance'>;
export type Body = Governance['bodies'][number];
export type Seat = Body['seats'][number];
export type Meeting = Governance['meetings'][number];

/** Who holds a seat, in words: the name given, else the login's name, with the actor it represents. */
export const holderOf = (s: Seat) =>
  [s.holderName || s.userName || '', s.actorName ? `(${s.actorName})` : ''].filter(Boolean).join(' ') || '—';
