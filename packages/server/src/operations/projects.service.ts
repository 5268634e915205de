/**
 * Projects: reading a project, the amount in cents, and the checks that a date lies inside the project and that it is still open, beside the routes of projects.routes.ts.
 */
import { withinProject } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
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
