import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/** The demo organisation (issue 14): a profile, a legal form chosen with reasons, a board of seven with terms (one expiring soon) that decides on membership applications, a managing office. Reserved; filled in by its slice. */
export async function loadDemoGovernance(_db: Database, _ids: DemoOrganisationIds): Promise<void> {}
