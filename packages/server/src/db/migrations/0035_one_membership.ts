import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * One membership truth (experience issue, item 8): actors recorded as members in the actor register
 * before the membership pipeline knew them get the pipeline stage "member", dated when they were
 * recorded, so that the register, the pipeline and the "members" indicator count the same actors.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    INSERT INTO membership_stage_changes (workspace_id, actor_id, from_stage, to_stage, note, changed_at)
      SELECT workspace_id, id, NULL, 'member', 'Recorded as a member in the actor register', created_at
      FROM actors WHERE status = 'member' AND membership_stage IS NULL;
    UPDATE actors SET membership_stage = 'member' WHERE status = 'member' AND membership_stage IS NULL;
  `,
  );
}

export async function down(): Promise<void> {
  // The stages given here cannot be told apart from stages given in the pipeline afterwards.
}
