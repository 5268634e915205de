/**
 * The action plan's queries and checks (issue 13; GIZ 001:2036–2061), beside the routes of
 * actionplan.routes.ts: plans and their tasks in numbering order, the responsible (a login of the
 * workspace or an actor of the register), the links to goals and strategy elements, and the checks
 * every write runs under a lock of its plan.
 */
import {
  ACTION_PLAN_MAX_DEPTH,
  checkTaskDates,
  depthUnder,
  findParentCycle,
  isReviewDue,
  isTaskLate,
  numberTasks,
  subtreeHeight,
  type ActionPriority,
  type ActionStatus,
  type ActionTaskKind,
} from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { ActionPlansTable } from '../db/schema-action-plans.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { msg } from '../i18n/index.js';
import { today } from './shared.js';

export const PLAN_COLUMNS = [
  'id',
  'workspace_id',
  'strategy_id',
  'kind',
  'title',
  'starts_on',
  'ends_on',
  'version',
  'status',
  'based_on_id',
  'review_on',
  'reviewed_at',
  'review_notes',
  'created_at',
  'updated_at',
] as const;

export type PlanRow = {
  id: string;
  workspace_id: string;
  strategy_id: string | null;
  kind: ActionPlansTable['kind']['__select__'];
  title: string;
  starts_on: string;
  ends_on: string;
  version: number;
  status: ActionPlansTable['status']['__select__'];
  based_on_id: string | null;
  review_on: string | null;
  reviewed_at: Date | null;
  review_notes: string;
  created_at: Date;
  updated_at: Date;
};

export interface TaskRow {
  id: string;
  parent_id: string | null;
  position: number;
  task: string;
  priority: string;
  starts_on: string | null;
  deadline: string | null;
  responsible_user_id: string | null;
  responsible_actor_id: string | null;
  user_name: string | null;
  actor_name: string | null;
  support: string;
  remarks: string;
  status: string;
  kind: string;
  quick_win: boolean;
  goal_id: string | null;
  goal: string | null;
  element_id: string | null;
  element: string | null;
  revision: number;
}

/** The fields of a task as the API takes them (all optional on an edit). */
export interface TaskInput {
  task?: string;
  parentId?: string | null;
  priority?: string;
  deadline?: string | null;
  startsOn?: string | null;
  responsibleUserId?: string | null;
  responsibleActorId?: string | null;
  support?: string;
  remarks?: string;
  status?: string;
  kind?: ActionTaskKind;
  quickWin?: boolean;
  goalId?: string | null;
  elementId?: string | null;
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

export const presentPlan = (p: PlanRow, on = today()) => ({
  id: p.id,
  kind: p.kind,
  title: p.title,
  startsOn: p.starts_on,
  endsOn: p.ends_on,
  version: p.version,
  status: p.status,
  basedOnId: p.based_on_id,
  strategyId: p.strategy_id,
  reviewOn: p.review_on,
  reviewDue: p.status !== 'superseded' && isReviewDue(p.review_on, on),
  reviewedAt: p.reviewed_at ? new Date(p.reviewed_at).toISOString() : null,
  reviewNotes: p.review_notes,
  updatedAt: new Date(p.updated_at).toISOString(),
});

export async function loadPlan(db: Database, workspaceId: string, planId: string): Promise<PlanRow> {
  const p = await db
    .selectFrom('action_plans')
    .select([...PLAN_COLUMNS])
    .where('id', '=', planId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!p) throw notFound('Action plan');
  return p;
}

/**
 * Locks a plan for a write (every task write of one plan waits for the one before: numbering,
 * cycle and date checks see the tasks as they are), refusing a superseded version.
 */
export async function lockPlan(trx: Database, workspaceId: string, planId: string): Promise<PlanRow> {
  const p = await trx
    .selectFrom('action_plans')
    .select([...PLAN_COLUMNS])
    .where('id', '=', planId)
    .where('workspace_id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirst();
  if (!p) throw notFound('Action plan');
  if (p.status === 'superseded')
    throw conflict(
      msg`Version ${p.version} of the action plan is superseded: change the current version instead`,
    );
  return p;
}

/** The plan shown when none is named: the agreed one of its kind, else the newest draft. */
export async function currentPlan(db: Database, workspaceId: string, kind: 'general' | 'green') {
  return db
    .selectFrom('action_plans')
    .select([...PLAN_COLUMNS])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .where('status', '<>', 'superseded')
    .orderBy(sql`CASE WHEN status = 'agreed' THEN 0 ELSE 1 END`)
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

export async function planTasks(db: Database, planId: string): Promise<TaskRow[]> {
  return db
    .selectFrom('action_plan_tasks as t')
    .leftJoin('users as u', 'u.id', 't.responsible_user_id')
    .leftJoin('actors as a', 'a.id', 't.responsible_actor_id')
    .leftJoin('strategy_goals as g', 'g.id', 't.goal_id')
    .leftJoin('strategy_elements as e', 'e.id', 't.element_id')
    .select([
      't.id',
      't.parent_id',
      't.position',
      't.task',
      't.priority',
      't.starts_on',
      't.deadline',
      't.responsible_user_id',
      't.responsible_actor_id',
      'u.name as user_name',
      'a.name as actor_name',
      't.support',
      't.remarks',
      't.status',
      't.kind',
      't.quick_win',
      't.goal_id',
      'g.title as goal',
      't.element_id',
      'e.title as element',
      't.revision',
    ])
    .where('t.plan_id', '=', planId)
    .execute();
}

const asNode = (t: TaskRow) => ({ ...t, parentId: t.parent_id });

/** The tasks in numbering order, each with its number (1, 1.1, 1.1.1), depth and lateness. */
export function numbered(tasks: TaskRow[], on = today()) {
  return numberTasks(tasks.map(asNode)).map(({ task: t, number, depth }) => ({
    id: t.id,
    parentId: t.parent_id,
    position: t.position,
    number,
    depth,
    task: t.task,
    priority: t.priority as ActionPriority,
    deadline: t.deadline,
    startsOn: t.starts_on,
    responsibleUserId: t.responsible_user_id,
    responsibleActorId: t.responsible_actor_id,
    responsible: t.responsible_user_id
      ? { kind: 'user' as const, id: t.responsible_user_id, name: t.user_name ?? '' }
      : t.responsible_actor_id
        ? { kind: 'actor' as const, id: t.responsible_actor_id, name: t.actor_name ?? '' }
        : null,
    support: t.support,
    remarks: t.remarks,
    // The columns' checks hold them to these words (0037_action_plans).
    status: t.status as ActionStatus,
    kind: t.kind as ActionTaskKind,
    quickWin: t.quick_win,
    goalId: t.goal_id,
    goal: t.goal,
    elementId: t.element_id,
    element: t.element,
    late: isTaskLate(t, on),
    revision: t.revision,
  }));
}

export async function planKpis(db: Database, planId: string) {
  return db
    .selectFrom('action_plan_kpis as k')
    .innerJoin('indicators as i', 'i.id', 'k.indicator_id')
    .select(['i.id', 'i.name', 'i.level', 'i.unit', 'i.definition', 'i.baseline_value'])
    .where('k.plan_id', '=', planId)
    .orderBy('i.name')
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        id: r.id,
        name: r.name,
        level: r.level,
        unit: r.unit,
        definition: r.definition,
        baselineValue: r.baseline_value === null ? null : Number(r.baseline_value),
      })),
    );
}

