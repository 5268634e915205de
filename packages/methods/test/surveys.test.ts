import { describe, expect, it } from 'vitest';
import {
  checkPublishedTable,
  countsBehindPercentage,
  isReachablePercentage,
  likertPercentages,
  rankThemes,
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

// Table 4 (003:633–646): Disagree / Undecided / Agree & Strongly Agree, 33 respondents, printed as
// whole percents with ".0".
const TABLE_4 = [
  { label: 'Supporting climate change policies', cells: [6.0, 42.0, 52.0] },
  { label: 'Empowering female workers and entrepreneurs', cells: [6.0, 24.0, 70.0] },
  { label: 'Designing cluster projects', cells: [6.0, 15.0, 79.0] },
  { label: 'Fostering innovation', cells: [3.0, 33.0, 64.0] },
  { label: 'Supporting private sector challenges', cells: [0.0, 30.0, 70.0] },
  { label: 'Identifying new cluster projects', cells: [0.0, 21.0, 79.0] },
  { label: 'Fostering collaboration and collaborative initiatives', cells: [0.0, 21.0, 79.0] },
  { label: 'Building and developing stronger fund-raising projects', cells: [0.0, 24.0, 76.0] },
];
// Table 6 (003:723–733): Poor / Limited / Good & Excellent, 33 respondents, whole percents.
const TABLE_6 = [
  { label: 'To facilitate interaction, engagement and participation', cells: [0.0, 36.0, 64.0] },
  { label: 'To incorporate the cluster approach into BSO routines', cells: [1.0, 39.0, 60.0] },
  { label: 'To collaborate with other organizations', cells: [0.0, 21.0, 79.0] },
  { label: 'To perform value chain analysis', cells: [1.0, 47.0, 52.0] },
  { label: 'To provide high quality services', cells: [0.0, 30.0, 70.0] },
  { label: "To assess cluster clients' needs and willingness to pay", cells: [1.0, 37.0, 62.0] },
];

describe('IDB Table 4 (improvement of abilities, 33 respondents) from raw counts', () => {
  const checked = checkPublishedTable(TABLE_4, 33, { decimals: 0 });
  it('finds raw counts behind every row that add up to the 33 respondents, and no impossible cell', () => {
    expect(checked.flatMap((r) => r.impossible)).toEqual([]);
    expect(checked.map((r) => r.counts)).toEqual([
      [2, 14, 17],
      [2, 8, 23],
      [2, 5, 26],
      [1, 11, 21],
      [0, 10, 23],
      [0, 7, 26],
      [0, 7, 26],
      [0, 8, 25],
    ]);
  });
  it('reproduces every cell from those counts (whole percents, half-up)', () => {
    checked.forEach((r, i) =>
      expect(likertPercentages(r.counts!, { decimals: 0 })).toEqual(TABLE_4[i]!.cells),
    );
    // "79 percent of respondents agree … improved their capacity to foster collaboration" (003:631).
    expect(likertPercentages(checked[6]!.counts!, { decimals: 0 })[2]).toBe(79);
  });
});

describe('IDB Table 6 (capacities, 33 respondents): every impossible cell', () => {
  const checked = checkPublishedTable(TABLE_6, 33, { decimals: 0 });
  it('flags seven cells no count of 33 can produce: the three "Poor 1.0", and 60, 47, 37 and 62', () => {
    const flagged = checked.flatMap((r, row) =>
      r.impossible.map((cell) => `${row}:${TABLE_6[row]!.cells[cell]}`),
    );
    expect(flagged).toEqual(['1:1', '1:60', '3:1', '3:47', '5:1', '5:37', '5:62']);
    // 1 of 33 is 3 %, 0 is 0 %: nothing prints as 1 %. 15/33 = 45 %, 16/33 = 48 %: nothing as 47 %;
    // 19/33 = 58 %, 20/33 = 61 %: nothing as 60 %. Each of these rows still adds up to 100.
    expect(countsBehindPercentage(47, 33, { decimals: 0 })).toEqual([]);
    expect(countsBehindPercentage(48, 33, { decimals: 0 })).toEqual([16]);
  });
  it('reproduces the consistent rows from raw counts, and says what the neighbours of a lone bad cell imply', () => {
    expect(checked.map((r) => r.counts)).toEqual([[0, 12, 21], null, [0, 7, 26], null, [0, 10, 23], null]);
    for (const i of [0, 2, 4])
      expect(likertPercentages(checked[i]!.counts!, { decimals: 0 })).toEqual(TABLE_6[i]!.cells);
    // Rows 2, 4 and 6 have more than one bad cell: nothing can be implied.
    for (const i of [1, 3, 5]) expect(checked[i]!.implied).toBeNull();
    // A row with one bad cell: Limited 36 % = 12 and Good & Excellent 64 % = 21 make 33, so a
    // "Poor 1.0" beside them can only have been 0 of 33.
    const [lone] = checkPublishedTable([{ label: 'one bad cell', cells: [1.0, 36.0, 64.0] }], 33, {
      decimals: 0,
    });
    expect(lone!.impossible).toEqual([0]);
    expect(lone!.implied).toEqual({ cell: 0, count: 0, percentage: 0 });
  });
  it('agrees with the text where it can: 48 % less confident in value chain analysis is Poor + Limited (1 + 47)', () => {
    // 003:735: "48 percent of the respondents feel less confident in their capacity to undertake
    // value chain analysis"; Good & Excellent 52 % = 17 of 33 leaves 16 = 48 %.
    expect(checked[3]!.candidates[2]).toEqual([17]);
    expect(likertPercentages([16, 17], { decimals: 0 })).toEqual([48, 52]);
  });
});

describe('open "list three" answers ranked by how often each theme is cited (Tables 7 and 8)', () => {
  it('counts citations and respondents per theme, ignoring answers not coded yet', () => {
    // Three respondents list their three main objectives (003:761); the team codes each answer.
    const codes = [
      { respondent: 'a', theme: 'Collaboration among members' },
      { respondent: 'a', theme: 'Survival after the programme' },
      { respondent: 'a', theme: 'Innovation' },
      { respondent: 'b', theme: 'collaboration among members ' },
      { respondent: 'b', theme: 'Collaboration among members' },
      { respondent: 'b', theme: 'Survival after the programme' },
      { respondent: 'c', theme: 'Collaboration among members' },
      { respondent: 'c', theme: '' },
      { respondent: 'c', theme: 'Innovation' },
    ];
    expect(rankThemes(codes)).toEqual([
      { theme: 'Collaboration among members', citations: 4, respondents: 3 },
      { theme: 'Innovation', citations: 2, respondents: 2 },
      { theme: 'Survival after the programme', citations: 2, respondents: 2 },
    ]);
    expect(rankThemes([])).toEqual([]);
  });
  it('breaks a tie in citations by the respondents citing the theme', () => {
    expect(
      rankThemes([
        { respondent: 'a', theme: 'Funding' },
        { respondent: 'a', theme: 'Funding' },
        { respondent: 'a', theme: 'Data' },
        { respondent: 'b', theme: 'Data' },
      ]).map((r) => r.theme),
    ).toEqual(['Data', 'Funding']);
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
