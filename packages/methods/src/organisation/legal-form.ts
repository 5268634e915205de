/**
 * The legal form decision aid (issue 14, item 2; GIZ 001:2297–2331): the three deciding questions,
 * the seven possible forms, and the guide's comparison table, which covers five of them.
 */

/** "The choice of legal and organisational form depends on … the following three questions" (001:2297–2301). */
export const LEGAL_FORM_QUESTIONS = ['cooperation', 'commercial', 'integration'] as const;
export type LegalFormQuestion = (typeof LEGAL_FORM_QUESTIONS)[number];

/** The questions as the guide words them (001:2299–2301). */
export const LEGAL_FORM_QUESTION_TEXT: Record<LegalFormQuestion, string> = {
  cooperation: 'How closely do the partners in the cluster wish to cooperate?',
  commercial: 'What is the role of commercial activities in the cluster?',
  integration: 'How quickly should new members be integrated – exclusivity versus inclusivity?',
};

/** "Some possible legal forms for clusters are" (001:2312–2320), in the guide's order. */
export const LEGAL_FORMS = [
  'cooperation_agreement',
  'association',
  'ltd',
  'foundation',
  'corporation',
  'joint_stock_company',
  'hybrid',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export interface LegalFormComparison {
  preconditions: readonly string[];
  advantages: readonly string[];
  disadvantages: readonly string[];
}

/**
 * "Comparing most common legal forms of cluster initiatives" (001:2326–2331), quoted cell by cell.
 * The table has five columns (cooperation agreement, association, foundation, Ltd, corporation,
 * 001:2328): the joint stock company and the hybrid forms of the list (001:2319–2320) are not in
 * it, so they have no entry here.
 */
export const LEGAL_FORM_COMPARISON: Partial<Record<LegalForm, LegalFormComparison>> = {
  cooperation_agreement: {
    preconditions: ['No specific pre-conditions'],
    advantages: [
      'Low efforts and commitment needed',
      'No capital investment needed',
      'Can easily be cancelled',
      'No official registration needed',
      'Allows many partners to sign up',
    ],
    disadvantages: ['Relatively low commitment', 'Not a legal entity'],
  },
  association: {
    preconditions: [
      'The granting of legal status to the association by the registry of associations presupposes an idealistic objective of the association',
    ],
    advantages: [
      'Low formation efforts',
      'No minimum capital required',
      'Large number of members can be involved',
    ],
    disadvantages: ['Commercial activity only as a secondary purpose', 'Relatively low commitment'],
  },
  foundation: {
    preconditions: [
      'Assets that are permanently appropriated and made independent and whose income serves at least one defined purpose',
    ],
    advantages: [
      'Often complements associations',
      "Independence in the use of the foundation's assets",
      "Sustainable securing of financing through the foundation's assets",
    ],
    disadvantages: [
      'Approval from the responsible state authority required',
      'Registration in the foundation registry',
    ],
  },
  ltd: {
    preconditions: ['Certain amount of founding capital needed'],
    advantages: [
      'Promotes commercial activities',
      'High level of commitment needed',
      'Difficult to leave',
      'Signatory becomes company owners',
    ],
    disadvantages: [
      'Relatively high formation effort',
      'Shared capital required',
      'Statutory accounting and disclosure requirements',
    ],
  },
  corporation: {
    preconditions: ['Certain amount of founding capital needed'],
    advantages: [
      'Promotes commercial activities',
      'High level of commitment needed',
      'Difficult to leave',
      'Signatory becomes shareholders',
    ],
    disadvantages: [
      'Shared capital required',
      'Tax obligations',
      'Statutory accounting and disclosure requirements',
      'No direct influence from shareholders (i.e. cluster actors)',
    ],
  },
};

/** The forms of the list that the guide's comparison table leaves out (001:2319–2320 against 001:2328). */
export const FORMS_NOT_COMPARED: readonly LegalForm[] = LEGAL_FORMS.filter((f) => !LEGAL_FORM_COMPARISON[f]);
