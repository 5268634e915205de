import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The connect module's first slice (docs/connect.md; methods.md §7): partner-search postings of a
 * cluster initiative's team, ECCP style (004:468–485, 659–677), and the interests other initiatives
 * express in them. An interest belongs to the initiative that expresses it (`workspace_id`) and
 * names the posting's initiative (`posting_workspace_id`); one interest per initiative and posting
 * (the unique constraint decides between two sent at once).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE partner_postings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('problem','offer','partner')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '',
      themes jsonb NOT NULL DEFAULT '[]',
      sector text NOT NULL DEFAULT '',
      closes_on date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
      closed_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX partner_postings_open ON partner_postings (status, created_at DESC);
    CREATE INDEX partner_postings_workspace ON partner_postings (workspace_id);
    CREATE TABLE partner_interests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      posting_id uuid NOT NULL REFERENCES partner_postings(id) ON DELETE CASCADE,
      posting_workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','declined')),
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      decided_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (posting_id, workspace_id),
      CHECK (posting_workspace_id <> workspace_id)
    );
    CREATE INDEX partner_interests_posting_workspace ON partner_interests (posting_workspace_id);
    CREATE INDEX partner_interests_workspace ON partner_interests (workspace_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE partner_interests, partner_postings;`);
}
