/**
 * The action plan as a spreadsheet (issue 13): the eight columns of the guide's extract, NO | TASK
 * | PRIORITY | DEADLINE | RESPONSIBLE | SUPPORT | REMARKS | STATUS (GIZ 001:2054), headed in the
 * reader's language, one row per task in numbering order with NO holding its hierarchical number.
 * An import of the same file (CSV or XLSX, headed in any of the three languages) restores the plan:
 * all or nothing, a bad row is named by its line and column and nothing is stored.
 */
import {
  ACTION_PLAN_COLUMNS,
  ACTION_PLAN_MAX_DEPTH,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  checkTaskDates,
  parentNumber,
  type ActionPlanColumn,
} from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/service.js';
import { InputError, readTabular, type TabularRow } from '../map/tabular.js';
import { LOCALES, humanise, msg, type Locale, type Text } from '../i18n/index.js';
import { lockPlan, numbered, planTasks, type PlanRow, type TaskRow } from './actionplan.service.js';

/** The words of the catalogue for a column header, a priority and a status. */
export const columnWord = (locale: Locale, c: ActionPlanColumn) =>
  humanise(locale, `action_plan_column.${c}`);
export const priorityWord = (locale: Locale, p: string) => humanise(locale, `action_plan_priority.${p}`);
export const statusWord = (locale: Locale, s: string) => humanise(locale, `action_plan_status.${s}`);

/** The header row and the rows of a plan's export. */
export async function exportRows(db: Database, plan: PlanRow, locale: Locale) {
  const tasks = numbered(await planTasks(db, plan.id));
  return {
    header: ACTION_PLAN_COLUMNS.map((c) => columnWord(locale, c)),
    rows: tasks.map((t) => [
      t.number,
      t.task,
      priorityWord(locale, t.priority),
      t.deadline ?? '',
      t.responsible?.name ?? '',
      t.support,
      t.remarks,
      statusWord(locale, t.status),
    ]),
  };
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A value given as its code or in the words of any of the three languages. */
function lookup(values: readonly string[], wordOf: (l: Locale, v: string) => string) {
  const map = new Map<string, string>();
  for (const v of values) {
    map.set(v, v);
    map.set(v.replace(/_/g, ' '), v);
    for (const l of LOCALES) map.set(norm(wordOf(l, v)), v);
  }
  return map;
}

/** A date as written in a cell: 2027-03-31, or the ISO text of an XLSX date cell. */
function readDate(text: string): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(T00:00:00(\.000)?Z)?$/.exec(t);
  if (!m) return undefined;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[1] ? undefined : m[1]!;
}

interface UploadedFile {
  path: string;
  label: string;
}

/** The file's rows with their values keyed by column (a header in any language). */
async function readPlanFile(file: UploadedFile) {
  const table = await readTabular(file.path, file.label);
  const byHeader = new Map<string, ActionPlanColumn>();
  for (const c of ACTION_PLAN_COLUMNS) {
    byHeader.set(c, c);
    for (const l of LOCALES) byHeader.set(norm(columnWord(l, c)), c);
  }
  const columns = table.header.map((h) => (h ? byHeader.get(norm(h)) : undefined));
  const names = ACTION_PLAN_COLUMNS.map((c) => columnWord('en', c)).join(', ');
  table.header.forEach((h, i) => {
    if (h && !columns[i])
      throw new InputError(file.label, 1, h, msg`unknown column "${h}" (columns: ${names})`);
  });
  for (const required of ['no', 'task'] as const)
    if (!columns.includes(required))
      throw new InputError(
        file.label,
        1,
        columnWord('en', required),
        msg`missing column "${columnWord('en', required)}" (columns: ${names})`,
      );
  const headerOf = (c: ActionPlanColumn) => table.header[columns.indexOf(c)] ?? columnWord('en', c);
  const rows: { line: number; get(c: ActionPlanColumn): string }[] = [];
  for await (const row of table.rows as AsyncIterable<TabularRow>) {
    const values = Object.fromEntries(
      table.header.map((h, i) => [columns[i] ?? '', row.values[h] ?? '']),
    ) as Record<string, string>;
    if (Object.values(values).every((v) => !v.trim())) continue;
    rows.push({ line: row.line, get: (c) => (values[c] ?? '').trim() });
    if (rows.length > 5000)
      throw new InputError(file.label, null, null, msg`more than ${5000} rows: split the file`);
  }
  if (!rows.length) throw new InputError(file.label, null, null, 'the file has a header but no rows');
  return { rows, headerOf };
}

