import { describe, expect, it } from 'vitest';
import { compareIndicators, rollUp } from '../src/programme/portfolio-analysis.js';
import type { FundedInitiative } from '../src/programme/funding.service.js';
import type { SharedIndicator } from '../src/programme/portfolio.service.js';

/** Roll-ups and comparison of the portfolio (issue 15, slice A) on synthetic funded initiatives. */

export const funded = (
  initiativeId: string | null,
  awarded: number,
  over: Partial<FundedInitiative> = {},
): FundedInitiative => ({
  planId: `plan-${initiativeId ?? 'none'}`,
  initiativeId,
  title: `Plan of ${initiativeId ?? 'nobody'}`,
  applicant: { id: 'app', name: 'Applicant', country: 'LC' },
  roundId: 'round',
  fundedOn: '2020-02-15',
  currency: 'USD',
  awarded,
  disbursed: awarded / 2,
  coInvestment: 0,
  tranches: [],
  ...over,
});

const ind = (
  name: string,
  unit: string,
  level: string,
  light: 'green' | 'amber' | 'red' | 'none',
  value = 1,
): SharedIndicator => ({
  id: `${name}-${level}`,
  name,
  definition: '',
  level: 'outcomes',
  unit,
  currency: null,
  frequency: 'annual',
  evaluationLevel: level,
  baselineValue: 0,
  baselineDate: null,
  periods: [],
  latest: { period: '2025', value, target: 2, light },
});

describe('rollUp', () => {
  const initiatives = [
    { id: 'a', country: 'LC', sector: 'Tourism', shares: ['indicators', 'lifecycle'] },
    { id: 'b', country: 'LC', sector: 'Agro-food', shares: ['lifecycle'] },
    { id: 'c', country: 'JM', sector: 'Tourism ', shares: ['indicators'] },
  ];
  const indicators = new Map([
    [
      'a',
      [ind('Exports', 'number', 'cluster', 'green'), ind('Members', 'number', 'cluster_organisation', 'red')],
    ],
    [
      'c',
      [
        ind('Exports', 'number', 'cluster', 'amber'),
        ind('Policy dialogue', 'number', 'national_ecosystem', 'none'),
      ],
    ],
  ]);

  it('counts indicators and lights at each of the four levels', () => {
    const r = rollUp(initiatives, indicators, []);
    expect(r.levels.map((l) => l.level)).toEqual([
      'cluster',
      'cluster_organisation',
      'national_ecosystem',
      'regional_ecosystem',
    ]);
    expect(r.levels[0]).toEqual({
      level: 'cluster',
      indicators: 2,
      initiatives: 2,
      lights: { green: 1, amber: 1, red: 0, none: 0 },
    });
    expect(r.levels[1]!.lights.red).toBe(1);
    expect(r.levels[3]).toEqual({
      level: 'regional_ecosystem',
      indicators: 0,
      initiatives: 0,
      lights: { green: 0, amber: 0, red: 0, none: 0 },
    });
  });

  it('groups by country and sector with the grants of the funded initiatives', () => {
    const r = rollUp(initiatives, indicators, [
      funded('a', 100_000),
      funded('c', 50_000),
      funded('a', 20_000),
      funded(null, 9),
    ]);
    expect(r.countries).toEqual([
      { key: 'LC', initiatives: 2, sharingIndicators: 1, funded: 1, awarded: 120_000, disbursed: 60_000 },
      { key: 'JM', initiatives: 1, sharingIndicators: 1, funded: 1, awarded: 50_000, disbursed: 25_000 },
    ]);
    // Sectors are trimmed before grouping.
    expect(r.sectors.find((s) => s.key === 'Tourism')).toMatchObject({
      initiatives: 2,
      funded: 2,
      awarded: 170_000,
    });
    expect(r.fundedNotFollowed).toBe(1);
    expect(r.currency).toBe('USD');
    expect(
      rollUp(initiatives, indicators, [funded('a', 1), funded('c', 1, { currency: 'EUR' })]).currency,
    ).toBeNull();
  });
});

describe('compareIndicators', () => {
  it('matches by name (case and spaces aside) and unit, in at least two initiatives', () => {
    const rows = compareIndicators([
      {
        id: 'a',
        indicators: [
          ind('Firms exporting', 'number', 'cluster', 'green', 5),
          ind('Members', 'number', 'cluster', 'red'),
        ],
      },
      {
        id: 'b',
        indicators: [
          ind(' firms  EXPORTING', 'number', 'cluster', 'amber', 3),
          ind('Members', 'percentage', 'cluster', 'red'),
        ],
      },
      { id: 'c', indicators: [] },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Firms exporting');
    expect(rows[0]!.values.map((v) => v?.value ?? null)).toEqual([5, 3, null]);
  });
});
