import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Where an indicator's baseline comes from (issue 7: "baseline (from the diagnostic where one
 * exists)"): typed in by the team ('manual') or computed from platform records at the date of the
 * initiative's first diagnostic recorded as a baseline ('diagnostic', with that record and a note).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE indicators
      ADD COLUMN baseline_source text CHECK (baseline_source IS NULL OR baseline_source IN ('manual', 'diagnostic')),
      ADD COLUMN baseline_record_id uuid REFERENCES initiative_baselines(id) ON DELETE SET NULL,
      ADD COLUMN baseline_note text NOT NULL DEFAULT '';
    UPDATE indicators SET baseline_source = 'manual' WHERE baseline_value IS NOT NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE indicators DROP COLUMN baseline_note, DROP COLUMN baseline_record_id, DROP COLUMN baseline_source`,
  );
}
