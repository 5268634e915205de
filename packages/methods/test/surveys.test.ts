import { describe, expect, it } from 'vitest';
import {
  countsBehindPercentage,
  isReachablePercentage,
  likertPercentages,
  responseRate,
} from '../src/index.js';

// IDB / Compete Caribbean survey, 33 respondents (003_607c093dd4f9c631.txt:349).
describe('IDB Table 3 (competence about clusters, one decimal) from raw counts', () => {
  // Raw counts Poor / Limited / Good / Excellent, recovered from the percentages of 33 respondents.
  const rows: { counts: number[]; printed: number[]; truncated?: number[] }[] = [
    { counts: [0, 6, 24, 3], printed: [0.0, 18.2, 72.7, 9.1] },
    { counts: [2, 15, 14, 2], printed: [6.1, 45.4, 42.4, 6.1], truncated: [1] },
    { counts: [1, 14, 15, 3], printed: [3.0, 42.4, 45.5, 9.1] },
    { counts: [0, 15, 16, 2], printed: [0.0, 45.5, 48.4, 6.1], truncated: [2] },
    { counts: [0, 14, 16, 3], printed: [0.0, 42.4, 48.5, 9.1] },
    { counts: [1, 17, 14, 1], printed: [3.0, 51.5, 42.4, 3.0] },
  ];

  it('reproduces every cell; the source truncates two cells that rounding would raise', () => {
    for (const row of rows) {
      expect(row.counts.reduce((a, b) => a + b, 0)).toBe(33);
      const rounded = likertPercentages(row.counts);
      const truncated = likertPercentages(row.counts, { rounding: 'truncate' });
      row.printed.forEach((p, i) => {
        const expected = row.truncated?.includes(i) ? truncated[i] : rounded[i];
        expect(expected).toBe(p);
      });
    }
    // 15/33 = 45.4545…: half-up gives 45.5, the table prints 45.4 (truncated); likewise 16/33 → 48.4.
    expect(likertPercentages([2, 15, 14, 2])[1]).toBe(45.5);
    expect(likertPercentages([2, 15, 14, 2], { rounding: 'truncate' })[1]).toBe(45.4);
  });
});

describe('IDB Table 5 (training on practical tools, two decimals) from raw counts', () => {
  const rows = [
    { counts: [3, 6, 24], printed: [9.09, 18.18, 72.73] },
    { counts: [3, 7, 23], printed: [9.09, 21.21, 69.7] },
    { counts: [5, 8, 20], printed: [15.15, 24.24, 60.61] },
    { counts: [3, 4, 26], printed: [9.09, 12.12, 78.79] },
    { counts: [3, 7, 23], printed: [9.09, 21.21, 69.7] },
    { counts: [3, 5, 25], printed: [9.09, 15.15, 75.76] },
  ];
  it('reproduces every cell with half-up rounding', () => {
    for (const row of rows) expect(likertPercentages(row.counts, { decimals: 2 })).toEqual(row.printed);
  });
  it('recovers the raw counts from the published percentages', () => {
    expect(countsBehindPercentage(72.73, 33, { decimals: 2 })).toEqual([24]);
    expect(countsBehindPercentage(60.61, 33, { decimals: 2 })).toEqual([20]);
  });
});

describe('IDB Table 6 (capacities, 33 respondents)', () => {
  it('flags the "Poor 1.0 %" cell, which no number of respondents out of 33 can produce', () => {
    for (const rounding of ['half-up', 'half-even', 'truncate'] as const) {
      expect(isReachablePercentage(1.0, 33, { decimals: 1, rounding })).toBe(false);
      expect(isReachablePercentage(1, 33, { decimals: 0, rounding })).toBe(false);
    }
    // Its neighbours are reachable: 0 of 33 and 1 of 33 (3.0 %).
    expect(isReachablePercentage(0.0, 33)).toBe(true);
    expect(isReachablePercentage(3.0, 33)).toBe(true);
    expect(isReachablePercentage(79, 33, { decimals: 0 })).toBe(true); // 26/33 = 78.8
  });
});

describe('rounding modes and response rate', () => {
  it('rounds exact halves as asked', () => {
    // 1/8 = 12.5 %: half-up 13, half-even 12, truncate 12; 3/8 = 37.5 %: half-even 38.
    expect(likertPercentages([1, 7], { decimals: 0 })).toEqual([13, 88]);
    expect(likertPercentages([1, 7], { decimals: 0, rounding: 'half-even' })).toEqual([12, 88]);
    expect(likertPercentages([3, 5], { decimals: 0, rounding: 'half-even' })).toEqual([38, 62]);
    expect(likertPercentages([1, 7], { decimals: 0, rounding: 'truncate' })).toEqual([12, 87]);
    expect(() => likertPercentages([0, 0])).toThrow(/no responses/);
  });
  it('computes the response rate of the IDB survey: 33 of 136 invited = 24 %', () => {
    expect(Math.round(responseRate(33, 136) * 100)).toBe(24);
  });
});
