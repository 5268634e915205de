/**
 * Goals from the diagnosis (issue 13, item 1; GIZ 001:1582–1603, 1659–1697): the queries and
 * transactions behind goals.routes.ts. A goal keeps links to what justified it (ranked needs, SWOT
 * items, constraints, value-chain white spots) and to the indicators of the results chain that
 * measure it.
 */
import { goalFlags, whiteSpots, type GoalFlag, type TypicalGoal } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { rankVotedNeeds } from '../diagnose/needs/ranking.service.js';

export const SOURCE_KINDS = ['need', 'analysis_item', 'constraint', 'value_chain_stage'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface GoalInput {
  title: string;
  description?: string;
  typical?: string | null;
  sources?: { kind: SourceKind; id: string }[];
  indicatorIds?: string[];
}

export interface Goal {
  id: string;
  title: string;
  description: string;
  typical: TypicalGoal | null;
  position: number;
  needIds: string[];
  sources: { kind: SourceKind; id: string; label: string }[];
  indicatorIds: string[];
  indicators: { id: string; name: string; level: string }[];
  /** Strategy objectives (of any version) that serve this goal. */
  objectives: { id: string; title: string; strategyVersion: number }[];
  flags: GoalFlag[];
  updatedAt: string;
}

export async function listGoals(db: Database, workspaceId: string, only?: string): Promise<Goal[]> {
  let q = db
    .selectFrom('strategy_goals')
    .select(['id', 'title', 'description', 'typical', 'position', 'updated_at'])
    .where('workspace_id', '=', workspaceId);
  if (only) q = q.where('id', '=', only);
  const goals = await q
    .orderBy('position')
    .orderBy(sql`lower(title)`)
    .execute();
  if (!goals.length) return [];
  const ids = goals.map((g) => g.id);
  const [sources, indicators, objectives] = await Promise.all([
    db
      .selectFrom('strategy_goal_sources')
      .select(['goal_id', 'kind', 'source_id', 'label'])
      .where('goal_id', 'in', ids)
      .orderBy('label')
      .execute(),
    db
      .selectFrom('strategy_goal_indicators as gi')
      .innerJoin('indicators as i', 'i.id', 'gi.indicator_id')
      .select(['gi.goal_id', 'i.id', 'i.name', 'i.level'])
      .where('gi.goal_id', 'in', ids)
      .orderBy('i.name')
      .execute(),
    db
      .selectFrom('strategy_elements as e')
      .innerJoin('strategies as s', 's.id', 'e.strategy_id')
      .select(['e.goal_id', 'e.id', 'e.title', 's.version'])
      .where('e.goal_id', 'in', ids)
      .orderBy('s.version', 'desc')
      .execute(),
  ]);
  return goals.map((g) => {
    const own = sources.filter((s) => s.goal_id === g.id);
    const ind = indicators.filter((i) => i.goal_id === g.id);
    return {
      id: g.id,
      title: g.title,
      description: g.description,
      // Only the typical goals are taken (goals.routes.ts).
      typical: g.typical as TypicalGoal | null,
      position: g.position,
      needIds: own.filter((s) => s.kind === 'need').map((s) => s.source_id),
      sources: own.map((s) => ({ kind: s.kind, id: s.source_id, label: s.label })),
      indicatorIds: ind.map((i) => i.id),
      indicators: ind.map((i) => ({ id: i.id, name: i.name, level: i.level })),
      objectives: objectives
        .filter((o) => o.goal_id === g.id)
        .map((o) => ({ id: o.id, title: o.title, strategyVersion: o.version })),
      flags: goalFlags({ indicatorCount: ind.length, sourceCount: own.length }),
      updatedAt: new Date(g.updated_at).toISOString(),
    };
  });
}

export async function getGoal(db: Database, workspaceId: string, goalId: string): Promise<Goal> {
  const [g] = await listGoals(db, workspaceId, goalId);
  if (!g) throw notFound('Goal');
  return g;
}

/**
 * What can become a goal: the needs of each needs survey with their score and rank (the ranking
 * of 001:1582–1631), the SWOT items, the constraints and the white spots of the value chains, each
 * with the goals it already justifies.
 */
export async function goalCandidates(db: Database, workspaceId: string) {
  const [needs, swot, constraints, stages, links] = await Promise.all([
    db
      .selectFrom('needs')
      .innerJoin('needs_surveys as s', 's.id', 'needs.survey_id')
      .select([
        'needs.id',
        'needs.title',
        'needs.category',
        's.id as surveyId',
        's.title as surveyTitle',
        's.created_at as surveyCreatedAt',
      ])
      .where('s.workspace_id', '=', workspaceId)
      .execute(),
    db
      .selectFrom('analysis_items')
      .select(['id', 'category', 'text', 'sign'])
      .where('workspace_id', '=', workspaceId)
      .where('framework', '=', 'swot')
      .orderBy('category')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('constraints')
      .select(['id', 'title', 'tier'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('tier')
      .orderBy('title')
      .execute(),
    db
      .selectFrom('value_chain_stages as st')
      .innerJoin('value_chains as c', 'c.id', 'st.chain_id')
      .leftJoin('value_chain_stage_actors as a', 'a.stage_id', 'st.id')
      .select([
        'st.id',
        'st.name',
        'c.name as chain',
        sql<string[]>`array_remove(array_agg(a.actor_id), null)`.as('actorIds'),
      ])
      .where('c.workspace_id', '=', workspaceId)
      .groupBy(['st.id', 'st.name', 'c.name', 'st.position'])
      .orderBy('c.name')
      .orderBy('st.position')
      .execute(),
    db
      .selectFrom('strategy_goal_sources as gs')
      .innerJoin('strategy_goals as g', 'g.id', 'gs.goal_id')
      .select(['gs.kind', 'gs.source_id', 'g.id', 'g.title'])
      .where('gs.workspace_id', '=', workspaceId)
      .execute(),
  ]);
  const goalsOf = (kind: SourceKind, id: string) =>
    links.filter((l) => l.kind === kind && l.source_id === id).map((l) => ({ id: l.id, title: l.title }));

  // Each survey ranks its own needs (a rank says where a need stands among the needs voted with it).
  const surveys = [];
  const order = [...new Map(needs.map((n) => [n.surveyId, n])).values()].sort(
    (a, b) => +new Date(b.surveyCreatedAt) - +new Date(a.surveyCreatedAt),
  );
  for (const s of order) {
    const own = needs.filter((n) => n.surveyId === s.surveyId);
    const ranked = await rankVotedNeeds(
      db,
      own.map((n) => n.id),
    );
    surveys.push({
      id: s.surveyId,
      title: s.surveyTitle,
      needs: own
        .map((n) => ({
          id: n.id,
          title: n.title,
          category: n.category,
          score: ranked.get(n.id)!.score,
          respondents: ranked.get(n.id)!.respondents,
          rank: ranked.get(n.id)!.rank,
          goals: goalsOf('need', n.id),
        }))
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.title.localeCompare(b.title)),
    });
  }
  const spots = new Set(whiteSpots(stages).map((s) => s.id));
  return {
    needsSurveys: surveys,
    swot: swot.map((s) => ({ ...s, goals: goalsOf('analysis_item', s.id) })),
    constraints: constraints.map((c) => ({ ...c, goals: goalsOf('constraint', c.id) })),
    whiteSpots: stages
      .filter((s) => spots.has(s.id))
      .map((s) => ({ id: s.id, name: s.name, chain: s.chain, goals: goalsOf('value_chain_stage', s.id) })),
  };
}

/** The label kept with a source, so a goal still says what justified it when the source is gone. */
async function sourceLabels(
  db: Database,
  workspaceId: string,
  sources: { kind: SourceKind; id: string }[],
): Promise<string[]> {
  const labels: string[] = [];
  for (const [i, s] of sources.entries()) {
    let label: string | undefined;
    if (s.kind === 'need')
      label = (
        await db
          .selectFrom('needs')
          .innerJoin('needs_surveys as v', 'v.id', 'needs.survey_id')
          .select('needs.title as label')
          .where('needs.id', '=', s.id)
          .where('v.workspace_id', '=', workspaceId)
          .executeTakeFirst()
      )?.label;
    else if (s.kind === 'analysis_item')
      label = (
        await db
          .selectFrom('analysis_items')
          .select('text as label')
          .where('id', '=', s.id)
          .where('workspace_id', '=', workspaceId)
          .where('framework', '=', 'swot')
          .executeTakeFirst()
      )?.label;
    else if (s.kind === 'constraint')
      label = (
        await db
          .selectFrom('constraints')
          .select('title as label')
          .where('id', '=', s.id)
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirst()
      )?.label;
    else
      label = (
        await db
          .selectFrom('value_chain_stages as st')
          .innerJoin('value_chains as c', 'c.id', 'st.chain_id')
          .select(sql<string>`c.name || ': ' || st.name`.as('label'))
          .where('st.id', '=', s.id)
          .where('c.workspace_id', '=', workspaceId)
          .executeTakeFirst()
      )?.label;
    if (label === undefined)
      throw badRequest('unknown_source', msg`sources[${i}] is not part of this cluster initiative`, [
        { field: `body.sources[${i}].id`, message: 'is not part of this cluster initiative' },
      ]);
    labels.push(label);
  }
  return labels;
}

async function checkIndicators(db: Database, workspaceId: string, ids: string[]) {
  for (const [i, id] of ids.entries()) {
    const found = await db
      .selectFrom('indicators')
      .select('id')
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!found)
      throw badRequest(
        'unknown_indicator',
        msg`indicatorIds[${i}] is not an indicator of this results chain`,
        [{ field: `body.indicatorIds[${i}]`, message: 'is not an indicator of this results chain' }],
      );
  }
}

async function checkTitle(db: Database, workspaceId: string, title: string, selfId?: string) {
  let q = db
    .selectFrom('strategy_goals')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`lower(title) = lower(${title})`);
  if (selfId) q = q.where('id', '<>', selfId);
  if (await q.executeTakeFirst())
    throw conflict(msg`A goal named "${title}" exists already`, [
      { field: 'body.title', message: 'is taken' },
    ]);
}

