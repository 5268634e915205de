import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Communication (GIZ 001:2789–2844, 3464–3509): mailing lists by segment (member type, working
 * group, event) and messages with a send log per recipient, delivered through the pluggable mailer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE mailing_lists (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      segment text NOT NULL CHECK (segment IN ('all_members', 'actor_type', 'working_group', 'event')),
      segment_value text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, name)
    );
    CREATE TABLE messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      list_id uuid REFERENCES mailing_lists(id) ON DELETE SET NULL,
      list_name text NOT NULL,
      subject text NOT NULL CHECK (length(trim(subject)) > 0),
      body text NOT NULL CHECK (length(trim(body)) > 0),
      sent_by uuid REFERENCES users(id) ON DELETE SET NULL,
      sent_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE message_deliveries (
      id bigserial PRIMARY KEY,
      message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      recipient text NOT NULL,
      email text,
      status text NOT NULL CHECK (status IN ('sent', 'failed', 'no_email')),
      error text NOT NULL DEFAULT ''
    );
    CREATE INDEX message_deliveries_message ON message_deliveries(message_id)
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE message_deliveries, messages, mailing_lists');
}
