/** The platform's modules (docs/product.md). Only built areas have a screen; the rest say so. */
export interface ModuleEntry {
  id: string;
  path: string;
  kinds: ('programme' | 'cluster_initiative')[];
  available: boolean;
  /** Roles allowed to open the area; undefined = every role. */
  roles?: readonly string[];
  /** Where a role lands when the area's first screen is refused to it (e.g. members: the needs vote). */
  pathByRole?: Record<string, string>;
  /** The i18n key of the label when it is not `module.<id>`. */
  labelKey?: string;
}

/**
 * Role groups mirroring the server's route policies (packages/server/src/**\/*.routes.ts):
 * a role sees an area only when the first screen of that area answers it.
 */
export const TEAM = ['owner', 'manager', 'staff'] as const;
/** The diagnostic's readers: the cluster team and viewers (GET /actors, /diagnostic-report…). */
export const DIAGNOSE_READERS = [...TEAM, 'viewer'] as const;
/** Analysts of regional statistics and candidate selection (GET /map/… answers every role, but
 * only these upload or read datasets as their work). */
const ANALYSTS = [...TEAM, 'viewer', 'officer', 'evaluator'] as const;

export const MODULES: ModuleEntry[] = [
  {
    id: 'home',
    path: 'home',
    kinds: ['programme', 'cluster_initiative'],
    available: true,
    labelKey: 'home.nav',
  },
  {
    id: 'tasks',
    path: 'tasks',
    kinds: ['programme', 'cluster_initiative'],
    available: true,
    labelKey: 'tasks.nav',
  },
  { id: 'lifecycle', path: 'lifecycle', kinds: ['cluster_initiative'], available: true },
  {
    id: 'portfolio',
    path: 'portfolio',
    kinds: ['programme'],
    available: true,
    // GET /portfolio's policy (packages/server/src/programme/portfolio.routes.ts): not panel members.
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer', 'agent'],
  },
  { id: 'map', path: 'map', kinds: ['programme', 'cluster_initiative'], available: true, roles: ANALYSTS },
  {
    id: 'selection',
    path: 'selection',
    kinds: ['programme', 'cluster_initiative'],
    available: true,
    // Any workspace login may be named a scorer of a selection (PUT /selections/:id/scores: any).
    roles: [...ANALYSTS, 'panel_member', 'member'],
  },
  {
    id: 'diagnose',
    path: 'diagnose',
    kinds: ['cluster_initiative'],
    available: true,
    roles: [...DIAGNOSE_READERS, 'member'],
    pathByRole: { member: 'diagnose/needs' },
  },
  {
    id: 'strategy',
    path: 'strategy',
    kinds: ['cluster_initiative'],
    available: true,
    // The strategy routes' readers (packages/server/src/strategy/shared.ts READERS).
    roles: DIAGNOSE_READERS,
  },
  {
    id: 'organisation',
    path: 'organisation',
    kinds: ['cluster_initiative'],
    available: true,
    // The organisation routes' readers (packages/server/src/organisation/shared.ts READERS).
    roles: DIAGNOSE_READERS,
  },
  {
    id: 'operations',
    path: 'operations',
    kinds: ['cluster_initiative'],
    available: true,
    roles: [...TEAM, 'member'],
    pathByRole: { member: 'operations/portal' },
  },
  { id: 'monitoring', path: 'monitoring', kinds: ['programme', 'cluster_initiative'], available: true },
  {
    id: 'connect',
    path: 'connect',
    kinds: ['cluster_initiative'],
    available: true,
    // The connect routes' policy (packages/server/src/connect/shared.ts TEAM): the team only.
    roles: TEAM,
  },
  {
    id: 'programme',
    path: 'programme',
    kinds: ['programme'],
    available: true,
    // Every programme role has a part to play in it (programme/ProgrammeNav.tsx says which).
    roles: [
      'owner',
      'manager',
      'officer',
      'coordinator',
      'evaluator',
      'viewer',
      'assessor',
      'panel_member',
      'agent',
    ],
  },
];

export const ADMIN_AREAS: ModuleEntry[] = [
  // GET /members: owner, manager, staff, officer.
  {
    id: 'users',
    path: 'users',
    kinds: ['programme', 'cluster_initiative'],
    available: true,
    roles: [...TEAM, 'officer'],
  },
  // GET /followers: owner, manager.
  {
    id: 'sharing',
    path: 'sharing',
    kinds: ['cluster_initiative'],
    available: true,
    roles: ['owner', 'manager'],
  },
  // GET /audit: owner only.
  {
    id: 'audit',
    path: 'audit',
    kinds: ['programme', 'cluster_initiative'],
    available: true,
    roles: ['owner'],
  },
];

/** The areas a role may open in a workspace of a kind, each with the path it lands on. */
export function areasFor(entries: ModuleEntry[], kind: string, role: string) {
  return entries
    .filter((m) => (m.kinds as string[]).includes(kind) && (!m.roles || m.roles.includes(role)))
    .map((m) => ({ ...m, path: m.pathByRole?.[role] ?? m.path }));
}
