import { describe, expect, it } from 'vitest';
import {
  collapseCounts,
  defaultCollapse,
  isUpwardLink,
  likertPercentages,
  parseCollapse,
  periodOf,
  periodState,
  periodsBetween,
  rankingScores,
} from '../src/index.js';

describe('periods from a frequency', () => {
  it('finds the calendar period that holds a date', () => {
    expect(periodOf('monthly', '2024-02-10')).toEqual({
      key: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(periodOf('quarterly', '2026-05-31')).toEqual({
      key: '2026-Q2',
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(periodOf('semi_annual', '2026-07-01')).toEqual({
      key: '2026-H2',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodOf('annual', '2026-07-01')).toEqual({ key: '2026', start: '2026-01-01', end: '2026-12-31' });
  });

  it('lists the periods between two dates, across years', () => {
    expect(periodsBetween('quarterly', '2025-11-15', '2026-04-01').map((p) => p.key)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
    expect(periodsBetween('monthly', '2025-12-01', '2026-01-31').map((p) => p.key)).toEqual([
      '2025-12',
      '2026-01',
    ]);
    expect(periodsBetween('annual', '2024-06-01', '2026-01-01')).toHaveLength(3);
    expect(() => periodsBetween('annual', '2026-01-01', '2025-01-01')).toThrow(/before the start/);
    expect(() => periodsBetween('monthly', '2000-01-01', '2100-01-01')).toThrow(/more than 240 periods/);
  });

  it('says whether a period is upcoming, open, late or closed', () => {
    const p = { start: '2026-01-01', end: '2026-03-31', closed: false, hasValue: false };
    expect(periodState(p, '2025-12-31')).toBe('upcoming');
    expect(periodState(p, '2026-03-31')).toBe('open');
    expect(periodState(p, '2026-04-01')).toBe('late');
    expect(periodState({ ...p, hasValue: true }, '2026-04-01')).toBe('open');
    expect(periodState({ ...p, closed: true }, '2026-04-01')).toBe('closed');
  });

  it('lets an impact hypothesis lead only upwards in the chain', () => {
    expect(isUpwardLink('outputs', 'outcomes')).toBe(true);
    expect(isUpwardLink('impact', 'outcomes')).toBe(false);
    expect(isUpwardLink('outputs', 'outputs')).toBe(false);
  });
});

describe('collapsing a scale into categories', () => {
  it('merges agree + strongly agree, and the percentages follow from the merged counts', () => {
    // 33 respondents on a 5-point agreement scale: collapsed to disagree / neutral / agree.
    const counts = [1, 3, 6, 15, 8];
    const merged = collapseCounts(counts, defaultCollapse(5));
    expect(merged).toEqual([4, 6, 23]);
    expect(likertPercentages(merged)).toEqual([12.1, 18.2, 69.7]);
  });

  it('splits even scales in two halves and reads ranges such as 1-2,3,4-5', () => {
    expect(defaultCollapse(4)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(defaultCollapse(7)).toEqual([[0, 1, 2], [3], [4, 5, 6]]);
    expect(parseCollapse('1-2,3,4-5', 5)).toEqual([[0, 1], [2], [3, 4]]);
  });

  it('refuses a collapse that loses or doubles a point', () => {
    expect(() => parseCollapse('1-2,4-5', 5)).toThrow(/every point/);
    expect(() => parseCollapse('1-3,3-5', 5)).toThrow(/point 3 is in two categories/);
    expect(() => parseCollapse('1-6', 5)).toThrow(/point 6 is not on the 5-point scale/);
    expect(() => parseCollapse('a', 5)).toThrow(/not a point or a range/);
  });
});

describe('ranking of a top 3', () => {
  it('gives 3, 2 and 1 points and counts firsts and mentions', () => {
    const rows = rankingScores(
      ['finance', 'skills', 'export', 'energy'],
      [
        ['skills', 'finance', 'export'],
        ['finance', 'skills'],
        ['skills', 'energy', 'finance'],
      ],
    );
    expect(rows).toEqual([
      { option: 'finance', firsts: 1, mentions: 3, score: 2 + 3 + 1 },
      { option: 'skills', firsts: 2, mentions: 3, score: 3 + 2 + 3 },
      { option: 'export', firsts: 0, mentions: 1, score: 1 },
      { option: 'energy', firsts: 0, mentions: 1, score: 2 },
    ]);
  });
});
