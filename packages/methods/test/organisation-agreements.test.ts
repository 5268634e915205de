import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_KINDS,
  AGREEMENT_PARTS,
  AGREEMENT_STRUCTURE_SOURCE,
  agreementProblems,
} from '../src/index.js';

describe('the membership / cooperation agreement structure (GIZ 001:2516)', () => {
  it('has the thirteen parts numbered I to XIII in the guide’s order and words', () => {
    expect(AGREEMENT_PARTS.map((p) => p.numeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
      'XIII',
    ]);
    expect(AGREEMENT_PARTS.map((p) => p.title)).toEqual([
      'Preamble',
      'Cooperation',
      'Cooperation Fee',
      'Information on Company',
      'Contract term',
      'Cluster Trademark',
      'Liability',
      'Data safety and protection',
      'Applicable law, contract language',
      'Mediation Clause',
      'Arbitration Proceedings',
      'Court of Jurisdiction',
      'Other Provisions',
    ]);
    expect(AGREEMENT_STRUCTURE_SOURCE).toBe('001:2516');
  });

  it('lists the sub-points lettered A, B, … as the guide does', () => {
    const count = Object.fromEntries(AGREEMENT_PARTS.map((p) => [p.numeral, p.points.length]));
    expect(count).toEqual({
      I: 0,
      II: 2,
      III: 3,
      IV: 3,
      V: 4,
      VI: 3,
      VII: 2,
      VIII: 4,
      IX: 0,
      X: 3,
      XI: 10,
      XII: 0,
      XIII: 2,
    });
    const xi = AGREEMENT_PARTS.find((p) => p.numeral === 'XI')!;
    expect(xi.points.map((p) => `${p.letter}. ${p.title}`)).toEqual([
      'A. Arbitration tribunal jurisdiction',
      'B. Referral to arbitration tribunal',
      'C. Appointment of arbitrator',
      'D. Appointment of the chairman of arbitration tribunal',
      'E. Joint arbitrator',
      'F. Appointment of replacement arbitrator',
      'G. Venue',
      'H. Proceedings',
      'I. Applicable law',
      'J. Place of jurisdiction',
    ]);
    const fee = AGREEMENT_PARTS.find((p) => p.key === 'fee')!;
    expect(fee.points.map((p) => p.title)).toEqual(['Fee amount', 'Due date', 'Default in payment']);
    // Keys are unique within a part (they name catalogue entries).
    for (const p of AGREEMENT_PARTS) expect(new Set(p.points.map((x) => x.key)).size).toBe(p.points.length);
  });

  it('tracks membership, trial partnership and MoU', () => {
    expect(AGREEMENT_KINDS).toEqual(['membership', 'trial', 'mou']);
  });
});

describe('agreementProblems', () => {
  it('refuses a signature before the agreement was sent, and an end before the signature', () => {
    expect(agreementProblems({ sentOn: '2026-03-10', signedOn: '2026-03-09' })).toEqual([
      { field: 'signedOn', problem: 'signedBeforeSent' },
    ]);
    expect(agreementProblems({ sentOn: '2026-03-10', signedOn: '2026-03-10' })).toEqual([]);
    expect(agreementProblems({ signedOn: '2026-03-10', endedOn: '2026-01-01' })).toEqual([
      { field: 'endedOn', problem: 'endedBeforeSigned' },
    ]);
  });

  it('refuses a notice period longer than a fixed term; an indefinite term takes any notice', () => {
    expect(agreementProblems({ termMonths: 6, noticeMonths: 12 })).toEqual([
      { field: 'noticeMonths', problem: 'noticeLongerThanTerm' },
    ]);
    expect(agreementProblems({ termMonths: 12, noticeMonths: 12 })).toEqual([]);
    expect(agreementProblems({ termMonths: null, noticeMonths: 12 })).toEqual([]);
  });
});
