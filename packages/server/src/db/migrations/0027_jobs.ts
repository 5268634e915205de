import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Work done off the request (hardening issue, item 15): each job a workspace started — a mailing,
 * survey links, reminders — with its progress, who started it, when it ended and what came of it
 * in words. The queue itself is pg-boss, in its own schema `pgboss`; this table is what the
 * workspace sees. Scheduled work of the platform (the hourly purge) has no row here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('mailing', 'survey_send', 'survey_reminder')),
      state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
      done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
      total integer NOT NULL DEFAULT 0 CHECK (total >= 0),
      subject_id uuid,
      label text NOT NULL DEFAULT '',
      started_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      summary text NOT NULL DEFAULT '',
      error text NOT NULL DEFAULT '',
      result jsonb
    );
    CREATE INDEX jobs_workspace ON jobs(workspace_id, created_at DESC);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE jobs;`);
}
