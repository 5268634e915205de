/**
 * Rapid assessment of existing cluster/membership associations (C/MAs), MarketMakers Table 2
 * (000_83686791654886b8.txt:92–115), ending in the choice between two strategies (000:70–88):
 * partner with an existing C/MA, or work with industry stakeholders to launch a new one.
 */

export interface AssessmentQuestion {
  id: string;
  part: 'A' | 'B' | 'C';
  text: string;
  source: string;
}

const MM = '000_83686791654886b8.txt';

export const ASSESSMENT_PARTS = {
  A: 'Itemising service needs among companies who wish to improve their performance',
  B: 'Prospects for partnering with an existing C/MA',
  C: 'Prospects for initiating a new C/MA',
} as const;

/**
 * The preamble of each part, as Table 2 words it: whose perspective part A takes (000:96), that
 * part B assesses the existing C/MAs first (000:103), and the condition under which part C is
 * investigated at all (000:110).
 */
export const ASSESSMENT_PREAMBLES: Record<'A' | 'B' | 'C', { text: string; source: string }> = {
  A: {
    text: 'From the perspective of a profiled/targeted company (i.e. would-be C/MA member) in an industry where the initiative is active, investigate:',
    source: `${MM}:96`,
  },
  B: { text: 'Assess the landscape of existing C/MAs first, asking:', source: `${MM}:103` },
  C: {
    text: 'If partnering with existing C/MAs to add to/refine their scope to cater for such service needs is deemed unrealistic/undesirable from one or both sides (company and C/MA), then investigate:',
    source: `${MM}:110`,
  },
};

/** The two sides whose view can make partnering unrealistic or undesirable (000:110). */
export const PARTNERING_SIDES = ['companies', 'associations'] as const;
export type PartneringSide = (typeof PARTNERING_SIDES)[number];

/**
 * Whether a question may be answered yet: parts A and B always; part C only once partnering with
 * existing C/MAs has been deemed unrealistic or undesirable by at least one side (000:110).
 */
export function questionOpen(part: 'A' | 'B' | 'C', partnering: { sides: readonly string[] }): boolean {
  return part !== 'C' || partnering.sides.length > 0;
}

export const ASSESSMENT_QUESTIONS: readonly AssessmentQuestion[] = [
  {
    id: 'A1',
    part: 'A',
    text: 'Which services are crucial to improving company performance?',
    source: `${MM}:98`,
  },
  {
    id: 'A2',
    part: 'A',
    text: "Which of these services would make sense (are plausible) as 'member' services?",
    source: `${MM}:99`,
  },
  {
    id: 'B1',
    part: 'B',
    text: 'Can these services, or similar services, be availed from existing C/MAs or elsewhere? If yes, why are companies not joining existing C/MAs?',
    source: `${MM}:105`,
  },
  {
    id: 'B2',
    part: 'B',
    text: 'If no, what stops companies from contacting existing C/MAs to suggest/register an interest in such services? Why are existing C/MAs not making themselves more appealing to such companies by opening a new subgroup/chapter (e.g. to grow their membership/increase their overall influence)? Gather an impression of the history of innovation and change within existing C/MAs.',
    source: `${MM}:106`,
  },
  {
    id: 'C1',
    part: 'C',
    text: "Why have companies not previously sought to organise themselves into a C/MA? Or, relatedly, why no 'champions of change' have emerged to develop a response to companies' unanswered service needs?",
    source: `${MM}:112`,
  },
  {
    id: 'C2',
    part: 'C',
    text: 'Whether the creation of a new C/MA would be understood or seen as duplicating the roles of, or stepping into the territory of, existing C/MAs and whether or not a unique operating space can be or needs to be identified i.e. is there sufficient room in the market to accommodate more than one C/MA with similar purposes, services, or both?',
    source: `${MM}:113`,
  },
  {
    id: 'C3',
    part: 'C',
    text: 'Irrespective of the existence of similar C/MAs, might a new (and possibly more specialised) C/MA be able to succeed in its own right i.e. what is the extent of demand among would-be members for a new (more specialised) C/MA?',
    source: `${MM}:114`,
  },
  {
    id: 'C4',
    part: 'C',
    text: "If 'champions of change' are beginning to emerge as potential C/MA founders, are they sufficiently open and collaborative persons able to work together with the diversity of company (or organisational) individuals with a stake?",
    source: `${MM}:115`,
  },
];

/** The two strategies of 000:70–72. */
export const ASSOCIATION_RECOMMENDATIONS = ['partner_existing', 'create_new'] as const;
