import { Type } from 'typebox';
import type { Database } from '../../db/database.js';
import { AppError, badRequest, forbidden } from '../../http/errors.js';
import type { WorkspaceRole } from '../../http/policy.js';
import { msg } from '../../i18n/index.js';
import { linkedActorId } from '../../operations/shared.js';

/** The roles of the cluster team (they organise the survey; they vote only where it says so). */
export const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];

/** One ballot: a vote on each need named, 1 = less important, 2 = important, 3 = very important. */
export const Ballot = Type.Array(
  Type.Object(
    { needId: Type.String({ format: 'uuid' }), vote: Type.Integer() },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: 500 },
);

/** Every vote names a need of this survey and lies on the guide's three-point scale (001:1615), or nothing is stored. */
export async function checkBallot(
  db: Database,
  surveyId: string,
  votes: readonly { needId: string; vote: number }[],
) {
  const ids = new Set(
    (await db.selectFrom('needs').select('id').where('survey_id', '=', surveyId).execute()).map((n) => n.id),
  );
  votes.forEach((v, i) => {
    if (!ids.has(v.needId))
      throw badRequest('validation_failed', msg`votes[${i}]: not a need of this survey`, [
        { field: `body.votes[${i}].needId`, message: 'is not a need of this survey' },
      ]);
    if (![1, 2, 3].includes(v.vote))
      throw badRequest(
        'validation_failed',
        msg`votes[${i}]: ${v.vote} is outside the scale (1 = less important, 2 = important, 3 = very important)`,
        [{ field: `body.votes[${i}].vote`, message: 'must be 1, 2 or 3' }],
      );
  });
}

/**
 * For whom a login votes in a needs survey. The ranking is of "the prevailing demands of the key
 * actors" (001:1601): a member login votes for its organisation (one vote per organisation, the
 * latest ballot of any of its logins); the cluster team votes, each for themselves, only where the
 * survey lets the team vote (the platform's choice, off by default).
 */
export async function voterOf(
  db: Database,
  ws: { id: string; role: WorkspaceRole },
  survey: { team_votes: boolean },
  userId: string,
): Promise<{ may: boolean; actorId: string | null; refusal?: AppError }> {
  if (TEAM.includes(ws.role))
    return survey.team_votes
      ? { may: true, actorId: null }
      : {
          may: false,
          actorId: null,
          refusal: new AppError(
            409,
            'team_does_not_vote',
            'In this survey the key actors rank their demands; the cluster team does not vote (it can enter the tallies of a workshop for an actor)',
          ),
        };
  if (ws.role !== 'member') return { may: false, actorId: null, refusal: forbidden() };
  const actorId = await linkedActorId(db, ws.id, userId);
  if (!actorId)
    return {
      may: false,
      actorId: null,
      refusal: new AppError(
        409,
        'no_organisation',
        'Your login is not linked to a member organisation yet; ask the cluster management to link it',
      ),
    };
  return { may: true, actorId };
}

/** Stores a ballot: one vote per need and organisation (or per team member), the latest one kept. */
export async function storeVotes(
  db: Database,
  votes: readonly { needId: string; vote: number }[],
  by: { actorId: string | null; userId: string | null; source: 'login' | 'workshop'; enteredBy?: string },
) {
  for (const v of votes) {
    const row = {
      need_id: v.needId,
      vote: v.vote,
      user_id: by.userId,
      actor_id: by.actorId,
      source: by.source,
      entered_by: by.enteredBy ?? null,
    };
    const set = {
      vote: v.vote,
      voted_at: new Date(),
      user_id: by.userId,
      source: by.source,
      entered_by: row.entered_by,
    };
    await db
      .insertInto('need_votes')
      .values(row)
      .onConflict((oc) =>
        by.actorId
          ? oc.columns(['need_id', 'actor_id']).where('actor_id', 'is not', null).doUpdateSet(set)
          : oc.columns(['need_id', 'user_id']).where('actor_id', 'is', null).doUpdateSet(set),
      )
      .execute();
  }
}