/** Keeps the needs ranking's "goal" mark true exactly for the needs some goal answers. */
async function syncNeedMarks(db: Database, needIds: string[]) {
  if (!needIds.length) return;
  await db
    .updateTable('needs')
    .set({
      is_goal: sql<boolean>`exists (select 1 from strategy_goal_sources s where s.kind = 'need' and s.source_id = needs.id)`,
    })
    .where('id', 'in', needIds)
    .execute();
}

async function writeLinks(
  db: Database,
  workspaceId: string,
  goalId: string,
  sources: { kind: SourceKind; id: string }[] | undefined,
  labels: string[],
  indicatorIds: string[] | undefined,
) {
  const touchedNeeds: string[] = [];
  if (sources) {
    const old = await db
      .deleteFrom('strategy_goal_sources')
      .where('goal_id', '=', goalId)
      .returning(['kind', 'source_id'])
      .execute();
    touchedNeeds.push(...old.filter((o) => o.kind === 'need').map((o) => o.source_id));
    const unique = new Map(sources.map((s, i) => [`${s.kind}:${s.id}`, { ...s, label: labels[i]! }]));
    if (unique.size)
      await db
        .insertInto('strategy_goal_sources')
        .values(
          [...unique.values()].map((s) => ({
            goal_id: goalId,
            workspace_id: workspaceId,
            kind: s.kind,
            source_id: s.id,
            label: s.label,
          })),
        )
        .execute();
    touchedNeeds.push(...sources.filter((s) => s.kind === 'need').map((s) => s.id));
  }
  if (indicatorIds) {
    await db.deleteFrom('strategy_goal_indicators').where('goal_id', '=', goalId).execute();
    const unique = [...new Set(indicatorIds)];
    if (unique.length)
      await db
        .insertInto('strategy_goal_indicators')
        .values(unique.map((id) => ({ goal_id: goalId, indicator_id: id, workspace_id: workspaceId })))
        .execute();
  }
  await syncNeedMarks(db, [...new Set(touchedNeeds)]);
}

