import { describe, expect, it } from 'vitest';
import { VALUE_CHAIN_TEMPLATES, chainCoverage, whiteSpots } from '../src/index.js';

describe('value chain mapping (001:1307–1426)', () => {
  it('finds the white spots: the plastics example around Abidjan lacks raw material providers and machinery manufacturers (001:1313)', () => {
    const stages = VALUE_CHAIN_TEMPLATES.cluster.stages.map((s, i) => ({
      id: String(i),
      name: s.name,
      actorIds: ['Raw material providers', 'Machinery and equipment manufacturers'].includes(s.name)
        ? []
        : [`actor-${i}`],
    }));
    expect(whiteSpots(stages).map((s) => s.name)).toEqual([
      'Raw material providers',
      'Machinery and equipment manufacturers',
    ]);
    expect(chainCoverage(stages)).toBeCloseTo(7 / 9, 12);
    expect(chainCoverage([])).toBeNull();
  });

  // 001:1313: "a similar cluster around Abidjan does not feature all actors and firms within the
  // plastic supply chain (e. g. raw material provider or machinery manufacturer)" — two examples
  // of missing links, no chain: the other stages are the platform's.
  it('labels the cluster template as the platform’s, with the two links the guide names (001:1313)', () => {
    const c = VALUE_CHAIN_TEMPLATES.cluster;
    expect(c.origin).toBe('platform');
    expect(c.stages.filter((x) => x.fromGuide).map((x) => x.name)).toEqual([
      'Raw material providers',
      'Machinery and equipment manufacturers',
    ]);
    expect(c.stages.filter((x) => !x.fromGuide)).toHaveLength(7);
  });

  // 001:1329: "The classic approach to the internal analysis is the value chain approach, which
  // distinguishes between primary activities (goods inward logistics, production, goods outward
  // logistics, marketing and distribution, customer service) and secondary activities
  // (administration, management, human resources, R&D, procurement)."
  it('offers the firm-level value chain of the internal analysis as it is: five primary, five secondary (001:1329)', () => {
    const f = VALUE_CHAIN_TEMPLATES.firm;
    expect(f).toMatchObject({ origin: 'guide', level: 'firm' });
    expect(f.stages.filter((x) => x.kind === 'primary').map((x) => x.name.toLowerCase())).toEqual([
      'goods inward logistics',
      'production',
      'goods outward logistics',
      'marketing and distribution',
      'customer service',
    ]);
    expect(f.stages.filter((x) => x.kind === 'support').map((x) => x.name)).toEqual([
      'Administration',
      'Management',
      'Human resources',
      'R&D',
      'Procurement',
    ]);
  });
});
