import type { Database } from '../db/database.js';

/** What the parts of the demo organisation are given: the demo initiative and its logins. */
export interface DemoOrganisationIds {
  initiative: string;
  manager: string;
  staff: string;
  member: string;
  member2: string;
  member3: string;
}

export type DemoLoader = (db: Database, ids: DemoOrganisationIds) => Promise<void>;
