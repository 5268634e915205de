import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** The actor register and the ties between actors (issue 5: diagnose). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE actors (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      kind text NOT NULL DEFAULT 'organisation' CHECK (kind IN ('organisation', 'person')),
      actor_type text NOT NULL,
      size_class text CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
      government_level text CHECK (government_level IN ('local', 'regional', 'national', 'international')),
      sector text NOT NULL DEFAULT '',
      location text NOT NULL DEFAULT '',
      role text CHECK (role IN ('instigator', 'anchor', 'multiplier', 'free_rider', 'objector')),
      status text NOT NULL DEFAULT 'stakeholder' CHECK (status IN ('stakeholder', 'committed', 'member')),
      contact_name text NOT NULL DEFAULT '',
      email text NOT NULL DEFAULT '',
      phone text NOT NULL DEFAULT '',
      website text NOT NULL DEFAULT '',
      notes text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX actors_name ON actors(workspace_id, lower(name));
    CREATE TABLE actor_ties (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      source_actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      target_actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      tie_type text NOT NULL CHECK (tie_type IN ('cooperation', 'supply', 'information', 'joint_action')),
      strength integer NOT NULL DEFAULT 1 CHECK (strength BETWEEN 1 AND 5),
      observed_on date NOT NULL,
      source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'survey')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (source_actor_id <> target_actor_id)
    );
    CREATE INDEX actor_ties_workspace ON actor_ties(workspace_id, observed_on);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE actor_ties, actors');
}
