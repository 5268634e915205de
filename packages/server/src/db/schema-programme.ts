import type { ColumnType, Generated } from 'kysely';

/** Column types of the programme's shared tables of migration 0044_programme (issue 15; docs/programme.md). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const APPLICANT_TYPES = ['bso', 'cluster_initiative', 'other'] as const;
export const ASSOCIATION_ORIGINS = [
  'manual',
  'assessment_create_new',
  'assessment_partner',
  'funded_plan',
] as const;
/** The states of a cell of MarketMakers' Appendix 2 chart (000:251–262). */
export const BLUEPRINT_CELL_STATES = ['done', 'led_by_others', 'skipped', 'ongoing', 'repeated'] as const;

export interface ProgrammeApplicantsTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  short_name: Generated<string>;
  country: Generated<string>;
  type: (typeof APPLICANT_TYPES)[number];
  initiative_id: string | null;
  contact_name: Generated<string>;
  contact_email: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ProgrammeAssociationsTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  initiative_id: string | null;
  applicant_id: string | null;
  origin: (typeof ASSOCIATION_ORIGINS)[number];
  partnership_note: Generated<string>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface BlueprintCellsTable {
  association_id: string;
  step: number;
  state: (typeof BLUEPRINT_CELL_STATES)[number];
  note: Generated<string>;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface ProgrammeTables {
  programme_applicants: ProgrammeApplicantsTable;
  programme_associations: ProgrammeAssociationsTable;
  blueprint_cells: BlueprintCellsTable;
}
