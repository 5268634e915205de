import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The codes a team gives the answers of an open "list three" question (fidelity issue 16, item
 * 19): the IDB report reads its open questions by theme, "the most cited objective" first (Tables
 * 7 and 8, 003:739–765). One theme per answer of a response.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE survey_answer_codes (
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
      response_id uuid NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
      question text NOT NULL,
      item integer NOT NULL CHECK (item >= 0),
      theme text NOT NULL CHECK (theme <> ''),
      coded_by uuid REFERENCES users(id) ON DELETE SET NULL,
      coded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (response_id, question, item)
    );
    CREATE INDEX survey_answer_codes_survey ON survey_answer_codes (survey_id, question);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE survey_answer_codes;`);
}
