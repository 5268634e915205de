import { describe, expect, it } from 'vitest';
import { checkCitations, citationsIn, findSeeds } from '../../../scripts/check-citations.mjs';

/**
 * Every `file:line` that the code, docs and tests cite points at a line of the seed that exists and
 * is not blank (issue 16, item 8). The seeds live beside the repository (../shared/seeds); a clone
 * without them skips this check and says so.
 */
const seeds = findSeeds();
if (!seeds) console.warn('citations.test: no seeds folder (../shared/seeds); the citation check is skipped.');

describe('seed citations', () => {
  it('reads the forms used in the repository', () => {
    const known = new Map([
      ['000', {}],
      ['001', {}],
      ['003', {}],
    ]);
    const text = [
      'the guide gives no rule (001:3838)',
      'financing sources (GIZ 001:2087–2098)',
      'IDB 003:192, 839; 001:941–966',
      "source: '001_2b00e659d173dc60.txt:1296'",
      "const MM = '000_83686791654886b8.txt'; source: `${MM}:98`",
      'at 12:30, 2024:05 is no citation',
    ].join('\n');
    expect(citationsIn(text, known).map((c) => `${c.seed}:${c.lines.join('/')}`)).toEqual([
      '001:3838',
      '001:2087/2098',
      '003:192/839',
      '001:941/966',
      '001:1296',
      '000:98',
    ]);
  });

  it.skipIf(!seeds)('points every citation at a line of the seed that exists and is not blank', () => {
    const result = checkCitations()!;
    expect(result.checked).toBeGreaterThan(500);
    expect(result.problems).toEqual([]);
  });
});