export async function createGoal(db: Database, workspaceId: string, userId: string, b: GoalInput) {
  const title = b.title.trim();
  return db.transaction().execute(async (trx) => {
    // One goal at a time per workspace: two people turning the same need into a goal at once
    // meet the title check in turn instead of both passing it.
    await sql`select pg_advisory_xact_lock(hashtext(${`strategy_goals:${workspaceId}`}))`.execute(trx);
    await checkTitle(trx, workspaceId, title);
    const labels = await sourceLabels(trx, workspaceId, b.sources ?? []);
    await checkIndicators(trx, workspaceId, b.indicatorIds ?? []);
    const next = await trx
      .selectFrom('strategy_goals')
      .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('n'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('strategy_goals')
      .values({
        workspace_id: workspaceId,
        title,
        description: (b.description ?? '').trim(),
        typical: b.typical ?? null,
        position: next.n,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeLinks(trx, workspaceId, row.id, b.sources ?? [], labels, b.indicatorIds ?? []);
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.goal.create',
      entity: 'strategy_goal',
      entityId: row.id,
      newValue: { title, sources: labels, indicators: (b.indicatorIds ?? []).length },
    });
    return row.id;
  });
}

export async function updateGoal(
  db: Database,
  workspaceId: string,
  userId: string,
  goalId: string,
  b: Partial<GoalInput> & { position?: number; updatedAt?: string },
) {
  await db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('strategy_goals')
      .selectAll()
      .where('id', '=', goalId)
      .where('workspace_id', '=', workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!old) throw notFound('Goal');
    if (b.updatedAt && new Date(old.updated_at).toISOString() !== b.updatedAt)
      throw conflict(
        'Someone changed this goal while you were editing it: reload it and apply your change again',
      );
    const title = b.title?.trim();
    if (title !== undefined) await checkTitle(trx, workspaceId, title, goalId);
    const labels = b.sources ? await sourceLabels(trx, workspaceId, b.sources) : [];
    if (b.indicatorIds) await checkIndicators(trx, workspaceId, b.indicatorIds);
    await trx
      .updateTable('strategy_goals')
      .set({
        ...(title !== undefined ? { title } : {}),
        ...(b.description !== undefined ? { description: b.description.trim() } : {}),
        ...(b.typical !== undefined ? { typical: b.typical } : {}),
        ...(b.position !== undefined ? { position: b.position } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', goalId)
      .execute();
    await writeLinks(trx, workspaceId, goalId, b.sources, labels, b.indicatorIds);
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.goal.update',
      entity: 'strategy_goal',
      entityId: goalId,
      oldValue: { title: old.title, description: old.description, typical: old.typical },
      newValue: { ...b, ...(b.sources ? { sources: labels } : {}) },
    });
  });
}

