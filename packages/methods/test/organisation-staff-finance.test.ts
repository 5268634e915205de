import { describe, expect, it } from 'vitest';
import {
  COMPETENCE_LEVELS,
  QUALIFICATION_CRITERIA,
  financingMix,
  liquidityPlan,
  staffScorecard,
} from '../src/index.js';

describe('staffScorecard (GIZ 001:2439)', () => {
  it('lists the ten criteria of the guide and its three levels', () => {
    expect(QUALIFICATION_CRITERIA).toHaveLength(10);
    expect(QUALIFICATION_CRITERIA[0].text).toBe('Tertiary level education');
    expect(COMPETENCE_LEVELS).toEqual(['basic', 'advanced', 'expert']);
  });

  it('weights each criterion by FTE over the people scored on it', () => {
    // a: 1·4 + 0.5·2 = 5 over 1.5 → 3.3333; b: only the first person, 5; c: nobody → null.
    const r = staffScorecard(
      [
        { fte: 1, scores: { a: 4, b: 5, c: null } },
        { fte: 0.5, scores: { a: 2, b: null } },
      ],
      ['a', 'b', 'c'],
    );
    expect(r.byCriterion.a).toBeCloseTo(10 / 3, 10);
    expect(r.byCriterion.b).toBe(5);
    expect(r.byCriterion.c).toBeNull();
    // team: mean of 3.3333 and 5 = 4.16667
    expect(r.team).toBeCloseTo(25 / 6, 10);
    expect(r.fteTotal).toBe(1.5);
  });

  it('says null when nobody is scored and sums FTE without float noise', () => {
    const r = staffScorecard(
      [
        { fte: 0.1, scores: {} },
        { fte: 0.2, scores: {} },
      ],
      ['a'],
    );
    expect(r.team).toBeNull();
    expect(r.byCriterion.a).toBeNull();
    expect(r.fteTotal).toBe(0.3);
  });

  it('refuses an fte outside (0, 1]', () => {
    expect(() => staffScorecard([{ fte: 0, scores: {} }], ['a'])).toThrow(RangeError);
    expect(() => staffScorecard([{ fte: 1.2, scores: {} }], ['a'])).toThrow(RangeError);
    expect(() => staffScorecard([{ fte: -0.5, scores: {} }], ['a'])).toThrow(RangeError);
    expect(staffScorecard([{ fte: 1, scores: { a: 3 } }], ['a']).team).toBe(3);
  });
});

describe('liquidityPlan (GIZ 001:2081)', () => {
  it('flags a gap in month 0', () => {
    const r = liquidityPlan({
      opening: 100,
      months: [
        { income: 0, expenditure: 150 },
        { income: 200, expenditure: 0 },
      ],
    });
    expect(r.closing).toEqual([-50, 150]);
    expect(r.firstGap).toBe(0);
    expect(r.lowest).toBe(-50);
  });

  it('names the first month below zero, not a later one', () => {
    const r = liquidityPlan({
      opening: 1000,
      months: [
        { income: 500, expenditure: 800 }, // 700
        { income: 0, expenditure: 900 }, // -200
        { income: 1000, expenditure: 0 }, // 800
        { income: 0, expenditure: 1000 }, // -200
      ],
    });
    expect(r.closing).toEqual([700, -200, 800, -200]);
    expect(r.firstGap).toBe(1);
    expect(r.lowest).toBe(-200);
  });

  it('says null when no month closes below zero (zero is no gap)', () => {
    const r = liquidityPlan({
      opening: 0,
      months: [
        { income: 10, expenditure: 10 },
        { income: 5, expenditure: 0 },
      ],
    });
    expect(r.closing).toEqual([0, 5]);
    expect(r.firstGap).toBeNull();
    expect(r.lowest).toBe(0);
  });

  it('rounds to cents so that 0.1 + 0.2 − 0.3 closes at 0', () => {
    const r = liquidityPlan({
      opening: 0.1,
      months: [
        { income: 0.2, expenditure: 0 },
        { income: 0, expenditure: 0.3 },
      ],
    });
    expect(r.closing).toEqual([0.3, 0]);
    expect(r.firstGap).toBeNull();
  });

  it('answers the opening as the lowest for a plan without months', () => {
    expect(liquidityPlan({ opening: 42, months: [] })).toEqual({ closing: [], lowest: 42, firstGap: null });
  });
});

describe('financingMix (GIZ 001:2097–2098)', () => {
  it('counts baseline and public projects as public, fees and sponsoring as private', () => {
    const r = financingMix([
      { source: 'baseline_public', amount: 300 },
      { source: 'membership_fees', amount: 250 },
      { source: 'service_fees', amount: 150 },
      { source: 'sponsoring', amount: 100 },
      { source: 'projects', amount: 150, publicFunding: true },
      { source: 'projects', amount: 50, publicFunding: false },
    ]);
    expect(r.total).toBe(1000);
    expect(r.shares).toEqual({
      baseline_public: 0.3,
      membership_fees: 0.25,
      service_fees: 0.15,
      sponsoring: 0.1,
      projects: 0.2,
    });
    expect(r.publicShare).toBeCloseTo(0.45, 12);
    expect(r.privateShare).toBeCloseTo(0.55, 12);
  });

  it('answers zero shares for no income', () => {
    const r = financingMix([]);
    expect(r.total).toBe(0);
    expect(r.publicShare).toBe(0);
    expect(r.privateShare).toBe(0);
    expect(r.shares.membership_fees).toBe(0);
  });

  it('refuses a negative amount', () => {
    expect(() => financingMix([{ source: 'sponsoring', amount: -1 }])).toThrow(RangeError);
  });
});
