import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Action plans (issue 13; GIZ 001:1727, 001:2036–2061; UNIDO 002:249): versions of a
 * plan of tasks with the columns NO | TASK | PRIORITY | DEADLINE | RESPONSIBLE | SUPPORT | REMARKS
 * | STATUS of the guide's extract (001:2054), tasks nested under tasks for the hierarchical number
 * (1, 1.1, 1.1.1), milestones and deliverables (001:2038), quick wins (001:2043), a review date
 * (001:2049). A green action plan (ECCP 004:267) keeps its KPIs as monitoring indicators.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE action_plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      strategy_id uuid REFERENCES strategies(id) ON DELETE SET NULL,
      kind text NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'green')),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'superseded')),
      based_on_id uuid REFERENCES action_plans(id) ON DELETE SET NULL,
      review_on date,
      reviewed_at timestamptz,
      reviewed_by uuid REFERENCES users(id) ON DELETE SET NULL,
      review_notes text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, kind, version),
      CHECK (ends_on >= starts_on)
    );
    CREATE UNIQUE INDEX action_plans_one_agreed ON action_plans(workspace_id, kind) WHERE status = 'agreed';
    CREATE TABLE action_plan_tasks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      parent_id uuid REFERENCES action_plan_tasks(id) ON DELETE CASCADE,
      position integer NOT NULL DEFAULT 0,
      task text NOT NULL CHECK (length(trim(task)) > 0),
      priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
      starts_on date,
      deadline date,
      responsible_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      responsible_actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      support text NOT NULL DEFAULT '',
      remarks text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
      kind text NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'milestone', 'deliverable')),
      quick_win boolean NOT NULL DEFAULT false,
      goal_id uuid REFERENCES strategy_goals(id) ON DELETE SET NULL,
      element_id uuid REFERENCES strategy_elements(id) ON DELETE SET NULL,
      revision integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (parent_id IS NULL OR parent_id <> id),
      CHECK (responsible_user_id IS NULL OR responsible_actor_id IS NULL),
      CHECK (starts_on IS NULL OR deadline IS NULL OR starts_on <= deadline)
    );
    CREATE INDEX action_plan_tasks_plan ON action_plan_tasks(plan_id, parent_id, position);
    CREATE INDEX action_plan_tasks_user ON action_plan_tasks(responsible_user_id);
    CREATE INDEX action_plan_tasks_actor ON action_plan_tasks(responsible_actor_id);
    CREATE TABLE action_plan_kpis (
      plan_id uuid NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
      indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      PRIMARY KEY (plan_id, indicator_id)
    );
    CREATE INDEX action_plan_kpis_indicator ON action_plan_kpis(indicator_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE action_plan_kpis, action_plan_tasks, action_plans');
}
