/**
 * Goals and the cluster strategy (GIZ 001:1659–1842, 3769–3799): the points the guide asks to
 * consider in setting goals, its typical goals, the five components of a strategy, the
 * vision → strategic objectives → competitiveness initiatives → measures structure of its
 * Côte d'Ivoire case, the phases of a strategy realignment, and the comparison of two versions.
 */

const GIZ = '001';

/** The eight typical goals "in numerous clusters" (001:1686–1693), in the guide's order. */
export const TYPICAL_GOALS = [
  'innovation',
  'joint_marketing',
  'export',
  'procurement',
  'services',
  'training',
  'synergies',
  'lobbying',
] as const;
export type TypicalGoal = (typeof TYPICAL_GOALS)[number];

/** Each typical goal as the guide prints it, with its line. */
export const TYPICAL_GOAL_TEXTS: Readonly<Record<TypicalGoal, { text: string; source: string }>> = {
  innovation: { text: 'Promoting innovation', source: `${GIZ}:1686` },
  joint_marketing: { text: 'Joint marketing', source: `${GIZ}:1687` },
  export: {
    text: 'Export promotion, developing new markets, building international alliances',
    source: `${GIZ}:1688`,
  },
  procurement: { text: 'Joint procurement and/or sourcing', source: `${GIZ}:1689` },
  services: { text: 'Providing and using services to businesses (cluster services)', source: `${GIZ}:1690` },
  training: {
    text: 'Training and Continuing Professional Education (CPE); skills development',
    source: `${GIZ}:1691`,
  },
  synergies: { text: 'Utilising synergies and economies of scale', source: `${GIZ}:1692` },
  lobbying: { text: 'Lobbying', source: `${GIZ}:1693` },
};

/** "In setting goals, the following points should be considered" (001:1665–1674). */
export const GOAL_SETTING_POINTS = [
  {
    id: 'early',
    text: 'Working on setting common goals should start as early as possible.',
    source: `${GIZ}:1667`,
  },
  {
    id: 'before_strategy',
    text: 'Working on developing a strategy and other cluster activities can only start once there are clear goals.',
    source: `${GIZ}:1668`,
  },
  {
    id: 'not_too_broad',
    text: 'To ensure specialisation and profile formation for the cluster, the goals should not be too broad.',
    source: `${GIZ}:1669`,
  },
  {
    id: 'not_too_narrow',
    text: 'As clusters evolve constantly, the thematic focus should also not be too narrow and leave space for further development and transformation.',
    source: `${GIZ}:1670`,
  },
  {
    id: 'precise',
    text: 'Goals should be formulated as precisely as possible, to allow for derivation of concrete measures and activities.',
    source: `${GIZ}:1671`,
  },
  {
    id: 'measurable',
    text: 'Goals should be attainable and measurable. Develop indicators!',
    source: `${GIZ}:1672`,
  },
  {
    id: 'moderated',
    text: 'The goal setting process should be a moderated process involving all cluster members. Create identification with goals!',
    source: `${GIZ}:1673`,
  },
  {
    id: 'management',
    text: 'The goal setting process is a strategic management responsibility.',
    source: `${GIZ}:1674`,
  },
] as const;

export type GoalFlag = 'no_indicator' | 'no_source';

/**
 * What a goal still lacks. "Goals should be attainable and measurable. Develop indicators!"
 * (001:1672): a goal without an indicator is flagged. A goal that no need, SWOT item, constraint
 * or value-chain stage justifies is flagged too (the platform's check: the guide derives goals
 * "based on the results of the various analyses", 001:1661).
 */
export function goalFlags(goal: { indicatorCount: number; sourceCount: number }): GoalFlag[] {
  const flags: GoalFlag[] = [];
  if (goal.indicatorCount === 0) flags.push('no_indicator');
  if (goal.sourceCount === 0) flags.push('no_source');
  return flags;
}

/** The five sections a cluster strategy should cover (001:1719–1725). */
export const STRATEGY_COMPONENTS = [
  'services',
  'organisation',
  'implementation',
  'monitoring',
  'actionPlan',
] as const;
export type StrategyComponent = (typeof STRATEGY_COMPONENTS)[number];
export const STRATEGY_COMPONENT_TEXTS: Readonly<Record<StrategyComponent, { text: string; source: string }>> =
  {
    services: { text: "Definition of the cluster's range of outputs and services", source: `${GIZ}:1721` },
    organisation: { text: 'Organisational structure', source: `${GIZ}:1722` },
    implementation: { text: 'Implementation strategy (steps)', source: `${GIZ}:1723` },
    monitoring: { text: 'Monitoring & evaluation (M&E)', source: `${GIZ}:1724` },
    actionPlan: { text: 'Action plan', source: `${GIZ}:1725` },
  };

