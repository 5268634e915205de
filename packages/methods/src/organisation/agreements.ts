/**
 * Membership / cooperation agreements (issue 14; GIZ 001:2497–2516; MarketMakers 000:137).
 *
 * "The cooperation agreement specifically regulates the membership fee, the term of the contract,
 * questions of liability and the cluster’s services" (001:2508); "With the signatures of both
 * parties, a company becomes an official cooperation partner of the cluster" (001:2508–2510).
 * The guide gives a "Possible structure of a membership / cooperation agreement" (001:2514): the
 * thirteen parts below, with their sub-points, in its order and words (001:2516). The clauses a
 * document writes under them are the platform's own wording, not the guide's.
 */

export interface AgreementPart {
  /** The part's Roman numeral as the guide numbers it (I–XIII). */
  numeral: string;
  /** A stable key for catalogues and settings. */
  key: string;
  /** The part's title, word for word (001:2516). */
  title: string;
  /** Its sub-points A, B, …, word for word (001:2516); empty where the guide lists none. */
  points: readonly { letter: string; key: string; title: string }[];
}

const points = (...titles: [string, string][]) =>
  titles.map(([key, title], i) => ({ letter: String.fromCharCode(65 + i), key, title }));

/** The thirteen parts of the agreement and their sub-points, in the order of 001:2516. */
export const AGREEMENT_PARTS: readonly AgreementPart[] = [
  // 001:2516 "I. Preamble"
  { numeral: 'I', key: 'preamble', title: 'Preamble', points: [] },
  // 001:2516 "II. Cooperation — A. Cooperation, B. Cluster Services"
  {
    numeral: 'II',
    key: 'cooperation',
    title: 'Cooperation',
    points: points(['cooperation', 'Cooperation'], ['services', 'Cluster Services']),
  },
  // 001:2516 "III. Cooperation Fee — A. Fee amount, B. Due date, C. Default in payment"
  {
    numeral: 'III',
    key: 'fee',
    title: 'Cooperation Fee',
    points: points(['amount', 'Fee amount'], ['dueDate', 'Due date'], ['default', 'Default in payment']),
  },
  // 001:2516 "IV. Information on Company — A. Information obligation, B. Control rights, C. Disclosure statement"
  {
    numeral: 'IV',
    key: 'information',
    title: 'Information on Company',
    points: points(
      ['obligation', 'Information obligation'],
      ['control', 'Control rights'],
      ['disclosure', 'Disclosure statement'],
    ),
  },
  // 001:2516 "V. Contract term — A. Indefinite, B. Regular contract termination, C. Extraordinary
  // contract termination, D. Legal relationships on termination of contract"
  {
    numeral: 'V',
    key: 'term',
    title: 'Contract term',
    points: points(
      ['indefinite', 'Indefinite'],
      ['regular', 'Regular contract termination'],
      ['extraordinary', 'Extraordinary contract termination'],
      ['relationships', 'Legal relationships on termination of contract'],
    ),
  },
  // 001:2516 "VI. Cluster Trademark — A. Right of use and commercialisation, B. Use of trademark,
  // C. Use of trademark after termination of contract"
  {
    numeral: 'VI',
    key: 'trademark',
    title: 'Cluster Trademark',
    points: points(
      ['right', 'Right of use and commercialisation'],
      ['use', 'Use of trademark'],
      ['after', 'Use of trademark after termination of contract'],
    ),
  },
  // 001:2516 "VII. Liability — A. Liability for success, guarantee, damages, B. Disclaimer of Liability"
  {
    numeral: 'VII',
    key: 'liability',
    title: 'Liability',
    points: points(
      ['success', 'Liability for success, guarantee, damages'],
      ['disclaimer', 'Disclaimer of Liability'],
    ),
  },
  // 001:2516 "VIII. Data safety and protection — A. Data processing, B. Consent, C. Protection of
  // access data, D. Use of data"
  {
    numeral: 'VIII',
    key: 'data',
    title: 'Data safety and protection',
    points: points(
      ['processing', 'Data processing'],
      ['consent', 'Consent'],
      ['access', 'Protection of access data'],
      ['use', 'Use of data'],
    ),
  },
  // 001:2516 "IX. Applicable law, contract language"
  { numeral: 'IX', key: 'law', title: 'Applicable law, contract language', points: [] },
  // 001:2516 "X. Mediation Clause — A. Mediation obligation, B. Mediator, C. Arbitration proceedings"
  {
    numeral: 'X',
    key: 'mediation',
    title: 'Mediation Clause',
    points: points(
      ['obligation', 'Mediation obligation'],
      ['mediator', 'Mediator'],
      ['arbitration', 'Arbitration proceedings'],
    ),
  },
  // 001:2516 "XI. Arbitration Proceedings — A. Arbitration tribunal jurisdiction … J. Place of jurisdiction"
  {
    numeral: 'XI',
    key: 'arbitration',
    title: 'Arbitration Proceedings',
    points: points(
      ['jurisdiction', 'Arbitration tribunal jurisdiction'],
      ['referral', 'Referral to arbitration tribunal'],
      ['arbitrator', 'Appointment of arbitrator'],
      ['chairman', 'Appointment of the chairman of arbitration tribunal'],
      ['joint', 'Joint arbitrator'],
      ['replacement', 'Appointment of replacement arbitrator'],
      ['venue', 'Venue'],
      ['proceedings', 'Proceedings'],
      ['law', 'Applicable law'],
      ['place', 'Place of jurisdiction'],
    ),
  },
  // 001:2516 "XII. Court of Jurisdiction"
  { numeral: 'XII', key: 'court', title: 'Court of Jurisdiction', points: [] },
  // 001:2516 "XIII. Other Provisions — A. Amendments, B. Severability clause"
  {
    numeral: 'XIII',
    key: 'other',
    title: 'Other Provisions',
    points: points(['amendments', 'Amendments'], ['severability', 'Severability clause']),
  },
];

