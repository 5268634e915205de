import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Fields of action from goals (strategy issue 13, item 5): an objective of the services matrix may
 * be a strategy goal, so that services trace back through the goal to the needs that justified it.
 * The GIZ guide deduces the fields of action "according to the identified needs and strategic
 * goals" and allocates them "to each goal" (001:2598–2600). One objective per goal; a goal that is
 * deleted leaves the objective as free text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE service_objectives
      ADD COLUMN goal_id uuid REFERENCES strategy_goals(id) ON DELETE SET NULL;
    CREATE UNIQUE INDEX service_objectives_goal ON service_objectives(goal_id) WHERE goal_id IS NOT NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'ALTER TABLE service_objectives DROP COLUMN goal_id');
}
