import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TOLERANCE,
  ECEI_CRITERIA,
  ECEI_GROUPS,
  baselineObservationCheck,
  compareMembers,
  groupScores,
  implementationRate,
  criteriaTiming,
  EVALUATION_TARGETS,
  GIZ_EVALUATION_TARGETS,
  IDB_EVALUATION_LEVELS,
  participationCheck,
  peerQuartiles,
  percentile,
  positionAmongPeers,
  progressToTarget,
  strengthsAndWeaknesses,
  summariseScale,
  satisfactionBySize,
  unmetIndicators,
  DEFAULT_SATISFACTION_MET_AT,
  trafficLight,
} from '../src/index.js';

describe('traffic lights', () => {
  it('is green when the target is reached, amber within the tolerance of the planned change, red beyond', () => {
    expect(DEFAULT_TOLERANCE).toBe(10);
    // baseline 50 → target 100: planned change 50, 10 % of it is 5
    expect(trafficLight({ actual: 100, target: 100, baseline: 50 })).toBe('green');
    expect(trafficLight({ actual: 120, target: 100, baseline: 50 })).toBe('green');
    expect(trafficLight({ actual: 95, target: 100, baseline: 50 })).toBe('amber');
    expect(trafficLight({ actual: 94.9, target: 100, baseline: 50 })).toBe('red');
    // without a baseline the tolerance is taken of the target
    expect(trafficLight({ actual: 90, target: 100 })).toBe('amber');
    expect(trafficLight({ actual: 89, target: 100 })).toBe('red');
    expect(trafficLight({ actual: 89, target: 100, tolerance: 20 })).toBe('amber');
    expect(trafficLight({ actual: 99, target: 100, tolerance: 0 })).toBe('red');
  });
  it('treats a target below the baseline as lower is better', () => {
    expect(trafficLight({ actual: 8, target: 10, baseline: 20 })).toBe('green');
    expect(trafficLight({ actual: 11, target: 10, baseline: 20 })).toBe('amber');
    expect(trafficLight({ actual: 12, target: 10, baseline: 20 })).toBe('red');
  });
  it('has no light without an actual or a target, and refuses a tolerance outside 0–100', () => {
    expect(trafficLight({ actual: null, target: 10 })).toBe('none');
    expect(trafficLight({ actual: 3, target: null })).toBe('none');
    expect(() => trafficLight({ actual: 3, target: 5, tolerance: 120 })).toThrow(RangeError);
  });
  it('measures progress from the baseline', () => {
    expect(progressToTarget(75, 100, 50)).toBe(0.5);
    expect(progressToTarget(75, 100, null)).toBeNull();
  });
});

describe('participation checks of the GIZ guide', () => {
  it('needs 70 % of the actors in impact monitoring (001:2978)', () => {
    expect(participationCheck(69, 100)).toEqual({ met: false, value: 0.69, required: 0.7 });
    expect(participationCheck(70, 100).met).toBe(true);
    expect(participationCheck(0, 0)).toEqual({ met: false, value: null, required: 0.7 });
  });
  it('needs 15 cluster firms in the baseline observation (001:3757)', () => {
    expect(baselineObservationCheck(14).met).toBe(false);
    expect(baselineObservationCheck(15).met).toBe(true);
    expect(baselineObservationCheck(null).met).toBe(false);
  });
});

describe('ECEI benchmarking', () => {
  it('has the six groups of the guide with their criteria', () => {
    expect(ECEI_GROUPS.map((g) => g.key)).toEqual([
      'structure',
      'management',
      'financing',
      'services',
      'integration',
      'results',
    ]);
    expect(ECEI_GROUPS.map((g) => g.criteria.length)).toEqual([5, 9, 4, 6, 3, 8]);
    expect(ECEI_CRITERIA.get('financing.private_share')?.group).toBe('financing');
  });
  it('averages the scored criteria of each group', () => {
    const g = groupScores({ 'structure.retaining': 2, 'structure.total': 4, 'financing.controlling': 5 });
    expect(g.structure).toBe(3);
    expect(g.financing).toBe(5);
    expect(g.results).toBeNull();
  });
  it('uses the type-7 percentile of the map module for the peer quartiles', () => {
    const peers = [1, 2, 3, 4, 10];
    const q = peerQuartiles(peers)!;
    expect(q).toEqual({ n: 5, q1: percentile(peers, 0.25), median: 3, q3: percentile(peers, 0.75) });
    expect(q.q1).toBe(2);
    expect(q.q3).toBe(4);
    expect(peerQuartiles([1, 2])).toBeNull();
    expect(peerQuartiles([1, 2], 2)?.n).toBe(2);
  });
  it('places a score among the peers and derives strengths and weaknesses', () => {
    const q = peerQuartiles([2, 3, 3, 4])!; // q1 2.75, q3 3.25
    expect(positionAmongPeers(4, q)).toBe('top_quartile');
    expect(positionAmongPeers(2, q)).toBe('bottom_quartile');
    expect(positionAmongPeers(3, q)).toBe('middle');
    expect(positionAmongPeers(3, null)).toBe('no_peers');
    expect(positionAmongPeers(null, q)).toBe('not_scored');
    const sw = strengthsAndWeaknesses(
      { structure: 4, financing: 2, services: 3 },
      { structure: q, financing: q, services: q },
    );
    expect(sw.strengths).toEqual([{ key: 'structure', score: 4, basis: 'peers' }]);
    expect(sw.weaknesses).toEqual([{ key: 'financing', score: 2, basis: 'peers' }]);
    const own = strengthsAndWeaknesses({ structure: 4, financing: 2, services: 4, results: null }, {});
    expect(own.strengths.map((s) => s.key)).toEqual(['structure', 'services']);
    expect(own.weaknesses).toEqual([{ key: 'financing', score: 2, basis: 'own_scores' }]);
  });
});

