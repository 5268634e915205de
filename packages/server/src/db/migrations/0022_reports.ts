import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Monitoring reports, the GIZ participation checks, benchmarking and evaluations (issue 7, part 2).
 * - monitoring_reports: one report per workspace and period, with its narrative and the tolerance
 *   of its traffic lights (the platform's default is 10 %; the seeds give no number).
 * - monitoring_settings: which survey measures participation in impact monitoring (001:2978) and
 *   the firms interviewed in the baseline observation (001:3757).
 * - benchmark_*: ECEI self-assessments (001:3690–3746), opted-in peer sharing, recommendations
 *   tracked as tasks.
 * - evaluation*: evaluations with criteria fixed at the start and jointly agreed recommendations
 *   (001:3553–3587).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE monitoring_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      tolerance numeric NOT NULL DEFAULT 10 CHECK (tolerance >= 0 AND tolerance <= 100),
      narrative jsonb NOT NULL DEFAULT '{}',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on >= starts_on),
      UNIQUE (workspace_id, starts_on, ends_on)
    );
    CREATE TABLE monitoring_settings (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      participation_survey_id uuid REFERENCES surveys(id) ON DELETE SET NULL,
      baseline_firms integer CHECK (baseline_firms IS NULL OR baseline_firms >= 0),
      baseline_observed_on date,
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE benchmark_assessments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      assessed_on date NOT NULL,
      assessor text NOT NULL DEFAULT '',
      scores jsonb NOT NULL DEFAULT '{}',
      notes jsonb NOT NULL DEFAULT '{}',
      share_with_peers boolean NOT NULL DEFAULT false,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX benchmark_assessments_workspace ON benchmark_assessments(workspace_id, assessed_on);
    CREATE INDEX benchmark_assessments_shared ON benchmark_assessments(share_with_peers) WHERE share_with_peers;
    CREATE TABLE benchmark_recommendations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      assessment_id uuid NOT NULL REFERENCES benchmark_assessments(id) ON DELETE CASCADE,
      group_key text,
      text text NOT NULL CHECK (length(trim(text)) > 0),
      responsible_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      due_on date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE evaluations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      kind text NOT NULL CHECK (kind IN ('internal', 'external')),
      requesting_body text NOT NULL DEFAULT '',
      purpose text NOT NULL DEFAULT '',
      evaluator text NOT NULL DEFAULT '',
      criteria jsonb NOT NULL DEFAULT '[]',
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'started', 'completed')),
      started_at timestamptz,
      completed_at timestamptz,
      findings text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE evaluation_recommendations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      evaluation_id uuid NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
      text text NOT NULL CHECK (length(trim(text)) > 0),
      agreed_by_evaluators boolean NOT NULL DEFAULT false,
      agreed_by_cluster boolean NOT NULL DEFAULT false,
      agreed_by_requester boolean NOT NULL DEFAULT false,
      selected boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'implemented', 'dropped')),
      status_note text NOT NULL DEFAULT '',
      responsible_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      due_on date,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (NOT selected OR (agreed_by_evaluators AND agreed_by_cluster AND agreed_by_requester))
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE evaluation_recommendations, evaluations, benchmark_recommendations, benchmark_assessments, monitoring_settings, monitoring_reports',
  );
}
