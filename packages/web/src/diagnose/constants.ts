import type { ActorPage } from './diagnoseTypes';
// The vocabulary of the actor register lives in @agglomera/methods, shared with the server's checks.
export {
  ACTOR_TYPES,
  SIZE_CLASSES,
  ACTOR_STATUSES as STATUSES,
  ACTOR_ROLES as ROLES,
  TIE_TYPES,
} from '@agglomera/methods';
export const EDITORS = ['owner', 'manager', 'staff'];

/** One colour per actor type, distinguishable and with enough contrast on white. */
export const TYPE_COLOURS: Record<string, string> = {
  firm: '#1f77b4',
  start_up: '#17becf',
  anchor_firm: '#08306b',
  research: '#9467bd',
  training: '#e377c2',
  association: '#d62728',
  business_development_service: '#ff7f0e',
  finance: '#2ca02c',
  government: '#8c564b',
  ngo: '#bcbd22',
  donor: '#7f7f7f',
  other: '#aaaaaa',
};

/** An actor of the register as GET …/actors answers it (server: diagnose/diagnose.schemas.ts). */
export type Actor = ActorPage['actors'][number];
