import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** Value chain maps: stages and the local actors that cover them (GIZ 001:1307–1426). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE value_chains (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      template text NOT NULL CHECK (template IN ('manufacturing', 'services', 'empty')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE value_chain_stages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      chain_id uuid NOT NULL REFERENCES value_chains(id) ON DELETE CASCADE,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('primary', 'support')),
      position integer NOT NULL
    );
    CREATE TABLE value_chain_stage_actors (
      stage_id uuid NOT NULL REFERENCES value_chain_stages(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      PRIMARY KEY (stage_id, actor_id)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE value_chain_stage_actors, value_chain_stages, value_chains');
}
