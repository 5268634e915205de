import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Benchmarking by impartial experts (fidelity issue 16, item 17). The GIZ guide: "The benchmarking
 * process should be conducted by impartial experts" (001_2b00e659d173dc60.txt:3654).
 * - who conducted an assessment: the initiative's team or an external assessor (a programme's
 *   evaluator signed in with their own login), with the assessor's name and organisation;
 * - a sign-off (`signed_at`, `signed_by`) that freezes the assessment: the platform's choice, the
 *   guide gives no rule on signing;
 * - a `benchmarking` share scope: the initiative shares its signed assessments with a programme it
 *   is followed by, whose evaluators may then conduct an external assessment of it.
 * Number 0058, not 0057: kept free for a migration landing on main at the same time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE benchmark_assessments ADD COLUMN conducted_by text NOT NULL DEFAULT 'team' CHECK (conducted_by IN ('team', 'external'));
    ALTER TABLE benchmark_assessments ADD COLUMN assessor_organisation text NOT NULL DEFAULT '' CHECK (length(assessor_organisation) <= 200);
    ALTER TABLE benchmark_assessments ADD COLUMN assessor_user_id uuid REFERENCES users(id) ON DELETE SET NULL;
    ALTER TABLE benchmark_assessments ADD COLUMN programme_id uuid REFERENCES workspaces(id) ON DELETE SET NULL;
    ALTER TABLE benchmark_assessments ADD COLUMN signed_at timestamptz;
    ALTER TABLE benchmark_assessments ADD COLUMN signed_by uuid REFERENCES users(id) ON DELETE SET NULL;
    ALTER TABLE benchmark_assessments ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
    ALTER TABLE benchmark_assessments ADD CONSTRAINT benchmark_assessments_signed CHECK (signed_by IS NULL OR signed_at IS NOT NULL);
    ALTER TABLE follow_shares DROP CONSTRAINT follow_shares_scope_check;
    ALTER TABLE follow_shares ADD CONSTRAINT follow_shares_scope_check CHECK (scope IN ('lifecycle','indicators','reports','benchmarking'));
    ALTER TABLE follow_invitations DROP CONSTRAINT follow_invitations_scopes_check;
    ALTER TABLE follow_invitations ADD CONSTRAINT follow_invitations_scopes_check
      CHECK (cardinality(scopes) >= 1 AND scopes <@ ARRAY['lifecycle','indicators','reports','benchmarking']::text[]);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DELETE FROM follow_shares WHERE scope = 'benchmarking';
    UPDATE follow_invitations SET scopes = array_remove(scopes, 'benchmarking');
    DELETE FROM follow_invitations WHERE cardinality(scopes) = 0;
    ALTER TABLE follow_invitations DROP CONSTRAINT follow_invitations_scopes_check;
    ALTER TABLE follow_invitations ADD CONSTRAINT follow_invitations_scopes_check
      CHECK (cardinality(scopes) >= 1 AND scopes <@ ARRAY['lifecycle','indicators','reports']::text[]);
    ALTER TABLE follow_shares DROP CONSTRAINT follow_shares_scope_check;
    ALTER TABLE follow_shares ADD CONSTRAINT follow_shares_scope_check CHECK (scope IN ('lifecycle','indicators','reports'));
    ALTER TABLE benchmark_assessments DROP CONSTRAINT benchmark_assessments_signed;
    ALTER TABLE benchmark_assessments DROP COLUMN updated_at;
    ALTER TABLE benchmark_assessments DROP COLUMN signed_by;
    ALTER TABLE benchmark_assessments DROP COLUMN signed_at;
    ALTER TABLE benchmark_assessments DROP COLUMN programme_id;
    ALTER TABLE benchmark_assessments DROP COLUMN assessor_user_id;
    ALTER TABLE benchmark_assessments DROP COLUMN assessor_organisation;
    ALTER TABLE benchmark_assessments DROP COLUMN conducted_by;
  `,
  );
}
