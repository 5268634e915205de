import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/** The demo organisation (issue 14): a 12-month plan that shows a liquidity gap in one month, its financing mix. Reserved; filled in by its slice. */
export async function loadDemoFinance(_db: Database, _ids: DemoOrganisationIds): Promise<void> {}
