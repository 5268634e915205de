import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** Needs surveys and votes (GIZ needs ranking, 001_2b00e659d173dc60.txt:1582–1631). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE needs_surveys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE needs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      survey_id uuid NOT NULL REFERENCES needs_surveys(id) ON DELETE CASCADE,
      category text NOT NULL,
      title text NOT NULL,
      is_goal boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE need_votes (
      need_id uuid NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      vote smallint NOT NULL CHECK (vote BETWEEN 1 AND 3),
      voted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (need_id, user_id)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE need_votes, needs, needs_surveys');
}
