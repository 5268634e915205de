import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { sha256 } from '../../auth/secrets.js';
import { linkedActorId } from '../../operations/shared.js';
import { checkAnswers } from './answers-check.js';
import { checkNamedActors } from './ties.js';
import { groupsOf, isClosed, loadSurvey, questionsOf, type SurveyRow } from './surveys.service.js';
import { msg } from '../../i18n/index.js';

/**
 * Answering a survey, as a signed-in member or through a personal link: the invitation, the
 * organisation answered for, and the response stored once. Queries and transactions only; the
 * routes in answers.routes.ts check and call.
 */

/**
 * Stores a response in one transaction: refused after the deadline (409 survey_closed) or when the
 * invitation has answered already (409 already_answered); nothing is stored then.
 */
export async function storeResponse(
  db: Database,
  survey: SurveyRow,
  invitationId: string,
  raw: Record<string, unknown>,
  who: { userId: string | null; actorId: string | null; label: string },
) {
  if (isClosed(survey))
    throw new AppError(
      409,
      'survey_closed',
      msg`The survey closed on ${new Date(survey.deadline)}: answers are no longer accepted`,
      [{ field: 'deadline', message: 'has passed' }],
    );
  const answers = checkAnswers(questionsOf(survey), raw, groupsOf(survey));
  await checkNamedActors(db, survey.workspace_id, questionsOf(survey), answers, who.actorId);
  await db.transaction().execute(async (trx) => {
    const inv = await trx
      .selectFrom('survey_invitations')
      .select(['id', 'responded'])
      .where('id', '=', invitationId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (inv.responded)
      throw new AppError(409, 'already_answered', 'This survey has been answered already with this link');
    await trx.updateTable('survey_invitations').set({ responded: true }).where('id', '=', inv.id).execute();
    const r = await trx
      .insertInto('survey_responses')
      .values({
        workspace_id: survey.workspace_id,
        survey_id: survey.id,
        respondent_user_id: survey.anonymous ? null : who.userId,
        respondent_actor_id: survey.anonymous ? null : who.actorId,
        respondent_label: survey.anonymous ? '' : who.label,
        answers: JSON.stringify(answers),
        // An anonymous answer keeps the day only: a time could be matched to a person.
        ...(survey.anonymous ? { submitted_at: sql<Date>`date_trunc('day', now())` } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // An anonymous survey keeps no trace of the person who answered, not even in the audit log
    // (whose entries carry who and when): only named responses are recorded there.
    if (!survey.anonymous)
      await recordAudit(trx, {
        workspaceId: survey.workspace_id,
        userId: who.userId,
        action: 'survey.response',
        entity: 'survey',
        entityId: survey.id,
        newValue: { response: r.id },
      });
  });
}

/**
 * The organisation a respondent answers for: the actor invited through its own link, else the
 * organisation the invited member login speaks for.
 */
export async function respondentActor(
  db: Database,
  workspaceId: string,
  actorId: string | null,
  userId: string | null,
): Promise<string | null> {
  return actorId ?? (userId ? linkedActorId(db, workspaceId, userId) : null);
}

export async function myInvitation(db: Database, surveyId: string, userId: string) {
  const inv = await db
    .selectFrom('survey_invitations')
    .select(['id', 'responded'])
    .where('survey_id', '=', surveyId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!inv) throw notFound('Survey invitation');
  return inv;
}

export async function byToken(db: Database, token: string) {
  const invitation = await db
    .selectFrom('survey_invitations')
    .select([
      'id',
      'survey_id',
      'workspace_id',
      'user_id',
      'actor_id',
      'email',
      'name',
      'organisation',
      'responded',
    ])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!invitation) throw notFound('Survey link');
  const survey = await loadSurvey(db, invitation.workspace_id, invitation.survey_id);
  return { survey, invitation };
}

/**
 * The name a response through a personal link is recorded under: the actor's, the user's, the
 * listed respondent's (with their organisation), or the email.
 */
export async function invitationLabel(
  db: Database,
  invitation: {
    email: string;
    actor_id: string | null;
    user_id: string | null;
    name?: string;
    organisation?: string;
  },
) {
  let label = invitation.email;
  if (invitation.name)
    label = invitation.organisation ? `${invitation.name} (${invitation.organisation})` : invitation.name;
  if (invitation.actor_id) {
    const a = await db
      .selectFrom('actors')
      .select('name')
      .where('id', '=', invitation.actor_id)
      .executeTakeFirst();
    label = a?.name ?? label;
  } else if (invitation.user_id) {
    const u = await db
      .selectFrom('users')
      .select('name')
      .where('id', '=', invitation.user_id)
      .executeTakeFirst();
    label = u?.name ?? label;
  }
  return label;
}
