import { describe, expect, it } from 'vitest';
import { VALUE_CHAIN_TEMPLATES, chainCoverage, whiteSpots } from '../src/index.js';

describe('value chain mapping (001:1307–1426)', () => {
  it('finds the white spots: the plastics example around Abidjan lacks raw material providers and machinery manufacturers (001:1313)', () => {
    const stages = VALUE_CHAIN_TEMPLATES.manufacturing.stages.map((s, i) => ({
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

  it('offers the primary and secondary activities of the value chain approach (001:1329)', () => {
    const s = VALUE_CHAIN_TEMPLATES.services.stages;
    expect(s.filter((x) => x.kind === 'primary').map((x) => x.name)).toEqual([
      'Goods inward logistics',
      'Production',
      'Goods outward logistics',
      'Marketing and distribution',
      'Customer service',
    ]);
    expect(s.filter((x) => x.kind === 'support')).toHaveLength(4);
  });
});
