import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Strategy documents (issue 13): versions of the cluster business canvas (GIZ 001:1647–1653: the
 * header and ten blocks), visual roadmaps with items in the four lanes of 001:4316–4321 linked to
 * strategy elements, and the internationalisation strategy of ECCP 004:595–653 (three steps, the
 * three analysis questions of 004:619–623 with evidence, target markets, a review cadence the team
 * sets) with its reviews.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE business_canvases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version > 0),
      name text NOT NULL CHECK (length(trim(name)) > 0),
      organisation text NOT NULL DEFAULT '',
      canvas_date date NOT NULL,
      blocks jsonb NOT NULL DEFAULT '{}',
      note text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, version)
    );
    CREATE TABLE roadmaps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      topic text NOT NULL DEFAULT '',
      from_year integer NOT NULL,
      to_year integer NOT NULL,
      recommended_actions text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (from_year <= to_year)
    );
    CREATE UNIQUE INDEX roadmaps_title ON roadmaps(workspace_id, lower(title));
    CREATE TABLE roadmap_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      lane text NOT NULL CHECK (lane IN ('drivers', 'technologies', 'topic', 'effects')),
      start_year integer NOT NULL,
      end_year integer NOT NULL,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text NOT NULL DEFAULT '',
      element_id uuid REFERENCES strategy_elements(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (start_year <= end_year)
    );
    CREATE INDEX roadmap_items_roadmap ON roadmap_items(roadmap_id, lane, start_year);
    CREATE INDEX roadmap_items_element ON roadmap_items(element_id);
    CREATE TABLE internationalisation_strategies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL UNIQUE REFERENCES workspaces(id) ON DELETE CASCADE,
      diagnostics text NOT NULL DEFAULT '',
      choice text NOT NULL DEFAULT '',
      action text NOT NULL DEFAULT '',
      answers jsonb NOT NULL DEFAULT '{}',
      target_markets jsonb NOT NULL DEFAULT '[]',
      review_months integer NOT NULL CHECK (review_months BETWEEN 1 AND 24),
      written_on date NOT NULL DEFAULT CURRENT_DATE,
      last_reviewed_on date,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE internationalisation_reviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      strategy_id uuid NOT NULL REFERENCES internationalisation_strategies(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      reviewed_on date NOT NULL,
      notes text NOT NULL DEFAULT '',
      reviewed_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX internationalisation_reviews_strategy ON internationalisation_reviews(strategy_id, reviewed_on);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE internationalisation_reviews, internationalisation_strategies, roadmap_items, roadmaps, business_canvases',
  );
}