/** Where the structure comes from. */
export const AGREEMENT_STRUCTURE_SOURCE = '001:2516';

/**
 * The kinds of agreement the platform tracks: the membership / cooperation agreement (001:2506–2516);
 * the trial partnership, "a declaration of intent to cooperate. This merely commits them to
 * disclosing specific business information" (001:2501); and the MoU an informal cluster agrees its
 * initial service offering in (000:137).
 */
export const AGREEMENT_KINDS = ['membership', 'trial', 'mou'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** A member's agreement moves draft → sent → signed → ended; the steps are the platform's. */
export const AGREEMENT_STATUSES = ['draft', 'sent', 'signed', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Statuses that make an agreement "open": a second open one of the same kind for one actor is refused. */
export const OPEN_AGREEMENT_STATUSES: readonly AgreementStatus[] = ['draft', 'sent', 'signed'];

/**
 * The problems of an agreement's dates and terms, by field (empty when none): a signature before
 * the agreement was sent, a notice period longer than the term. The rules are the platform's; the
 * guide gives no term or notice period.
 */
export function agreementProblems(a: {
  sentOn?: string | null;
  signedOn?: string | null;
  endedOn?: string | null;
  termMonths?: number | null;
  noticeMonths?: number | null;
}): { field: string; problem: 'signedBeforeSent' | 'endedBeforeSigned' | 'noticeLongerThanTerm' }[] {
  const out: ReturnType<typeof agreementProblems> = [];
  if (a.sentOn && a.signedOn && a.signedOn < a.sentOn)
    out.push({ field: 'signedOn', problem: 'signedBeforeSent' });
  if (a.signedOn && a.endedOn && a.endedOn < a.signedOn)
    out.push({ field: 'endedOn', problem: 'endedBeforeSigned' });
  if (a.termMonths != null && a.noticeMonths != null && a.noticeMonths > a.termMonths)
    out.push({ field: 'noticeMonths', problem: 'noticeLongerThanTerm' });
  return out;
}
