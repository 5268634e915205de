import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The membership pipeline (GIZ 001:3350–3378): prospect → contacted → application → board decision
 * → trial partnership → full member → left; applications arrive through a link.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE actors ADD COLUMN membership_stage text CHECK (membership_stage IN ('prospect', 'contacted', 'applied', 'trial', 'member', 'left'));
    ALTER TABLE actors ADD COLUMN prospect_source text CHECK (prospect_source IN ('desk_research', 'inbound', 'recommendation'));
    ALTER TABLE actors ADD COLUMN left_reason text NOT NULL DEFAULT '';
    CREATE TABLE membership_stage_changes (
      id bigserial PRIMARY KEY,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      from_stage text,
      to_stage text NOT NULL,
      note text NOT NULL DEFAULT '',
      changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE membership_application_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    );
    CREATE TABLE membership_applications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      link_id uuid NOT NULL REFERENCES membership_application_links(id) ON DELETE CASCADE,
      organisation text NOT NULL,
      contact_name text NOT NULL,
      email text NOT NULL,
      actor_type text NOT NULL,
      message text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'rejected')),
      decision_note text NOT NULL DEFAULT '',
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      decided_at timestamptz,
      actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE membership_applications, membership_application_links, membership_stage_changes;
     ALTER TABLE actors DROP COLUMN membership_stage, DROP COLUMN prospect_source, DROP COLUMN left_reason`,
  );
}
