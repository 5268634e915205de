import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * A map dataset is written in short transactions, a chunk of records each, so that a large upload
 * does not hold the embedded database (which runs one query at a time) for every other workspace
 * (hardening issue, item 15). Until its last record is written the dataset carries the moment its
 * writing began and no one sees it; a dataset whose writing stopped (a crash) is removed by the
 * hourly purge. Null: written, visible (every dataset stored before this migration).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE map_datasets ADD COLUMN writing_since timestamptz;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DELETE FROM map_datasets WHERE writing_since IS NOT NULL;
    ALTER TABLE map_datasets DROP COLUMN writing_since;
  `,
  );
}
