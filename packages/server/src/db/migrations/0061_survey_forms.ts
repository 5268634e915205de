import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * What an XLSForm holds beyond its questions (issue 17): its groups and repeats, its languages,
 * its version and what its import left out. The questions keep their own XLSForm columns
 * (relevant, constraint, calculation, …) in surveys.questions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE surveys ADD COLUMN form jsonb NOT NULL DEFAULT '{}';`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE surveys DROP COLUMN form;`);
}
