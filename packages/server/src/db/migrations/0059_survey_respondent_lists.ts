import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * A survey sent to a list of respondents imported from a file (fidelity issue 16, item 19): the
 * IDB survey went to the people of the business support organisations of its programme, 33 of 136
 * invited answering (003:345), not to logins of the platform. Such an invitation names the person
 * and their organisation instead of a user or an actor; one per email in a survey.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE survey_invitations ADD COLUMN name text NOT NULL DEFAULT '';
    ALTER TABLE survey_invitations ADD COLUMN organisation text NOT NULL DEFAULT '';
    ALTER TABLE survey_invitations DROP CONSTRAINT survey_invitations_check;
    ALTER TABLE survey_invitations ADD CONSTRAINT survey_invitations_who
      CHECK (user_id IS NOT NULL OR actor_id IS NOT NULL OR name <> '');
    CREATE UNIQUE INDEX survey_invitations_listed ON survey_invitations (survey_id, lower(email))
      WHERE user_id IS NULL AND actor_id IS NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DELETE FROM survey_invitations WHERE user_id IS NULL AND actor_id IS NULL;
    DROP INDEX survey_invitations_listed;
    ALTER TABLE survey_invitations DROP CONSTRAINT survey_invitations_who;
    ALTER TABLE survey_invitations ADD CONSTRAINT survey_invitations_check
      CHECK (user_id IS NOT NULL OR actor_id IS NOT NULL);
    ALTER TABLE survey_invitations DROP COLUMN organisation;
    ALTER TABLE survey_invitations DROP COLUMN name;
  `,
  );
}
