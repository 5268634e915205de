/**
 * One list of work across the modules (issue 12, item 6): project tasks, stakeholder measures,
 * benchmarking and evaluation recommendations, open PDCA cycles, indicator values due and the
 * tasks of the current action plans (issue 13), and the seats of governance bodies whose term ends
 * within the team's reminder window or has ended (issue 14; nobody's in particular: they show in
 * the workspace's lists and the manager's dashboard). The
 * "Due" page, "My tasks", the manager's dashboard and the calendar feed all read this service.
 */
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { reminderDays } from '../organisation/governance.service.js';

export const TASK_SOURCES = [
  'project_task',
  'stakeholder_measure',
  'benchmark_recommendation',
  'evaluation_recommendation',
  'pdca_step',
  'indicator_value',
  'action_plan_task',
  'governance_term',
] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

/** The module each source belongs to (the web app names it in the user's language). */
export type TaskModule = 'operations' | 'diagnose' | 'monitoring' | 'strategy' | 'organisation';
export const TASK_MODULE: Record<TaskSource, TaskModule> = {
  project_task: 'operations',
  stakeholder_measure: 'diagnose',
  benchmark_recommendation: 'monitoring',
  evaluation_recommendation: 'monitoring',
  pdca_step: 'operations',
  indicator_value: 'monitoring',
  action_plan_task: 'strategy',
  governance_term: 'organisation',
};

export interface Task {
  /** Stable across calls: source and row (and period for indicator values). */
  key: string;
  source: TaskSource;
  module: TaskModule;
  title: string;
  /** What the task belongs to: the project, the stakeholder, the process, the indicator… */
  context: string;
  dueOn: string | null;
  late: boolean;
  assigneeId: string | null;
  assignee: string | null;
  /** The web app's path where the task is done. */
  link: string;
}

/**
 * The platform's default window for "due soon" on the dashboard (the guides give none); set with
 * AGGLOMERA_DUE_SOON_DAYS (settings.dueSoonDays).
 */
export const DUE_SOON_DAYS = 14;

export const today = () => new Date().toISOString().slice(0, 10);
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface TaskQuery {
  /** Only the tasks assigned to this user; undefined = everyone's. */
  userId?: string;
  /** Name of that user: stakeholder measures and processes name their owner in words. */
  userName?: string;
  on?: string;
  /**
   * With one person's tasks, the governance terms ending too: they belong to nobody in particular,
   * and the owners and managers hear of them (the reminders' digest).
   */
  withTerms?: boolean;
}

