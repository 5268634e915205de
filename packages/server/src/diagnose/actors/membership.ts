import { sql } from 'kysely';
import { ACTOR_STATUS_OF_STAGE, MEMBERSHIP_STAGES, type MembershipStage } from '@agglomera/methods';
import type { Database } from '../../db/database.js';
import { badRequest } from '../../http/errors.js';
import { msg, word } from '../../i18n/index.js';

/**
 * One membership truth (experience issue, item 8). The register's status "member" and the
 * membership pipeline's stage "member" are the same fact: an actor recorded as a member in the
 * register (created, imported or changed) enters the pipeline at the stage "member", and the status
 * of an actor in the pipeline follows its stage (ACTOR_STATUS_OF_STAGE), so the register, the
 * pipeline and the "members" indicator count the same actors. Migration 0035 did the same for the
 * actors recorded before.
 */
export async function enterRegisterMembers(db: Database, workspaceId: string, userId: string | null) {
  await sql`
    WITH entered AS (
      UPDATE actors SET membership_stage = 'member'
      WHERE workspace_id = ${workspaceId} AND status = 'member' AND membership_stage IS NULL
      RETURNING id)
    INSERT INTO membership_stage_changes (workspace_id, actor_id, from_stage, to_stage, note, changed_by)
      SELECT ${workspaceId}, id, NULL, 'member', 'Recorded as a member in the actor register', ${userId}
      FROM entered`.execute(db);
}

/** Refuses a register status that contradicts the actor's pipeline stage, naming the field. */
export function checkStatusFollowsStage(stage: string | null, status: string | undefined, name: string) {
  if (status === undefined || !MEMBERSHIP_STAGES.includes(stage as MembershipStage)) return;
  const expected = ACTOR_STATUS_OF_STAGE[stage as MembershipStage];
  if (status !== expected)
    throw badRequest(
      'status_follows_pipeline',
      msg`${name} is at the stage ${word(stage!)} of the membership pipeline, which makes its status ${word(expected)}: move it in the membership pipeline instead`,
      [{ field: 'body.status', message: msg`follows the membership pipeline (${word(expected)})` }],
    );
}