/** One plan as the screen shows it: the plan, its tasks in numbering order and its KPIs. */
export async function planDetail(db: Database, plan: PlanRow) {
  const on = today();
  const [tasks, kpis, versions] = await Promise.all([
    planTasks(db, plan.id),
    planKpis(db, plan.id),
    db
      .selectFrom('action_plans')
      .select(['id', 'version', 'status', 'title'])
      .where('workspace_id', '=', plan.workspace_id)
      .where('kind', '=', plan.kind)
      .orderBy('version', 'desc')
      .execute(),
  ]);
  return { plan: presentPlan(plan, on), tasks: numbered(tasks, on), kpis, versions };
}

/** The people and things a task may point at: logins, register actors, goals and strategy elements. */
export async function taskChoices(db: Database, workspaceId: string) {
  const [users, actors, goals, elements] = await Promise.all([
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name'])
      .where('m.workspace_id', '=', workspaceId)
      .orderBy('u.name')
      .execute(),
    db
      .selectFrom('actors')
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('strategy_goals')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('title')
      .execute(),
    // The elements of the strategy shown as current (the agreed version, else the newest draft).
    db
      .selectFrom('strategy_elements as e')
      .innerJoin('strategies as s', 's.id', 'e.strategy_id')
      .select(['e.id', 'e.kind', 'e.title', 'e.parent_id as parentId', 's.version'])
      .where('e.workspace_id', '=', workspaceId)
      .where('s.status', '<>', 'superseded')
      .orderBy(sql`CASE WHEN s.status = 'agreed' THEN 0 ELSE 1 END`)
      .orderBy('s.version', 'desc')
      .orderBy('e.position')
      .execute(),
  ]);
  const version = elements[0]?.version;
  return {
    users,
    actors,
    goals,
    elements: elements
      .filter((e) => e.version === version)
      .map(({ id, kind, title, parentId }) => ({ id, kind, title, parentId })),
  };
}

const field = (name: string, message: string) => [{ field: `body.${name}`, message }];

