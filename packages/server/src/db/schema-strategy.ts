import type { ColumnType, Generated } from 'kysely';

/** Column types of the strategy module's goals and strategy versions (0036_strategy). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;
type NullableDate = ColumnType<string | null, string | null, string | null>;

export interface StrategyGoalsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  description: Generated<string>;
  typical: string | null;
  position: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface StrategyGoalSourcesTable {
  goal_id: string;
  workspace_id: string;
  kind: 'need' | 'analysis_item' | 'constraint' | 'value_chain_stage';
  source_id: string;
  label: Generated<string>;
}

export interface StrategyGoalIndicatorsTable {
  goal_id: string;
  indicator_id: string;
  workspace_id: string;
}

export interface StrategiesTable {
  id: Generated<string>;
  workspace_id: string;
  version: number;
  title: string;
  vision: Generated<string>;
  components: Json;
  status: Generated<'draft' | 'agreed' | 'superseded'>;
  based_on_id: string | null;
  realignment_notes: Generated<string>;
  agreed_on: NullableDate;
  agreed_by: Generated<string>;
  agreed_recorded_by: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface StrategyElementsTable {
  id: Generated<string>;
  workspace_id: string;
  strategy_id: string;
  kind: 'objective' | 'initiative' | 'measure';
  parent_id: string | null;
  title: string;
  description: Generated<string>;
  goal_id: string | null;
  position: Generated<number>;
  created_at: GeneratedTimestamp;
}

export interface StrategyTables {
  strategy_goals: StrategyGoalsTable;
  strategy_goal_sources: StrategyGoalSourcesTable;
  strategy_goal_indicators: StrategyGoalIndicatorsTable;
  strategies: StrategiesTable;
  strategy_elements: StrategyElementsTable;
}
