import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Strategy (issue 13; GIZ 001:1582–1842, 3769–3818): goals that keep what justified them (ranked
 * needs, SWOT items, constraints, value-chain stages) and the indicators that measure them; cluster
 * strategy versions (vision → strategic objectives → competitiveness initiatives → measures, the
 * Côte d'Ivoire structure of 001:1750–1842) with their five components (001:1721–1725).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE strategy_goals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text NOT NULL DEFAULT '',
      typical text CHECK (typical IS NULL OR typical IN ('innovation', 'joint_marketing', 'export',
        'procurement', 'services', 'training', 'synergies', 'lobbying')),
      position integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX strategy_goals_title ON strategy_goals(workspace_id, lower(title));
    CREATE TABLE strategy_goal_sources (
      goal_id uuid NOT NULL REFERENCES strategy_goals(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('need', 'analysis_item', 'constraint', 'value_chain_stage')),
      source_id uuid NOT NULL,
      label text NOT NULL DEFAULT '',
      PRIMARY KEY (goal_id, kind, source_id)
    );
    CREATE INDEX strategy_goal_sources_source ON strategy_goal_sources(workspace_id, kind, source_id);
    CREATE TABLE strategy_goal_indicators (
      goal_id uuid NOT NULL REFERENCES strategy_goals(id) ON DELETE CASCADE,
      indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      PRIMARY KEY (goal_id, indicator_id)
    );
    CREATE INDEX strategy_goal_indicators_indicator ON strategy_goal_indicators(indicator_id);
    CREATE TABLE strategies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version > 0),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      vision text NOT NULL DEFAULT '',
      components jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'superseded')),
      based_on_id uuid REFERENCES strategies(id) ON DELETE SET NULL,
      realignment_notes text NOT NULL DEFAULT '',
      agreed_on date,
      agreed_by text NOT NULL DEFAULT '',
      agreed_recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, version),
      CHECK (status = 'draft' OR agreed_on IS NOT NULL)
    );
    CREATE UNIQUE INDEX strategies_one_agreed ON strategies(workspace_id) WHERE status = 'agreed';
    CREATE TABLE strategy_elements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      strategy_id uuid NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('objective', 'initiative', 'measure')),
      parent_id uuid REFERENCES strategy_elements(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text NOT NULL DEFAULT '',
      goal_id uuid REFERENCES strategy_goals(id) ON DELETE SET NULL,
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'measure' OR parent_id IS NOT NULL),
      CHECK (kind <> 'objective' OR parent_id IS NULL)
    );
    CREATE INDEX strategy_elements_strategy ON strategy_elements(strategy_id, position);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE strategy_elements, strategies, strategy_goal_indicators, strategy_goal_sources, strategy_goals',
  );
}
