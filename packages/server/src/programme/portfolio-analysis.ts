import type { FundedInitiative } from './funding.service.js';
import type { PortfolioInitiative, SharedIndicator } from './portfolio.service.js';

/**
 * Roll-ups and comparison of the portfolio (issue 15, slice A), without the database: the routes
 * and the programme report read what each initiative shares and pass it here.
 */

/** The four evaluation levels funders report at (IDB / Compete Caribbean, 003:218–222, 835). */
export const EVALUATION_LEVELS = [
  'cluster',
  'cluster_organisation',
  'national_ecosystem',
  'regional_ecosystem',
] as const;

type Lights = { green: number; amber: number; red: number; none: number };
const noLights = (): Lights => ({ green: 0, amber: 0, red: 0, none: 0 });

export interface RollupGroup {
  key: string;
  initiatives: number;
  sharingIndicators: number;
  funded: number;
  awarded: number;
  disbursed: number;
}

export interface Rollups {
  levels: {
    level: (typeof EVALUATION_LEVELS)[number];
    indicators: number;
    initiatives: number;
    lights: Lights;
  }[];
  countries: RollupGroup[];
  sectors: RollupGroup[];
  /** Funded initiatives the programme does not (or not yet) follow: counted in no group above. */
  fundedNotFollowed: number;
  currency: string | null;
}

/**
 * Counts per evaluation level (indicators shared, initiatives with at least one, the latest traffic
 * light of each), and per country and sector (initiatives, those sharing indicators, those funded,
 * the grants awarded and disbursed).
 */
export function rollUp(
  initiatives: (Pick<PortfolioInitiative, 'id' | 'country' | 'sector'> & { shares: readonly string[] })[],
  indicators: Map<string, Pick<SharedIndicator, 'evaluationLevel' | 'latest'>[]>,
  funded: FundedInitiative[],
): Rollups {
  const levels = EVALUATION_LEVELS.map((level) => {
    const lights = noLights();
    let count = 0;
    let withAny = 0;
    for (const i of initiatives) {
      const inds = (indicators.get(i.id) ?? []).filter((x) => x.evaluationLevel === level);
      if (inds.length) withAny++;
      count += inds.length;
      for (const x of inds) lights[x.latest?.light ?? 'none']++;
    }
    return { level, indicators: count, initiatives: withAny, lights };
  });
  const fundedBy = new Map<string, FundedInitiative[]>();
  for (const f of funded)
    if (f.initiativeId) fundedBy.set(f.initiativeId, [...(fundedBy.get(f.initiativeId) ?? []), f]);
  const group = (keyOf: (i: (typeof initiatives)[number]) => string) => {
    const groups = new Map<string, RollupGroup>();
    for (const i of initiatives) {
      const key = keyOf(i);
      const g = groups.get(key) ?? {
        key,
        initiatives: 0,
        sharingIndicators: 0,
        funded: 0,
        awarded: 0,
        disbursed: 0,
      };
      g.initiatives++;
      if (i.shares.includes('indicators')) g.sharingIndicators++;
      const fs = fundedBy.get(i.id) ?? [];
      if (fs.length) g.funded++;
      for (const f of fs) {
        g.awarded += f.awarded;
        g.disbursed += f.disbursed;
      }
      groups.set(key, g);
    }
    return [...groups.values()].sort((a, b) => b.initiatives - a.initiatives || a.key.localeCompare(b.key));
  };
  const followed = new Set(initiatives.map((i) => i.id));
  const currencies = [...new Set(funded.map((f) => f.currency))];
  return {
    levels,
    countries: group((i) => i.country),
    sectors: group((i) => i.sector.trim()),
    fundedNotFollowed: funded.filter((f) => !f.initiativeId || !followed.has(f.initiativeId)).length,
    currency: currencies.length === 1 ? currencies[0]! : null,
  };
}

/** Indicators are the same across initiatives when their names (case and spaces aside) and units match. */
export const matchKey = (i: { name: string; unit: string }) =>
  `${i.name.trim().replace(/\s+/g, ' ').toLowerCase()}|${i.unit}`;

/**
 * Side by side: the shared indicators found, by name and unit, in at least two of the initiatives
 * compared, with each one's latest value, target and traffic light.
 */
export function compareIndicators(initiatives: { id: string; indicators: SharedIndicator[] }[]): {
  name: string;
  unit: string;
  values: ((SharedIndicator['latest'] & { baseline: number | null }) | null)[];
}[] {
  const keys = new Map<string, { name: string; unit: string; seen: Set<string> }>();
  for (const i of initiatives)
    for (const x of i.indicators) {
      const k = matchKey(x);
      const e = keys.get(k) ?? { name: x.name.trim(), unit: x.unit, seen: new Set<string>() };
      e.seen.add(i.id);
      keys.set(k, e);
    }
  return [...keys.entries()]
    .filter(([, e]) => e.seen.size >= 2)
    .sort((a, b) => a[1].name.localeCompare(b[1].name))
    .map(([k, e]) => ({
      name: e.name,
      unit: e.unit,
      values: initiatives.map((i) => {
        const x = i.indicators.find((y) => matchKey(y) === k);
        return x ? (x.latest ? { ...x.latest, baseline: x.baselineValue } : null) : null;
      }),
    }));
}
