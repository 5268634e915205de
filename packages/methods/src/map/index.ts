/**
 * Cluster mapping measures (methods.md §1; GIZ guide 001_2b00e659d173dc60.txt:1276–1302).
 * The guide gives no formula; these are the standard regional-science measures used by the
 * US Cluster Mapping Project (Delgado, Porter and Stern 2016), as docs/product.md specifies.
 */

/** The five limits of cluster mapping stated by the GIZ guide (001:1296–1300), shown with every result. */
export const MAPPING_LIMITS = [
  {
    id: 'sectors',
    source: '001_2b00e659d173dc60.txt:1296',
    text: 'Mismatch of traditional sectors in statistics and cluster-relevant areas',
  },
  {
    id: 'change',
    source: '001_2b00e659d173dc60.txt:1297',
    text: 'Cross-sectoral development and industrial change is often not adequately covered in official statistical data illustrating a status quo in the recent past',
  },
  {
    id: 'qualities',
    source: '001_2b00e659d173dc60.txt:1298',
    text: 'Official statistics do not assess the qualities clusters, i.e. interlinkages and dynamics within a given cluster',
  },
  {
    id: 'local',
    source: '001_2b00e659d173dc60.txt:1299',
    text: 'No assessment of specific local or regional conditions and cultural peculiarities',
  },
  {
    id: 'needs',
    source: '001_2b00e659d173dc60.txt:1300',
    text: 'No information about real needs of local and regional actors in terms of cooperation',
  },
] as const;

/** LQ = (e_rc / e_r) / (E_c / E); null when a denominator is zero. */
export function locationQuotient(eRc: number, eR: number, eC: number, e: number): number | null {
  if (eR <= 0 || eC <= 0 || e <= 0) return null;
  return eRc / eR / (eC / e);
}

/** Share of national cluster employment: e_rc / E_c; null when the cluster has no employment. */
export function shareOfCluster(eRc: number, eC: number): number | null {
  return eC > 0 ? eRc / eC : null;
}

/** Compound annual growth rate between two values `years` apart; null when undefined. */
export function compoundAnnualGrowth(start: number, end: number, years: number): number | null {
  if (!(start > 0) || !(years > 0) || end < 0) return null;
  return Math.pow(end / start, 1 / years) - 1;
}

/**
 * Percentile by linear interpolation between order statistics (Hyndman–Fan type 7, the default of
 * R, NumPy, Excel's PERCENTILE.INC and DuckDB's quantile_cont): h = (n − 1)·p.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 1) throw new RangeError(`percentile p must be within 0..1, got ${p}`);
  if (values.length === 0) return null;
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return x[lo]! + (h - lo) * (x[hi]! - x[lo]!);
}

/** Competition ranking ("1224"): equal values share the best rank; nulls get no rank. */
export function rankDescending(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  return values.map((v) => (v === null ? null : present.indexOf(v) + 1));
}

export interface Observation {
  region: string;
  industry: string;
  employment: number;
  year?: number | null;
  establishments?: number | null;
  wages?: number | null;
  regionName?: string | null;
  /** Regions are compared with regions of the same type (e.g. state, county). */
  regionType?: string | null;
}

export interface ClusterDefinition {
  clusterCode: string;
  clusterName: string;
  industry: string;
  clusterType?: string | null;
}

export interface MappingRecord {
  year: number | null;
  region: string;
  regionName: string | null;
  regionType: string | null;
  clusterCode: string;
  clusterName: string;
  clusterType: string | null;
  employment: number;
  establishments: number | null;
  wages: number | null;
  averageWage: number | null;
  lq: number | null;
  share: number | null;
  /** Specialisation rank of the cluster within the region and year (by LQ, 1 = most specialised). */
  rank: number | null;
  /** Rank of the cluster within the region and year by employment. */
  employmentRank: number | null;
  /** Change in employment since the base year, and the compound annual growth over that span. */
  employmentChange: number | null;
  cagr: number | null;
  /** US Cluster Mapping Project "strong cluster" test at the 75th and the 90th percentile of LQ. */
  strong: boolean;
  strong90: boolean;
}

export interface MappingResult {
  records: MappingRecord[];
  /** Industries of the input that no cluster covers: counted in the totals, reported here. */
  uncoveredIndustries: { industry: string; employment: number }[];
  baseYear: number | null;
  establishmentsCriterion: boolean;
}

export interface StrongThresholds {
  lq75: number | null;
  lq90: number | null;
  employment25: number | null;
  establishments25: number | null;
}

/**
 * The US CMP classification of a region's cluster among regions of the same type with positive
 * cluster employment: strong when LQ ≥ P75(LQ), LQ ≥ 1, employment > P25(employment) and
 * establishments > P25(establishments); strong90 uses P90(LQ). Without establishment data the
 * establishments criterion cannot be checked and is left out (MappingResult.establishmentsCriterion).
 */
export function strongThresholds(
  peers: readonly { lq: number | null; employment: number; establishments: number | null }[],
): StrongThresholds {
  const positive = peers.filter((p) => p.employment > 0);
  const lqs = positive.map((p) => p.lq).filter((v): v is number => v !== null);
  const est = positive.map((p) => p.establishments).filter((v): v is number => v !== null);
  return {
    lq75: percentile(lqs, 0.75),
    lq90: percentile(lqs, 0.9),
    employment25: percentile(
      positive.map((p) => p.employment),
      0.25,
    ),
    establishments25: est.length ? percentile(est, 0.25) : null,
  };
}