describe('member satisfaction', () => {
  const points = ['1', '2', '3', '4', '5'];
  it('summarises a scale with counts, percentages, mean and top-two share', () => {
    const s = summariseScale(['5', '4', '2', undefined], points);
    expect(s.counts).toEqual([0, 1, 0, 1, 1]);
    expect(s.percentages).toEqual([0, 33.3, 0, 33.3, 33.3]);
    expect(s.mean).toBeCloseTo(11 / 3);
    expect(s.satisfied).toBe(66.7);
    expect(summariseScale([], points).mean).toBeNull();
  });
  it('compares members with non-members', () => {
    const rs = [
      { membership: 'member', services: '5' },
      { membership: 'member', services: '4' },
      { membership: 'non_member', services: '2' },
      { membership: 'non_member' },
    ];
    const [c] = compareMembers(
      rs,
      (r) => (r.membership === 'member' ? 'member' : r.membership === 'non_member' ? 'non_member' : null),
      [{ name: 'services', points }],
    );
    expect(c!.member.mean).toBe(4.5);
    expect(c!.nonMember.respondents).toBe(1);
    expect(c!.difference).toBe(2.5);
  });
  it('flags the indicators not met, "a very high risk of passive membership and member departure" (000:195), at the platform’s threshold', () => {
    const indicators = [
      { name: 'governance', member: { satisfied: 49.9 } },
      { name: 'services', member: { satisfied: 50 } },
      { name: 'priorities', member: { satisfied: null } },
      { name: 'communication', member: { satisfied: 80 } },
    ];
    expect(DEFAULT_SATISFACTION_MET_AT).toBe(50);
    expect(unmetIndicators(indicators)).toEqual(['governance']);
    expect(unmetIndicators(indicators, 85)).toEqual(['governance', 'services', 'communication']);
    expect(() => unmetIndicators(indicators, 120)).toThrow(RangeError);
  });
  it('reads the members’ answers by size of member, since "smaller" members are "the most easily dissatisfied" (000:195)', () => {
    const rs = [
      { membership: 'member', size: 'micro', services: '1' },
      { membership: 'member', size: 'micro', services: '4' },
      { membership: 'member', size: 'large', services: '5' },
      { membership: 'non_member', size: 'large', services: '1' },
      { membership: 'member', services: '3' },
    ];
    const by = satisfactionBySize(
      rs,
      (r) => r.membership === 'member',
      (r) => (typeof r.size === 'string' ? r.size : null),
      [{ name: 'services', points }],
    );
    expect(by.map((b) => [b.size, b.respondents])).toEqual([
      ['micro', 2],
      ['small', 0],
      ['medium', 0],
      ['large', 1],
    ]);
    expect(by[0]!.indicators[0]).toMatchObject({ mean: 2.5, satisfied: 50 });
    expect(by[3]!.indicators[0]).toMatchObject({ mean: 5, satisfied: 100 });
    expect(by[1]!.indicators[0]!.mean).toBeNull();
  });
});

describe('evaluations', () => {
  it('counts the implemented share of the jointly selected recommendations', () => {
    expect(
      implementationRate([
        { selected: true, status: 'implemented' },
        { selected: true, status: 'in_progress' },
        { selected: false, status: 'implemented' },
        { selected: true, status: 'dropped' },
      ]),
    ).toBe(0.5);
    expect(implementationRate([])).toBeNull();
  });
});

describe('evaluation criteria defined at the beginning (GIZ 001:3568) and the IDB levels (003:835)', () => {
  it('warns when the criteria were set after the beginning of the development period (the platform’s 90 days)', () => {
    expect(criteriaTiming('2026-01-01', '2026-01-15')).toBe('on_time');
    expect(criteriaTiming('2026-01-01', '2026-04-01')).toBe('on_time');
    expect(criteriaTiming('2026-01-01', '2026-04-02')).toBe('late');
    expect(criteriaTiming('2026-01-01', '2026-01-15', 7)).toBe('late');
    expect(criteriaTiming(null, '2026-01-15')).toBeNull();
    expect(criteriaTiming('2026-01-01', null)).toBeNull();
    expect(() => criteriaTiming('soon', '2026-01-15')).toThrow(RangeError);
  });
  it('offers the IDB four levels beside the GIZ targets, the cluster organisation once', () => {
    expect(GIZ_EVALUATION_TARGETS).toEqual([
      'cluster_policy',
      'framework_conditions',
      'cluster_organisation',
      'cluster_actors',
    ]);
    expect(IDB_EVALUATION_LEVELS).toEqual([
      'cluster',
      'cluster_organisation',
      'national_ecosystem',
      'regional_ecosystem',
    ]);
    expect(new Set(EVALUATION_TARGETS)).toEqual(
      new Set([...GIZ_EVALUATION_TARGETS, ...IDB_EVALUATION_LEVELS]),
    );
    expect(EVALUATION_TARGETS).toHaveLength(7);
  });
});
