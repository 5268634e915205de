import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The service catalogue (GIZ 001:2596–2671, 3816–3862): objectives × fields-of-action matrix,
 * services with their pre-assessment, members' expectation and satisfaction answers, launch
 * checklist (ECCP 004:532), and which member used which service.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE service_objectives (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      position integer NOT NULL DEFAULT 0,
      UNIQUE (workspace_id, name)
    );
    CREATE TABLE service_fields (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      objective_id uuid NOT NULL REFERENCES service_objectives(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      position integer NOT NULL DEFAULT 0,
      UNIQUE (objective_id, name)
    );
    CREATE TABLE services (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      field_id uuid NOT NULL REFERENCES service_fields(id),
      name text NOT NULL CHECK (length(trim(name)) > 0),
      description text NOT NULL DEFAULT '',
      frequency text NOT NULL CHECK (frequency IN ('rarely', 'occasionally', 'frequently')),
      beneficiaries text NOT NULL CHECK (beneficiaries IN ('few', 'many')),
      effort_min text NOT NULL CHECK (effort_min IN ('low', 'medium', 'high')),
      effort_max text NOT NULL CHECK (effort_max IN ('low', 'medium', 'high')),
      relevance text NOT NULL CHECK (relevance IN ('low', 'medium', 'high')),
      fee_model text NOT NULL CHECK (fee_model IN ('included', 'paid')),
      member_price numeric(12, 2) CHECK (member_price >= 0),
      non_member_price numeric(12, 2) CHECK (non_member_price >= 0),
      currency text CHECK (currency ~ '^[A-Z]{3}$'),
      trust_level text NOT NULL CHECK (trust_level IN ('low', 'medium', 'high')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'live', 'retired')),
      launch_checks jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, name)
    );
    CREATE TABLE service_answers (
      service_id uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      expectation integer NOT NULL CHECK (expectation BETWEEN 1 AND 3),
      satisfaction integer NOT NULL CHECK (satisfaction BETWEEN 1 AND 3),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (service_id, user_id)
    );
    CREATE TABLE service_uses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      used_on date NOT NULL,
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX service_uses_actor ON service_uses(actor_id)
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE service_uses, service_answers, services, service_fields, service_objectives',
  );
}
