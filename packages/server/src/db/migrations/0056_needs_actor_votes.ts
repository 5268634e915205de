import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The needs ranking as the GIZ guide describes it (fidelity issue 16, item 9): "the prevailing
 * demands of the key actors were identified and ranked" in "a third-party moderated process"
 * (001:1601). A vote is an actor's (a member login votes for its organisation, once per
 * organisation), or a moderator enters the tallies of a workshop for an actor without a login; the
 * cluster team votes only where the survey says so (the platform's choice, off by default).
 * Surveys where the team had voted already keep counting those votes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE needs_surveys ADD COLUMN team_votes boolean NOT NULL DEFAULT false;
    ALTER TABLE need_votes DROP CONSTRAINT need_votes_pkey;
    ALTER TABLE need_votes ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
    ALTER TABLE need_votes ADD PRIMARY KEY (id);
    ALTER TABLE need_votes ALTER COLUMN user_id DROP NOT NULL;
    ALTER TABLE need_votes ADD COLUMN actor_id uuid REFERENCES actors(id) ON DELETE CASCADE;
    ALTER TABLE need_votes ADD COLUMN source text NOT NULL DEFAULT 'login' CHECK (source IN ('login', 'workshop'));
    ALTER TABLE need_votes ADD COLUMN entered_by uuid REFERENCES users(id) ON DELETE SET NULL;
    UPDATE need_votes v SET actor_id = m.actor_id
      FROM needs n JOIN needs_surveys s ON s.id = n.survey_id JOIN memberships m ON m.workspace_id = s.workspace_id
      WHERE n.id = v.need_id AND m.user_id = v.user_id AND m.role = 'member' AND m.actor_id IS NOT NULL;
    DELETE FROM need_votes v USING need_votes w
      WHERE v.need_id = w.need_id AND v.actor_id = w.actor_id AND (v.voted_at, v.id) < (w.voted_at, w.id);
    UPDATE needs_surveys s SET team_votes = true WHERE EXISTS (
      SELECT 1 FROM need_votes v JOIN needs n ON n.id = v.need_id WHERE n.survey_id = s.id AND v.actor_id IS NULL);
    CREATE UNIQUE INDEX need_votes_actor ON need_votes (need_id, actor_id) WHERE actor_id IS NOT NULL;
    CREATE UNIQUE INDEX need_votes_team ON need_votes (need_id, user_id) WHERE actor_id IS NULL;
    ALTER TABLE need_votes ADD CONSTRAINT need_votes_voter CHECK (actor_id IS NOT NULL OR user_id IS NOT NULL);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DELETE FROM need_votes WHERE user_id IS NULL;
    DELETE FROM need_votes v USING need_votes w
      WHERE v.need_id = w.need_id AND v.user_id = w.user_id AND (v.voted_at, v.id) < (w.voted_at, w.id);
    ALTER TABLE need_votes DROP CONSTRAINT need_votes_voter;
    DROP INDEX need_votes_team;
    DROP INDEX need_votes_actor;
    ALTER TABLE need_votes DROP COLUMN entered_by;
    ALTER TABLE need_votes DROP COLUMN source;
    ALTER TABLE need_votes DROP COLUMN actor_id;
    ALTER TABLE need_votes ALTER COLUMN user_id SET NOT NULL;
    ALTER TABLE need_votes DROP CONSTRAINT need_votes_pkey;
    ALTER TABLE need_votes DROP COLUMN id;
    ALTER TABLE need_votes ADD PRIMARY KEY (need_id, user_id);
    ALTER TABLE needs_surveys DROP COLUMN team_votes;
  `,
  );
}
