import type { ColumnType, Generated } from 'kysely';

/** Column types of the results chain, indicators and surveys (0020_results_chain, 0021_surveys). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
type Json = ColumnType<unknown, string | null, string | null>;
type DateText = ColumnType<string, string, string>;
type Num = ColumnType<string, number | string, number | string>;
type NullableNum = ColumnType<string | null, number | string | null, number | string | null>;

export interface ResultsItemsTable {
  id: Generated<string>;
  workspace_id: string;
  level: string;
  title: string;
  description: Generated<string>;
  position: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ImpactHypothesesTable {
  id: Generated<string>;
  workspace_id: string;
  from_item_id: string;
  to_item_id: string;
  statement: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface IndicatorsTable {
  id: Generated<string>;
  workspace_id: string;
  item_id: string | null;
  level: string;
  name: string;
  definition: Generated<string>;
  unit: string;
  currency: string | null;
  disaggregation: Json;
  baseline_value: NullableNum;
  baseline_date: ColumnType<string | null, string | null, string | null>;
  /** 'manual' (typed in) or 'diagnostic' (computed at the first diagnostic baseline's date); 0023. */
  baseline_source: string | null;
  baseline_record_id: string | null;
  baseline_note: Generated<string>;
  data_source: Generated<string>;
  method: Generated<string>;
  source: Generated<string>;
  metric_key: string | null;
  survey_id: string | null;
  responsible_user_id: string | null;
  frequency: string;
  evaluation_level: string;
  starts_on: DateText;
  ends_on: DateText;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface IndicatorPeriodsTable {
  id: Generated<string>;
  workspace_id: string;
  indicator_id: string;
  period_key: string;
  starts_on: DateText;
  ends_on: DateText;
  target: NullableNum;
  closed_at: NullableTimestamp;
  closed_by: string | null;
}

export interface IndicatorValuesTable {
  id: Generated<string>;
  workspace_id: string;
  indicator_id: string;
  period_id: string;
  segment: Generated<string>;
  value: Num;
  origin: string;
  source_note: Generated<string>;
  entered_by: string | null;
  entered_at: GeneratedTimestamp;
}

export interface SurveysTable {
  id: Generated<string>;
  workspace_id: string;
  title: Json;
  form_id: string;
  anonymous: Generated<boolean>;
  deadline: Timestamp;
  questions: Json;
  /** Groups, repeats, languages, version and import warnings of an XLSForm (migration 0061). */
  form: ColumnType<unknown, string | undefined, string>;
  purpose: Generated<string>;
  sent_at: NullableTimestamp;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface SurveyInvitationsTable {
  id: Generated<string>;
  workspace_id: string;
  survey_id: string;
  user_id: string | null;
  actor_id: string | null;
  email: string;
  /** A respondent of an imported list: their name and organisation (migration 0059). */
  name: Generated<string>;
  organisation: Generated<string>;
  token_hash: string;
  invited_at: GeneratedTimestamp;
  reminded_at: NullableTimestamp;
  reminders: Generated<number>;
  responded: Generated<boolean>;
}

export interface SurveyResponsesTable {
  id: Generated<string>;
  workspace_id: string;
  survey_id: string;
  respondent_user_id: string | null;
  respondent_actor_id: string | null;
  respondent_label: Generated<string>;
  answers: Json;
  submitted_at: GeneratedTimestamp;
}

/** The theme a team gives one answer of an open list (migration 0060). */
export interface SurveyAnswerCodesTable {
  workspace_id: string;
  survey_id: string;
  response_id: string;
  question: string;
  item: number;
  theme: string;
  coded_by: string | null;
  coded_at: GeneratedTimestamp;
}

export interface MonitoringTables {
  results_items: ResultsItemsTable;
  impact_hypotheses: ImpactHypothesesTable;
  indicators: IndicatorsTable;
  indicator_periods: IndicatorPeriodsTable;
  indicator_values: IndicatorValuesTable;
  surveys: SurveysTable;
  survey_invitations: SurveyInvitationsTable;
  survey_responses: SurveyResponsesTable;
  survey_answer_codes: SurveyAnswerCodesTable;
}