/** Every open task of a workspace (or of one person in it), earliest due first, undated last. */
export async function listTasks(db: Database, workspaceId: string, q: TaskQuery = {}): Promise<Task[]> {
  const now = q.on ?? today();
  const w = `/w/${workspaceId}`;
  const withTerms = q.userId === undefined || q.withTerms === true;
  const mine = <T>(rows: (T & { assigneeId: string | null; assignee: string | null })[]) =>
    q.userId === undefined
      ? rows
      : rows.filter(
          (r) =>
            r.assigneeId === q.userId ||
            (r.assigneeId === null &&
              !!q.userName &&
              !!r.assignee &&
              r.assignee.trim().toLowerCase() === q.userName.trim().toLowerCase()),
        );

  const [projectTasks, measures, benchRecs, evalRecs, cycles, values] = await Promise.all([
    db
      .selectFrom('project_tasks as t')
      .innerJoin('projects as p', 'p.id', 't.project_id')
      .leftJoin('users as u', 'u.id', 't.owner_user_id')
      .select([
        't.id',
        't.title',
        'p.id as projectId',
        'p.title as project',
        sql<string>`t.due_on::text`.as('dueOn'),
        't.owner_user_id as assigneeId',
        'u.name as assignee',
      ])
      .where('p.workspace_id', '=', workspaceId)
      .where('p.closed_on', 'is', null)
      .where('t.done_on', 'is', null)
      .execute(),
    db
      .selectFrom('stakeholder_assessments as s')
      .innerJoin('actors as a', 'a.id', 's.actor_id')
      .select([
        's.actor_id as id',
        's.measure as title',
        'a.name as stakeholder',
        sql<string | null>`s.measure_due::text`.as('dueOn'),
        sql<string | null>`NULL::uuid`.as('assigneeId'),
        sql<string | null>`NULLIF(s.measure_owner, '')`.as('assignee'),
      ])
      .where('s.workspace_id', '=', workspaceId)
      .where('s.measure_status', '=', 'open')
      .where('s.measure', '<>', '')
      .execute(),
    db
      .selectFrom('benchmark_recommendations as r')
      .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
      .select([
        'r.id',
        'r.text as title',
        sql<string | null>`r.due_on::text`.as('dueOn'),
        'r.responsible_user_id as assigneeId',
        'u.name as assignee',
      ])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.status', '<>', 'done')
      .execute(),
    db
      .selectFrom('evaluation_recommendations as r')
      .innerJoin('evaluations as e', 'e.id', 'r.evaluation_id')
      .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
      .select([
        'r.id',
        'r.text as title',
        'e.title as evaluation',
        sql<string | null>`r.due_on::text`.as('dueOn'),
        'r.responsible_user_id as assigneeId',
        'u.name as assignee',
      ])
      .where('r.workspace_id', '=', workspaceId)
      // Only the recommendations selected for implementation are followed up (GIZ 001:3575–3576).
      .where('r.selected', '=', true)
      .where('r.status', 'in', ['not_started', 'in_progress'])
      .execute(),
    db
      .selectFrom('pdca_cycles as c')
      .innerJoin('processes as p', 'p.id', 'c.process_id')
      .select([
        'c.id',
        'c.phase',
        'p.id as processId',
        'p.name as process',
        sql<string | null>`NULL::uuid`.as('assigneeId'),
        sql<string | null>`NULLIF(p.owner, '')`.as('assignee'),
      ])
      .where('c.workspace_id', '=', workspaceId)
      .where('c.closed_at', 'is', null)
      .execute(),
    db
      .selectFrom('indicator_periods as p')
      .innerJoin('indicators as i', 'i.id', 'p.indicator_id')
      .leftJoin('users as u', 'u.id', 'i.responsible_user_id')
      .select([
        'i.id',
        'i.name as indicator',
        'p.period_key as period',
        sql<string>`p.ends_on::text`.as('dueOn'),
        'i.responsible_user_id as assigneeId',
        'u.name as assignee',
      ])
      .where('p.workspace_id', '=', workspaceId)
      .where('p.closed_at', 'is', null)
      .where('p.starts_on', '<=', now)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('indicator_values as v')
              .select('v.id')
              .whereRef('v.period_id', '=', 'p.id')
              .where('v.segment', '=', ''),
          ),
        ),
      )
      .execute(),
  ]);
  const [planTasks, terms, myActors] = await Promise.all([
    // Open tasks of the current action plans: the agreed version of each kind, or its drafts
    // while none is agreed (a draft copied from an agreed plan would list the tasks twice).
    db
      .selectFrom('action_plan_tasks as t')
      .innerJoin('action_plans as p', 'p.id', 't.plan_id')
      .leftJoin('users as u', 'u.id', 't.responsible_user_id')
      .leftJoin('actors as a', 'a.id', 't.responsible_actor_id')
      .select([
        't.id',
        't.task as title',
        'p.title as plan',
        'p.kind',
        sql<string | null>`t.deadline::text`.as('dueOn'),
        't.responsible_user_id as assigneeId',
        't.responsible_actor_id as actorId',
        sql<string | null>`coalesce(u.name, a.name)`.as('assignee'),
      ])
      .where('p.workspace_id', '=', workspaceId)
      .where('t.status', 'in', ['open', 'in_progress'])
      .where((eb) =>
        eb.or([
          eb('p.status', '=', 'agreed'),
          eb.and([
            eb('p.status', '=', 'draft'),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('action_plans as o')
                  .select('o.id')
                  .whereRef('o.workspace_id', '=', 'p.workspace_id')
                  .whereRef('o.kind', '=', 'p.kind')
                  .where('o.status', '=', 'agreed'),
              ),
            ),
          ]),
        ]),
      )
      .execute(),
    // Seats whose term ends within the reminder window (or has ended): the managing office prepares
    // the election or the renewal (GIZ 001:2337–2390 gives terms, not the window: the platform's).
    (withTerms ? reminderDays(db, workspaceId) : Promise.resolve(null)).then((days) =>
      days === null
        ? []
        : db
            .selectFrom('governance_seats as s')
            .innerJoin('governance_bodies as b', 'b.id', 's.body_id')
            .leftJoin('users as u', 'u.id', 's.user_id')
            .leftJoin('actors as a', 'a.id', 's.actor_id')
            .select([
              's.id',
              'b.name as body',
              's.role_in_body as role',
              sql<string>`coalesce(u.name, nullif(s.holder_name, ''), a.name, '')`.as('holder'),
              sql<string>`s.term_end::text`.as('dueOn'),
            ])
            .where('s.workspace_id', '=', workspaceId)
            .where('s.term_end', 'is not', null)
            .where('s.term_end', '<=', addDays(now, days))
            .execute(),
    ),
    // The organisation a login speaks for: a task given to that actor of the register is theirs too.
    q.userId === undefined
      ? Promise.resolve([] as { actor_id: string | null }[])
      : db
          .selectFrom('memberships')
          .select('actor_id')
          .where('workspace_id', '=', workspaceId)
          .where('user_id', '=', q.userId)
          .execute(),
  ]);
  const linkedActors = new Set(myActors.flatMap((m) => (m.actor_id ? [m.actor_id] : [])));

  const task = (
    source: TaskSource,
    key: string,
    r: { title: string; dueOn: string | null; assigneeId: string | null; assignee: string | null },
    context: string,
    link: string,
  ): Task => ({
    key: `${source}:${key}`,
    source,
    module: TASK_MODULE[source],
    title: r.title,
    context,
    dueOn: r.dueOn,
    late: r.dueOn !== null && r.dueOn < now,
    assigneeId: r.assigneeId,
    assignee: r.assignee,
    link,
  });

  const all: Task[] = [
    // Term reminders belong to nobody in particular: only the workspace's lists carry them, and a
    // person's when asked (withTerms).
    ...terms.map((r) =>
      task(
        'governance_term',
        r.id,
        {
          title: [r.role, r.holder].filter(Boolean).join(': '),
          dueOn: r.dueOn,
          assigneeId: null,
          assignee: null,
        },
        r.body,
        `${w}/organisation/governance`,
      ),
    ),
    ...mine(projectTasks).map((r) =>
      task('project_task', r.id, r, r.project, `${w}/operations/projects/${r.projectId}`),
    ),
    ...mine(measures).map((r) =>
      task('stakeholder_measure', r.id, r, r.stakeholder, `${w}/diagnose/stakeholders`),
    ),
    ...mine(benchRecs).map((r) =>
      task('benchmark_recommendation', r.id, r, '', `${w}/monitoring/benchmarking`),
    ),
    ...mine(evalRecs).map((r) =>
      task('evaluation_recommendation', r.id, r, r.evaluation, `${w}/monitoring/evaluations`),
    ),
    ...mine(cycles).map((r) =>
      task(
        'pdca_step',
        r.id,
        { title: r.phase, dueOn: null, assigneeId: r.assigneeId, assignee: r.assignee },
        r.process,
        `${w}/operations/processes/${r.processId}`,
      ),
    ),
    ...mine(values).map((r) =>
      task(
        'indicator_value',
        `${r.id}:${r.period}`,
        { title: r.period, dueOn: r.dueOn, assigneeId: r.assigneeId, assignee: r.assignee },
        r.indicator,
        `${w}/monitoring/indicators/${r.id}`,
      ),
    ),
    ...planTasks
      .filter(
        (r) =>
          q.userId === undefined || r.assigneeId === q.userId || (!!r.actorId && linkedActors.has(r.actorId)),
      )
      .map((r) =>
        task(
          'action_plan_task',
          r.id,
          r,
          r.plan,
          `${w}/strategy/action-plan${r.kind === 'green' ? '?kind=green' : ''}`,
        ),
      ),
  ];
  return all.sort(
    (a, b) =>
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
      a.source.localeCompare(b.source) ||
      a.title.localeCompare(b.title),
  );
}

/** The counts the dashboard shows: late, and due within the window (days), by module. */
export function taskCounts(tasks: Task[], dueSoonDays = DUE_SOON_DAYS, on = today()) {
  const horizon = addDays(on, dueSoonDays);
  const late = tasks.filter((t) => t.late);
  const dueSoon = tasks.filter((t) => !t.late && t.dueOn !== null && t.dueOn <= horizon);
  const bySource = Object.fromEntries(
    TASK_SOURCES.map((s) => [
      s,
      {
        late: late.filter((t) => t.source === s).length,
        dueSoon: dueSoon.filter((t) => t.source === s).length,
      },
    ]),
  ) as Record<TaskSource, { late: number; dueSoon: number }>;
  return { late: late.length, dueSoon: dueSoon.length, dueSoonDays, open: tasks.length, bySource, horizon };
}
