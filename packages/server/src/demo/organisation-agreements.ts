import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/** The demo organisation (issue 14): the membership agreement's choices, two members signed, one trial partner. Reserved; filled in by its slice. */
export async function loadDemoAgreements(_db: Database, _ids: DemoOrganisationIds): Promise<void> {}
