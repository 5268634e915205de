/**
 * The action plan of a cluster strategy (GIZ 001:1727, 001:2036–2061; UNIDO 002:249): tasks
 * "assigned to specific individuals responsible for implementation" with "a specific timetable"
 * and "deliverables", milestones for "particularly important steps" (001:2038), quick wins first
 * (001:2043), deadlines "kept as rigidly as possible" (001:2046) and a periodic review (001:2049).
 * The guide's extract lays the plan out as NO | TASK | PRIORITY | DEADLINE | RESPONSIBLE | SUPPORT
 * | REMARKS | STATUS with numbers such as 2 and 2.1 (001:2054–2061).
 */

/** The eight columns of the guide's action plan, in its order (001:2054). */
export const ACTION_PLAN_COLUMNS = [
  'no',
  'task',
  'priority',
  'deadline',
  'responsible',
  'support',
  'remarks',
  'status',
] as const;
export type ActionPlanColumn = (typeof ACTION_PLAN_COLUMNS)[number];

/** Priority levels: the guide's extract has the column but no levels; three is the platform's choice. */
export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** Task states: the guide's extract has the column but no values; these four are the platform's choice. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A task, a milestone or a deliverable (001:2038). */
export const ACTION_TASK_KINDS = ['task', 'milestone', 'deliverable'] as const;
export type ActionTaskKind = (typeof ACTION_TASK_KINDS)[number];

/** A general action plan, or a green action plan with sustainability KPIs (ECCP 004:267). */
export const ACTION_PLAN_KINDS = ['general', 'green'] as const;
export type ActionPlanKind = (typeof ACTION_PLAN_KINDS)[number];

/**
 * How deep tasks may nest: the guide numbers two levels (2, 2.1; 001:2055–2061) and the issue asks
 * for 1.1.1; four levels is the platform's choice (the guide gives no rule).
 */
export const ACTION_PLAN_MAX_DEPTH = 4;

/**
 * Months between two reviews when a plan is agreed without a date: the guide asks for a periodic
 * review (001:2049) without an interval; six months is the platform's choice.
 */
export const ACTION_PLAN_REVIEW_MONTHS = 6;

export interface PlanTaskNode {
  id: string;
  parentId: string | null;
  position: number;
}

export interface NumberedTask<T extends PlanTaskNode> {
  task: T;
  /** "1", "1.2", "1.2.3". */
  number: string;
  /** 1 for a top-level task. */
  depth: number;
}

/**
 * The tasks in numbering order (depth first, by position, then id for ties), each with its
 * hierarchical number. Tasks whose parent is missing or that sit in a cycle are left out: use
 * `findParentCycle` to refuse such links before they are stored.
 */
export function numberTasks<T extends PlanTaskNode>(tasks: readonly T[]): NumberedTask<T>[] {
  const children = new Map<string | null, T[]>();
  const ids = new Set(tasks.map((t) => t.id));
  for (const t of tasks) {
    const parent = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    if (t.parentId !== null && !ids.has(t.parentId)) continue;
    const list = children.get(parent) ?? [];
    list.push(t);
    children.set(parent, list);
  }
  for (const list of children.values())
    list.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: NumberedTask<T>[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, prefix: string, depth: number) => {
    (children.get(parent) ?? []).forEach((t, i) => {
      if (seen.has(t.id)) return;
      seen.add(t.id);
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      out.push({ task: t, number, depth });
      walk(t.id, number, depth + 1);
    });
  };
  walk(null, '', 1);
  return out;
}

/**
 * Whether giving `taskId` the parent `parentId` would close a circle (the task would become its
 * own ancestor): returns the chain of ids from the task back to itself, or null.
 */
