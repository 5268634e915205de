import { sql, type Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** Accounts, workspaces, access, audit and the lifecycle spine (issue: platform foundation). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE CHECK (email = lower(email)),
      name text NOT NULL,
      password_hash text NOT NULL,
      locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'es')),
      is_platform_admin boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE workspaces (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      kind text NOT NULL CHECK (kind IN ('programme', 'cluster_initiative')),
      name text NOT NULL,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE memberships (
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner','manager','staff','member','viewer','officer','panel_member','evaluator')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, user_id)
    );
    CREATE INDEX memberships_user ON memberships(user_id);
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user ON sessions(user_id);
    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    CREATE TABLE invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      email text NOT NULL,
      role text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      invited_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      revoked_at timestamptz
    );
    CREATE TABLE password_resets (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );
    CREATE TABLE login_failures (
      id bigserial PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX login_failures_email ON login_failures(email, at);
    CREATE INDEX login_failures_ip ON login_failures(ip, at);
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      workspace_id uuid REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text,
      old_value jsonb,
      new_value jsonb,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX audit_log_workspace ON audit_log(workspace_id, id DESC);
    CREATE TABLE lifecycle_states (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      stage text NOT NULL CHECK (stage IN ('initiation','establishment','operationalisation','transformation')),
      unido_phase integer NOT NULL CHECK (unido_phase BETWEEN 1 AND 6),
      blueprint_step integer CHECK (blueprint_step BETWEEN 1 AND 9),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE lifecycle_changes (
      id bigserial PRIMARY KEY,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      field text NOT NULL CHECK (field IN ('stage','unido_phase','blueprint_step')),
      from_value text,
      to_value text,
      reason text NOT NULL,
      changed_by uuid NOT NULL REFERENCES users(id),
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX lifecycle_changes_workspace ON lifecycle_changes(workspace_id, id DESC);
    CREATE TABLE key_question_answers (
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      question_id text NOT NULL,
      checked boolean NOT NULL,
      answer text NOT NULL DEFAULT '',
      evidence text NOT NULL DEFAULT '',
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, question_id)
    );
    CREATE TABLE programme_follows (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      initiative_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('requested','active','ended')),
      requested_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, initiative_id)
    );
    CREATE TABLE follow_shares (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      follow_id uuid NOT NULL REFERENCES programme_follows(id) ON DELETE CASCADE,
      scope text NOT NULL CHECK (scope IN ('lifecycle','indicators','reports')),
      granted_by uuid NOT NULL REFERENCES users(id),
      granted_at timestamptz NOT NULL DEFAULT now(),
      revoked_by uuid REFERENCES users(id),
      revoked_at timestamptz
    );
    CREATE UNIQUE INDEX follow_shares_active ON follow_shares(follow_id, scope) WHERE revoked_at IS NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE follow_shares, programme_follows, key_question_answers, lifecycle_changes, lifecycle_states,
      audit_log, login_failures, password_resets, invitations, api_tokens, sessions, memberships, workspaces,
      organisations, users;
  `.execute(db);
}
