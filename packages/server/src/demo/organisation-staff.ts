import type { Database } from '../db/database.js';
import type { DemoOrganisationIds } from './organisation-ids.js';

/** The demo organisation (issue 14): a managing office of three people with scorecards, competence levels and a training plan. Reserved; filled in by its slice. */
export async function loadDemoStaff(_db: Database, _ids: DemoOrganisationIds): Promise<void> {}
