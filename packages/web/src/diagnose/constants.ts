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

export interface Actor {
  id: string;
  name: string;
  kind: string;
  actor_type: string;
  size_class: string | null;
  sector: string;
  location: string;
  roles: string[];
  status: string;
  email: string;
}
