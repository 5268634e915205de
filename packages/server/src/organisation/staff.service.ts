import type { Database } from '../db/database.js';

/**
 * What the business plan reads of the staff (issue 14; contract in docs/organisation.md). Filled
 * in by the staff and finance slice.
 */
export interface StaffSummary {
  positions: { id: string; title: string; fte: number; holder: string | null }[];
  fteTotal: number;
  /** The team's FTE-weighted qualification score (staffScorecard's `team`), null when nobody is scored. */
  team: number | null;
}

export async function getStaffSummary(_db: Database, _workspaceId: string): Promise<StaffSummary> {
  return { positions: [], fteTotal: 0, team: null };
}
