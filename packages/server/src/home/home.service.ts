/**
 * Role homes (issue 12, item 1): what each role opens first. The counts come from the same
 * services and tables as the module screens, so the dashboard and the screens agree.
 */
import {
  DEFAULT_TOLERANCE,
  MEMBERSHIP_STAGES,
  progressToTarget,
  trafficLight,
  type TrafficLight,
} from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { listAudit } from '../audit/service.js';
import { stats } from '../monitoring/surveys/surveys.service.js';
import type { Text3 } from '../monitoring/surveys/model.js';
import { linkedActorId } from '../operations/shared.js';
import { listTasks, taskCounts } from './tasks.service.js';

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));

/** Surveys sent and not past their deadline, newest first, with their response rate. */
export async function openSurveys(db: Database, workspaceId: string) {
  const rows = await db
    .selectFrom('surveys')
    .select(['id', 'title', 'deadline', 'sent_at'])
    .where('workspace_id', '=', workspaceId)
    .where('sent_at', 'is not', null)
    .where('deadline', '>=', new Date())
    .orderBy('deadline')
    .execute();
  return Promise.all(
    rows.map(async (s) => ({
      id: s.id,
      title: s.title as Text3,
      deadline: new Date(s.deadline).toISOString(),
      ...(await stats(db, s.id)),
    })),
  );
}

/** The next events (not yet ended) with their fill: seats registered over capacity. */
export async function nextEvents(db: Database, workspaceId: string, limit = 5) {
  return (
    await db
      .selectFrom('events as e')
      .select([
        'e.id',
        'e.title',
        'e.starts_at',
        'e.capacity',
        sql<string>`(SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'registered')`.as(
          'registered',
        ),
        sql<string>`(SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted')`.as(
          'waitlisted',
        ),
      ])
      .where('e.workspace_id', '=', workspaceId)
      .where('e.ends_at', '>=', new Date())
      .orderBy('e.starts_at')
      .limit(limit)
      .execute()
  ).map((e) => ({
    id: e.id,
    title: e.title,
    startsAt: new Date(e.starts_at).toISOString(),
    capacity: e.capacity,
    registered: Number(e.registered),
    waitlisted: Number(e.waitlisted),
  }));
}

