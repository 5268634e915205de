import type { ColumnType, Generated } from 'kysely';

/** Column types of the programme's plans, panels, rounds and grants (migration 0051_plans_grants; docs/programme.md, slice C). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateText = ColumnType<string, string, string>;
type Num = ColumnType<string, number | string | undefined, number | string>;
type NullableNum = ColumnType<string | null, number | string | null, number | string | null>;

export const PLAN_STATUSES = ['draft', 'submitted', 'funded', 'declined'] as const;
export const ROUND_STATUSES = ['open', 'decided'] as const;
/** What a tranche pays for: founding and start-up (Step 6), operations, or a new activity or member service (Step 8). */
export const TRANCHE_PURPOSES = ['start_up', 'operating', 'new_service'] as const;
export const CO_INVESTMENT_KINDS = ['financial', 'non_financial'] as const;

export interface ProgrammePanelsTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  focus: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ProgrammePanelMembersTable {
  panel_id: string;
  user_id: string;
  added_by: string | null;
  added_at: GeneratedTimestamp;
}

export interface ProgrammeRoundsTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  pitch_date: DateText;
  panel_id: string;
  status: Generated<(typeof ROUND_STATUSES)[number]>;
  score_min: Generated<number>;
  score_max: Generated<number>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ProgrammePlansTable {
  id: Generated<string>;
  programme_id: string;
  applicant_id: string;
  title: string;
  sector: Generated<string>;
  country: Generated<string>;
  summary: Generated<string>;
  budget: Num;
  currency: Generated<string>;
  status: Generated<(typeof PLAN_STATUSES)[number]>;
  round_id: string | null;
  submitted_at: NullableTimestamp;
  decision_reason: Generated<string>;
  decided_at: NullableTimestamp;
  decided_by: string | null;
  initiative_id: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ProgrammePlanIndicatorsTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  name: string;
  unit: string;
  baseline: NullableNum;
  target: NullableNum;
  indicator_id: string | null;
}

export interface ProgrammePlanScoresTable {
  plan_id: string;
  round_id: string;
  user_id: string;
  score: number;
  comment: Generated<string>;
  scored_at: GeneratedTimestamp;
}

export interface ProgrammeGrantsTable {
  id: Generated<string>;
  programme_id: string;
  plan_id: string;
  currency: string;
  starts_on: DateText;
  co_investment: Num;
  co_investment_kind: Generated<(typeof CO_INVESTMENT_KINDS)[number]>;
  co_investment_note: Generated<string>;
  taper: Generated<boolean>;
  notes: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ProgrammeTranchesTable {
  id: Generated<string>;
  grant_id: string;
  position: number;
  title: string;
  amount: Num;
  purpose: (typeof TRANCHE_PURPOSES)[number];
  re_engagement: Generated<boolean>;
  service: Generated<string>;
  due_on: DateText;
  milestone: string;
  milestone_met_on: ColumnType<string | null, string | null | undefined, string | null>;
  milestone_evidence: Generated<string>;
  met_by: string | null;
}

export interface ProgrammeDisbursementsTable {
  id: Generated<string>;
  tranche_id: string;
  amount: Num;
  paid_on: DateText;
  reference: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface PlansTables {
  programme_panels: ProgrammePanelsTable;
  programme_panel_members: ProgrammePanelMembersTable;
  programme_rounds: ProgrammeRoundsTable;
  programme_plans: ProgrammePlansTable;
  programme_plan_indicators: ProgrammePlanIndicatorsTable;
  programme_plan_scores: ProgrammePlanScoresTable;
  programme_grants: ProgrammeGrantsTable;
  programme_tranches: ProgrammeTranchesTable;
  programme_disbursements: ProgrammeDisbursementsTable;
}