/**
 * Replaces a plan's tasks with the file's, all or nothing. A row whose task text matches a task
 * of the plan updates that task (keeping its kind, quick win flag, start and links to goals and
 * measures, which the eight columns do not carry); other rows add tasks; tasks not in the file are
 * removed.
 */
export async function importPlan(
  db: Database,
  workspaceId: string,
  userId: string,
  planId: string,
  file: UploadedFile,
) {
  const { rows, headerOf } = await readPlanFile(file);
  const priorities = lookup(ACTION_PRIORITIES, priorityWord);
  const statuses = lookup(ACTION_STATUSES, statusWord);
  return db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, workspaceId, planId);
    const existing = await planTasks(trx, plan.id);
    const people = await trx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name'])
      .where('m.workspace_id', '=', workspaceId)
      .execute();
    const actors = await trx
      .selectFrom('actors')
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const userByName = new Map(people.map((p) => [norm(p.name), p.id]));
    const actorByName = new Map(actors.map((a) => [norm(a.name), a.id]));
    const unmatched = new Map<string, TaskRow[]>();
    for (const t of existing) unmatched.set(norm(t.task), [...(unmatched.get(norm(t.task)) ?? []), t]);

    interface Planned {
      number: string;
      parent: string | null;
      keep: TaskRow | undefined;
      values: {
        task: string;
        priority: string;
        deadline: string | null;
        responsible_user_id: string | null;
        responsible_actor_id: string | null;
        support: string;
        remarks: string;
        status: string;
      };
    }
    const planned: Planned[] = [];
    const byNumber = new Map<string, Planned>();
    for (const { line, get } of rows) {
      const fail = (column: ActionPlanColumn, problem: Text): never => {
        throw new InputError(file.label, line, headerOf(column), problem);
      };
      const number = get('no').replace(/\.$/, '');
      const parent = parentNumber(number);
      if (parent === undefined) fail('no', msg`"${get('no')}" is not a task number such as 1, 1.2 or 1.2.3`);
      if (byNumber.has(number)) fail('no', msg`the number ${number} appears twice`);
      if (parent && !byNumber.has(parent))
        fail('no', msg`task ${number} comes before its parent task ${parent}, or the parent is missing`);
      if (number.split('.').length > ACTION_PLAN_MAX_DEPTH)
        fail('no', msg`Tasks nest at most ${ACTION_PLAN_MAX_DEPTH} levels deep (the platform's choice)`);
      const task = get('task');
      if (!task) fail('task', 'the task is empty');
      if (task.length > 2000) fail('task', msg`longer than ${2000} characters`);
      const priority = get('priority') ? priorities.get(norm(get('priority'))) : 'medium';
      if (!priority)
        fail(
          'priority',
          msg`"${get('priority')}" is not one of ${ACTION_PRIORITIES.map((p) => priorityWord('en', p)).join(', ')}`,
        );
      const status = get('status') ? statuses.get(norm(get('status'))) : 'open';
      if (!status)
        fail(
          'status',
          msg`"${get('status')}" is not one of ${ACTION_STATUSES.map((s) => statusWord('en', s)).join(', ')}`,
        );
      const deadline = readDate(get('deadline'));
      if (deadline === undefined) fail('deadline', msg`"${get('deadline')}" is not a date like 2027-03-31`);
      const parentRow = parent ? byNumber.get(parent) : undefined;
      const [problem] = checkTaskDates({
        deadline: deadline!,
        planEndsOn: plan.ends_on,
        parentDeadline: parentRow?.values.deadline ?? null,
      });
      if (problem?.problem === 'after_plan_end')
        fail('deadline', msg`the deadline is after the end of the action plan (${plan.ends_on})`);
      if (problem?.problem === 'after_parent')
        fail('deadline', msg`a sub-task is due no later than its parent task ${parent} (${problem.limit})`);
      for (const c of ['support', 'remarks'] as const)
        if (get(c).length > 5000) fail(c, msg`longer than ${5000} characters`);
      const candidates = unmatched.get(norm(task));
      const keep = candidates?.shift();
      // The responsible by name: the task's own when unchanged, else a login, else a register actor.
      const who = norm(get('responsible'));
      let userIdOf: string | null = null;
      let actorIdOf: string | null = null;
      if (who) {
        if (keep && norm(keep.user_name ?? '') === who) userIdOf = keep.responsible_user_id;
        else if (keep && norm(keep.actor_name ?? '') === who) actorIdOf = keep.responsible_actor_id;
        else if (userByName.has(who)) userIdOf = userByName.get(who)!;
        else if (actorByName.has(who)) actorIdOf = actorByName.get(who)!;
        else
          fail(
            'responsible',
            msg`"${get('responsible')}" is neither a login of this workspace nor an actor of the register`,
          );
      }
      const entry: Planned = {
        number,
        parent: parent ?? null,
        keep,
        values: {
          task,
          priority: priority!,
          deadline: deadline!,
          responsible_user_id: userIdOf,
          responsible_actor_id: actorIdOf,
          support: get('support'),
          remarks: get('remarks'),
          status: status!,
        },
      };
      planned.push(entry);
      byNumber.set(number, entry);
    }

    // Everything is known to be good: write. Parents first (the file's order), then positions.
    const kept = new Set(planned.flatMap((p) => (p.keep ? [p.keep.id] : [])));
    await trx
      .updateTable('action_plan_tasks')
      .set({ parent_id: null })
      .where('plan_id', '=', plan.id)
      .execute();
    const removed = existing.filter((t) => !kept.has(t.id)).map((t) => t.id);
    if (removed.length) await trx.deleteFrom('action_plan_tasks').where('id', 'in', removed).execute();
    const idOf = new Map<string, string>();
    const positions = new Map<string | null, number>();
    for (const p of planned) {
      const parentId = p.parent ? idOf.get(p.parent)! : null;
      const position = positions.get(parentId) ?? 0;
      positions.set(parentId, position + 1);
      const keepStart = p.keep?.starts_on && (!p.values.deadline || p.keep.starts_on <= p.values.deadline);
      if (p.keep) {
        await trx
          .updateTable('action_plan_tasks')
          .set({
            ...p.values,
            parent_id: parentId,
            position,
            starts_on: keepStart ? p.keep.starts_on : null,
            revision: p.keep.revision + 1,
            updated_at: new Date(),
          })
          .where('id', '=', p.keep.id)
          .execute();
        idOf.set(p.number, p.keep.id);
      } else {
        const row = await trx
          .insertInto('action_plan_tasks')
          .values({
            ...p.values,
            plan_id: plan.id,
            workspace_id: workspaceId,
            parent_id: parentId,
            position,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        idOf.set(p.number, row.id);
      }
    }
    await trx.updateTable('action_plans').set({ updated_at: new Date() }).where('id', '=', plan.id).execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'action_plan.import',
      entity: 'action_plan',
      entityId: plan.id,
      newValue: {
        file: file.label,
        tasks: planned.length,
        updated: kept.size,
        added: planned.length - kept.size,
        removed: removed.length,
      },
    });
    return {
      imported: planned.length,
      updated: kept.size,
      added: planned.length - kept.size,
      removed: removed.length,
    };
  });
}
