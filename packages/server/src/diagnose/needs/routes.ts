import { rankNeeds } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import type { Database } from '../../db/database.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../../http/policy.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { msg } from '../../i18n/index.js';
import { createGoal, goalsAnsweringNeed } from '../../strategy/goals.service.js';
import { countVoters, countedVotes } from './ranking.service.js';
import { Ballot, checkBallot, storeVotes, voterOf } from './votes.service.js';
import { Ok } from '../../http/schemas.js';
import { NeedGoal, NeedsSurvey, NeedsSurveyDetail, NeedsSurveyList } from './needs.schemas.js';

const iso = (d: Date | string) => new Date(d).toISOString();
/** A row as it is sent: its moment as ISO text (the same JSON). */
const present = <R extends { created_at: Date }>(r: R) => ({ ...r, created_at: iso(r.created_at) });

const tags = ['diagnose'];
const initiative = ['cluster_initiative'] as const;
const ORGANISERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** Everyone of the cluster votes; viewers only look. */
const VOTERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'member'];
const SurveyParams = Type.Object({ workspaceId: Type.String(), surveyId: Type.String({ format: 'uuid' }) });

async function getSurvey(db: Database, workspaceId: string, surveyId: string) {
  const s = await db
    .selectFrom('needs_surveys')
    .selectAll()
    .where('id', '=', surveyId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!s) throw notFound('Needs survey');
  return s;
}

