import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Results chain, indicators, periods and values (issue 7; UNIDO 002:256–258, GIZ 001:2944–2968,
 * IDB evaluation levels 003:835). Works for cluster initiatives and programmes alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE results_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      level text NOT NULL CHECK (level IN ('inputs', 'activities', 'outputs', 'outcomes', 'impact')),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text NOT NULL DEFAULT '',
      position integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX results_items_workspace ON results_items(workspace_id, level, position);
    CREATE TABLE impact_hypotheses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      from_item_id uuid NOT NULL REFERENCES results_items(id) ON DELETE CASCADE,
      to_item_id uuid NOT NULL REFERENCES results_items(id) ON DELETE CASCADE,
      statement text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (from_item_id, to_item_id),
      CHECK (from_item_id <> to_item_id)
    );
    CREATE TABLE indicators (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      item_id uuid REFERENCES results_items(id) ON DELETE SET NULL,
      level text NOT NULL CHECK (level IN ('inputs', 'activities', 'outputs', 'outcomes', 'impact')),
      name text NOT NULL CHECK (length(trim(name)) > 0),
      definition text NOT NULL DEFAULT '',
      unit text NOT NULL CHECK (unit IN ('number', 'percentage', 'currency', 'ratio', 'score')),
      currency text CHECK (currency IS NULL OR currency ~ '^[A-Z]{3}$'),
      disaggregation jsonb NOT NULL DEFAULT '[]',
      baseline_value numeric,
      baseline_date date,
      data_source text NOT NULL DEFAULT '',
      method text NOT NULL DEFAULT '',
      source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'platform', 'survey')),
      metric_key text,
      survey_id uuid,
      responsible_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      frequency text NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'semi_annual', 'annual')),
      evaluation_level text NOT NULL CHECK (evaluation_level IN ('cluster', 'cluster_organisation', 'national_ecosystem', 'regional_ecosystem')),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on >= starts_on),
      CHECK (source <> 'platform' OR metric_key IS NOT NULL),
      UNIQUE (workspace_id, name)
    );
    CREATE TABLE indicator_periods (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      period_key text NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      target numeric,
      closed_at timestamptz,
      closed_by uuid REFERENCES users(id) ON DELETE SET NULL,
      UNIQUE (indicator_id, period_key)
    );
    CREATE INDEX indicator_periods_workspace ON indicator_periods(workspace_id, ends_on);
    CREATE TABLE indicator_values (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      period_id uuid NOT NULL REFERENCES indicator_periods(id) ON DELETE CASCADE,
      segment text NOT NULL DEFAULT '',
      value numeric NOT NULL,
      origin text NOT NULL CHECK (origin IN ('manual', 'platform', 'survey')),
      source_note text NOT NULL DEFAULT '',
      entered_by uuid REFERENCES users(id) ON DELETE SET NULL,
      entered_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (period_id, segment)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE indicator_values, indicator_periods, indicators, impact_hypotheses, results_items',
  );
}
