import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * An event may give its members priority on the waiting list (fidelity issue 16, item 21): the GIZ
 * guide lists "Invitation to exclusive member events" among what members get and non-members do
 * not (001:3403); the waiting-list rule is the platform's, chosen per event and off by default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE events ADD COLUMN members_first boolean NOT NULL DEFAULT false;`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'ALTER TABLE events DROP COLUMN members_first');
}
