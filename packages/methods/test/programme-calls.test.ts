import { describe, expect, it } from 'vitest';
import {
  IDB_TABLE_1,
  IDB_TABLE_1_TEXT,
  certificateFor,
  checkTotals,
  rollUpTable1,
  table1Cells,
  type Table1Participant,
} from '../src/index.js';

/** The call and the training cohort of issue 15 (IDB / Compete Caribbean, 003:263–286). */
describe('certificateFor', () => {
  it('gives completion above 80 %, participation above 50 %, strictly (003:286)', () => {
    expect(certificateFor(9, 10)).toBe('completion');
    expect(certificateFor(8, 10)).toBe('participation'); // exactly 80 % is not "more than"
    expect(certificateFor(6, 10)).toBe('participation');
    expect(certificateFor(5, 10)).toBeNull(); // exactly 50 % is not "more than"
    expect(certificateFor(0, 10)).toBeNull();
    expect(certificateFor(10, 10)).toBe('completion');
  });

  it('says nothing for no sessions', () => {
    expect(certificateFor(0, 0)).toBeNull();
  });

  it('uses the programme’s own thresholds', () => {
    const t = { completion: 0.7, participation: 0.3 };
    expect(certificateFor(8, 10, t)).toBe('completion');
    expect(certificateFor(4, 10, t)).toBe('participation');
    expect(certificateFor(3, 10, t)).toBeNull();
  });

  it('refuses impossible attendance and thresholds', () => {
    expect(() => certificateFor(-1, 10)).toThrow(RangeError);
    expect(() => certificateFor(11, 10)).toThrow(RangeError);
    expect(() => certificateFor(1, 0)).toThrow(RangeError);
    expect(() => certificateFor(1.5, 3)).toThrow(RangeError);
    expect(() => certificateFor(1, 3, { completion: 0.4, participation: 0.6 })).toThrow(RangeError);
    expect(() => certificateFor(1, 3, { completion: 1.2, participation: 0.6 })).toThrow(RangeError);
  });
});

describe('checkTotals', () => {
  it('finds columns whose sum differs from the stated total, empty cells as 0, skipping unstated ones', () => {
    const rows = [
      [1, null, 3],
      [2, 5, null],
    ];
    expect(checkTotals(rows, [3, 5, 4])).toEqual([{ column: 2, sum: 3, stated: 4 }]);
    expect(checkTotals(rows, [null, 6, null])).toEqual([{ column: 1, sum: 5, stated: 6 }]);
    expect(checkTotals([], [0, 1])).toEqual([{ column: 1, sum: 0, stated: 1 }]);
    expect(checkTotals([[0.1], [0.2]], [0.3])).toEqual([]);
  });

  it('finds IDB Table 1’s certified column: it sums to 104, the table says 107 (003:267–284)', () => {
    expect(checkTotals(table1Cells(IDB_TABLE_1.rows), [...IDB_TABLE_1.stated])).toEqual([
      { column: 3, sum: 104, stated: 107 },
    ]);
  });

  it('flags the text beside Table 1: 51 + 7 + 92 is 150, not its 143 participants (003:286)', () => {
    const t = IDB_TABLE_1_TEXT;
    expect(t.bsoStaff + t.programmeTeam + t.others).toBe(150);
    expect(t.bsoStaff + t.programmeTeam + t.others).not.toBe(t.participants);
    // the table's own columns agree with 143: the team's 7 (CCPF row) are inside the 92
    expect(t.bsoStaff + t.others).toBe(t.participants);
    // the text's 84 + 23 certificates agree with the stated 107, not with the column's 104
    expect(t.completion + t.participation).toBe(IDB_TABLE_1.stated[3]);
  });
});

describe('the Table 1 roll-up', () => {
  /** Participant-level rows built from the published per-row numbers. */
  const participants: Table1Participant[] = IDB_TABLE_1.rows.flatMap((row) => {
    const people: Table1Participant[] = [];
    for (const o of row.bsoByOrganisation)
      for (let i = 0; i < o.count; i++)
        people.push({
          country: row.country,
          group: 'bso_staff',
          organisation: o.organisation,
          certified: false,
        });
    for (let i = 0; i < (row.other ?? 0); i++)
      people.push({
        country: row.country,
        group: row.kind === 'programme_team' ? 'programme_team' : 'other_stakeholder',
        certified: false,
      });
    people.slice(0, row.certified ?? 0).forEach((p) => (p.certified = true));
    return people;
  });

  it('reproduces every cell of IDB Table 1 from participant-level data', () => {
    const table = rollUpTable1(participants);
    expect(table.rows).toHaveLength(IDB_TABLE_1.rows.length);
    for (const published of IDB_TABLE_1.rows) {
      const row = table.rows.find((r) => r.kind === published.kind && r.country === published.country)!;
      expect(row, published.label).toBeDefined();
      expect(row.total, published.label).toBe(published.total);
      expect(row.bsoByOrganisation, published.label).toEqual(published.bsoByOrganisation);
      expect(row.other, published.label).toBe(published.other ?? 0);
      expect(row.certified, published.label).toBe(published.certified);
    }
    expect(table.rows.at(-2)!.kind).toBe('regional');
    expect(table.rows.at(-1)!.kind).toBe('programme_team');
    // totals: 143, 51, 92 as stated; the certified total from the people is 104, not the stated 107
    expect(table.totals).toEqual({ total: 143, bso: 51, other: 92, certified: 104, programmeTeam: 7 });
  });

  it('sorts countries by code and counts each organisation in its country', () => {
    const t = rollUpTable1([
      { country: 'JM', group: 'other_stakeholder', certified: true },
      { country: 'BB', group: 'bso_staff', organisation: 'BIDC', certified: false },
      { country: 'BB', group: 'bso_staff', organisation: 'BIDC', certified: true },
      { country: '', group: 'other_stakeholder', certified: false },
    ]);
    expect(t.rows.map((r) => [r.kind, r.country, r.total, r.bso, r.other, r.certified])).toEqual([
      ['country', 'BB', 2, 2, 0, 1],
      ['country', 'JM', 1, 0, 1, 1],
      ['regional', '', 1, 0, 1, 0],
    ]);
    expect(t.rows[0]!.bsoByOrganisation).toEqual([{ organisation: 'BIDC', count: 2 }]);
    expect(rollUpTable1([]).rows).toEqual([]);
  });
});
