import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** Stakeholder analysis: NAME | ASSESSMENT | INFLUENCE | DESCRIPTION | MEASURE (GIZ 001:1466–1482). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE stakeholder_assessments (
      actor_id uuid PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      assessment text NOT NULL CHECK (assessment IN ('positive', 'neutral', 'critical')),
      influence text NOT NULL CHECK (influence IN ('high', 'medium', 'low')),
      description text NOT NULL DEFAULT '',
      measure text NOT NULL DEFAULT '',
      measure_status text NOT NULL DEFAULT 'open' CHECK (measure_status IN ('open', 'done')),
      measure_due date,
      measure_owner text NOT NULL DEFAULT '',
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX stakeholder_assessments_workspace ON stakeholder_assessments(workspace_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE stakeholder_assessments');
}
