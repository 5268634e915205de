import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Projects of the cluster organisation (GIZ 001:3136–3214) and joint actions of its members
 * (UNIDO 002:159; costs shared equally or pro rata, MarketMakers 000:187).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE projects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      project_type text NOT NULL CHECK (project_type IN ('internal', 'cluster_development', 'project_as_a_service', 'joint')),
      purpose text NOT NULL CHECK (purpose IN ('cluster_development', 'cluster_actors')),
      financing text NOT NULL DEFAULT '',
      goal text NOT NULL DEFAULT '',
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      phase text NOT NULL DEFAULT 'initiating' CHECK (phase IN ('initiating', 'planning', 'implementing', 'monitoring_closing')),
      currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
      lessons_learned text NOT NULL DEFAULT '',
      closed_on date,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on >= starts_on)
    );
    CREATE TABLE project_work_packages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      position integer NOT NULL DEFAULT 0
    );
    CREATE TABLE project_tasks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      work_package_id uuid REFERENCES project_work_packages(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      owner_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      starts_on date NOT NULL,
      due_on date NOT NULL,
      done_on date,
      CHECK (due_on >= starts_on)
    );
    CREATE TABLE project_milestones (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      due_on date NOT NULL,
      reached_on date
    );
    CREATE TABLE project_budget_lines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      category text NOT NULL CHECK (length(trim(category)) > 0),
      planned numeric(14, 2) NOT NULL DEFAULT 0 CHECK (planned >= 0),
      actual numeric(14, 2) NOT NULL DEFAULT 0 CHECK (actual >= 0),
      UNIQUE (project_id, category)
    );
    CREATE TABLE project_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      reported_on date NOT NULL,
      progress text NOT NULL CHECK (length(trim(progress)) > 0),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE joint_actions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      kind text NOT NULL CHECK (kind IN ('joint_purchasing', 'joint_marketing', 'shared_equipment', 'training', 'trade_fair', 'twinning', 'joint_venture', 'other')),
      relation text NOT NULL CHECK (relation IN ('enterprise_enterprise', 'enterprise_institution')),
      description text NOT NULL DEFAULT '',
      starts_on date NOT NULL,
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'completed')),
      total_cost numeric(14, 2) NOT NULL DEFAULT 0 CHECK (total_cost >= 0),
      currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
      cost_sharing text NOT NULL CHECK (cost_sharing IN ('equal', 'pro_rata')),
      results text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE joint_action_participants (
      joint_action_id uuid NOT NULL REFERENCES joint_actions(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      weight numeric(14, 4),
      share numeric(14, 2) NOT NULL DEFAULT 0,
      PRIMARY KEY (joint_action_id, actor_id)
    )
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE joint_action_participants, joint_actions, project_reports, project_budget_lines, project_milestones, project_tasks, project_work_packages, projects',
  );
}
