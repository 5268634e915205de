/**
 * IATI codelists used by the results-framework export (IATI Standard 2.03, codelists version 2).
 * The export's schema (packages/server/src/monitoring/iati-activities-2.03-subset.xsd) checks the
 * same codes.
 */

/** OrganisationType: the kind of organisation that reports the activity. */
export const IATI_ORGANISATION_TYPES = [
  { code: '10', name: 'Government' },
  { code: '11', name: 'Local Government' },
  { code: '15', name: 'Other Public Sector' },
  { code: '21', name: 'International NGO' },
  { code: '22', name: 'National NGO' },
  { code: '23', name: 'Regional NGO' },
  { code: '24', name: 'Partner Country based NGO' },
  { code: '30', name: 'Public Private Partnership' },
  { code: '40', name: 'Multilateral' },
  { code: '60', name: 'Foundation' },
  { code: '70', name: 'Private Sector' },
  { code: '71', name: 'Private Sector in Provider Country' },
  { code: '72', name: 'Private Sector in Aid Recipient Country' },
  { code: '73', name: 'Private Sector in Third Country' },
  { code: '80', name: 'Academic, Training and Research' },
  { code: '90', name: 'Other' },
] as const;

export type IatiOrganisationType = (typeof IATI_ORGANISATION_TYPES)[number]['code'];
