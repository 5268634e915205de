import { describe, expect, it } from 'vitest';
import {
  DRIVER_STEP_ADVICE,
  DRIVER_TYPES,
  FORMS_NOT_COMPARED,
  LEGAL_FORMS,
  LEGAL_FORM_COMPARISON,
  addDays,
  governanceChecklist,
  monthsBefore,
  termCovers,
  termStatus,
  type GovernanceRecords,
} from '../src/index.js';

/** Issue 14, items 1–3: profile lists, the legal form table (001:2326–2331) and the checklist (001:2357–2362). */

describe('the initiative profile', () => {
  it('has the six drivers of 001:1177–1192; only the business-driven may skip the mapping (001:1230)', () => {
    expect(DRIVER_TYPES).toHaveLength(6);
    expect(DRIVER_TYPES.filter((d) => DRIVER_STEP_ADVICE[d].maySkip.length > 0)).toEqual(['business']);
  });
});

describe('the legal form comparison', () => {
  it('lists the seven forms of 001:2314–2320 and compares the five of the guide’s table', () => {
    expect(LEGAL_FORMS).toHaveLength(7);
    expect(Object.keys(LEGAL_FORM_COMPARISON)).toEqual([
      'cooperation_agreement',
      'association',
      'foundation',
      'ltd',
      'corporation',
    ]);
    expect(FORMS_NOT_COMPARED).toEqual(['joint_stock_company', 'hybrid']);
  });

  it('quotes the table’s cells', () => {
    expect(LEGAL_FORM_COMPARISON.cooperation_agreement?.disadvantages).toEqual([
      'Relatively low commitment',
      'Not a legal entity',
    ]);
    expect(LEGAL_FORM_COMPARISON.association?.advantages).toContain('No minimum capital required');
    expect(LEGAL_FORM_COMPARISON.corporation?.disadvantages).toHaveLength(4);
    expect(LEGAL_FORM_COMPARISON.ltd?.preconditions).toEqual(['Certain amount of founding capital needed']);
  });
});

describe('terms', () => {
  it('moves days and months by hand-checked amounts', () => {
    expect(addDays('2026-12-06', 30)).toBe('2027-01-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-12-06', 12)).toBe('2025-12-06');
  });

  it('says where a term stands', () => {
    const on = '2026-12-06';
    expect(termStatus({ start: '2023-01-01', end: '2027-01-05' }, on, 90)).toBe('expiring');
    expect(termStatus({ start: '2023-01-01', end: '2027-03-06' }, on, 90)).toBe('expiring');
    expect(termStatus({ start: '2023-01-01', end: '2027-03-07' }, on, 90)).toBe('current');
    expect(termStatus({ start: '2023-01-01', end: '2027-01-05' }, on, 10)).toBe('current');
    expect(termStatus({ start: '2023-01-01', end: '2026-12-05' }, on)).toBe('expired');
    expect(termStatus({ start: '2027-01-01', end: null }, on)).toBe('not_started');
    expect(termStatus({ start: null, end: null }, on)).toBe('open');
    expect(termCovers({ start: '2026-12-06', end: '2026-12-06' }, on)).toBe(true);
    expect(termCovers({ start: null, end: '2026-12-05' }, on)).toBe(false);
  });
});

describe('the good-governance checklist (001:2357–2362)', () => {
  const on = '2026-12-06';
  const seat = (roleInBody: string, termEnd: string | null = null) => ({
    roleInBody,
    termStart: '2025-01-01',
    termEnd,
  });
  const full: GovernanceRecords = {
    legalForm: 'association',
    bodies: [
      { id: 'ga', kind: 'general_assembly', parentId: null, seats: [] },
      { id: 'eb', kind: 'executive_board', parentId: 'ga', seats: [seat('Chair')] },
      { id: 'mo', kind: 'managing_office', parentId: 'eb', seats: [seat('Cluster manager')] },
    ],
    meetings: [
      { heldOn: '2026-11-01', hasMinutes: true },
      { heldOn: '2026-02-01', hasMinutes: true },
    ],
    today: on,
  };
  const statuses = (r: GovernanceRecords) =>
    governanceChecklist(r).map((c) => `${c.key}:${c.status}:${c.reason}`);

  it('meets all four with a legal form, a seated board, an office with roles reporting to it, and regular meetings', () => {
    expect(statuses(full)).toEqual([
      'legal_form:met:form_chosen',
      'tasks_defined:met:roles_and_interface',
      'governing_body:met:governing_body_seated',
      'regular_meetings:met:regular_and_participatory',
    ]);
  });

  it('meets none with no records', () => {
    expect(statuses({ legalForm: null, bodies: [], meetings: [], today: on })).toEqual([
      'legal_form:not_met:no_form_chosen',
      'tasks_defined:not_met:no_managing_office',
      'governing_body:not_met:no_governing_body',
      'regular_meetings:not_met:no_recent_meetings',
    ]);
  });

  it('meets them partly: a cooperation agreement, roles missing, a board whose terms ended, one meeting', () => {
    const partly: GovernanceRecords = {
      legalForm: 'cooperation_agreement',
      bodies: [
        { id: 'ga', kind: 'general_assembly', parentId: null, seats: [] },
        { id: 'eb', kind: 'executive_board', parentId: 'ga', seats: [seat('Chair', '2026-12-05')] },
        { id: 'mo', kind: 'managing_office', parentId: 'eb', seats: [seat('')] },
      ],
      // 2025-12-06 is exactly twelve months back: outside the window.
      meetings: [
        { heldOn: '2026-06-01', hasMinutes: true },
        { heldOn: '2025-12-06', hasMinutes: true },
      ],
      today: on,
    };
    expect(statuses(partly)).toEqual([
      'legal_form:partly:not_a_legal_entity',
      'tasks_defined:partly:roles_missing',
      'governing_body:partly:governing_body_unseated',
      'regular_meetings:partly:too_few_meetings',
    ]);
  });

  it('wants an interface to a governing body and a body of the members', () => {
    const noInterface = {
      ...full,
      bodies: [
        { id: 'eb', kind: 'executive_board', parentId: null, seats: [seat('Chair')] },
        { id: 'mo', kind: 'managing_office', parentId: null, seats: [seat('Manager')] },
      ],
    };
    const r = governanceChecklist(noInterface);
    expect(r[1]).toEqual({ key: 'tasks_defined', status: 'partly', reason: 'no_interface' });
    expect(r[3]).toEqual({ key: 'regular_meetings', status: 'partly', reason: 'no_members_body' });
    expect(governanceChecklist({ ...full, minMeetings: 3 })[3]?.status).toBe('partly');
  });
});
