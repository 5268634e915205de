import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Surveys with questions in three languages, personal links, responses (issue 7; IDB survey
 * practice 003:339–345, tables 003:363–733: raw counts kept, response rate = responses / invited).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE surveys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title jsonb NOT NULL,
      form_id text NOT NULL,
      anonymous boolean NOT NULL DEFAULT false,
      deadline timestamptz NOT NULL,
      questions jsonb NOT NULL DEFAULT '[]',
      purpose text NOT NULL DEFAULT 'general',
      sent_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX surveys_workspace ON surveys(workspace_id, created_at);
    CREATE TABLE survey_invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
      user_id uuid REFERENCES users(id) ON DELETE CASCADE,
      actor_id uuid REFERENCES actors(id) ON DELETE CASCADE,
      email text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      invited_at timestamptz NOT NULL DEFAULT now(),
      reminded_at timestamptz,
      reminders integer NOT NULL DEFAULT 0,
      responded boolean NOT NULL DEFAULT false,
      CHECK (user_id IS NOT NULL OR actor_id IS NOT NULL)
    );
    CREATE UNIQUE INDEX survey_invitations_user ON survey_invitations(survey_id, user_id) WHERE user_id IS NOT NULL;
    CREATE UNIQUE INDEX survey_invitations_actor ON survey_invitations(survey_id, actor_id) WHERE actor_id IS NOT NULL;
    CREATE TABLE survey_responses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
      respondent_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      respondent_actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      respondent_label text NOT NULL DEFAULT '',
      answers jsonb NOT NULL,
      submitted_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX survey_responses_survey ON survey_responses(survey_id, submitted_at);
    ALTER TABLE indicators ADD CONSTRAINT indicators_survey FOREIGN KEY (survey_id) REFERENCES surveys(id) ON DELETE SET NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE indicators DROP CONSTRAINT indicators_survey;
     DROP TABLE survey_responses, survey_invitations, surveys`,
  );
}
