import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The public profile of a cluster initiative (docs/connect.md; methods.md §7: "profiles with
 * competences, offers and needs"): one per initiative, written by its team, seen by the teams of
 * other initiatives only while published. Its own id, so that the directory never shows the
 * workspace's id. Competences, offers and needs are JSON arrays of short lines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE initiative_profiles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL UNIQUE REFERENCES workspaces(id) ON DELETE CASCADE,
      published boolean NOT NULL DEFAULT false,
      summary text NOT NULL DEFAULT '',
      sector text NOT NULL DEFAULT '',
      region text NOT NULL DEFAULT '',
      competences jsonb NOT NULL DEFAULT '[]',
      offers jsonb NOT NULL DEFAULT '[]',
      needs jsonb NOT NULL DEFAULT '[]',
      themes jsonb NOT NULL DEFAULT '[]',
      contact_email text,
      website text,
      published_at timestamptz,
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX initiative_profiles_published ON initiative_profiles (published, updated_at DESC);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE initiative_profiles;`);
}
