import type { ColumnType, Generated } from 'kysely';

/** Column types of the organisation module's tables of migration 0039_organisation (issue 14). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;
/** Date columns are read as YYYY-MM-DD text (database.ts parses the date type as text). */
type DateColumn = string;

export interface OrganisationProfilesTable {
  workspace_id: string;
  driver_type: string | null;
  implementation_shape: string | null;
  characteristics: Json;
  formality: string | null;
  notes: Generated<string>;
  reminder_days: Generated<number>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface LegalFormDecisionsTable {
  id: Generated<string>;
  workspace_id: string;
  answers: Json;
  form: string;
  reasons: string;
  decided_on: DateColumn;
  decided_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface GovernanceBodiesTable {
  id: Generated<string>;
  workspace_id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  min_size: number | null;
  max_size: number | null;
  term_years: number | null;
  election_rule: Generated<string>;
  tasks: Generated<string>;
  decides_applications: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface GovernanceSeatsTable {
  id: Generated<string>;
  body_id: string;
  workspace_id: string;
  user_id: string | null;
  actor_id: string | null;
  holder_name: Generated<string>;
  role_in_body: Generated<string>;
  term_start: DateColumn | null;
  term_end: DateColumn | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface GovernanceMeetingsTable {
  id: Generated<string>;
  workspace_id: string;
  body_id: string;
  held_on: DateColumn;
  title: string;
  agenda: Generated<string>;
  minutes: Generated<string>;
  decisions: Json;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface OrganisationTables {
  organisation_profiles: OrganisationProfilesTable;
  legal_form_decisions: LegalFormDecisionsTable;
  governance_bodies: GovernanceBodiesTable;
  governance_seats: GovernanceSeatsTable;
  governance_meetings: GovernanceMeetingsTable;
}
