import { describe, expect, it } from 'vitest';
import {
  MAPPING_LIMITS,
  compoundAnnualGrowth,
  isStrong,
  locationQuotient,
  mapClusters,
  percentile,
  rankDescending,
  shareOfCluster,
  strongThresholds,
  type ClusterDefinition,
  type Observation,
} from '../src/index.js';

describe('cluster mapping formulas', () => {
  it('computes LQ = (e_rc/e_r)/(E_c/E) and share = e_rc/E_c', () => {
    expect(locationQuotient(20, 50, 40, 210)).toBeCloseTo(2.1, 12);
    expect(locationQuotient(0, 50, 40, 210)).toBe(0);
    expect(locationQuotient(5, 0, 40, 210)).toBeNull();
    expect(shareOfCluster(30, 35)).toBeCloseTo(0.857142857, 9);
    expect(shareOfCluster(0, 0)).toBeNull();
  });

  it('computes compound annual growth', () => {
    expect(compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(compoundAnnualGrowth(0, 10, 2)).toBeNull();
    expect(compoundAnnualGrowth(100, 50, 1)).toBeCloseTo(-0.5, 12);
  });

  it('interpolates percentiles between order statistics (type 7)', () => {
    expect(percentile([4, 1, 3, 2], 0.75)).toBeCloseTo(3.25, 12);
    expect(percentile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(percentile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('ranks with ties sharing the best rank', () => {
    expect(rankDescending([3, 1, 3, null, 2])).toEqual([1, 4, 1, null, 3]);
  });

  it('classifies strong clusters at the 75th and 90th percentile of LQ', () => {
    const peers = [
      { lq: 0.5, employment: 100, establishments: 5 },
      { lq: 1.2, employment: 300, establishments: 12 },
      { lq: 2.0, employment: 800, establishments: 30 },
      { lq: 3.0, employment: 50, establishments: 2 },
      { lq: 1.5, employment: 400, establishments: 20 },
      { lq: null, employment: 0, establishments: 0 },
    ];
    const t = strongThresholds(peers);
    // Among the five regions with positive employment: LQ 0.5,1.2,1.5,2.0,3.0 → P75 = 2.0, P90 = 2.6
    expect(t.lq75).toBeCloseTo(2.0, 12);
    expect(t.lq90).toBeCloseTo(2.6, 12);
    expect(t.employment25).toBe(100); // 50,100,300,400,800 → h = 1
    expect(t.establishments25).toBe(5);
    expect(peers.map((p) => isStrong(p, t, t.lq75, true))).toEqual([false, false, true, false, false, false]);
    // LQ 3.0 passes the LQ test but its employment (50) is not above P25 (100).
    expect(peers.map((p) => isStrong(p, t, t.lq90, true))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    // Without establishment data, that criterion is left out.
    expect(isStrong({ lq: 2.0, employment: 800, establishments: null }, t, t.lq75, false)).toBe(true);
  });

  it('lists the five limits of cluster mapping of the GIZ guide', () => {
    expect(MAPPING_LIMITS).toHaveLength(5);
    expect(MAPPING_LIMITS[0].source).toBe('001_2b00e659d173dc60.txt:1296');
  });
});

describe('mapClusters on a hand-computed example', () => {
  const definitions: ClusterDefinition[] = [
    { clusterCode: 'X', clusterName: 'Cluster X', industry: 'i1', clusterType: 'traded' },
    { clusterCode: 'X', clusterName: 'Cluster X', industry: 'i2', clusterType: 'traded' },
    { clusterCode: 'Y', clusterName: 'Cluster Y', industry: 'i3', clusterType: 'traded' },
    { clusterCode: 'Z', clusterName: 'Cluster Z', industry: 'i4', clusterType: 'local' },
  ];
  const obs = (region: string, industry: string, employment: number, year = 2020): Observation => ({
    region,
    industry,
    employment,
    year,
  });
  // e_A = 50, e_B = 50, e_C = 110, E = 210; E_X = 40, E_Y = 35, E_Z = 10 (only in C); i9 is in no cluster.
  const data: Observation[] = [
    obs('A', 'i1', 10),
    obs('A', 'i2', 10),
    obs('A', 'i3', 5),
    obs('A', 'i9', 25),
    obs('B', 'i3', 30),
    obs('B', 'i9', 20),
    obs('C', 'i1', 20),
    obs('C', 'i4', 10),
    obs('C', 'i9', 80),
    // 2022: A grows in X from 20 to 45 (i1 35, i2 10); the rest unchanged.
    obs('A', 'i1', 35, 2022),
    obs('A', 'i2', 10, 2022),
    obs('A', 'i3', 5, 2022),
    obs('A', 'i9', 25, 2022),
    obs('B', 'i3', 30, 2022),
    obs('B', 'i9', 20, 2022),
    obs('C', 'i1', 20, 2022),
    obs('C', 'i4', 10, 2022),
    obs('C', 'i9', 80, 2022),
  ];
  const result = mapClusters(data, definitions);
  const find = (year: number, region: string, code: string) =>
    result.records.find((r) => r.year === year && r.region === region && r.clusterCode === code)!;

  it('keeps uncovered industries in the totals and reports them', () => {
    expect(result.uncoveredIndustries).toEqual([{ industry: 'i9', employment: 250 }]);
    expect(find(2020, 'A', 'X').lq).toBeCloseTo(2.1, 12); // (20/50)/(40/210)
    expect(find(2020, 'C', 'X').lq).toBeCloseTo(4200 / 4400, 12); // (20/110)/(40/210)
  });

  it('gives a region with no employment in a cluster LQ 0 and share 0', () => {
    const r = find(2020, 'B', 'X');
    expect(r).toMatchObject({ employment: 0, lq: 0, share: 0, strong: false });
  });

  it('handles a cluster present in only one region', () => {
    expect(find(2020, 'C', 'Z')).toMatchObject({ employment: 10, share: 1 });
    expect(find(2020, 'C', 'Z').lq).toBeCloseTo(210 / 110, 12);
    expect(find(2020, 'A', 'Z').lq).toBe(0);
  });

  it('emits one record per year × region × cluster', () => {
    expect(result.records).toHaveLength(2 * 3 * 3);
  });

  it('ranks clusters within a region by LQ and by employment', () => {
    // Region C in 2020: LQ Z = 1.909, X = 0.955, Y = 0
    expect(['Z', 'X', 'Y'].map((c) => find(2020, 'C', c).rank)).toEqual([1, 2, 3]);
    expect(['X', 'Z', 'Y'].map((c) => find(2020, 'C', c).employmentRank)).toEqual([1, 2, 3]);
  });

  it('measures growth since the base year', () => {
    const r = find(2022, 'A', 'X');
    expect(result.baseYear).toBe(2020);
    expect(r.employmentChange).toBe(25);
    expect(r.cagr).toBeCloseTo(Math.sqrt(45 / 20) - 1, 12);
    expect(find(2020, 'A', 'X').cagr).toBeNull();
  });

  it('classifies strong clusters among regions with positive employment', () => {
    // X in 2020: A (LQ 2.1, 20 jobs) and C (LQ 0.95, 20 jobs): P25 of employment is 20, and
    // strong needs employment above it, so neither is strong.
    expect(find(2020, 'A', 'X').strong).toBe(false);
    // X in 2022: A has 45 jobs, LQ (45/75)/(65/235) = 2.169 ≥ P75; employment 45 > P25 = 26.25.
    expect(find(2022, 'A', 'X').lq).toBeCloseTo(45 / 75 / (65 / 235), 12);
    expect(find(2022, 'A', 'X').strong).toBe(true);
    expect(find(2022, 'A', 'X').strong90).toBe(true);
    expect(find(2022, 'C', 'X').strong).toBe(false);
  });
});
