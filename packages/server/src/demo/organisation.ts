import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';
import { loadDemoGovernance } from './organisation-governance.js';
import { loadDemoStaff } from './organisation-staff.js';
import { loadDemoFinance } from './organisation-finance.js';
import { loadDemoAgreements } from './organisation-agreements.js';

/**
 * The demo initiative's organisation (issue 14): profile, legal form and governance, staff, the
 * financial plan and the agreements, in the order the GIZ guide's establishment stage works
 * through them. Loaded after the strategy (the business plan draws on the canvas and action plan).
 */
export async function loadDemoOrganisation(db: Database, ids: DemoOrganisationIds): Promise<void> {
  await loadDemoGovernance(db, ids);
  await loadDemoStaff(db, ids);
  await loadDemoFinance(db, ids);
  await loadDemoAgreements(db, ids);
}
