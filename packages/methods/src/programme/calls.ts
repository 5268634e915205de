/**
 * A funder's call and training cohort (issue 15, items 2–3; docs/programme.md, slice B), after
 * IDB / Compete Caribbean's second phase (003:263–286): 24 business support organisations answered
 * a call, 10 were selected, their competences were assessed, and a training programme gave
 * certificates by attendance.
 */

/**
 * The competence areas of the IDB's assessment of the selected organisations: "a diagnosis of their
 * competencies around cluster/value chain identification, project design, and implementation"
 * (003:263). A call starts with these; the programme may change them.
 */
export const IDB_COMPETENCE_AREAS = [
  'Cluster / value chain identification',
  'Project design',
  'Implementation',
] as const;

/** The platform's default scoring scale for assessments (the guide gives none): 1 to 5. */
export const DEFAULT_ASSESSMENT_SCALE = { min: 1, max: 5 } as const;

/**
 * IDB's certificate thresholds: "a certificate of completion (more than 80 percent of attendance to
 * the whole program)" and "a certificate of participation (more than 50 percent of attendance)"
 * (003:286). A programme may set its own.
 */
export const IDB_CERTIFICATE_THRESHOLDS = { completion: 0.8, participation: 0.5 } as const;

export type CertificateKind = 'completion' | 'participation';
export interface CertificateThresholds {
  completion: number;
  participation: number;
}

/** Throws a RangeError unless the thresholds are shares (0–1) with participation ≤ completion. */
export function checkThresholds(t: CertificateThresholds): void {
  const share = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!share(t.completion) || !share(t.participation))
    throw new RangeError('Certificate thresholds are shares between 0 and 1');
  if (t.participation > t.completion)
    throw new RangeError('The participation threshold is above the completion threshold');
}

/**
 * The certificate a participant earns (contract of issue 15): completion when attended / sessions is
 * strictly more than `completion` (default 0.8), participation when strictly more than
 * `participation` (default 0.5), else none; null for no sessions. RangeError when attended is
 * negative or above sessions (or either is not a whole number).
 */
export function certificateFor(
  attended: number,
  sessions: number,
  thresholds: CertificateThresholds = IDB_CERTIFICATE_THRESHOLDS,
): CertificateKind | null {
  if (!Number.isInteger(attended) || !Number.isInteger(sessions) || sessions < 0)
    throw new RangeError('Attended sessions and sessions are whole numbers, sessions not negative');
  if (attended < 0) throw new RangeError('Attended sessions cannot be negative');
  if (attended > sessions) throw new RangeError('Attended sessions cannot be more than the sessions held');
  checkThresholds(thresholds);
  if (sessions === 0) return null;
  const share = attended / sessions;
  if (share > thresholds.completion) return 'completion';
  if (share > thresholds.participation) return 'participation';
  return null;
}

export interface TotalMismatch {
  /** The column's index (0-based). */
  column: number;
  /** The column's sum, empty cells counted as 0. */
  sum: number;
  /** The total the table states. */
  stated: number;
}

/**
 * The columns of a published table whose sum (empty cells as 0) differs from the total the table
 * states (contract of issue 15); columns without a stated total are skipped. IDB Table 1's certified
 * column sums to 104 while its total row says 107 (003:267–286).
 */
export function checkTotals(rows: (number | null)[][], stated: (number | null)[]): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  stated.forEach((total, column) => {
    if (total === null || total === undefined) return;
    const sum = rows.reduce((acc, row) => acc + (row[column] ?? 0), 0);
    // Sums of decimals are compared to the cent, so that 0.1 + 0.2 is 0.3.
    if (Math.abs(sum - total) > 1e-9 * Math.max(1, Math.abs(total))) out.push({ column, sum, stated: total });
  });
  return out;
}

/**
 * The participant groups of IDB Table 1 and its text (003:286): "51 were BSO staff members, 7 from
 * the Compete Caribbean team, and 92 from different institutions such as ministries, other public
 * entities, business associations, private firms, and regional organizations".
 */
