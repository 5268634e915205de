import type { ColumnType, Generated } from 'kysely';

/** Column types of the organisation module's tables of migration 0040_staff (issue 14). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface StaffSettingsTable {
  workspace_id: string;
  scale_max: Generated<number>;
  updated_at: GeneratedTimestamp;
}

export interface StaffPositionsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  /** numeric, read as text. */
  fte: ColumnType<string, number | string, number | string>;
  job_description: Generated<string>;
  user_id: string | null;
  holder_name: Generated<string>;
  /** { criterion: score | null } (001:2443–2452). */
  scores: Json;
  /** { area: { current, target } } with basic | advanced | expert (001:4039). */
  competences: Json;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface StaffTrainingItemsTable {
  id: Generated<string>;
  workspace_id: string;
  position_id: string;
  item: string;
  area: string;
  target_level: 'basic' | 'advanced' | 'expert';
  /** YYYY-MM-DD text. */
  due_on: string | null;
  done: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface StaffTables {
  staff_settings: StaffSettingsTable;
  staff_positions: StaffPositionsTable;
  staff_training_items: StaffTrainingItemsTable;
}