/** Actors in each stage of the membership pipeline (the totals of the pipeline screen). */
export async function pipelineCounts(db: Database, workspaceId: string) {
  const rows = await db
    .selectFrom('actors')
    .select(['membership_stage', sql<string>`count(*)`.as('n')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('membership_stage')
    .execute();
  return MEMBERSHIP_STAGES.map((stage) => ({
    stage,
    total: Number(rows.find((r) => r.membership_stage === stage)?.n ?? 0),
  }));
}

/**
 * Each indicator's light on its latest period with a value (else its latest started period), with
 * the tolerance of the latest monitoring report, else the platform's 10 %.
 */
export async function indicatorLights(db: Database, workspaceId: string) {
  const report = await db
    .selectFrom('monitoring_reports')
    .select('tolerance')
    .where('workspace_id', '=', workspaceId)
    .orderBy('ends_on', 'desc')
    .executeTakeFirst();
  const tolerance = report ? Number(report.tolerance) : DEFAULT_TOLERANCE;
  const indicators = await db
    .selectFrom('indicators')
    .select(['id', 'name', 'unit', 'baseline_value'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  const periods = await db
    .selectFrom('indicator_periods as p')
    .leftJoin('indicator_values as v', (j) => j.onRef('v.period_id', '=', 'p.id').on('v.segment', '=', ''))
    .select(['p.indicator_id', 'p.period_key', 'p.target', 'v.value'])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.starts_on', '<=', new Date().toISOString().slice(0, 10))
    .orderBy('p.starts_on', 'desc')
    .execute();
  const items = indicators.map((i) => {
    const mine = periods.filter((p) => p.indicator_id === i.id);
    const p = mine.find((x) => x.value !== null) ?? mine[0] ?? null;
    const actual = num(p?.value);
    const target = num(p?.target);
    const baseline = num(i.baseline_value);
    return {
      id: i.id,
      name: i.name,
      unit: i.unit,
      period: p?.period_key ?? null,
      actual,
      target,
      light: trafficLight({ actual, target, baseline, tolerance }),
      progress: progressToTarget(actual, target, baseline),
    };
  });
  const lights: Record<TrafficLight, number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const i of items) lights[i.light] += 1;
  return { tolerance, lights, indicators: items };
}

/** The manager's dashboard of a cluster initiative. */
export async function managerHome(db: Database, workspaceId: string, dueSoonDays?: number) {
  const tasks = await listTasks(db, workspaceId);
  const counts = taskCounts(tasks, dueSoonDays);
  const [surveys, events, pipeline, indicators, audit] = await Promise.all([
    openSurveys(db, workspaceId),
    nextEvents(db, workspaceId),
    pipelineCounts(db, workspaceId),
    indicatorLights(db, workspaceId),
    listAudit(db, workspaceId, { limit: 8 }),
  ]);
  return {
    tasks: {
      ...counts,
      items: tasks.filter((t) => t.late || (t.dueOn !== null && t.dueOn <= counts.horizon)).slice(0, 10),
    },
    surveys,
    events,
    pipeline,
    indicators,
    activity: audit.entries.map((e) => ({
      id: e.id,
      at: new Date(e.at).toISOString(),
      action: e.action,
      entity: e.entity,
      user: e.user?.name ?? null,
    })),
  };
}

/** Offers and competences of other organisations that share a word with one of my needs. */
async function matchesForNeeds(db: Database, workspaceId: string, actorId: string) {
  const needs = await db
    .selectFrom('competences')
    .select(['id', 'title', 'keywords'])
    .where('workspace_id', '=', workspaceId)
    .where('actor_id', '=', actorId)
    .where('kind', '=', 'need')
    .orderBy('title')
    .execute();
  const out = [];
  for (const need of needs) {
    // Words of four letters or more from the need's keywords, else from its title.
    const words = [
      ...new Set(
        (need.keywords.trim() ? need.keywords : need.title)
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length >= 4),
      ),
    ].slice(0, 8);
    if (!words.length) continue;
    const offers = await db
      .selectFrom('competences as c')
      .select(['c.id', 'c.title', 'c.kind', 'c.organisation', 'c.actor_id'])
      .where('c.workspace_id', '=', workspaceId)
      .where('c.actor_id', '<>', actorId)
      .where('c.kind', 'in', ['offer', 'competence'])
      .where((eb) => eb.or(words.map((w) => eb('c.search_text', 'ilike', `%${w.replace(/[%_\\]/g, '')}%`))))
      .orderBy('c.title')
      .limit(5)
      .execute();
    out.push({ need: { id: need.id, title: need.title }, offers });
  }
  return out;
}

/** A member's home: surveys to answer, votes open, my events and working groups, matches, profile. */
export async function memberHome(db: Database, workspaceId: string, userId: string) {
  const now = new Date();
  const actorId = await linkedActorId(db, workspaceId, userId);
  const [surveys, votes, events, groups, organisation] = await Promise.all([
    db
      .selectFrom('survey_invitations as i')
      .innerJoin('surveys as s', 's.id', 'i.survey_id')
      .select(['s.id', 's.title', 's.deadline'])
      .where('i.workspace_id', '=', workspaceId)
      .where('i.user_id', '=', userId)
      .where('i.responded', '=', false)
      .where('s.sent_at', 'is not', null)
      .where('s.deadline', '>=', now)
      .orderBy('s.deadline')
      .execute(),
    db
      .selectFrom('needs_surveys as n')
      .select([
        'n.id',
        'n.title',
        // Voted: the member's organisation has a vote (its logins vote for it), or their own.
        sql<boolean>`EXISTS (SELECT 1 FROM need_votes v JOIN needs x ON x.id = v.need_id WHERE x.survey_id = n.id AND (v.user_id = ${userId} OR v.actor_id = (SELECT m.actor_id FROM memberships m WHERE m.workspace_id = n.workspace_id AND m.user_id = ${userId})))`.as(
          'voted',
        ),
      ])
      .where('n.workspace_id', '=', workspaceId)
      .where('n.status', '=', 'open')
      .orderBy('n.created_at', 'desc')
      .execute(),
    db
      .selectFrom('event_registrations as r')
      .innerJoin('events as e', 'e.id', 'r.event_id')
      .select(['e.id', 'e.title', 'e.starts_at', 'r.status'])
      .where('e.workspace_id', '=', workspaceId)
      .where('e.ends_at', '>=', now)
      .where('r.status', '<>', 'cancelled')
      .where((eb) =>
        actorId
          ? eb.or([eb('r.user_id', '=', userId), eb('r.actor_id', '=', actorId)])
          : eb('r.user_id', '=', userId),
      )
      .orderBy('e.starts_at')
      .limit(20)
      .execute(),
    actorId
      ? db
          .selectFrom('working_group_members as m')
          .innerJoin('working_groups as g', 'g.id', 'm.working_group_id')
          .select(['g.id', 'g.name', 'g.topic'])
          .where('m.actor_id', '=', actorId)
          .where('g.workspace_id', '=', workspaceId)
          .orderBy('g.name')
          .execute()
      : Promise.resolve([]),
    actorId
      ? db
          .selectFrom('actors')
          .select(['id', 'name', 'membership_stage'])
          .where('id', '=', actorId)
          .executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return {
    surveys: surveys.map((s) => ({
      id: s.id,
      title: s.title as Text3,
      deadline: new Date(s.deadline).toISOString(),
    })),
    votes: votes.filter((v) => !v.voted).map((v) => ({ id: v.id, title: v.title })),
    events: events.map((e) => ({
      id: e.id,
      title: e.title,
      startsAt: new Date(e.starts_at).toISOString(),
      status: e.status,
    })),
    workingGroups: groups,
    // Matches need the organisation's needs in the member portal; without a linked organisation there are none.
    matches: actorId ? await matchesForNeeds(db, workspaceId, actorId) : null,
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, stage: organisation.membership_stage }
      : null,
  };
}

/** A funder's home: one card per followed initiative with what it shares. */
export async function funderHome(db: Database, programmeId: string) {
  const follows = await db
    .selectFrom('programme_follows as f')
    .innerJoin('workspaces as w', (j) =>
      j.onRef('w.id', '=', 'f.initiative_id').on('w.kind', '=', 'cluster_initiative'),
    )
    .leftJoin('lifecycle_states as l', 'l.workspace_id', 'f.initiative_id')
    .select(['f.id', 'f.initiative_id', 'w.name', 'l.stage', 'l.unido_phase', 'l.blueprint_step'])
    .where('f.programme_id', '=', programmeId)
    .where('f.status', '=', 'active')
    .orderBy('w.name')
    .execute();
  const pending = await db
    .selectFrom('programme_follows')
    .select(sql<string>`count(*)`.as('n'))
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'requested')
    .executeTakeFirstOrThrow();
  const cards = [];
  for (const f of follows) {
    const scopes = (
      await db
        .selectFrom('follow_shares')
        .select('scope')
        .where('follow_id', '=', f.id)
        .where('revoked_at', 'is', null)
        .execute()
    ).map((s) => s.scope);
    const lastReport = scopes.includes('reports')
      ? await db
          .selectFrom('monitoring_reports')
          .select(['id', 'title', sql<string>`ends_on::text`.as('endsOn'), 'updated_at'])
          .where('workspace_id', '=', f.initiative_id)
          .orderBy('ends_on', 'desc')
          .executeTakeFirst()
      : undefined;
    cards.push({
      followId: f.id,
      initiative: { id: f.initiative_id, name: f.name },
      shares: scopes,
      // Each part shows only where the initiative shares it.
      lifecycle: scopes.includes('lifecycle')
        ? { stage: f.stage, unidoPhase: f.unido_phase, blueprintStep: f.blueprint_step }
        : null,
      lights: scopes.includes('indicators') ? (await indicatorLights(db, f.initiative_id)).lights : null,
      lastReport: scopes.includes('reports')
        ? lastReport
          ? { id: lastReport.id, title: lastReport.title, endsOn: lastReport.endsOn }
          : null
        : undefined,
    });
  }
  return { cards, pendingRequests: Number(pending.n) };
}

/** What awaits a panel member's or an evaluator's scoring. */
export async function scoringHome(db: Database, workspaceId: string, userId: string, role: string) {
  const exercises = await db
    .selectFrom('selection_scorers as s')
    .innerJoin('selection_exercises as x', 'x.id', 's.exercise_id')
    .select([
      'x.id',
      'x.name',
      sql<string>`(SELECT count(*) FROM selection_candidates c WHERE c.exercise_id = x.id)
        * (SELECT count(*) FROM selection_criteria k WHERE k.exercise_id = x.id AND k.kind = 'scored')`.as(
        'expected',
      ),
      sql<string>`(SELECT count(*) FROM selection_scores sc WHERE sc.exercise_id = x.id AND sc.scorer_id = ${userId})`.as(
        'scored',
      ),
    ])
    .where('s.user_id', '=', userId)
    .where('x.workspace_id', '=', workspaceId)
    .where('x.status', '=', 'open')
    .orderBy('x.created_at')
    .execute();
  const evaluations =
    role === 'evaluator'
      ? await db
          .selectFrom('evaluations as e')
          .select([
            'e.id',
            'e.title',
            'e.status',
            sql<string>`(SELECT count(*) FROM evaluation_recommendations r WHERE r.evaluation_id = e.id AND NOT r.agreed_by_evaluators)`.as(
              'awaitingAgreement',
            ),
          ])
          .where('e.workspace_id', '=', workspaceId)
          .where('e.status', '<>', 'completed')
          .orderBy('e.created_at')
          .execute()
      : [];
  return {
    selections: exercises.map((x) => ({
      id: x.id,
      name: x.name,
      expected: Number(x.expected),
      scored: Number(x.scored),
    })),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      title: e.title,
      status: e.status,
      awaitingAgreement: Number(e.awaitingAgreement),
    })),
  };
}