export async function deleteGoal(db: Database, workspaceId: string, userId: string, goalId: string) {
  await db.transaction().execute(async (trx) => {
    const old = await trx
      .deleteFrom('strategy_goals')
      .where('id', '=', goalId)
      .where('workspace_id', '=', workspaceId)
      .returning(['id', 'title'])
      .executeTakeFirst();
    if (!old) throw notFound('Goal');
    const needs = await trx
      .selectFrom('needs')
      .innerJoin('needs_surveys as s', 's.id', 'needs.survey_id')
      .select('needs.id')
      .where('s.workspace_id', '=', workspaceId)
      .where('needs.is_goal', '=', true)
      .execute();
    await syncNeedMarks(
      trx,
      needs.map((n) => n.id),
    );
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.goal.delete',
      entity: 'strategy_goal',
      entityId: goalId,
      oldValue: { title: old.title },
    });
  });
}

/** The goals that answer a need (have it among their sources), by title. */
export async function goalsAnsweringNeed(db: Database, workspaceId: string, needId: string) {
  return db
    .selectFrom('strategy_goals as g')
    .innerJoin('strategy_goal_sources as s', 's.goal_id', 'g.id')
    .select(['g.id', 'g.title'])
    .where('g.workspace_id', '=', workspaceId)
    .where('s.kind', '=', 'need')
    .where('s.source_id', '=', needId)
    .orderBy('g.position')
    .execute();
}
