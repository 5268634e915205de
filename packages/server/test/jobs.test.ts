import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { loadDemo } from '../src/demo/demo.js';
import { MemoryMailer, type MailMessage } from '../src/mail/mailer.js';
import { hashPassword } from '../src/auth/secrets.js';
import { PURGE_CRON, PURGE_QUEUE } from '../src/jobs/service.js';
import {
  as,
  createTestContext,
  signIn,
  waitForJob,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

const serverUrl = process.env.DATABASE_URL;

/** A mailer that takes its time, so that a job's progress can be seen between its start and end. */
class SlowMailer extends MemoryMailer {
  constructor(private readonly ms: number) {
    super();
  }
  override async send(message: MailMessage) {
    await new Promise((resolve) => setTimeout(resolve, this.ms));
    await super.send(message);
  }
}

/**
 * A database that outlives the app: a folder for the embedded database, or a fresh database on the
 * server of DATABASE_URL. `open` may be called again after every handle was closed.
 */
async function durableDatabase() {
  if (serverUrl) {
    const name = `agglomera_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      open: () => openDatabase({ url: url.toString() }),
      async drop() {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'agglomera-jobs-'));
  return {
    open: () => openDatabase({ dataDir: dir }),
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function appOn(handle: DatabaseHandle, mailer: MemoryMailer, work: boolean): Promise<App> {
  const app = await buildApp({
    db: handle.db,
    mailer,
    settings: { publicUrl: 'http://agglomera.test', checkResponses: true },
    jobs: { work },
  });
  await app.ready();
  return app;
}

/** A list of every member and trial member of the workspace, each given an address. */
async function everyMemberList(app: App, session: Session, ws: string, name: string) {
  await app.db
    .updateTable('actors')
    .set({ email: sql`'m-' || left(id::text, 8) || '@example.org'` })
    .where('workspace_id', '=', ws)
    .where('membership_stage', 'in', ['trial', 'member'])
    .execute();
  const list = await as(app, session).post(`/api/v1/workspaces/${ws}/mailing-lists`, {
    name,
    segment: 'all_members',
  });
  expect(list.statusCode, list.body).toBe(201);
  return list.json().id as string;
}

const mailing = (app: App, session: Session, ws: string, listId: string, subject: string) =>
  as(app, session).post(`/api/v1/workspaces/${ws}/mailing-lists/${listId}/messages`, {
    subject,
    body: 'Text of the mailing.',
  });

describe('jobs: progress, reading and isolation', () => {
  let ctx: TestContext;
  let manager: Session;
  let ws: string;
  const mailer = new SlowMailer(120);
  beforeAll(async () => {
    ctx = await createTestContext({ mailer, jobs: { schedule: true } });
    manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
    ws = workspaceByKind(manager, 'cluster_initiative');
  });
  afterAll(async () => ctx?.close());

  it('answers 202 with the job, records its progress as it sends, and its outcome in words', async () => {
    const listId = await everyMemberList(ctx.app, manager, ws, 'Everyone');
    const res = await mailing(ctx.app, manager, ws, listId, 'Progress');
    expect(res.statusCode, res.body).toBe(202);
    const { jobId, recipients } = res.json() as { jobId: string; recipients: number };
    expect(recipients).toBeGreaterThanOrEqual(3);
    const seen = new Set<number>();
    const url = `/api/v1/workspaces/${ws}/jobs/${jobId}`;
    for (let i = 0; i < 400; i++) {
      const job = (await as(ctx.app, manager).get(url)).json();
      expect(job.total).toBe(recipients);
      seen.add(job.done);
      if (job.state === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    // Progress was seen between the start and the end.
    expect(
      [...seen].some((d) => d > 0 && d < recipients),
      [...seen].join(','),
    ).toBe(true);
    const job = (await as(ctx.app, manager).get(url)).json();
    expect(job).toMatchObject({
      kind: 'mailing',
      state: 'done',
      done: recipients,
      total: recipients,
      label: 'Progress',
      startedBy: 'Marie Manager (demo)',
      summary: `${recipients} sent, 0 failed, 0 without an e-mail address`,
      error: '',
      result: { sent: recipients, failed: 0, noEmail: 0 },
    });
    expect(job.finishedAt).toBeTruthy();
    expect(mailer.sent.filter((m) => m.subject === 'Progress')).toHaveLength(recipients);

    const list = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/jobs?limit=1`)).json();
    expect(list.jobs[0].id).toBe(jobId);
    expect(list.total).toBeGreaterThanOrEqual(1);
    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    expect((await as(ctx.app, staff).get(url)).statusCode).toBe(200);
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect((await as(ctx.app, member).get(url)).statusCode).toBe(403);
    expect((await as(ctx.app, member).get(`/api/v1/workspaces/${ws}/jobs`)).statusCode).toBe(403);
  });

  it('writes the outcome in the language of the person who started the job', async () => {
    await ctx.app.db.updateTable('users').set({ locale: 'fr' }).where('id', '=', manager.userId).execute();
    try {
      const listId = await everyMemberList(ctx.app, manager, ws, 'Tout le monde');
      const res = await mailing(ctx.app, manager, ws, listId, 'En français');
      const { jobId, recipients } = res.json() as { jobId: string; recipients: number };
      const job = await waitForJob(ctx.app, jobId);
      expect(job.summary).toBe(`${recipients} envoyés, 0 échec, 0 sans adresse e-mail`);
    } finally {
      await ctx.app.db.updateTable('users').set({ locale: 'en' }).where('id', '=', manager.userId).execute();
    }
  });

  it("gives another workspace's owner 404 on a job id, in either workspace", async () => {
    const job = await ctx.handle.db
      .selectFrom('jobs')
      .select('id')
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    await ctx.handle.db
      .insertInto('users')
      .values({
        email: 'other@example.org',
        name: 'Other owner',
        password_hash: await hashPassword('other-password'),
      })
      .execute();
    const other = await signIn(ctx.app, 'other@example.org', 'other-password');
    const created = await as(ctx.app, other).post('/api/v1/workspaces', {
      name: 'Other cluster',
      kind: 'cluster_initiative',
    });
    expect(created.statusCode, created.body).toBe(201);
    const own = created.json().id ?? created.json().workspace?.id;
    expect((await as(ctx.app, other).get(`/api/v1/workspaces/${own}/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await as(ctx.app, other).get(`/api/v1/workspaces/${ws}/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await as(ctx.app, other).get(`/api/v1/workspaces/${ws}/jobs`)).statusCode).toBe(404);
    expect((await as(ctx.app, other).get(`/api/v1/workspaces/${own}/jobs`)).json()).toMatchObject({
      jobs: [],
      total: 0,
    });
  });

  it('keeps the purge of expired sign-in records as an hourly pg-boss schedule, run once at start', async () => {
    const schedule = await sql<{
      cron: string;
    }>`SELECT cron FROM pgboss.schedule WHERE name = ${PURGE_QUEUE}`.execute(ctx.handle.db);
    expect(schedule.rows).toEqual([{ cron: PURGE_CRON }]);
    const deadline = Date.now() + 20_000;
    let ran = false;
    while (!ran && Date.now() < deadline) {
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job
        WHERE name = ${PURGE_QUEUE} AND state = 'completed'`.execute(ctx.handle.db);
      ran = (r.rows[0]?.n ?? 0) > 0;
      if (!ran) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(ran).toBe(true);
  });
});

describe('jobs survive a restart', () => {
  it('a job queued by a process that stopped is done by the next one on the same database', async () => {
    const database = await durableDatabase();
    try {
      let handle = await database.open();
      await migrateToLatest(handle.db);
      await loadDemo(handle.db);
      // The first process takes requests but runs no workers, as if it stopped before the job ran.
      const first = new MemoryMailer();
      let app = await appOn(handle, first, false);
      const manager = await signIn(app, 'manager@demo.agglomera.org');
      const ws = workspaceByKind(manager, 'cluster_initiative');
      const listId = await everyMemberList(app, manager, ws, 'Everyone');
      const res = await mailing(app, manager, ws, listId, 'After the restart');
      expect(res.statusCode, res.body).toBe(202);
      const { jobId, recipients } = res.json() as { jobId: string; recipients: number };
      await new Promise((resolve) => setTimeout(resolve, 300));
      await app.close();
      await handle.close();
      expect(first.sent).toEqual([]);

      handle = await database.open();
      const second = new MemoryMailer();
      app = await appOn(handle, second, true);
      try {
        const job = await waitForJob(app, jobId);
        expect(job).toMatchObject({ state: 'done', done: recipients, total: recipients });
        expect(second.sent.filter((m) => m.subject === 'After the restart')).toHaveLength(recipients);
      } finally {
        await app.close();
        await handle.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('jobs with two server processes on one PostgreSQL', () => {
  it.skipIf(!serverUrl)(
    'runs each job once (skipped on the embedded database: PGlite serves one process; set DATABASE_URL)',
    async () => {
      const database = await durableDatabase();
      const handles: DatabaseHandle[] = [];
      const apps: App[] = [];
      try {
        const setup = await database.open();
        handles.push(setup);
        await migrateToLatest(setup.db);
        await loadDemo(setup.db);
        const mailers = [new SlowMailer(5), new SlowMailer(5)];
        for (const mailer of mailers) {
          const handle = await database.open();
          handles.push(handle);
          apps.push(await appOn(handle, mailer, true));
        }
        const [a, b] = apps as [App, App];
        const manager = await signIn(a, 'manager@demo.agglomera.org');
        const ws = workspaceByKind(manager, 'cluster_initiative');
        const listId = await everyMemberList(a, manager, ws, 'Everyone');
        const jobs: { jobId: string; recipients: number; subject: string }[] = [];
        for (let i = 0; i < 8; i++) {
          const subject = `Twice? ${i}`;
          const res = await mailing(i % 2 ? a : b, manager, ws, listId, subject);
          expect(res.statusCode, res.body).toBe(202);
          jobs.push({ ...res.json(), subject });
        }
        for (const j of jobs) await waitForJob(a, j.jobId, { timeoutMs: 60_000 });
        const sent = mailers.flatMap((m) => m.sent);
        for (const j of jobs) {
          const mails = sent.filter((m) => m.subject === j.subject);
          expect(mails, j.subject).toHaveLength(j.recipients);
          expect(new Set(mails.map((m) => m.to)).size).toBe(j.recipients);
        }
        // Both processes took part.
        expect(mailers.every((m) => m.sent.length > 0)).toBe(true);
      } finally {
        for (const app of apps) await app.close();
        for (const handle of handles) await handle.close();
        await database.drop();
      }
    },
  );
});
