/**
 * The vocabulary of the actor register (methods.md §2): actor types and roles of the GIZ guide
 * (001_2b00e659d173dc60.txt:1466–1482) and UNIDO (002_1736815e2889461c.txt:129–133, 218), and the
 * actor lifecycle stakeholder → committed actor → member (001:2355).
 */

export const ACTOR_KINDS = ['organisation', 'person'] as const;
export const ACTOR_TYPES = [
  'firm',
  'start_up',
  'anchor_firm',
  'research',
  'training',
  'association',
  'business_development_service',
  'finance',
  'government',
  'ngo',
  'donor',
  'other',
] as const;
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export const GOVERNMENT_LEVELS = ['local', 'regional', 'national', 'international'] as const;
export const ACTOR_ROLES = ['instigator', 'anchor', 'multiplier', 'free_rider', 'objector'] as const;
export const ACTOR_STATUSES = ['stakeholder', 'committed', 'member'] as const;
/**
 * Kinds of ties between actors: the platform's list; the guide gives no rule. The UNIDO guide only
 * names the tool ("a social network analysis (SNA)", 002:345), not the kinds of tie.
 */
export const TIE_TYPES = ['cooperation', 'supply', 'information', 'joint_action'] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];
export type TieType = (typeof TIE_TYPES)[number];
