import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { WorkspaceRole } from '../http/policy.js';
import { requireWorkspace } from '../http/policy.js';
import { notFound } from '../http/errors.js';
import type { Database } from '../db/database.js';
import { Job, JobList } from './jobs.schemas.js';

const tags = ['jobs'];
/**
 * Who sees a workspace's jobs: the team that can start them (owners, managers, staff, and in a
 * programme its officers, who send surveys there).
 */
export const JOB_READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
const Kind = Type.Union([
  Type.Literal('mailing'),
  Type.Literal('survey_send'),
  Type.Literal('survey_reminder'),
  Type.Literal('import'),
]);

function jobQuery(db: Database, workspaceId: string) {
  return db
    .selectFrom('jobs as j')
    .leftJoin('users as u', 'u.id', 'j.started_by')
    .select([
      'j.id',
      'j.kind',
      'j.state',
      'j.done',
      'j.total',
      'j.subject_id as subjectId',
      'j.label',
      'u.name as startedBy',
      'j.created_at as createdAt',
      'j.started_at as startedAt',
      'j.finished_at as finishedAt',
      'j.summary',
      'j.error',
      'j.result',
    ])
    .where('j.workspace_id', '=', workspaceId);
}

type JobRow = Awaited<ReturnType<ReturnType<typeof jobQuery>['executeTakeFirstOrThrow']>>;

/** A job as it is sent: its moments as ISO text (what JSON makes of them). */
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const present = (j: JobRow) => ({
  ...j,
  createdAt: new Date(j.createdAt).toISOString(),
  startedAt: iso(j.startedAt),
  finishedAt: iso(j.finishedAt),
});

/** The jobs a workspace started, with their progress and outcome (hardening issue, item 15). */
export async function jobRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/jobs',
    {
      config: { policy: { access: 'workspace', roles: JOB_READERS } },
      schema: {
        tags,
        summary: 'Jobs of the workspace (mailings, survey links and reminders), newest first',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          kind: Type.Optional(Kind),
          subjectId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: { 200: JobList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { limit = 50, offset = 0, kind, subjectId } = request.query;
      let q = jobQuery(app.db, ws.id);
      if (kind) q = q.where('j.kind', '=', kind);
      if (subjectId) q = q.where('j.subject_id', '=', subjectId);
      const jobs = await q
        .orderBy('j.created_at', 'desc')
        .orderBy('j.id')
        .limit(limit)
        .offset(offset)
        .execute();
      let c = app.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', ws.id);
      if (kind) c = c.where('kind', '=', kind);
      if (subjectId) c = c.where('subject_id', '=', subjectId);
      const { n } = await c.executeTakeFirstOrThrow();
      return { jobs: jobs.map(present), total: Number(n), limit, offset };
    },
  );

  app.get(
    '/workspaces/:workspaceId/jobs/:jobId',
    {
      config: { policy: { access: 'workspace', roles: JOB_READERS } },
      schema: {
        tags,
        summary: 'One job: state, progress (done of total), who started it, when, and its outcome',
        params: Type.Object({ workspaceId: Type.String(), jobId: Type.String({ format: 'uuid' }) }),
        response: { 200: Job },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const job = await jobQuery(app.db, ws.id).where('j.id', '=', request.params.jobId).executeTakeFirst();
      if (!job) throw notFound('Job');
      return present(job);
    },
  );
}
