import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The cluster management team (issue 14; GIZ 001:2431–2489, 001:3995–4063; MarketMakers 000:205):
 * the team's score scale (the guide gives none; platform default 1–5), positions with their FTE,
 * job description and holder, scores on the ten criteria of 001:2443–2452 (weighted by FTE,
 * 001:2439), competence levels now and targeted per area (basic, advanced, expert; 001:4039), and
 * the training plan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE staff_settings (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      scale_max integer NOT NULL DEFAULT 5 CHECK (scale_max BETWEEN 2 AND 100),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE staff_positions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      fte numeric(4,3) NOT NULL CHECK (fte > 0 AND fte <= 1),
      job_description text NOT NULL DEFAULT '',
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      holder_name text NOT NULL DEFAULT '',
      scores jsonb NOT NULL DEFAULT '{}',
      competences jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX staff_positions_workspace ON staff_positions(workspace_id, created_at);
    CREATE TABLE staff_training_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      position_id uuid NOT NULL REFERENCES staff_positions(id) ON DELETE CASCADE,
      item text NOT NULL CHECK (length(trim(item)) > 0),
      area text NOT NULL CHECK (area IN ('technical', 'methodological', 'strategic_management',
        'process_controlling', 'policies_funding', 'languages')),
      target_level text NOT NULL CHECK (target_level IN ('basic', 'advanced', 'expert')),
      due_on date,
      done boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX staff_training_position ON staff_training_items(position_id, due_on);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE staff_training_items, staff_positions, staff_settings');
}
