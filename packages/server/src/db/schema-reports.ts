import type { ColumnType, Generated } from 'kysely';

/** Column types of monitoring reports, benchmarking and evaluations (0022_reports). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
type DateText = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null, string | null>;
type Json = ColumnType<unknown, string | null, string | null>;
type Num = ColumnType<string, number | string | undefined, number | string>;

export interface MonitoringReportsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  starts_on: DateText;
  ends_on: DateText;
  tolerance: Num;
  narrative: Json;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface MonitoringSettingsTable {
  workspace_id: string;
  participation_survey_id: string | null;
  baseline_firms: number | null;
  baseline_observed_on: NullableDate;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface BenchmarkAssessmentsTable {
  id: Generated<string>;
  workspace_id: string;
  assessed_on: DateText;
  assessor: Generated<string>;
  scores: Json;
  notes: Json;
  share_with_peers: Generated<boolean>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  /** Who conducted it (migration 0058): the initiative's team or an external assessor. */
  conducted_by: Generated<'team' | 'external'>;
  assessor_organisation: Generated<string>;
  /** The external assessor's login, and the programme they assessed for. */
  assessor_user_id: Generated<string | null>;
  programme_id: Generated<string | null>;
  /** The sign-off that freezes the assessment. */
  signed_at: Generated<Date | null>;
  signed_by: Generated<string | null>;
  updated_at: GeneratedTimestamp;
}

export interface BenchmarkRecommendationsTable {
  id: Generated<string>;
  workspace_id: string;
  assessment_id: string;
  group_key: string | null;
  text: string;
  responsible_user_id: string | null;
  due_on: NullableDate;
  status: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface EvaluationsTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  kind: string;
  requesting_body: Generated<string>;
  purpose: Generated<string>;
  evaluator: Generated<string>;
  criteria: Json;
  status: Generated<string>;
  started_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  findings: Generated<string>;
  /** The start of the development period evaluated (migration 0055; 001:3568). */
  period_start: ColumnType<string | null, string | null | undefined, string | null>;
  /** The day the criteria were last set. */
  criteria_set_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface EvaluationRecommendationsTable {
  id: Generated<string>;
  workspace_id: string;
  evaluation_id: string;
  text: string;
  agreed_by_evaluators: Generated<boolean>;
  agreed_by_cluster: Generated<boolean>;
  agreed_by_requester: Generated<boolean>;
  selected: Generated<boolean>;
  status: Generated<string>;
  status_note: Generated<string>;
  responsible_user_id: string | null;
  due_on: NullableDate;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ReportsTables {
  monitoring_reports: MonitoringReportsTable;
  monitoring_settings: MonitoringSettingsTable;
  benchmark_assessments: BenchmarkAssessmentsTable;
  benchmark_recommendations: BenchmarkRecommendationsTable;
  evaluations: EvaluationsTable;
  evaluation_recommendations: EvaluationRecommendationsTable;
}
