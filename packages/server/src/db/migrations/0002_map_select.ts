import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** Cluster mapping datasets, uploaded geographies, selection exercises and initiative baselines (issue 4). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE map_datasets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      file_name text NOT NULL,
      definitions text NOT NULL,
      input_rows integer NOT NULL,
      years integer[] NOT NULL,
      base_year integer,
      establishments_criterion boolean NOT NULL,
      uncovered jsonb NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX map_datasets_workspace ON map_datasets(workspace_id, created_at DESC);
    CREATE TABLE map_records (
      dataset_id uuid NOT NULL REFERENCES map_datasets(id) ON DELETE CASCADE,
      year integer,
      region text NOT NULL,
      region_name text,
      region_type text,
      cluster_code text NOT NULL,
      cluster_name text NOT NULL,
      cluster_type text,
      employment double precision NOT NULL,
      establishments double precision,
      wages double precision,
      average_wage double precision,
      lq double precision,
      share double precision,
      rank integer,
      employment_rank integer,
      employment_change double precision,
      cagr double precision,
      strong boolean NOT NULL,
      strong90 boolean NOT NULL
    );
    CREATE INDEX map_records_region ON map_records(dataset_id, region, year);
    CREATE INDEX map_records_cluster ON map_records(dataset_id, cluster_code, year);
    CREATE TABLE map_geographies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      region_property text NOT NULL,
      feature_count integer NOT NULL,
      geojson jsonb NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE selection_exercises (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      dataset_id uuid REFERENCES map_datasets(id) ON DELETE SET NULL,
      year integer,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE selection_candidates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      exercise_id uuid NOT NULL REFERENCES selection_exercises(id) ON DELETE CASCADE,
      name text NOT NULL,
      region text,
      cluster_code text,
      metrics jsonb NOT NULL DEFAULT '{}',
      source text NOT NULL CHECK (source IN ('mapping', 'manual')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE selection_criteria (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      exercise_id uuid NOT NULL REFERENCES selection_exercises(id) ON DELETE CASCADE,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('computed', 'scored')),
      metric text,
      lower_is_better boolean NOT NULL DEFAULT false,
      scale_max integer,
      weight double precision NOT NULL CHECK (weight > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'computed' AND metric IS NOT NULL) OR (kind = 'scored' AND scale_max > 0))
    );
    CREATE TABLE selection_scorers (
      exercise_id uuid NOT NULL REFERENCES selection_exercises(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
      invited_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (exercise_id, user_id)
    );
    CREATE TABLE selection_scores (
      exercise_id uuid NOT NULL REFERENCES selection_exercises(id) ON DELETE CASCADE,
      candidate_id uuid NOT NULL REFERENCES selection_candidates(id) ON DELETE CASCADE,
      criterion_id uuid NOT NULL REFERENCES selection_criteria(id) ON DELETE CASCADE,
      scorer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      score double precision NOT NULL,
      comment text NOT NULL DEFAULT '',
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (candidate_id, criterion_id, scorer_id)
    );
    CREATE TABLE selection_decisions (
      exercise_id uuid PRIMARY KEY REFERENCES selection_exercises(id) ON DELETE CASCADE,
      candidate_id uuid NOT NULL REFERENCES selection_candidates(id),
      deciding_body text NOT NULL,
      reason text NOT NULL,
      decided_by uuid NOT NULL REFERENCES users(id),
      decided_at timestamptz NOT NULL DEFAULT now(),
      initiative_id uuid REFERENCES workspaces(id) ON DELETE SET NULL
    );
    CREATE TABLE initiative_baselines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      source text NOT NULL,
      description text NOT NULL,
      data jsonb NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE initiative_baselines, selection_decisions, selection_scores, selection_scorers, selection_criteria,
       selection_candidates, selection_exercises, map_geographies, map_records, map_datasets`,
  );
}
