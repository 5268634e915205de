import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Selection with thresholds (fidelity issue 16, item 13): a criterion may carry a knock-out
 * threshold beside its weight (GIZ: "indicators and thresholds defining whether or not there is a
 * critical mass", 001:945), and one decision may select several candidates (IDB funded several
 * plans in each round, 003:314), one row per candidate selected.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE selection_criteria ADD COLUMN threshold double precision;
    ALTER TABLE selection_decisions DROP CONSTRAINT selection_decisions_pkey;
    ALTER TABLE selection_decisions ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
    ALTER TABLE selection_decisions ADD PRIMARY KEY (id);
    ALTER TABLE selection_decisions ADD CONSTRAINT selection_decisions_candidate UNIQUE (exercise_id, candidate_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DELETE FROM selection_decisions d WHERE EXISTS (
      SELECT 1 FROM selection_decisions o WHERE o.exercise_id = d.exercise_id AND o.decided_at < d.decided_at);
    ALTER TABLE selection_decisions DROP CONSTRAINT selection_decisions_candidate;
    ALTER TABLE selection_decisions DROP CONSTRAINT selection_decisions_pkey;
    ALTER TABLE selection_decisions DROP COLUMN id;
    ALTER TABLE selection_decisions ADD PRIMARY KEY (exercise_id);
    ALTER TABLE selection_criteria DROP COLUMN threshold;
  `,
  );
}
