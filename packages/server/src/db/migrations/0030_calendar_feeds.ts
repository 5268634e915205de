import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Calendar feeds (issue 12, item 6): a secret address per user from which a calendar app reads
 * the user's tasks. Only the SHA-256 of the secret is kept; a user has at most one live feed, and
 * a revoked feed stays on record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE calendar_feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    CREATE UNIQUE INDEX calendar_feeds_live ON calendar_feeds(user_id) WHERE revoked_at IS NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE calendar_feeds;`);
}
