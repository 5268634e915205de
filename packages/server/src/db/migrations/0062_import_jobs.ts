import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Large imports off the request (hardening issue, item 15): an import whose file is larger than the
 * platform's inline limit becomes a job of kind `import`, and its file waits in `job_files` until
 * the job has run (the job row cascades it away; the job deletes it when it ends).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE jobs DROP CONSTRAINT jobs_kind_check;
    ALTER TABLE jobs ADD CONSTRAINT jobs_kind_check
      CHECK (kind IN ('mailing', 'survey_send', 'survey_reminder', 'import'));
    CREATE TABLE job_files (
      job_id uuid PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      content bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE job_files;
    DELETE FROM jobs WHERE kind = 'import';
    ALTER TABLE jobs DROP CONSTRAINT jobs_kind_check;
    ALTER TABLE jobs ADD CONSTRAINT jobs_kind_check
      CHECK (kind IN ('mailing', 'survey_send', 'survey_reminder'));
  `,
  );
}
