import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The programme's portfolio (issue 15, slice A; docs/programme.md):
 * - follow invitations: an initiative gives a programme a code (shown once, stored as its SHA-256
 *   hash) naming what it will share and until when; used once, revocable. Redeeming it makes an
 *   active `programme_follows` row with those `follow_shares` (the existing structure, unchanged);
 * - cluster development agents assigned to followed initiatives, and their reports (UNIDO
 *   002:230–234; the project coordinator reads them, 002:269–283).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE follow_invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      initiative_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      code_hash text NOT NULL UNIQUE,
      scopes text[] NOT NULL CHECK (cardinality(scopes) >= 1 AND scopes <@ ARRAY['lifecycle','indicators','reports']::text[]),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
      expires_at timestamptz NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      revoked_by uuid REFERENCES users(id) ON DELETE SET NULL,
      redeemed_at timestamptz,
      redeemed_by uuid REFERENCES users(id) ON DELETE SET NULL,
      programme_id uuid REFERENCES workspaces(id) ON DELETE SET NULL
    );
    CREATE INDEX follow_invitations_initiative ON follow_invitations(initiative_id, created_at);
    CREATE TABLE portfolio_agents (
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      initiative_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      agent_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      assigned_by uuid REFERENCES users(id) ON DELETE SET NULL,
      assigned_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (programme_id, initiative_id, agent_id)
    );
    CREATE TABLE agent_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      initiative_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      agent_id uuid REFERENCES users(id) ON DELETE SET NULL,
      period text NOT NULL CHECK (length(period) BETWEEN 1 AND 50),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX agent_reports_initiative ON agent_reports(programme_id, initiative_id, created_at);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE agent_reports, portfolio_agents, follow_invitations;`);
}
