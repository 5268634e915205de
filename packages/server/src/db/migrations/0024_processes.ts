import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Process management of the cluster organisation (GIZ 001:3232–3305): the cluster process model
 * (management, core, support, learning processes; primary processes and their sub-processes),
 * where each stands among the five steps of introducing process management, and PDCA cycles.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE processes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('management', 'core', 'support', 'learning')),
      parent_id uuid REFERENCES processes(id) ON DELETE RESTRICT,
      name text NOT NULL,
      owner text NOT NULL DEFAULT '',
      purpose text NOT NULL DEFAULT '',
      steps jsonb NOT NULL DEFAULT '[]',
      stage text NOT NULL DEFAULT 'modelled'
        CHECK (stage IN ('modelled', 'target', 'documented', 'implemented', 'optimised')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX processes_name ON processes(workspace_id, lower(name));
    CREATE INDEX processes_parent ON processes(parent_id);
    CREATE TABLE pdca_cycles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
      phase text NOT NULL DEFAULT 'plan' CHECK (phase IN ('plan', 'do', 'check', 'act')),
      problem text NOT NULL DEFAULT '',
      goal text NOT NULL DEFAULT '',
      measures text NOT NULL DEFAULT '',
      do_notes text NOT NULL DEFAULT '',
      check_result text NOT NULL DEFAULT '',
      act_notes text NOT NULL DEFAULT '',
      decision text CHECK (decision IS NULL OR decision IN ('standardise', 'restart')),
      started_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      CHECK ((closed_at IS NULL) = (decision IS NULL))
    );
    CREATE UNIQUE INDEX pdca_cycles_one_open ON pdca_cycles(process_id) WHERE closed_at IS NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE pdca_cycles, processes');
}
