import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Evaluation criteria are defined "at the beginning of a cluster development period not just at
 * the beginning of the evaluation process" (GIZ 001:3568; fidelity issue 16, item 16): an
 * evaluation records the start of the period it evaluates and the day its criteria were last set,
 * so that criteria set late are said so.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE evaluations ADD COLUMN period_start date;
     ALTER TABLE evaluations ADD COLUMN criteria_set_on date;
     UPDATE evaluations SET criteria_set_on = created_at::date WHERE criteria <> '[]'::jsonb;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE evaluations DROP COLUMN criteria_set_on; ALTER TABLE evaluations DROP COLUMN period_start;`,
  );
}
