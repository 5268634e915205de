import { percentile } from '../map/index.js';

/**
 * Benchmarking of cluster management on the criteria of the European Cluster Excellence Initiative
 * (ECEI), as the GIZ guide lists them (001_2b00e659d173dc60.txt:3690–3746). The three steps are
 * indicator-based measurement, comparison with peer clusters and recommendations (001:3645–3652).
 * Bronze, Silver and Gold labels exist and are awarded by the European Secretariat for Cluster
 * Analysis (001:3670, 3672); the guide gives no thresholds, so none is computed here.
 */
export interface EceiCriterion {
  key: string;
  label: string;
}
export interface EceiGroup {
  key: string;
  label: string;
  /** Line of the seed where the group begins. */
  source: string;
  criteria: EceiCriterion[];
}

const c = (key: string, label: string): EceiCriterion => ({ key, label });

/**
 * The six groups with the criteria the guide lists under them, each named as the guide names it, in
 * full (001:3690, 3698, 3716, 3723, 3732, 3738); the screens show these names, translated. The guide repeats three structure
 * criteria under "Financing" and "Range of services" (001:3721, 3728–3730); they are kept where the
 * guide puts them, each scored on its own, so that the groups match the source.
 */
export const ECEI_GROUPS: readonly EceiGroup[] = [
  {
    key: 'structure',
    label: 'Structure of the Cluster',
    source: '001_2b00e659d173dc60.txt:3690',
    criteria: [
      c('structure.retaining', 'Retaining the actors in the cluster initiative / network'),
      c('structure.composition', 'Composition of cluster / network actors'),
      c('structure.total', 'Total number of cluster / network actors'),
      c('structure.development', 'Development of the total number of cluster / network actors'),
      c('structure.regional_focus', 'Regional focus of cluster / network actors'),
    ],
  },
  {
    key: 'management',
    label: 'Cluster management organisation (strategy and governance)',
    source: '001_2b00e659d173dc60.txt:3698',
    criteria: [
      c(
        'management.foundation',
        'Date of foundation or duration of existence of the cluster management organisation',
      ),
      c('management.staffing', 'Staffing of the cluster management organisation'),
      c(
        'management.qualifications',
        'Qualifications and experience of the staff employed in the cluster management organisation',
      ),
      c(
        'management.training',
        'Further training of the personnel employed in the cluster management organisation',
      ),
      c('management.fluctuation', 'Personnel fluctuation in the cluster management organisation'),
      c(
        'management.involvement',
        'Involvement of the different actor groups of the cluster initiative / the network in decision-making processes',
      ),
      c(
        'management.strategy_process',
        'Processes and activities for the development of the cluster / network strategy',
      ),
      c('management.strategy_documentation', 'Documentation of the cluster / network strategy'),
      c(
        'management.strategy_controlling',
        'Content controlling and further development of the cluster / network strategy',
      ),
    ],
  },
  {
    key: 'financing',
    label: 'Financing',
    source: '001_2b00e659d173dc60.txt:3716',
    criteria: [
      c('financing.resources', 'Financial resources of the cluster management organisation'),
      c('financing.private_share', 'Share of private sector financing in total budget'),
      c('financing.controlling', 'Financial controlling'),
      c('financing.actors_development', 'Development of the total number of cluster / network actors'),
    ],
  },
  {
    key: 'services',
    label: 'Range of services and activities of the cluster management organisation',
    source: '001_2b00e659d173dc60.txt:3723',
    criteria: [
      c('services.workplan', 'Operational objectives and workplan of the cluster management organisation'),
      c('services.priorities', 'Priority setting of the cluster / network strategy'),
      c('services.activities', 'Activities and services of the cluster management organisation'),
      c('services.composition', 'Composition of cluster / network actors'),
      c('services.total', 'Total number of cluster / network actors'),
      c('services.development', 'Development of the total number of cluster / network actors'),
    ],
  },
  {
    key: 'integration',
    label: 'Integration and interaction with the cluster actors',
    source: '001_2b00e659d173dc60.txt:3732',
    criteria: [
      c(
        'integration.management_actors',
        'Cooperation and communication between the cluster management organisation and the cluster / network actors',
      ),
      c('integration.between_actors', 'Cooperation and communication between cluster and network actors'),
      c('integration.working_groups', 'Working groups within the cluster initiative / network'),
    ],
  },
  {
    key: 'results',
    label: 'Result generation, impacts and visibility',
    source: '001_2b00e659d173dc60.txt:3738',
    criteria: [
      c(
        'results.innovation_system',
        'Integration of the cluster management organisation into the regional innovation system',
      ),
      c('results.communication', 'Internal and external communication of the cluster initiative / network'),
      c('results.internet', 'Internet presence of the cluster initiative / the network'),
      c('results.media', 'Visibility of the cluster initiative / network in the media'),
      c('results.success_stories', 'Success stories on cluster activities'),
      c(
        'results.kpis',
        'Key performance indicators for the performance review of the cluster management organisation',
      ),
      c('results.fulfilment', 'Achieved degree of fulfilment of the cluster/network strategy and work plan'),
      c('results.satisfaction', 'Methods for measuring the satisfaction of cluster / network actors'),
    ],
  },
];

