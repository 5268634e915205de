import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Constraints as the MarketMakers diagnosis records them (fidelity issue 16, item 10): a service
 * or rule is "absent or sub-optimal in terms of scope and/or quality" (000:241, 245), so both
 * sub-optimal aspects can be recorded together; the diagnosis is revised as pilots run ("'in situ'
 * reflection and revision to previous diagnostic work", 000:48), so a constraint carries the day it
 * was identified and the time it was last revised; and it names the actors whose business models
 * and practices hold it (the service providers of 000:62).
 *
 * The rapid assessment of existing associations (item 11): Part C is investigated only "If
 * partnering with existing C/MAs to add to/refine their scope to cater for such service needs is
 * deemed unrealistic/undesirable from one or both sides (company and C/MA)" (000:110), so an
 * assessment records that judgement (the sides, the reasons, who and when) before Part C opens.
 * Assessments that already hold Part C answers are taken as judged by both sides.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE constraints DROP CONSTRAINT IF EXISTS constraints_deficiency_check;
    ALTER TABLE constraints ADD CONSTRAINT constraints_deficiency_check
      CHECK (deficiency IN ('absent', 'suboptimal_scope', 'suboptimal_quality', 'suboptimal_scope_quality'));
    ALTER TABLE constraints ADD COLUMN identified_on date NOT NULL DEFAULT CURRENT_DATE;
    UPDATE constraints SET identified_on = created_at::date;
    ALTER TABLE constraints ADD COLUMN revised_at timestamptz;
    CREATE TABLE constraint_actors (
      constraint_id uuid NOT NULL REFERENCES constraints(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      PRIMARY KEY (constraint_id, actor_id)
    );
    CREATE INDEX constraint_actors_actor ON constraint_actors (actor_id);
    ALTER TABLE association_assessments ADD COLUMN part_c_sides text[] NOT NULL DEFAULT '{}'
      CHECK (part_c_sides <@ ARRAY['companies', 'associations']::text[]);
    ALTER TABLE association_assessments ADD COLUMN part_c_reasons text NOT NULL DEFAULT '';
    ALTER TABLE association_assessments ADD COLUMN part_c_opened_by uuid REFERENCES users(id) ON DELETE SET NULL;
    ALTER TABLE association_assessments ADD COLUMN part_c_opened_at timestamptz;
    UPDATE association_assessments a SET part_c_sides = ARRAY['companies', 'associations'], part_c_opened_at = a.created_at
      WHERE EXISTS (SELECT 1 FROM assessment_answers x WHERE x.assessment_id = a.id AND x.question_id LIKE 'C%');
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE association_assessments DROP COLUMN part_c_opened_at;
    ALTER TABLE association_assessments DROP COLUMN part_c_opened_by;
    ALTER TABLE association_assessments DROP COLUMN part_c_reasons;
    ALTER TABLE association_assessments DROP COLUMN part_c_sides;
    DROP TABLE constraint_actors;
    ALTER TABLE constraints DROP COLUMN revised_at;
    ALTER TABLE constraints DROP COLUMN identified_on;
    UPDATE constraints SET deficiency = 'suboptimal_scope' WHERE deficiency = 'suboptimal_scope_quality';
    ALTER TABLE constraints DROP CONSTRAINT constraints_deficiency_check;
    ALTER TABLE constraints ADD CONSTRAINT constraints_deficiency_check
      CHECK (deficiency IN ('absent', 'suboptimal_scope', 'suboptimal_quality'));
  `,
  );
}