/** Refuses links to a goal, element, login or actor of another workspace. */
export async function checkRefs(db: Database, workspaceId: string, b: TaskInput) {
  if (b.responsibleUserId && b.responsibleActorId)
    throw badRequest(
      'validation_failed',
      'The responsible is a login or an actor of the register, not both',
      field('responsibleActorId', 'is set with responsibleUserId'),
    );
  const exists = async (table: 'strategy_goals' | 'strategy_elements' | 'actors', id: string) =>
    !!(await db
      .selectFrom(table)
      .select('id')
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst());
  if (b.goalId && !(await exists('strategy_goals', b.goalId)))
    throw badRequest('validation_failed', 'No such goal in this workspace', field('goalId', 'is unknown'));
  if (b.elementId && !(await exists('strategy_elements', b.elementId)))
    throw badRequest(
      'validation_failed',
      'No such strategy measure in this workspace',
      field('elementId', 'is unknown'),
    );
  if (b.responsibleActorId && !(await exists('actors', b.responsibleActorId)))
    throw badRequest(
      'validation_failed',
      'No such actor in the register',
      field('responsibleActorId', 'is unknown'),
    );
  if (b.responsibleUserId) {
    const member = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', b.responsibleUserId)
      .executeTakeFirst();
    if (!member)
      throw badRequest(
        'validation_failed',
        'The responsible login is not part of this workspace',
        field('responsibleUserId', 'is not a member of the workspace'),
      );
  }
}

/**
 * The checks of a task's place and dates among the plan's tasks: its parent in the plan, no
 * circular parent link, the depth, a deadline within the plan and its parent's, a parent due no
 * earlier than its sub-tasks, a start no later than the deadline.
 */
export function checkTask(
  plan: PlanRow,
  tasks: TaskRow[],
  candidate: { id?: string; parentId: string | null; deadline: string | null; startsOn: string | null },
) {
  const nodes = tasks.map(asNode);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const parent = candidate.parentId ? byId.get(candidate.parentId) : null;
  if (candidate.parentId && !parent)
    throw badRequest(
      'validation_failed',
      'The parent task is not a task of this plan',
      field('parentId', 'is not a task of this plan'),
    );
  if (candidate.id && candidate.parentId) {
    const cycle = findParentCycle(nodes, candidate.id, candidate.parentId);
    if (cycle)
      throw badRequest(
        'circular_parent',
        msg`A task cannot be placed under itself or one of its own sub-tasks ("${parent!.task}")`,
        field('parentId', 'would make a circular parent link'),
      );
  }
  const depth =
    depthUnder(nodes, candidate.parentId) + (candidate.id ? subtreeHeight(nodes, candidate.id) : 0);
  if (depth > ACTION_PLAN_MAX_DEPTH)
    throw badRequest(
      'too_deep',
      msg`Tasks nest at most ${ACTION_PLAN_MAX_DEPTH} levels deep (the platform's choice)`,
      field('parentId', 'is too deep'),
    );
  const subDeadlines = candidate.id
    ? tasks
        .filter((t) => t.parent_id === candidate.id && t.deadline)
        .map((t) => t.deadline!)
        .sort()
    : [];
  const problems = checkTaskDates({
    deadline: candidate.deadline,
    startsOn: candidate.startsOn,
    planEndsOn: plan.ends_on,
    parentDeadline: parent?.deadline ?? null,
    latestSubTaskDeadline: subDeadlines.at(-1) ?? null,
  });
  const first = problems[0];
  if (!first) return;
  const limit = day(first.limit);
  if (first.problem === 'after_plan_end')
    throw badRequest(
      'deadline_after_plan',
      msg`The deadline is after the end of the action plan (${limit})`,
      field('deadline', 'is after the end of the plan'),
    );
  if (first.problem === 'after_parent')
    throw badRequest(
      'deadline_after_parent',
      msg`A sub-task is due no later than its parent task "${parent!.task}" (${limit})`,
      field('deadline', 'is after the deadline of the parent task'),
    );
  if (first.problem === 'before_sub_task')
    throw badRequest(
      'deadline_before_sub_task',
      msg`The deadline is before the deadline of one of its sub-tasks (${limit})`,
      field('deadline', 'is before the deadline of a sub-task'),
    );
  throw badRequest(
    'validation_failed',
    'The task starts after its deadline',
    field('startsOn', 'is after the deadline'),
  );
}

/**
 * Gives the siblings under one parent the positions 0, 1, 2…, with `movedId` (when given) at
 * `index` (at the end when null).
 */
export async function placeAmongSiblings(
  trx: Database,
  planId: string,
  parentId: string | null,
  movedId: string | null,
  index: number | null,
) {
  let q = trx.selectFrom('action_plan_tasks').select(['id', 'position']).where('plan_id', '=', planId);
  if (movedId) q = q.where('id', '<>', movedId);
  q = parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null);
  const siblings = (await q.orderBy('position').orderBy('id').execute()).map((s) => s.id);
  const at = index === null ? siblings.length : Math.max(0, Math.min(index, siblings.length));
  if (movedId) siblings.splice(at, 0, movedId);
  for (const [position, id] of siblings.entries())
    await trx.updateTable('action_plan_tasks').set({ position }).where('id', '=', id).execute();
}
