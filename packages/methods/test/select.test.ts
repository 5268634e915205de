import { describe, expect, it } from 'vitest';
import { normaliseMetric, rankCandidates, type SelectionCriterion } from '../src/index.js';

describe('weighted selection of candidate clusters', () => {
  it('normalises computed metrics from worst (0) to best (1)', () => {
    expect(normaliseMetric([100, 300, 200])).toEqual([0, 1, 0.5]);
    expect(normaliseMetric([100, 300, 200], true)).toEqual([1, 0, 0.5]);
    expect(normaliseMetric([5, 5])).toEqual([1, 1]);
    expect(normaliseMetric([null, 2, 4])).toEqual([null, 0, 1]);
  });

  const criteria: SelectionCriterion[] = [
    { id: 'size', kind: 'computed', metric: 'employment', weight: 2 },
    { id: 'lq', kind: 'computed', metric: 'lq', weight: 1 },
    { id: 'capacity', kind: 'scored', scaleMax: 5, weight: 1 },
  ];
  const candidates = [
    { id: 'agro', metrics: { employment: 1000, lq: 2.0 } },
    { id: 'tourism', metrics: { employment: 3000, lq: 1.0 } },
    { id: 'textiles', metrics: { employment: 2000, lq: 3.0 } },
  ];
  const scores = [
    { candidateId: 'agro', criterionId: 'capacity', scorerId: 'p1', score: 5 },
    { candidateId: 'agro', criterionId: 'capacity', scorerId: 'p2', score: 3 },
    { candidateId: 'tourism', criterionId: 'capacity', scorerId: 'p1', score: 2 },
    { candidateId: 'tourism', criterionId: 'capacity', scorerId: 'p2', score: 2 },
    { candidateId: 'textiles', criterionId: 'capacity', scorerId: 'p1', score: 1 },
    { candidateId: 'textiles', criterionId: 'capacity', scorerId: 'p2', score: 4 },
  ];

  it('ranks by the weighted total and shows the spread between scorers', () => {
    const ranked = rankCandidates(candidates, criteria, scores);
    // size: agro 0, tourism 1, textiles 0.5; lq: agro 0.5, tourism 0, textiles 1;
    // capacity (mean/5): agro 0.8, tourism 0.4, textiles 0.5. Weights 2/1/1 → total = Σ / 4.
    expect(ranked.map((r) => r.candidateId)).toEqual(['textiles', 'tourism', 'agro']);
    const byId = Object.fromEntries(ranked.map((r) => [r.candidateId, r]));
    expect(byId.textiles!.total).toBeCloseTo((2 * 0.5 + 1 + 0.5) / 4, 12);
    expect(byId.tourism!.total).toBeCloseTo((2 * 1 + 0 + 0.4) / 4, 12);
    expect(byId.agro!.total).toBeCloseTo((0 + 0.5 + 0.8) / 4, 12);
    // Scorers disagree on textiles (1 vs 4 out of 5): totals differ by 0.6/4.
    expect(byId.textiles!.spread).toBeCloseTo(0.6 / 4, 12);
    expect(byId.tourism!.spread).toBe(0);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('treats a criterion nobody has scored yet as 0, and refuses bad weights', () => {
    const ranked = rankCandidates(candidates, criteria, []);
    expect(ranked.find((r) => r.candidateId === 'agro')!.byCriterion.capacity).toBeNull();
    expect(ranked[0]!.spread).toBeNull();
    expect(() =>
      rankCandidates(candidates, [{ id: 'x', kind: 'scored', scaleMax: 5, weight: 0 }], []),
    ).toThrow(/weight/);
  });

  it('knocks out candidates below a threshold, whatever their weighted total (GIZ: indicators and thresholds)', () => {
    // Tourism has the best total but a location quotient of 1.0; a critical-mass threshold of 1.5
    // knocks it out, and a panel score of at least 3 of 5 knocks out nobody (agro 4, textiles 2.5).
    const withThresholds: SelectionCriterion[] = [
      criteria[0]!,
      { ...criteria[1]!, threshold: 1.5 },
      { ...criteria[2]!, threshold: 2.5 },
    ];
    const ranked = rankCandidates(candidates, withThresholds, scores);
    expect(ranked.map((r) => r.candidateId)).toEqual(['textiles', 'agro', 'tourism']);
    expect(ranked.map((r) => r.knockedOut)).toEqual([[], [], ['lq', 'capacity']]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    // A cost where lower is better: at most the threshold passes.
    const cost: SelectionCriterion = {
      id: 'cost',
      kind: 'computed',
      metric: 'employment',
      weight: 1,
      lowerIsBetter: true,
      threshold: 2000,
    };
    const byCost = rankCandidates(candidates, [cost], []);
    expect(byCost.find((r) => r.candidateId === 'tourism')!.knockedOut).toEqual(['cost']);
    expect(byCost.find((r) => r.candidateId === 'textiles')!.knockedOut).toEqual([]);
    // Without scores a scored threshold is pending, not failed.
    const unscored = rankCandidates(candidates, withThresholds, []);
    expect(unscored.find((r) => r.candidateId === 'agro')!.pending).toEqual(['capacity']);
    expect(unscored.find((r) => r.candidateId === 'agro')!.knockedOut).toEqual([]);
  });
});