export function findParentCycle(
  tasks: readonly PlanTaskNode[],
  taskId: string,
  parentId: string | null,
): string[] | null {
  if (parentId === null) return null;
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  parentOf.set(taskId, parentId);
  const chain = [taskId];
  let at: string | null | undefined = parentId;
  const guard = new Set<string>([taskId]);
  while (at) {
    chain.push(at);
    if (at === taskId) return chain;
    if (guard.has(at)) return null; // a cycle elsewhere, not through this task
    guard.add(at);
    at = parentOf.get(at);
  }
  return null;
}

/** The depth a task would have under `parentId` (1 for top level), counting its ancestors. */
export function depthUnder(tasks: readonly PlanTaskNode[], parentId: string | null): number {
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  let depth = 1;
  let at = parentId;
  const seen = new Set<string>();
  while (at && !seen.has(at)) {
    seen.add(at);
    depth += 1;
    at = parentOf.get(at) ?? null;
  }
  return depth;
}

/** How many levels a task's own sub-tasks add below it (0 when it has none). */
export function subtreeHeight(tasks: readonly PlanTaskNode[], taskId: string): number {
  const kids = new Map<string, string[]>();
  for (const t of tasks) if (t.parentId) kids.set(t.parentId, [...(kids.get(t.parentId) ?? []), t.id]);
  const height = (id: string, seen: Set<string>): number => {
    if (seen.has(id)) return 0;
    seen.add(id);
    return Math.max(0, ...(kids.get(id) ?? []).map((k) => 1 + height(k, seen)));
  };
  return height(taskId, new Set());
}

export type TaskDateProblem =
  | { field: 'deadline'; problem: 'after_plan_end'; limit: string }
  | { field: 'deadline'; problem: 'after_parent'; limit: string }
  | { field: 'deadline'; problem: 'before_sub_task'; limit: string }
  | { field: 'startsOn'; problem: 'after_deadline'; limit: string };

/**
 * The date checks of one task: its deadline within the plan (deadlines are kept "as rigidly as
 * possible", 001:2046, so a task cannot end after the plan), a sub-task due no later than its
 * parent, a parent due no earlier than its sub-tasks, a start no later than the deadline.
 */
export function checkTaskDates(input: {
  deadline: string | null;
  startsOn?: string | null;
  planEndsOn: string;
  parentDeadline?: string | null;
  /** The latest deadline among the task's own sub-tasks. */
  latestSubTaskDeadline?: string | null;
}): TaskDateProblem[] {
  const problems: TaskDateProblem[] = [];
  const { deadline } = input;
  if (deadline && deadline > input.planEndsOn)
    problems.push({ field: 'deadline', problem: 'after_plan_end', limit: input.planEndsOn });
  if (deadline && input.parentDeadline && deadline > input.parentDeadline)
    problems.push({ field: 'deadline', problem: 'after_parent', limit: input.parentDeadline });
  if (deadline && input.latestSubTaskDeadline && deadline < input.latestSubTaskDeadline)
    problems.push({ field: 'deadline', problem: 'before_sub_task', limit: input.latestSubTaskDeadline });
  if (deadline && input.startsOn && input.startsOn > deadline)
    problems.push({ field: 'startsOn', problem: 'after_deadline', limit: deadline });
  return problems;
}

/** A task still to do whose deadline has passed. */
export const isTaskLate = (t: { deadline: string | null; status: string }, today: string) =>
  t.deadline !== null && t.deadline < today && (t.status === 'open' || t.status === 'in_progress');

/** Whether a plan's review is due (its review date reached or passed). */
export const isReviewDue = (reviewOn: string | null, today: string) => reviewOn !== null && reviewOn <= today;

/** A date some whole months later (the day clamped to the month's end). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** "1.2.3" → its parent's number "1.2" (null for a top-level number); null when not a number. */
export function parentNumber(number: string): string | null | undefined {
  const n = number.trim().replace(/\.$/, '');
  if (!/^[1-9]\d*(\.[1-9]\d*)*$/.test(n)) return undefined;
  const i = n.lastIndexOf('.');
  return i < 0 ? null : n.slice(0, i);
}