export async function needsRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/needs-surveys',
    {
      config: { policy: { access: 'workspace', roles: ORGANISERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Start a needs survey, optionally with its needs grouped by category',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 200 }),
            /** The cluster team votes too (the platform's choice; off by default: the guide ranks the key actors' demands). */
            teamVotes: Type.Optional(Type.Boolean()),
            needs: Type.Optional(
              Type.Array(
                Type.Object(
                  {
                    category: Type.String({ minLength: 1, maxLength: 200 }),
                    title: Type.String({ minLength: 1, maxLength: 500 }),
                  },
                  { additionalProperties: false },
                ),
                { maxItems: 200 },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: NeedsSurvey },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const survey = await app.db.transaction().execute(async (trx) => {
        const s = await trx
          .insertInto('needs_surveys')
          .values({
            workspace_id: ws.id,
            title: request.body.title,
            team_votes: request.body.teamVotes ?? false,
            created_by: userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (request.body.needs?.length)
          await trx
            .insertInto('needs')
            .values(
              request.body.needs.map((n) => ({
                survey_id: s.id,
                category: n.category.trim(),
                title: n.title.trim(),
              })),
            )
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'needs.survey',
          entity: 'needs_survey',
          entityId: s.id,
          newValue: request.body,
        });
        return s;
      });
      reply.status(201);
      return present(survey);
    },
  );

  app.get(
    '/workspaces/:workspaceId/needs-surveys',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: initiative } },
      schema: {
        tags,
        summary: 'Needs surveys',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: NeedsSurveyList },
      },
    },
    async (request) => ({
      surveys: (
        await app.db
          .selectFrom('needs_surveys')
          .select(['id', 'title', 'status', 'team_votes', 'created_at'])
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('created_at', 'desc')
          .execute()
      ).map(present),
    }),
  );

  app.get(
    '/workspaces/:workspaceId/needs-surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds: initiative } },
      schema: {
        tags,
        summary: 'A survey: needs with vote counts, the score (1.0–3.0) and rank, and the caller’s own votes',
        params: SurveyParams,
        response: { 200: NeedsSurveyDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const survey = await getSurvey(app.db, ws.id, request.params.surveyId);
      const needs = await app.db
        .selectFrom('needs')
        .selectAll()
        .where('survey_id', '=', survey.id)
        .orderBy('category')
        .orderBy('created_at')
        .orderBy('title')
        .execute();
      const votes = await countedVotes(
        app.db,
        needs.map((n) => n.id),
      );
      const counts = needs.map((n) => ({
        id: n.id,
        lessImportant: votes.filter((v) => v.need_id === n.id && v.vote === 1).length,
        important: votes.filter((v) => v.need_id === n.id && v.vote === 2).length,
        veryImportant: votes.filter((v) => v.need_id === n.id && v.vote === 3).length,
      }));
      const ranked = new Map(rankNeeds(counts).map((r) => [r.id, r]));
      const userId = requireAuth(request).user.id;
      const voter = await voterOf(app.db, ws, survey, userId);
      const mine = (v: (typeof votes)[number]) =>
        voter.actorId ? v.actor_id === voter.actorId : !v.actor_id && v.user_id === userId;
      return {
        ...present(survey),
        voters: countVoters(votes),
        workshopVoters: new Set(votes.filter((v) => v.source === 'workshop').map((v) => v.actor_id)).size,
        canVote: survey.status === 'open' && voter.may,
        votesFor: voter.actorId ? ('organisation' as const) : voter.may ? ('team' as const) : null,
        needs: needs.map((n, i) => ({
          ...present(n),
          ...counts[i]!,
          score: ranked.get(n.id)!.score,
          respondents: ranked.get(n.id)!.respondents,
          rank: ranked.get(n.id)!.rank,
          myVote: votes.find((v) => v.need_id === n.id && mine(v))?.vote ?? null,
        })),
      };
    },
  );

  app.put(
    '/workspaces/:workspaceId/needs-surveys/:surveyId/votes',
    {
      config: { policy: { access: 'workspace', roles: VOTERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Vote on needs for your organisation (members), or as the team where the survey lets it: 1 = less important, 2 = important, 3 = very important (all or nothing)',
        params: SurveyParams,
        body: Type.Object({ votes: Ballot }, { additionalProperties: false }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const survey = await getSurvey(trx, ws.id, request.params.surveyId);
        if (survey.status !== 'open') throw conflict('This needs survey is closed');
        await checkBallot(trx, survey.id, request.body.votes);
        const voter = await voterOf(trx, ws, survey, userId);
        if (!voter.may) throw voter.refusal!;
        await storeVotes(trx, request.body.votes, { actorId: voter.actorId, userId, source: 'login' });
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'needs.vote',
          entity: 'needs_survey',
          entityId: survey.id,
          newValue: { votes: request.body.votes.length },
        });
      });
      return { ok: true as const };
    },
  );

  app.put(
    '/workspaces/:workspaceId/needs-surveys/:surveyId/tallies',
    {
      config: { policy: { access: 'workspace', roles: ORGANISERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Enter the votes of a key actor from a moderated workshop (GIZ 001:1601: "a third-party moderated process"); replaces that actor’s votes on the needs named',
        params: SurveyParams,
        body: Type.Object(
          { actorId: Type.String({ format: 'uuid' }), votes: Ballot },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const survey = await getSurvey(trx, ws.id, request.params.surveyId);
        if (survey.status !== 'open') throw conflict('This needs survey is closed');
        const actor = await trx
          .selectFrom('actors')
          .select(['id', 'name'])
          .where('id', '=', request.body.actorId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!actor)
          throw badRequest('unknown_actor', 'actorId is not an actor of this cluster initiative', [
            { field: 'body.actorId', message: 'is not an actor of this cluster initiative' },
          ]);
        await checkBallot(trx, survey.id, request.body.votes);
        await storeVotes(trx, request.body.votes, {
          actorId: actor.id,
          userId: null,
          source: 'workshop',
          enteredBy: userId,
        });
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'needs.tally',
          entity: 'needs_survey',
          entityId: survey.id,
          newValue: { actor: actor.name, votes: request.body.votes.length },
        });
      });
      return { ok: true as const };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/needs-surveys/:surveyId',
    {
      config: { policy: { access: 'workspace', roles: ORGANISERS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Let the cluster team vote too, or not (the platform’s choice; votes already cast are kept)',
        params: SurveyParams,
        body: Type.Object({ teamVotes: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: NeedsSurvey },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return app.db.transaction().execute(async (trx) => {
        const survey = await getSurvey(trx, ws.id, request.params.surveyId);
        const row = await trx
          .updateTable('needs_surveys')
          .set({ team_votes: request.body.teamVotes })
          .where('id', '=', survey.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'needs.team_votes',
          entity: 'needs_survey',
          entityId: survey.id,
          oldValue: { team_votes: survey.team_votes },
          newValue: { team_votes: row.team_votes },
        });
        return present(row);
      });
    },
  );

  app.post(
    '/workspaces/:workspaceId/needs-surveys/:surveyId/close',
    {
      config: { policy: { access: 'workspace', roles: ORGANISERS, kinds: initiative } },
      schema: { tags, summary: 'Close the vote', params: SurveyParams, response: { 200: Ok } },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const survey = await getSurvey(trx, ws.id, request.params.surveyId);
        if (survey.status === 'closed') throw conflict('Already closed');
        await trx
          .updateTable('needs_surveys')
          .set({ status: 'closed' })
          .where('id', '=', survey.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'needs.close',
          entity: 'needs_survey',
          entityId: survey.id,
        });
      });
      return { ok: true as const };
    },
  );

  app.put(
    '/workspaces/:workspaceId/needs/:needId/goal',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary:
          'Make a top need a goal of the strategy (a goal answering it is created under its title), or say it is no longer one (refused while a goal answers it: change the goal)',
        params: Type.Object({ workspaceId: Type.String(), needId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ isGoal: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: NeedGoal },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const need = await app.db
        .selectFrom('needs')
        .innerJoin('needs_surveys', 'needs_surveys.id', 'needs.survey_id')
        .select(['needs.id', 'needs.title', 'needs.is_goal'])
        .where('needs.id', '=', request.params.needId)
        .where('needs_surveys.workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!need) throw notFound('Need');
      // The mark follows the goals (strategy issue 13): it is true exactly when a goal answers the need.
      const answering = await goalsAnsweringNeed(app.db, ws.id, need.id);
      if (request.body.isGoal) {
        if (answering.length) return { ok: true as const, goalIds: answering.map((g) => g.id) };
        const goalId = await createGoal(app.db, ws.id, userId, {
          title: need.title.slice(0, 300),
          sources: [{ kind: 'need', id: need.id }],
        });
        return { ok: true as const, goalIds: [goalId] };
      }
      if (answering.length)
        throw conflict(
          msg`The goal "${answering[0]!.title}" answers this need: take the need out of the goal on the goals screen`,
          [{ field: 'body.isGoal', message: 'a goal answers this need' }],
        );
      await app.db.transaction().execute(async (trx) => {
        await trx.updateTable('needs').set({ is_goal: false }).where('id', '=', need.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'needs.goal',
          entity: 'need',
          entityId: need.id,
          oldValue: { isGoal: need.is_goal },
          newValue: { isGoal: false, title: need.title },
        });
      });
      return { ok: true as const };
    },
  );
}
