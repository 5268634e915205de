import type { ColumnType, Generated } from 'kysely';

/** Column types of the organisation module's tables of migration 0041_financial_plan (issue 14). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface FinancialPlansTable {
  id: Generated<string>;
  workspace_id: string;
  version: number;
  title: string;
  /** YYYY-MM. */
  start_month: string;
  months: number;
  currency: string;
  /** numeric, read as text. */
  opening_balance: ColumnType<string, number | string | undefined, number | string>;
  status: Generated<'draft' | 'agreed' | 'superseded'>;
  /** YYYY-MM-DD text. */
  agreed_on: string | null;
  agreed_by: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface FinancialPlanLinesTable {
  id: Generated<string>;
  plan_id: string;
  workspace_id: string;
  kind: 'income' | 'expenditure';
  label: string;
  source: 'baseline_public' | 'membership_fees' | 'service_fees' | 'sponsoring' | 'projects' | null;
  public_funding: Generated<boolean>;
  category: 'personnel' | 'rent' | 'operating_supplies' | 'equipment' | 'start_up' | 'other' | null;
  /** One amount per month of the plan. */
  amounts: Json;
  position: Generated<number>;
  created_at: GeneratedTimestamp;
}

export interface FinancialPlanTables {
  financial_plans: FinancialPlansTable;
  financial_plan_lines: FinancialPlanLinesTable;
}
