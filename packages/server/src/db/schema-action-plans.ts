import type { ColumnType, Generated } from 'kysely';

/** Column types of the strategy module's tables of migration 0037_action_plans (issue 13). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export type ActionPlanKind = 'general' | 'green';
export type ActionPlanStatus = 'draft' | 'agreed' | 'superseded';
export type ActionTaskPriority = 'high' | 'medium' | 'low';
export type ActionTaskStatus = 'open' | 'in_progress' | 'done' | 'dropped';
export type ActionTaskKind = 'task' | 'milestone' | 'deliverable';

export interface ActionPlansTable {
  id: Generated<string>;
  workspace_id: string;
  strategy_id: string | null;
  kind: Generated<ActionPlanKind>;
  title: string;
  starts_on: string;
  ends_on: string;
  version: Generated<number>;
  status: Generated<ActionPlanStatus>;
  based_on_id: string | null;
  review_on: NullableDate;
  reviewed_at: NullableTimestamp;
  reviewed_by: string | null;
  review_notes: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ActionPlanTasksTable {
  id: Generated<string>;
  plan_id: string;
  workspace_id: string;
  parent_id: string | null;
  position: Generated<number>;
  task: string;
  priority: Generated<string>;
  starts_on: NullableDate;
  deadline: NullableDate;
  responsible_user_id: string | null;
  responsible_actor_id: string | null;
  support: Generated<string>;
  remarks: Generated<string>;
  status: Generated<string>;
  kind: Generated<string>;
  quick_win: Generated<boolean>;
  goal_id: string | null;
  element_id: string | null;
  revision: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ActionPlanKpisTable {
  plan_id: string;
  indicator_id: string;
  workspace_id: string;
}

export interface ActionPlanTables {
  action_plans: ActionPlansTable;
  action_plan_tasks: ActionPlanTasksTable;
  action_plan_kpis: ActionPlanKpisTable;
}
