import { ACTOR_STATUS_OF_STAGE, allowedMoves, canMove, type MembershipStage } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, conflict } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { getActor } from '../diagnose/actors/service.js';
import { msg, oneOf, word } from '../i18n/index.js';

/**
 * Moves an actor along the membership pipeline (members.routes.ts: a move by the team, and the
 * board's decision on an application), with its history and audit entry, under the pipeline's
 * rule of possible moves (canMove in @agglomera/methods).
 */
export async function moveActor(
  db: Database,
  workspaceId: string,
  userId: string,
  actorId: string,
  to: MembershipStage,
  extra: { note?: string; reason?: string; source?: string | null },
) {
  const actor = await getActor(db, workspaceId, actorId);
  const from = actor.membership_stage as MembershipStage | null;
  if (!canMove(from, to))
    throw badRequest(
      'invalid_move',
      msg`An actor cannot move from ${from ? word(from) : msg`outside the pipeline`} to ${word(to)}; possible: ${oneOf(allowedMoves(from))}`,
      [{ field: 'body.stage', message: 'is not a possible next stage' }],
    );
  if (to === 'left' && !extra.reason?.trim())
    throw badRequest('validation_failed', 'Say why the member leaves', [
      { field: 'body.reason', message: 'is required when leaving' },
    ]);
  // Conditional on the stage just read: of two moves at once, the second finds the actor moved
  // and is refused, so no move is recorded twice (hardening issue, item 9).
  const moved = await db
    .updateTable('actors')
    .set({
      membership_stage: to,
      status: ACTOR_STATUS_OF_STAGE[to],
      ...(to === 'left' ? { left_reason: extra.reason!.trim() } : {}),
      ...(extra.source !== undefined ? { prospect_source: extra.source } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', actor.id)
    .where('membership_stage', from === null ? 'is' : '=', from)
    .executeTakeFirst();
  if (!moved.numUpdatedRows)
    throw conflict(msg`${actor.name} was moved by someone else meanwhile; reload to see its stage`);
  await db
    .insertInto('membership_stage_changes')
    .values({
      workspace_id: workspaceId,
      actor_id: actor.id,
      from_stage: from,
      to_stage: to,
      note: extra.note ?? extra.reason ?? '',
      changed_by: userId,
    })
    .execute();
  await recordAudit(db, {
    workspaceId,
    userId,
    action: 'membership.stage',
    entity: 'actor',
    entityId: actor.id,
    oldValue: { stage: from },
    newValue: { stage: to, ...extra },
  });
}
