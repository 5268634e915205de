/**
 * Projects: reading a project (and all of it for its page), the amount in cents, and the checks that a date lies inside the project and that it is still open, beside the routes of projects.routes.ts.
 */
import { PROJECT_PHASES, budgetVsActual, withinProject } from '@agglomera/methods';
import type { Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import type { ProjectsTable } from '../db/schema-operations.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { iso } from '../http/schemas.js';
import { msg } from '../i18n/index.js';

export const cents = (v: string | number) => Math.round(Number(v) * 100);

export async function getProject(db: Database, workspaceId: string, projectId: string) {
  const p = await db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', projectId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!p) throw notFound('Project');
  return p;
}

/** Refuses a date outside the project's start and end, naming the field (issue 6, bad input). */
export function insideProject(
  p: { starts_on: string; ends_on: string },
  date: string,
  field: string,
  what: string,
) {
  if (!withinProject(date, { startsOn: p.starts_on, endsOn: p.ends_on }))
    throw badRequest(
      'outside_project',
      msg`The ${what} (${date}) lies outside the project, which runs from ${p.starts_on} to ${p.ends_on}`,
      [{ field, message: msg`must be between ${p.starts_on} and ${p.ends_on}` }],
    );
}

export function openProject(p: { closed_on: string | null }) {
  if (p.closed_on) throw conflict('This project is closed; reopen it to change its plan');
}

/** A project as the API sends it (ProjectRow): its timestamp as ISO text, as JSON always wrote it. */
export const presentProject = (p: Selectable<ProjectsTable>) => ({ ...p, created_at: iso(p.created_at) });

/** A project with its plan, budget vs actual and reports (ProjectDetail). */
export async function readProject(db: Database, p: Selectable<ProjectsTable>) {
  const [packages, tasks, milestones, budget, reports] = await Promise.all([
    db
      .selectFrom('project_work_packages')
      .selectAll()
      .where('project_id', '=', p.id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_tasks as t')
      .leftJoin('users as u', 'u.id', 't.owner_user_id')
      .selectAll('t')
      .select('u.name as owner')
      .where('t.project_id', '=', p.id)
      .orderBy('t.starts_on')
      .orderBy('t.due_on')
      .execute(),
    db
      .selectFrom('project_milestones')
      .selectAll()
      .where('project_id', '=', p.id)
      .orderBy('due_on')
      .execute(),
    db
      .selectFrom('project_budget_lines')
      .selectAll()
      .where('project_id', '=', p.id)
      .orderBy('category')
      .execute(),
    db
      .selectFrom('project_reports as r')
      .leftJoin('users as u', 'u.id', 'r.created_by')
      .select(['r.id', 'r.reported_on', 'r.progress', 'u.name as by'])
      .where('r.project_id', '=', p.id)
      .orderBy('r.reported_on', 'desc')
      .execute(),
  ]);
  const bva = budgetVsActual(
    budget.map((l) => ({
      category: l.category,
      plannedCents: cents(l.planned),
      actualCents: cents(l.actual),
    })),
  );
  const today = new Date().toISOString().slice(0, 10);
  return {
    project: presentProject(p),
    nextPhase: PROJECT_PHASES[PROJECT_PHASES.indexOf(p.phase) + 1] ?? null,
    workPackages: packages,
    tasks: tasks.map((t) => ({ ...t, late: !t.done_on && t.due_on < today })),
    milestones,
    budget: {
      lines: budget.map((l) => ({
        id: l.id,
        category: l.category,
        planned: Number(l.planned),
        actual: Number(l.actual),
      })),
      rows: bva.rows.map((r) => ({
        category: r.category,
        planned: r.plannedCents / 100,
        actual: r.actualCents / 100,
        variance: r.varianceCents / 100,
        spentShare: r.spentShare,
      })),
      total: {
        planned: bva.total.plannedCents / 100,
        actual: bva.total.actualCents / 100,
        variance: bva.total.varianceCents / 100,
        spentShare: bva.total.spentShare,
      },
    },
    reports,
  };
}