/**
 * The levels of a cluster strategy in the Côte d'Ivoire case (001:1752–1842): a vision, strategic
 * objectives, competitiveness initiatives under them (the fifth initiative, policy reforms, stands
 * beside the objectives, 001:1775) and the support interventions or measures of each initiative.
 */
export const STRATEGY_ELEMENT_KINDS = ['objective', 'initiative', 'measure'] as const;
export type StrategyElementKind = (typeof STRATEGY_ELEMENT_KINDS)[number];

/** The parent an element of each kind may have: null = none (a top-level element). */
export const ALLOWED_PARENTS: Readonly<Record<StrategyElementKind, readonly (StrategyElementKind | null)[]>> =
  {
    objective: [null],
    initiative: ['objective', null],
    measure: ['initiative'],
  };

/** The four phases of a strategy realignment with their points (001:3771–3799). */
export const REALIGNMENT_PHASES = [
  {
    id: 'status_quo',
    name: 'Status quo Analysis',
    source: `${GIZ}:3788`,
    points: [
      'Starting point for strategic repositioning',
      'Reviewing the status quo and achieved goals reached (and not achieved)',
      'Identifying needs and challenges of cluster actors',
      'SWOT',
    ],
  },
  {
    id: 'vision_goals',
    name: 'Vision & Goal Setting',
    source: `${GIZ}:3795`,
    points: [
      'Process of setting overall goal(s)',
      'Mission orientation',
      'Developing a future picture of the cluster',
    ],
  },
  {
    id: 'concept',
    name: 'Update of Strategy Concept',
    source: `${GIZ}:3779`,
    points: [
      'Redefining strategic fields of action',
      'Developing and prioritizing of strategic and operational goals',
      'Adaptation of service portfolio',
      'Adjusting organisational and governance structure',
    ],
  },
  {
    id: 'implementation',
    name: 'Implementation & Monitoring',
    source: `${GIZ}:3771`,
    points: [
      'Gaining common understanding of key findings with cluster actors',
      'Introducing a new action plan',
      'Transferring goals into concrete measures',
      'Updating the (impact) monitoring system',
      'Announcing / publishing the new strategy',
    ],
  },
] as const;

export interface ComparableElement {
  id: string;
  kind: StrategyElementKind;
  parentId: string | null;
  title: string;
  description: string;
}
export interface ComparableStrategy {
  vision: string;
  components: Partial<Record<StrategyComponent, string>>;
  elements: readonly ComparableElement[];
}
export interface StrategyChange {
  /** What changed: the vision, a component, or an element by its path of titles. */
  what: 'vision' | 'component' | 'element';
  /** The component's key, or the element's kind. */
  key: string;
  /** For elements: the titles from its objective down to it. */
  path: string[];
  change: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function paths(elements: readonly ComparableElement[]): Map<string, ComparableElement & { path: string[] }> {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const out = new Map<string, ComparableElement & { path: string[] }>();
  for (const e of elements) {
    const path: string[] = [];
    let cur: ComparableElement | undefined = e;
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id);
      path.unshift(cur.title);
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    out.set(`${e.kind}:${path.map(norm).join(' / ')}`, { ...e, path });
  }
  return out;
}

/**
 * What changed from one strategy version to another: the vision, each component, and the elements
 * matched by kind and their path of titles (an element renamed shows as removed and added).
 */
export function compareStrategies(before: ComparableStrategy, after: ComparableStrategy): StrategyChange[] {
  const changes: StrategyChange[] = [];
  if (norm(before.vision) !== norm(after.vision))
    changes.push({
      what: 'vision',
      key: 'vision',
      path: [],
      change: 'changed',
      before: before.vision,
      after: after.vision,
    });
  for (const key of STRATEGY_COMPONENTS) {
    const b = before.components[key] ?? '';
    const a = after.components[key] ?? '';
    if (norm(a) !== norm(b))
      changes.push({
        what: 'component',
        key,
        path: [],
        change: !b ? 'added' : !a ? 'removed' : 'changed',
        before: b || null,
        after: a || null,
      });
  }
  const b = paths(before.elements);
  const a = paths(after.elements);
  for (const [k, e] of b)
    if (!a.has(k))
      changes.push({
        what: 'element',
        key: e.kind,
        path: e.path,
        change: 'removed',
        before: e.title,
        after: null,
      });
  for (const [k, e] of a) {
    const old = b.get(k);
    if (!old)
      changes.push({
        what: 'element',
        key: e.kind,
        path: e.path,
        change: 'added',
        before: null,
        after: e.title,
      });
    else if (norm(old.description) !== norm(e.description))
      changes.push({
        what: 'element',
        key: e.kind,
        path: e.path,
        change: 'changed',
        before: old.description,
        after: e.description,
      });
  }
  return changes;
}
