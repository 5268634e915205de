import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * A funder's calls and training cohorts (issue 15, items 2–3; docs/programme.md, slice B), after
 * IDB / Compete Caribbean (003:263–286): a call with its form, eligibility and deadline; the
 * applications of the register's organisations; assessment against competence areas by assessors
 * who declare their conflicts of interest first; the selection of several applications, each with
 * a reason; a training cohort's sessions, participants, attendance and certificates.
 * (0046_calls_cohorts stays empty: it is applied on some databases.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE programme_calls (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      description text NOT NULL DEFAULT '',
      opens_on date NOT NULL,
      deadline date NOT NULL CHECK (deadline >= opens_on),
      eligibility text NOT NULL DEFAULT '',
      eligible_types jsonb NOT NULL DEFAULT '[]',
      eligible_countries jsonb NOT NULL DEFAULT '[]',
      questions jsonb NOT NULL DEFAULT '[]',
      competence_areas jsonb NOT NULL DEFAULT '[]',
      scale_min integer NOT NULL DEFAULT 1,
      scale_max integer NOT NULL DEFAULT 5 CHECK (scale_max > scale_min),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','closed')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX programme_calls_programme ON programme_calls(programme_id, created_at);
    CREATE TABLE programme_applications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      call_id uuid NOT NULL REFERENCES programme_calls(id) ON DELETE CASCADE,
      applicant_id uuid NOT NULL REFERENCES programme_applicants(id) ON DELETE CASCADE,
      answers jsonb NOT NULL DEFAULT '{}',
      eligible boolean NOT NULL,
      ineligible_reasons jsonb NOT NULL DEFAULT '[]',
      selected boolean NOT NULL DEFAULT false,
      selection_reason text NOT NULL DEFAULT '',
      selected_at timestamptz,
      selected_by uuid REFERENCES users(id) ON DELETE SET NULL,
      submitted_on date NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (call_id, applicant_id)
    );
    CREATE TABLE programme_assessor_declarations (
      call_id uuid NOT NULL REFERENCES programme_calls(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      conflict_applicant_ids jsonb NOT NULL DEFAULT '[]',
      note text NOT NULL DEFAULT '',
      declared_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (call_id, user_id)
    );
    CREATE TABLE programme_assessment_scores (
      application_id uuid NOT NULL REFERENCES programme_applications(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      area text NOT NULL,
      score integer NOT NULL,
      scored_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (application_id, user_id, area)
    );
    CREATE TABLE programme_cohorts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      call_id uuid REFERENCES programme_calls(id) ON DELETE SET NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      completion_threshold double precision NOT NULL DEFAULT 0.8 CHECK (completion_threshold BETWEEN 0 AND 1),
      participation_threshold double precision NOT NULL DEFAULT 0.5
        CHECK (participation_threshold BETWEEN 0 AND 1),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (participation_threshold <= completion_threshold)
    );
    CREATE INDEX programme_cohorts_programme ON programme_cohorts(programme_id, created_at);
    CREATE TABLE programme_cohort_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cohort_id uuid NOT NULL REFERENCES programme_cohorts(id) ON DELETE CASCADE,
      held_on date NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX programme_cohort_sessions_cohort ON programme_cohort_sessions(cohort_id, held_on);
    CREATE TABLE programme_cohort_participants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cohort_id uuid NOT NULL REFERENCES programme_cohorts(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      applicant_id uuid REFERENCES programme_applicants(id) ON DELETE SET NULL,
      organisation text NOT NULL DEFAULT '',
      participant_group text NOT NULL CHECK (participant_group IN ('bso_staff','programme_team','other_stakeholder')),
      country text NOT NULL DEFAULT '',
      language text NOT NULL DEFAULT 'en' CHECK (language IN ('en','fr','es')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX programme_cohort_participants_cohort ON programme_cohort_participants(cohort_id, created_at);
    CREATE TABLE programme_attendance (
      session_id uuid NOT NULL REFERENCES programme_cohort_sessions(id) ON DELETE CASCADE,
      participant_id uuid NOT NULL REFERENCES programme_cohort_participants(id) ON DELETE CASCADE,
      PRIMARY KEY (session_id, participant_id)
    );
    CREATE TABLE programme_certificates (
      participant_id uuid PRIMARY KEY REFERENCES programme_cohort_participants(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('completion','participation')),
      attended integer NOT NULL,
      sessions integer NOT NULL,
      issued_on date NOT NULL,
      issued_by uuid REFERENCES users(id) ON DELETE SET NULL
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE programme_certificates, programme_attendance, programme_cohort_participants,
      programme_cohort_sessions, programme_cohorts, programme_assessment_scores,
      programme_assessor_declarations, programme_applications, programme_calls;
  `,
  );
}
