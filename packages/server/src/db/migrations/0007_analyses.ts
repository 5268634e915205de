import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** SWOT, five forces and Porter's Diamond items (GIZ 001:1325–1392). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE analysis_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      framework text NOT NULL CHECK (framework IN ('swot', 'five_forces', 'diamond')),
      category text NOT NULL,
      text text NOT NULL CHECK (length(trim(text)) > 0),
      sign text NOT NULL CHECK (sign IN ('+', '±', '−')),
      tags text[] NOT NULL DEFAULT '{}',
      evidence text NOT NULL DEFAULT '',
      source text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX analysis_items_workspace ON analysis_items(workspace_id, framework);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE analysis_items');
}
