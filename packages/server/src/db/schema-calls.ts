import type { ColumnType, Generated } from 'kysely';

/** Column types of the programme's calls and cohorts, migration 0050_calls_cohorts (issue 15; docs/programme.md, slice B). */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;
/** Date columns are read as YYYY-MM-DD text (database.ts parses the date type as text). */
type DateColumn = string;

export const CALL_STATUSES = ['draft', 'published', 'closed'] as const;
export const PARTICIPANT_LANGUAGES = ['en', 'fr', 'es'] as const;

export interface ProgrammeCallsTable {
  id: Generated<string>;
  programme_id: string;
  title: string;
  description: Generated<string>;
  opens_on: DateColumn;
  deadline: DateColumn;
  eligibility: Generated<string>;
  eligible_types: Json;
  eligible_countries: Json;
  questions: Json;
  competence_areas: Json;
  scale_min: Generated<number>;
  scale_max: Generated<number>;
  status: Generated<(typeof CALL_STATUSES)[number]>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ProgrammeApplicationsTable {
  id: Generated<string>;
  call_id: string;
  applicant_id: string;
  answers: Json;
  eligible: boolean;
  ineligible_reasons: Json;
  selected: Generated<boolean>;
  selection_reason: Generated<string>;
  selected_at: Date | null;
  selected_by: string | null;
  submitted_on: DateColumn;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ProgrammeAssessorDeclarationsTable {
  call_id: string;
  user_id: string;
  conflict_applicant_ids: Json;
  note: Generated<string>;
  declared_at: GeneratedTimestamp;
}

export interface ProgrammeAssessmentScoresTable {
  application_id: string;
  user_id: string;
  area: string;
  score: number;
  scored_at: GeneratedTimestamp;
}

export interface ProgrammeCohortsTable {
  id: Generated<string>;
  programme_id: string;
  call_id: string | null;
  title: string;
  completion_threshold: Generated<number>;
  participation_threshold: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface ProgrammeCohortSessionsTable {
  id: Generated<string>;
  cohort_id: string;
  held_on: DateColumn;
  title: string;
  created_at: GeneratedTimestamp;
}

export interface ProgrammeCohortParticipantsTable {
  id: Generated<string>;
  cohort_id: string;
  name: string;
  applicant_id: string | null;
  organisation: Generated<string>;
  participant_group: 'bso_staff' | 'programme_team' | 'other_stakeholder';
  country: Generated<string>;
  language: Generated<(typeof PARTICIPANT_LANGUAGES)[number]>;
  created_at: GeneratedTimestamp;
}

export interface ProgrammeAttendanceTable {
  session_id: string;
  participant_id: string;
}

export interface ProgrammeCertificatesTable {
  participant_id: string;
  kind: 'completion' | 'participation';
  attended: number;
  sessions: number;
  issued_on: DateColumn;
  issued_by: string | null;
}

export interface CallsTables {
  programme_calls: ProgrammeCallsTable;
  programme_applications: ProgrammeApplicationsTable;
  programme_assessor_declarations: ProgrammeAssessorDeclarationsTable;
  programme_assessment_scores: ProgrammeAssessmentScoresTable;
  programme_cohorts: ProgrammeCohortsTable;
  programme_cohort_sessions: ProgrammeCohortSessionsTable;
  programme_cohort_participants: ProgrammeCohortParticipantsTable;
  programme_attendance: ProgrammeAttendanceTable;
  programme_certificates: ProgrammeCertificatesTable;
}