export const PARTICIPANT_GROUPS = ['bso_staff', 'programme_team', 'other_stakeholder'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export interface Table1Participant {
  /** ISO 3166-1 alpha-2, '' for a regional participant. */
  country: string;
  group: ParticipantGroup;
  /** The organisation's short name (BSO staff are counted per organisation, "BELTRAIDE: 8"). */
  organisation?: string;
  certified: boolean;
}

export interface Table1Row {
  /** A country row, the regional stakeholders' row, or the programme team's row ("CCPF"). */
  kind: 'country' | 'regional' | 'programme_team';
  /** ISO code of a country row, '' otherwise. */
  country: string;
  total: number;
  /** BSO staff, with the count per organisation in the table's order of first appearance. */
  bso: number;
  bsoByOrganisation: { organisation: string; count: number }[];
  /** Other stakeholders; as in the published table, the programme team's row counts here. */
  other: number;
  certified: number;
}

export interface Table1 {
  rows: Table1Row[];
  totals: { total: number; bso: number; other: number; certified: number; programmeTeam: number };
}

/**
 * IDB Table 1's structure (003:267–284) rolled up from participant-level rows: one row per country
 * (sorted by code), then the regional stakeholders (country ''), then the programme team (the
 * table's "CCPF" row, whose 7 it counts under other stakeholders); columns total, BSO staff (per
 * organisation), other stakeholders, certified.
 */
export function rollUpTable1(participants: readonly Table1Participant[]): Table1 {
  const rows = new Map<string, Table1Row>();
  const rowFor = (p: Table1Participant): Table1Row => {
    const kind = p.group === 'programme_team' ? 'programme_team' : p.country === '' ? 'regional' : 'country';
    const key = kind === 'country' ? `c:${p.country}` : kind;
    let row = rows.get(key);
    if (!row) {
      row = {
        kind,
        country: kind === 'country' ? p.country : '',
        total: 0,
        bso: 0,
        bsoByOrganisation: [],
        other: 0,
        certified: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const p of participants) {
    const row = rowFor(p);
    row.total += 1;
    if (p.certified) row.certified += 1;
    if (p.group === 'bso_staff') {
      row.bso += 1;
      const name = p.organisation ?? '';
      const org = row.bsoByOrganisation.find((o) => o.organisation === name);
      if (org) org.count += 1;
      else row.bsoByOrganisation.push({ organisation: name, count: 1 });
    } else row.other += 1;
  }
  const order = { country: 0, regional: 1, programme_team: 2 };
  const sorted = [...rows.values()].sort(
    (a, b) => order[a.kind] - order[b.kind] || a.country.localeCompare(b.country),
  );
  const sum = (f: (r: Table1Row) => number) => sorted.reduce((acc, r) => acc + f(r), 0);
  return {
    rows: sorted,
    totals: {
      total: sum((r) => r.total),
      bso: sum((r) => r.bso),
      other: sum((r) => r.other),
      certified: sum((r) => r.certified),
      programmeTeam: participants.filter((p) => p.group === 'programme_team').length,
    },
  };
}

export interface PublishedTable1Row {
  /** The row's label as printed. */
  label: string;
  kind: Table1Row['kind'];
  /** ISO code of a country row, '' otherwise. */
  country: string;
  total: number | null;
  /** The BSO cell as printed: organisations with their counts; empty when the cell is blank. */
  bsoByOrganisation: { organisation: string; count: number }[];
  other: number | null;
  certified: number | null;
}

/**
 * IDB Table 1 as published, "Participants in the Cluster Development Training Program (2019)"
 * (003:267–284), blank cells as null, with its stated totals (003:284: 143, 51, 92, 107).
 */
export const IDB_TABLE_1: {
  title: string;
  columns: readonly string[];
  rows: readonly PublishedTable1Row[];
  stated: readonly [number, number, number, number];
} = {
  title: 'Participants in the Cluster Development Training Program (2019)',
  columns: [
    'Total participants',
    'Total participants from BSOs included in the current analysis',
    'Total participants from other stakeholders',
    'Total certified participants',
  ],
  rows: [
    {
      label: 'Barbados',
      kind: 'country',
      country: 'BB',
      total: 2,
      bsoByOrganisation: [],
      other: 2,
      certified: 1,
    },
    {
      label: 'Belize',
      kind: 'country',
      country: 'BZ',
      total: 15,
      bsoByOrganisation: [{ organisation: 'BELTRAIDE', count: 8 }],
      other: 7,
      certified: 13,
    },
    {
      label: 'Dominica',
      kind: 'country',
      country: 'DM',
      total: 26,
      bsoByOrganisation: [{ organisation: 'DEXIA', count: 9 }],
      other: 17,
      certified: 17,
    },
    {
      label: 'Grenada',
      kind: 'country',
      country: 'GD',
      total: 20,
      bsoByOrganisation: [
        { organisation: 'GIDC', count: 7 },
        { organisation: 'GHATA', count: 2 },
      ],
      other: 11,
      certified: 14,
    },
    {
      label: 'Guyana',
      kind: 'country',
      country: 'GY',
      total: 11,
      bsoByOrganisation: [{ organisation: 'THAG', count: 1 }],
      other: 10,
      certified: 6,
    },
    {
      label: 'Jamaica',
      kind: 'country',
      country: 'JM',
      total: 16,
      bsoByOrganisation: [{ organisation: 'JMEA', count: 7 }],
      other: 9,
      certified: 12,
    },
    {
      label: 'St. Lucia',
      kind: 'country',
      country: 'LC',
      total: 16,
      bsoByOrganisation: [{ organisation: 'TEPA', count: 5 }],
      other: 11,
      certified: 12,
    },
    {
      label: 'St Vincent and the Grenadines',
      kind: 'country',
      country: 'VC',
      total: 19,
      bsoByOrganisation: [{ organisation: 'CED', count: 4 }],
      other: 15,
      certified: 14,
    },
    {
      label: 'Suriname',
      kind: 'country',
      country: 'SR',
      total: 2,
      bsoByOrganisation: [{ organisation: 'CUS', count: 1 }],
      other: 1,
      certified: 2,
    },
    {
      label: 'Trinidad and Tobago',
      kind: 'country',
      country: 'TT',
      total: 3,
      bsoByOrganisation: [{ organisation: 'TTCSI', count: 3 }],
      other: null,
      certified: 2,
    },
    {
      label: 'Regional stakeholders',
      kind: 'regional',
      country: '',
      total: 6,
      bsoByOrganisation: [{ organisation: 'CTO', count: 4 }],
      other: 2,
      certified: 4,
    },
    {
      label: 'CCPF',
      kind: 'programme_team',
      country: '',
      total: 7,
      bsoByOrganisation: [],
      other: 7,
      certified: 7,
    },
  ],
  stated: [143, 51, 92, 107],
};

/**
 * What the text beside Table 1 says (003:286): 143 participants, 84 certificates of completion and
 * 23 of participation (84 + 23 = 107, the table's stated total, while its column sums to 104), and
 * "51 were BSO staff members, 7 from the Compete Caribbean team, and 92 from different
 * institutions": 51 + 7 + 92 = 150, not 143 — in the table the team's 7 (the CCPF row) are inside
 * the 92.
 */
export const IDB_TABLE_1_TEXT = {
  participants: 143,
  completion: 84,
  participation: 23,
  bsoStaff: 51,
  programmeTeam: 7,
  others: 92,
} as const;

/** The published table's cells as numbers for `checkTotals`: total, BSO (blank → null), other, certified. */
export function table1Cells(rows: readonly PublishedTable1Row[]): (number | null)[][] {
  return rows.map((r) => [
    r.total,
    r.bsoByOrganisation.length ? r.bsoByOrganisation.reduce((a, o) => a + o.count, 0) : null,
    r.other,
    r.certified,
  ]);
}
