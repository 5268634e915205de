/**
 * Comparing two strategy versions and what a strategy realignment draws on (GIZ 001:3769–3799),
 * beside strategies.service.ts.
 */
import { REALIGNMENT_PHASES, compareStrategies } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { rankVotedNeeds } from '../diagnose/needs/ranking.service.js';
import { getStrategy } from './strategies.service.js';

export async function compareVersions(db: Database, workspaceId: string, fromId: string, toId: string) {
  const [a, b] = await Promise.all([
    getStrategy(db, workspaceId, fromId),
    getStrategy(db, workspaceId, toId),
  ]);
  return {
    from: { id: a.id, version: a.version, title: a.title, status: a.status },
    to: { id: b.id, version: b.version, title: b.title, status: b.status },
    changes: compareStrategies(a, b),
  };
}

/**
 * What a strategy realignment draws on (001:3769–3799): the last agreed version, the open
 * recommendations of benchmarking and of evaluations, the latest needs ranking and the goals
 * still without an indicator, beside the four phases of the guide.
 */
export async function realignmentContext(db: Database, workspaceId: string) {
  const [agreed, benchmark, evaluation, survey, unmeasured] = await Promise.all([
    db
      .selectFrom('strategies')
      .select(['id', 'version', 'title', sql<string>`agreed_on::text`.as('agreedOn')])
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'agreed')
      .executeTakeFirst(),
    db
      .selectFrom('benchmark_recommendations')
      .select(['id', 'text', 'status'])
      .where('workspace_id', '=', workspaceId)
      .where('status', '<>', 'done')
      .orderBy('created_at')
      .limit(50)
      .execute(),
    db
      .selectFrom('evaluation_recommendations as r')
      .innerJoin('evaluations as e', 'e.id', 'r.evaluation_id')
      .select(['r.id', 'r.text', 'r.status', 'e.title as evaluation'])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.status', 'in', ['not_started', 'in_progress'])
      .orderBy('r.created_at')
      .limit(50)
      .execute(),
    db
      .selectFrom('needs_surveys')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
    db
      .selectFrom('strategy_goals as g')
      .select(['g.id', 'g.title'])
      .where('g.workspace_id', '=', workspaceId)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('strategy_goal_indicators as gi')
              .select('gi.goal_id')
              .whereRef('gi.goal_id', '=', 'g.id'),
          ),
        ),
      )
      .execute(),
  ]);
  let needs: { id: string; title: string; score: number | null; rank: number | null }[] = [];
  if (survey) {
    const rows = await db
      .selectFrom('needs')
      .select(['id', 'title'])
      .where('survey_id', '=', survey.id)
      .execute();
    const ranked = await rankVotedNeeds(
      db,
      rows.map((r) => r.id),
    );
    needs = rows
      .map((n) => ({
        id: n.id,
        title: n.title,
        score: ranked.get(n.id)!.score,
        rank: ranked.get(n.id)!.rank,
      }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  }
  return {
    phases: REALIGNMENT_PHASES.map((p) => ({ ...p, points: [...p.points] })),
    agreed: agreed ?? null,
    benchmarkRecommendations: benchmark,
    evaluationRecommendations: evaluation,
    needsSurvey: survey ? { ...survey, needs } : null,
    goalsWithoutIndicator: unmeasured,
  };
}
