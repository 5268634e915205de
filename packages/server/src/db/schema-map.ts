import type { ColumnType, Generated } from 'kysely';

/** Column types of mapping and selection (0002_map_select). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface MapDatasetsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  file_name: string;
  definitions: string;
  input_rows: number;
  years: number[];
  base_year: number | null;
  establishments_criterion: boolean;
  uncovered: Json;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  /** Set while the records are written (migration 0065): the dataset is not seen until then. */
  writing_since: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface MapRecordsTable {
  dataset_id: string;
  year: number | null;
  region: string;
  region_name: string | null;
  region_type: string | null;
  cluster_code: string;
  cluster_name: string;
  cluster_type: string | null;
  employment: number;
  establishments: number | null;
  wages: number | null;
  average_wage: number | null;
  lq: number | null;
  share: number | null;
  rank: number | null;
  employment_rank: number | null;
  employment_change: number | null;
  cagr: number | null;
  strong: boolean;
  strong90: boolean;
}

export interface MapGeographiesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  region_property: string;
  feature_count: number;
  geojson: Json;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface SelectionExercisesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  dataset_id: string | null;
  year: number | null;
  status: Generated<'open' | 'decided'>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface SelectionCandidatesTable {
  id: Generated<string>;
  exercise_id: string;
  name: string;
  region: string | null;
  cluster_code: string | null;
  metrics: Json;
  source: 'mapping' | 'manual';
  created_at: GeneratedTimestamp;
}

export interface SelectionCriteriaTable {
  id: Generated<string>;
  exercise_id: string;
  name: string;
  kind: 'computed' | 'scored';
  metric: string | null;
  lower_is_better: Generated<boolean>;
  scale_max: number | null;
  weight: number;
  /** A knock-out threshold (migration 0048), null without one. */
  threshold: Generated<number | null>;
  created_at: GeneratedTimestamp;
}

export interface SelectionScorersTable {
  exercise_id: string;
  user_id: string;
  invited_by: string | null;
  invited_at: GeneratedTimestamp;
}

export interface SelectionScoresTable {
  exercise_id: string;
  candidate_id: string;
  criterion_id: string;
  scorer_id: string;
  score: number;
  comment: Generated<string>;
  updated_at: GeneratedTimestamp;
}

/** One row per candidate selected (migration 0048: a decision may select several). */
export interface SelectionDecisionsTable {
  id: Generated<string>;
  exercise_id: string;
  candidate_id: string;
  deciding_body: string;
  reason: string;
  decided_by: string;
  decided_at: GeneratedTimestamp;
  initiative_id: string | null;
}

export interface MapTables {
  map_datasets: MapDatasetsTable;
  map_records: MapRecordsTable;
  map_geographies: MapGeographiesTable;
  selection_exercises: SelectionExercisesTable;
  selection_candidates: SelectionCandidatesTable;
  selection_criteria: SelectionCriteriaTable;
  selection_scorers: SelectionScorersTable;
  selection_scores: SelectionScoresTable;
  selection_decisions: SelectionDecisionsTable;
}
