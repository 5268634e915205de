import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Rapid assessment of existing associations (MarketMakers Table 2, 000:92–115) and the constraint
 * diagnosis in tiers with pathways (000:50–64, 237–249).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE association_assessments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL,
      recommendation text CHECK (recommendation IN ('partner_existing', 'create_new')),
      recommended_association text NOT NULL DEFAULT '',
      reasons text NOT NULL DEFAULT '',
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      decided_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE assessment_answers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      assessment_id uuid NOT NULL REFERENCES association_assessments(id) ON DELETE CASCADE,
      question_id text NOT NULL,
      association text NOT NULL DEFAULT '',
      informant text NOT NULL,
      answer text NOT NULL CHECK (length(trim(answer)) > 0),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE constraints (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      tier integer NOT NULL CHECK (tier BETWEEN 1 AND 4),
      kind text NOT NULL CHECK (kind IN ('function', 'rule')),
      deficiency text NOT NULL CHECK (deficiency IN ('absent', 'suboptimal_scope', 'suboptimal_quality')),
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE constraint_links (
      cause_id uuid NOT NULL REFERENCES constraints(id) ON DELETE CASCADE,
      effect_id uuid NOT NULL REFERENCES constraints(id) ON DELETE CASCADE,
      PRIMARY KEY (cause_id, effect_id),
      CHECK (cause_id <> effect_id)
    );
    CREATE TABLE constraint_pathways (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      constraint_ids uuid[] NOT NULL,
      ability_to_act integer NOT NULL CHECK (ability_to_act BETWEEN 1 AND 5),
      expected_effect integer NOT NULL CHECK (expected_effect BETWEEN 1 AND 5),
      partner_availability integer NOT NULL CHECK (partner_availability BETWEEN 1 AND 5),
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE constraint_pathways, constraint_links, constraints, assessment_answers, association_assessments',
  );
}
