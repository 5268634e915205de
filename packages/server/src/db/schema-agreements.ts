import type { ColumnType, Generated } from 'kysely';

/** Column types of the organisation module's tables of migration 0042_agreements (issue 14). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Date columns are read as YYYY-MM-DD text (database.ts parses the date type as text). */
type DateColumn = string | null;

export interface AgreementSettingsTable {
  workspace_id: string;
  fee_category_id: string | null;
  payment_days: number;
  term_months: number | null;
  notice_months: number;
  trademark_use: 'allowed' | 'with_approval' | 'not_allowed';
  services: string;
  disclosed_information: string;
  data_protection: string;
  applicable_law: string;
  contract_language: string;
  mediation: boolean;
  mediator: string;
  arbitration: boolean;
  arbitration_venue: string;
  court: string;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface MemberAgreementsTable {
  id: Generated<string>;
  workspace_id: string;
  actor_id: string;
  kind: 'membership' | 'trial' | 'mou';
  status: Generated<'draft' | 'sent' | 'signed' | 'ended'>;
  sent_on: DateColumn;
  signed_on: DateColumn;
  ended_on: DateColumn;
  notes: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface AgreementTables {
  agreement_settings: AgreementSettingsTable;
  member_agreements: MemberAgreementsTable;
}
