import type { ColumnType, Generated } from 'kysely';

/** Column types of the strategy module's tables of migration 0038_strategy_documents (issue 13). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;
/** Date columns are read as YYYY-MM-DD text (database.ts parses the date type as text). */
type DateColumn = string;

export interface BusinessCanvasesTable {
  id: Generated<string>;
  workspace_id: string;
  version: number;
  name: string;
  organisation: Generated<string>;
  canvas_date: DateColumn;
  blocks: Json;
  note: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface RoadmapsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  topic: Generated<string>;
  from_year: number;
  to_year: number;
  recommended_actions: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface RoadmapItemsTable {
  id: Generated<string>;
  roadmap_id: string;
  workspace_id: string;
  lane: 'drivers' | 'technologies' | 'topic' | 'effects';
  start_year: number;
  end_year: number;
  title: string;
  description: Generated<string>;
  element_id: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface InternationalisationStrategiesTable {
  id: Generated<string>;
  workspace_id: string;
  diagnostics: Generated<string>;
  choice: Generated<string>;
  action: Generated<string>;
  answers: Json;
  target_markets: Json;
  review_months: number;
  written_on: Generated<string>;
  last_reviewed_on: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface InternationalisationReviewsTable {
  id: Generated<string>;
  strategy_id: string;
  workspace_id: string;
  reviewed_on: DateColumn;
  notes: Generated<string>;
  reviewed_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface StrategyDocumentTables {
  business_canvases: BusinessCanvasesTable;
  roadmaps: RoadmapsTable;
  roadmap_items: RoadmapItemsTable;
  internationalisation_strategies: InternationalisationStrategiesTable;
  internationalisation_reviews: InternationalisationReviewsTable;
}
