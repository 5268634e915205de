import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** Cluster Member Cards for member personas (ECCP guide 004_f712fc9831894dbf.txt:502–508). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE member_cards (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      persona text NOT NULL CHECK (length(trim(persona)) > 0),
      age text NOT NULL DEFAULT '',
      position text NOT NULL DEFAULT '',
      company text NOT NULL DEFAULT '',
      member_type text NOT NULL DEFAULT '',
      member_role text NOT NULL CHECK (member_role IN ('decision_maker', 'influencer', 'peer', 'recommender', 'mission', 'saboteur', 'other')),
      service text NOT NULL DEFAULT '',
      jobs_to_be_done text NOT NULL DEFAULT '',
      gains text NOT NULL DEFAULT '',
      value_proposition text NOT NULL DEFAULT '',
      ambitions text NOT NULL DEFAULT '',
      pain_points text NOT NULL DEFAULT '',
      perfect_fit text NOT NULL DEFAULT '',
      industry_challenges text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE member_cards');
}
