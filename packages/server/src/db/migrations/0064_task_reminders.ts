import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Reminders of terms, reviews and deadlines by e-mail (hardening issue, item 15: scheduled work):
 * each person chooses a weekly digest (the platform's default), a daily one or none, and the day
 * the last one went out is kept so that a digest is sent once however many processes run.
 * (0063 is left to the connect module's first migration.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE users ADD COLUMN task_reminders text NOT NULL DEFAULT 'weekly'
      CHECK (task_reminders IN ('off', 'daily', 'weekly'));
    ALTER TABLE users ADD COLUMN reminders_sent_on date;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE users DROP COLUMN reminders_sent_on;
    ALTER TABLE users DROP COLUMN task_reminders;
  `,
  );
}
