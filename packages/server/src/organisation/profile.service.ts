import type { Database } from '../db/database.js';

/**
 * What the business plan reads of the organisation (issue 14; contract in docs/organisation.md):
 * the profile, the legal form chosen and the governance bodies. Filled in by the profile and
 * governance slice.
 */
export interface OrganisationSummary {
  profile: {
    driverType: string | null;
    implementationShape: string | null;
    formality: 'formal' | 'informal' | null;
    characteristics: { key: string; met: boolean | null; evidence: string }[];
  } | null;
  legalForm: { form: string; reasons: string; decidedOn: string } | null;
  bodies: {
    id: string;
    kind: string;
    name: string;
    seats: number;
    maxSize: number | null;
    decidesApplications: boolean;
  }[];
}

export async function getOrganisationSummary(
  _db: Database,
  _workspaceId: string,
): Promise<OrganisationSummary> {
  return { profile: null, legalForm: null, bodies: [] };
}