export function isStrong(
  r: { lq: number | null; employment: number; establishments: number | null },
  t: StrongThresholds,
  lqThreshold: number | null,
  useEstablishments: boolean,
): boolean {
  if (r.employment <= 0 || r.lq === null || lqThreshold === null || t.employment25 === null) return false;
  if (!(r.lq >= lqThreshold && r.lq >= 1 && r.employment > t.employment25)) return false;
  if (!useEstablishments) return true;
  return r.establishments !== null && t.establishments25 !== null && r.establishments > t.establishments25;
}

const key = (...parts: (string | number | null)[]) => parts.map((p) => String(p)).join('\u0000');

/**
 * Maps clusters from region × industry × year statistics. This is the reference implementation
 * for moderate inputs (the web app); the command line runs the same rules in DuckDB for large ones.
 */
export function mapClusters(
  observations: readonly Observation[],
  definitions: readonly ClusterDefinition[],
  options: { baseYear?: number } = {},
): MappingResult {
  const clusterOf = new Map<string, ClusterDefinition>();
  for (const d of definitions) clusterOf.set(d.industry, d);
  const clusters = new Map<string, ClusterDefinition>();
  for (const d of definitions) if (!clusters.has(d.clusterCode)) clusters.set(d.clusterCode, d);

  const establishmentsCriterion = observations.some((o) => o.establishments != null);
  const years = [...new Set(observations.map((o) => o.year ?? null))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const baseYear = options.baseYear ?? years[0] ?? null;

  const regionInfo = new Map<string, { name: string | null; type: string | null }>();
  const regionTotal = new Map<string, number>(); // year|region
  const total = new Map<string, number>(); // year
  const cell = new Map<string, { e: number; est: number | null; wages: number | null }>(); // year|region|cluster
  const clusterTotal = new Map<string, number>(); // year|cluster
  const uncovered = new Map<string, number>();

  for (const o of observations) {
    const y = o.year ?? null;
    if (!regionInfo.has(o.region))
      regionInfo.set(o.region, { name: o.regionName ?? null, type: o.regionType ?? null });
    regionTotal.set(key(y, o.region), (regionTotal.get(key(y, o.region)) ?? 0) + o.employment);
    total.set(key(y), (total.get(key(y)) ?? 0) + o.employment);
    const d = clusterOf.get(o.industry);
    if (!d) {
      uncovered.set(o.industry, (uncovered.get(o.industry) ?? 0) + o.employment);
      continue;
    }
    const k = key(y, o.region, d.clusterCode);
    const c = cell.get(k) ?? { e: 0, est: null, wages: null };
    c.e += o.employment;
    if (o.establishments != null) c.est = (c.est ?? 0) + o.establishments;
    if (o.wages != null) c.wages = (c.wages ?? 0) + o.wages;
    cell.set(k, c);
    clusterTotal.set(key(y, d.clusterCode), (clusterTotal.get(key(y, d.clusterCode)) ?? 0) + o.employment);
  }

  const records: MappingRecord[] = [];
  for (const y of years) {
    const regions = [...regionInfo.keys()].filter((r) => regionTotal.has(key(y, r))).sort();
    for (const [code, d] of clusters) {
      const eC = clusterTotal.get(key(y, code)) ?? 0;
      if (eC <= 0) continue; // a cluster with no employment anywhere that year has no LQ
      for (const region of regions) {
        const c = cell.get(key(y, region, code)) ?? { e: 0, est: null, wages: null };
        const info = regionInfo.get(region)!;
        records.push({
          year: y,
          region,
          regionName: info.name,
          regionType: info.type,
          clusterCode: code,
          clusterName: d.clusterName,
          clusterType: d.clusterType ?? null,
          employment: c.e,
          establishments: establishmentsCriterion ? (c.est ?? 0) : null,
          wages: c.wages,
          averageWage: c.wages !== null && c.e > 0 ? c.wages / c.e : null,
          lq: locationQuotient(c.e, regionTotal.get(key(y, region))!, eC, total.get(key(y))!),
          share: shareOfCluster(c.e, eC),
          rank: null,
          employmentRank: null,
          employmentChange: null,
          cagr: null,
          strong: false,
          strong90: false,
        });
      }
    }
  }

  // Ranks within region and year.
  const byRegion = groupBy(records, (r) => key(r.year, r.region));
  for (const group of byRegion.values()) {
    const lqRanks = rankDescending(group.map((r) => r.lq));
    const empRanks = rankDescending(group.map((r) => r.employment));
    group.forEach((r, i) => {
      r.rank = lqRanks[i]!;
      r.employmentRank = empRanks[i]!;
    });
  }
  // Strong clusters among regions of the same type, per cluster and year.
  for (const group of groupBy(records, (r) => key(r.year, r.clusterCode, r.regionType)).values()) {
    const t = strongThresholds(group);
    for (const r of group) {
      r.strong = isStrong(r, t, t.lq75, establishmentsCriterion);
      r.strong90 = isStrong(r, t, t.lq90, establishmentsCriterion);
    }
  }
  // Growth since the base year.
  if (baseYear !== null) {
    const base = new Map(
      records.filter((r) => r.year === baseYear).map((r) => [key(r.region, r.clusterCode), r]),
    );
    for (const r of records) {
      if (r.year === null || r.year === baseYear) continue;
      const b = base.get(key(r.region, r.clusterCode));
      const start = b?.employment ?? 0;
      r.employmentChange = r.employment - start;
      r.cagr = compoundAnnualGrowth(start, r.employment, r.year - baseYear);
    }
  }

  return {
    records,
    uncoveredIndustries: [...uncovered]
      .map(([industry, employment]) => ({ industry, employment }))
      .sort((a, b) => b.employment - a.employment),
    baseYear,
    establishmentsCriterion,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
