/** The platform's modules (docs/product.md). Only built areas have a screen; the rest say so. */
export interface ModuleEntry {
  id: string;
  path: string;
  kinds: ('programme' | 'cluster_initiative')[];
  available: boolean;
  /** Roles allowed to open the area; undefined = every role. */
  roles?: string[];
  /** The i18n key of the label when it is not `module.<id>`. */
  labelKey?: string;
}

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
  { id: 'portfolio', path: 'portfolio', kinds: ['programme'], available: true },
  { id: 'map', path: 'map', kinds: ['programme', 'cluster_initiative'], available: true },
  { id: 'selection', path: 'selection', kinds: ['programme', 'cluster_initiative'], available: true },
  { id: 'diagnose', path: 'diagnose', kinds: ['cluster_initiative'], available: true },
  { id: 'strategy', path: 'strategy', kinds: ['cluster_initiative'], available: false },
  { id: 'organisation', path: 'organisation', kinds: ['cluster_initiative'], available: false },
  { id: 'operations', path: 'operations', kinds: ['cluster_initiative'], available: true },
  { id: 'monitoring', path: 'monitoring', kinds: ['programme', 'cluster_initiative'], available: true },
  { id: 'connect', path: 'connect', kinds: ['cluster_initiative'], available: false },
  { id: 'programme', path: 'programme', kinds: ['programme'], available: false },
];

export const ADMIN_AREAS: ModuleEntry[] = [
  { id: 'users', path: 'users', kinds: ['programme', 'cluster_initiative'], available: true },
  { id: 'sharing', path: 'sharing', kinds: ['cluster_initiative'], available: true },
  { id: 'audit', path: 'audit', kinds: ['programme', 'cluster_initiative'], available: true },
];