export const ECEI_CRITERIA: ReadonlyMap<string, EceiCriterion & { group: string }> = new Map(
  ECEI_GROUPS.flatMap((g) => g.criteria.map((x) => [x.key, { ...x, group: g.key }] as const)),
);

/** The labels that exist (001:3670) and who awards them (001:3672); no thresholds (the seeds give none). */
export const ECEI_LABELS = ['bronze', 'silver', 'gold'] as const;
export const ECEI_LABEL_BODY = 'European Secretariat for Cluster Analysis (ESCA)';

/**
 * Self-assessment scale. The guide gives none: 1 (not in place) to 5 (fully in place) is the
 * platform's own choice.
 */
export const BENCHMARK_SCALE = { min: 1, max: 5 } as const;
/**
 * Smallest peer group shown, so that no single initiative can be recognised. The seeds give no
 * number: 3 is the platform's default, and a deployment can set another.
 */
export const DEFAULT_MIN_PEERS = 3;

export type Scores = Record<string, number | null | undefined>;

/** Mean of the scored criteria of each group; null for a group with no score. */
export function groupScores(scores: Scores): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const g of ECEI_GROUPS) {
    const xs = g.criteria.map((x) => scores[x.key]).filter((v): v is number => typeof v === 'number');
    out[g.key] = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  }
  return out;
}

export interface Quartiles {
  n: number;
  q1: number;
  median: number;
  q3: number;
}

/** Quartiles of the peers' values (type-7 percentile, as the map module), or null below `minPeers`. */
export function peerQuartiles(values: readonly number[], minPeers = DEFAULT_MIN_PEERS): Quartiles | null {
  if (values.length < Math.max(1, minPeers)) return null;
  return {
    n: values.length,
    q1: percentile(values, 0.25)!,
    median: percentile(values, 0.5)!,
    q3: percentile(values, 0.75)!,
  };
}

export type Position = 'top_quartile' | 'middle' | 'bottom_quartile' | 'no_peers' | 'not_scored';

/** Where a score stands in the peer group: at or above Q3, at or below Q1, or between. */
export function positionAmongPeers(own: number | null, q: Quartiles | null): Position {
  if (own === null) return 'not_scored';
  if (!q) return 'no_peers';
  if (q.q1 === q.q3) return 'middle';
  if (own >= q.q3) return 'top_quartile';
  if (own <= q.q1) return 'bottom_quartile';
  return 'middle';
}

export interface StrengthWeakness {
  key: string;
  score: number;
  basis: 'peers' | 'own_scores';
}

/**
 * Relative strengths and weaknesses (001:3651–3652): with a peer group, the groups in its top or
 * bottom quartile; without one, the groups with the highest and the lowest own mean (ties kept).
 */
export function strengthsAndWeaknesses(
  own: Record<string, number | null>,
  peers: Record<string, Quartiles | null>,
): { strengths: StrengthWeakness[]; weaknesses: StrengthWeakness[] } {
  const scored = Object.entries(own).filter((e): e is [string, number] => e[1] !== null);
  const strengths: StrengthWeakness[] = [];
  const weaknesses: StrengthWeakness[] = [];
  const withoutPeers: [string, number][] = [];
  for (const [key, score] of scored) {
    const pos = positionAmongPeers(score, peers[key] ?? null);
    if (pos === 'top_quartile') strengths.push({ key, score, basis: 'peers' });
    else if (pos === 'bottom_quartile') weaknesses.push({ key, score, basis: 'peers' });
    else if (pos === 'no_peers') withoutPeers.push([key, score]);
  }
  if (withoutPeers.length >= 2) {
    const values = withoutPeers.map(([, s]) => s);
    const max = Math.max(...values);
    const min = Math.min(...values);
    if (max > min)
      for (const [key, score] of withoutPeers) {
        if (score === max) strengths.push({ key, score, basis: 'own_scores' });
        if (score === min) weaknesses.push({ key, score, basis: 'own_scores' });
      }
  }
  return { strengths, weaknesses };
}
