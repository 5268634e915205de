import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import type { Database } from '../../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../../http/policy.js';
import { badRequest, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import type { Answer, NamedTie, Question, Text3 } from './model.js';
import { msg } from '../../i18n/index.js';
import { TiesImported } from './surveys.schemas.js';

/**
 * Ties collected through a survey (issue 5: ties "entered by hand or from a survey"). An
 * actor_ties question shows the respondent the actors of the register (the roster) and asks which
 * of them they have a tie of one kind with, and how strong it is. The team then adds the named ties
 * to the network: from the respondent's organisation to each actor named, on the day of the answer.
 */

/** Who may add ties to the network: its editors, as for ties entered by hand. */
const NETWORK_EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];

export const hasTieQuestions = (questions: Question[]) => questions.some((q) => q.type === 'actor_ties');

/** The actors a respondent may name: the register, without the respondent's own organisation. */
export async function rosterFor(
  db: Database,
  workspaceId: string,
  questions: Question[],
  respondentActorId: string | null,
): Promise<{ id: string; name: string; type: string }[]> {
  if (!hasTieQuestions(questions)) return [];
  let q = db
    .selectFrom('actors')
    .select(['id', 'name', 'actor_type as type'])
    .where('workspace_id', '=', workspaceId);
  if (respondentActorId) q = q.where('id', '<>', respondentActorId);
  return q.orderBy('name').execute();
}

/** Every actor named must be in the register, and not the respondent's own organisation. */
export async function checkNamedActors(
  db: Database,
  workspaceId: string,
  questions: Question[],
  answers: Record<string, Answer>,
  respondentActorId: string | null,
): Promise<void> {
  for (const q of questions) {
    if (q.type !== 'actor_ties' || !answers[q.name]) continue;
    const named = answers[q.name] as NamedTie[];
    const found = new Set(
      (
        await db
          .selectFrom('actors')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where(
            'id',
            'in',
            named.map((t) => t.actor),
          )
          .execute()
      ).map((a) => a.id),
    );
    named.forEach((t, k) => {
      const field = `body.answers.${q.name}.${k}.actor`;
      if (!found.has(t.actor))
        throw badRequest(
          'unknown_actor',
          msg`"${q.label.en}": item ${k + 1} is not an actor of this register`,
          [{ field, message: 'is not an actor of this register' }],
        );
      if (t.actor === respondentActorId)
        throw badRequest('validation_failed', msg`"${q.label.en}": your own organisation cannot be named`, [
          { field, message: 'is the respondent' },
        ]);
    });
  }
}

/** Names of the actors named in these answers, for results and exports. */
export async function namesOfNamedActors(
  db: Database,
  workspaceId: string,
  questions: Question[],
  responses: Record<string, Answer>[],
): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const q of questions)
    if (q.type === 'actor_ties')
      for (const r of responses)
        for (const t of (r[q.name] as NamedTie[] | undefined) ?? []) ids.add(t.actor);
  if (!ids.size) return new Map();
  const rows = await db
    .selectFrom('actors')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The results of an actor_ties question: ties named, and the actors named most often. */
export function tieResults<Base extends { name: string; type: string; label: Text3; answered: number }>(
  base: Base,
  q: Question,
  given: NamedTie[][],
  names: Map<string, string>,
) {
  const times = new Map<string, number>();
  for (const answer of given) for (const t of answer) times.set(t.actor, (times.get(t.actor) ?? 0) + 1);
  return {
    ...base,
    tieType: q.tieType!,
    named: given.reduce((sum, a) => sum + a.length, 0),
    mostNamed: [...times]
      .map(([actorId, count]) => ({ actorId, name: names.get(actorId) ?? '(removed actor)', count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, 10),
  };
}

/** An actor_ties answer in a table cell: "Name (strength); …". */
export const tiesCell = (ties: NamedTie[], names: Map<string, string>) =>
  ties.map((t) => `${names.get(t.actor) ?? t.actor} (${t.strength})`).join('; ');

export async function surveyTieRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/ties',
    {
      config: { policy: { access: 'workspace', roles: NETWORK_EDITORS, kinds: ['cluster_initiative'] } },
      schema: {
        tags: ['surveys'],
        summary:
          "Add the ties named in an actor_ties question to the network: from each respondent's organisation to each actor named, on the day of the answer (or observedOn); ties already recorded are skipped",
        params: Type.Object({ workspaceId: Type.String(), surveyId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            question: Type.String({ minLength: 1, maxLength: 60 }),
            observedOn: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: TiesImported },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const survey = await app.db
        .selectFrom('surveys')
        .select(['id', 'questions'])
        .where('id', '=', request.params.surveyId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!survey) throw notFound('Survey');
      const q = (survey.questions as Question[]).find((x) => x.name === request.body.question);
      if (!q || q.type !== 'actor_ties')
        throw badRequest(
          'validation_failed',
          msg`"${request.body.question}" is not an actor_ties question of this survey`,
          [{ field: 'body.question', message: 'is not an actor_ties question' }],
        );
      const responses = await app.db
        .selectFrom('survey_responses')
        .select([
          'id',
          'respondent_actor_id',
          'answers',
          sql<string>`(submitted_at AT TIME ZONE 'UTC')::date::text`.as('day'),
        ])
        .where('survey_id', '=', survey.id)
        .orderBy('submitted_at')
        .execute();
      return app.db.transaction().execute(async (trx) => {
        const actors = new Set(
          (await trx.selectFrom('actors').select('id').where('workspace_id', '=', ws.id).execute()).map(
            (a) => a.id,
          ),
        );
        const existing = await trx
          .selectFrom('actor_ties')
          .select(['source_actor_id', 'target_actor_id', sql<string>`observed_on::text`.as('observed_on')])
          .where('workspace_id', '=', ws.id)
          .where('tie_type', '=', q.tieType!)
          .execute();
        // A tie is the same whichever way it was named: the pair, the kind and the day.
        const key = (a: string, b: string, day: string) => `${a < b ? `${a}|${b}` : `${b}|${a}`}|${day}`;
        const seen = new Set(existing.map((t) => key(t.source_actor_id, t.target_actor_id, t.observed_on)));
        let created = 0;
        let skipped = 0;
        let withoutActor = 0;
        for (const r of responses) {
          const named = ((r.answers as Record<string, Answer>)[q.name] as NamedTie[] | undefined) ?? [];
          if (!named.length) continue;
          if (!r.respondent_actor_id || !actors.has(r.respondent_actor_id)) {
            withoutActor++;
            continue;
          }
          const day = request.body.observedOn ?? r.day;
          for (const t of named) {
            const k = key(r.respondent_actor_id, t.actor, day);
            if (!actors.has(t.actor) || t.actor === r.respondent_actor_id || seen.has(k)) {
              skipped++;
              continue;
            }
            seen.add(k);
            await trx
              .insertInto('actor_ties')
              .values({
                workspace_id: ws.id,
                source_actor_id: r.respondent_actor_id,
                target_actor_id: t.actor,
                tie_type: q.tieType!,
                strength: t.strength,
                observed_on: day,
                source: 'survey',
                created_by: userId,
              })
              .execute();
            created++;
          }
        }
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'ties.import_survey',
          entity: 'survey',
          entityId: survey.id,
          newValue: { question: q.name, tieType: q.tieType, created, skipped, withoutActor },
        });
        return { created, skipped, withoutActor };
      });
    },
  );
}
