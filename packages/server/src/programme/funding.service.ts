import type { Database } from '../db/database.js';

/**
 * What the programme funds (docs/programme.md, "Summaries"): one entry per funded cluster
 * development plan, read by the portfolio, the programme report and the programme's IATI export
 * (one activity per funded initiative). Filled in by the plans and grants slice (C); until then the
 * programme funds nothing.
 */
export interface FundedInitiative {
  planId: string;
  /** The followed cluster initiative the funded plan became (null while not yet created). */
  initiativeId: string | null;
  title: string;
  applicant: { id: string; name: string; country: string };
  roundId: string;
  fundedOn: string;
  currency: string;
  /** The grant awarded (sum of the grant agreement's tranches), 0 without an agreement. */
  awarded: number;
  /** Disbursed so far. */
  disbursed: number;
  /** Co-investment recorded (000:139–155). */
  coInvestment: number;
  tranches: {
    title: string;
    amount: number;
    status: 'planned' | 'due' | 'released';
    releasedOn: string | null;
  }[];
}

export async function getFundedInitiatives(_db: Database, _programmeId: string): Promise<FundedInitiative[]> {
  return [];
}
