import { CompiledQuery, type Kysely, type Selectable } from 'kysely';
import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import { executeScript, type Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { JobKind, JobsTable } from '../db/schema-jobs.js';
import type { Mailer } from '../mail/mailer.js';
import type { Settings } from '../settings.js';
import { purgeExpired } from '../auth/purge.js';
import { asLocale, type Locale } from '../i18n/index.js';

/** pg-boss keeps its queue in this schema, beside the application's tables. */
export const BOSS_SCHEMA = 'pgboss';
/** The queue of work that workspaces start; each message carries the id of its `jobs` row. */
export const WORKSPACE_QUEUE = 'workspace-jobs';
/** The queue of the platform's scheduled purge of expired sign-in records. */
export const PURGE_QUEUE = 'purge-expired';
/** Hourly, on the hour (pg-boss cron, UTC). */
export const PURGE_CRON = '0 * * * *';

export type Job = Selectable<JobsTable>;

export interface JobRunContext {
  db: Database;
  mailer: Mailer;
  settings: Settings;
  log: FastifyBaseLogger;
  job: Job;
  /** The language of the person who started the job (English without one): its summary is in it. */
  locale: Locale;
  /** Records how far the job has come (written at most every 200 ms, and always at the end). */
  progress(done: number, total?: number): Promise<void>;
}

export interface JobOutcome {
  /** What came of it, in words, as the list of jobs shows it. */
  summary: string;
  /** The answer the route gave before the work moved off the request. */
  result?: unknown;
}

/**
 * A failure that another attempt would repeat (the job's input is wrong): the job fails at once
 * with this message, already written in the words its starter reads.
 */
export class FinalJobError extends Error {}

export type JobHandler = (data: Record<string, unknown>, ctx: JobRunContext) => Promise<JobOutcome>;

export interface EnqueueOptions {
  workspaceId: string;
  kind: JobKind;
  startedBy: string | null;
  subjectId?: string | null;
  label?: string;
  total: number;
  /** Passed to the handler; no secrets (it is stored in the queue). */
  data?: Record<string, unknown>;
}

export interface JobsOptions {
  /** Run workers in this process (default true). */
  work?: boolean;
  /** Keep the platform's schedules (the hourly purge, and one at start); default false. */
  schedule?: boolean;
}

/**
 * pg-boss speaks to the database through `executeSql(text, values)`: here over the application's
 * own Kysely handle, so that it runs on the embedded PGlite in one process as on a PostgreSQL
 * server, and, given a transaction, enqueues within it.
 */
export function bossDb(db: Kysely<DB>, root: Database = db): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if ((!values || values.length === 0) && /;\s*\S/.test(text)) {
        await executeScript(root, text);
        return { rows: [] };
      }
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  } as PgBoss.Db;
}

export interface Host {
  db: Database;
  mailer: Mailer;
  settings: Settings;
  log: FastifyBaseLogger;
}

/**
 * Jobs off the request (hardening issue, item 15). A route records a `jobs` row and a pg-boss job
 * in its own transaction and answers 202; a worker of any server process on the same database
 * takes the job (each job once: pg-boss fetches with SKIP LOCKED), runs the handler of its kind,
 * records progress and the outcome. Jobs wait in the database, so they outlive a restart.
 */
export class Jobs {
  private boss: PgBoss | null = null;
  private readonly handlers = new Map<JobKind, JobHandler>();
  private readonly scheduled = new Map<string, { cron: string; run: (host: Host) => Promise<unknown> }>();
  private workerId: string | null = null;
  private stopping = false;

  constructor(
    private readonly host: Host,
    private readonly options: JobsOptions = {},
  ) {}

  /** Declares how a kind of job is done; route modules call it as they register. */
  handle(kind: JobKind, handler: JobHandler) {
    this.handlers.set(kind, handler);
  }

  /**
   * Declares scheduled work of the platform (no workspace's job): `run` at each `cron` time (UTC),
   * once for all server processes (a pg-boss schedule and queue of its own, like the purge).
   */
  every(queue: string, cron: string, run: (host: Host) => Promise<unknown>) {
    this.scheduled.set(queue, { cron, run });
  }

  get started() {
    return this.boss !== null;
  }

  async start() {
    if (this.boss) return;
    const work = this.options.work !== false;
    const schedule = work && this.options.schedule === true;
    const boss = new PgBoss({
      db: bossDb(this.host.db),
      schema: BOSS_SCHEMA,
      migrate: true,
      supervise: work,
      schedule,
    });
    boss.on('error', (err) => this.host.log.error({ err }, 'job queue error'));
    await boss.start();
    await ensureQueue(boss, WORKSPACE_QUEUE, { retryLimit: 2, retryDelay: 30, expireInHours: 4 });
    await ensureQueue(boss, PURGE_QUEUE, { retryLimit: 1, retryDelay: 60, expireInMinutes: 15 });
    this.boss = boss;
    if (work) {
      this.workerId = await boss.work<{ jobId: string }>(
        WORKSPACE_QUEUE,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 2 },
        async ([job]) => {
          if (job) await this.run(job);
        },
      );
      await boss.work(PURGE_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
        const removed = await purgeExpired(this.host.db, this.host.settings);
        this.host.log.info({ removed }, 'expired sign-in records purged');
      });
    }
    for (const [queue, { cron, run }] of this.scheduled) {
      await ensureQueue(boss, queue, { retryLimit: 1, retryDelay: 60, expireInMinutes: 30 });
      if (work)
        await boss.work(queue, { pollingIntervalSeconds: 10 }, async () => {
          const outcome = await run(this.host);
          this.host.log.info({ queue, outcome }, 'scheduled work done');
        });
      if (schedule) await boss.schedule(queue, cron);
    }
    if (schedule) {
      await boss.schedule(PURGE_QUEUE, PURGE_CRON);
      await boss.send(PURGE_QUEUE, {}, { singletonKey: 'start', singletonSeconds: 60 });
    }
  }

  /** Stops taking jobs and waits (up to 10 s) for those under way; unfinished ones are retried. */
  async stop() {
    const boss = this.boss;
    if (!boss || this.stopping) return;
    this.stopping = true;
    await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
    this.boss = null;
    this.workerId = null;
    this.stopping = false;
  }

  /**
   * Records a job for a workspace and queues it, within `trx` when given (the job exists exactly
   * when the change that asked for it is committed). Call `wake()` after the commit.
   */
  async enqueue(trx: Kysely<DB>, options: EnqueueOptions): Promise<string> {
    if (!this.boss) throw new Error('the job queue is not started');
    const row = await trx
      .insertInto('jobs')
      .values({
        workspace_id: options.workspaceId,
        kind: options.kind,
        started_by: options.startedBy,
        subject_id: options.subjectId ?? null,
        label: options.label ?? '',
        total: options.total,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const queued = await this.boss.send(
      WORKSPACE_QUEUE,
      { ...options.data, jobId: row.id },
      { db: bossDb(trx, this.host.db) },
    );
    if (!queued) throw new Error('the job queue refused the job');
    return row.id;
  }

  /** Lets this process's worker look for work now rather than at its next poll. */
  wake() {
    if (this.boss && this.workerId && !this.stopping) this.boss.notifyWorker(this.workerId);
  }

  private async run(message: PgBoss.JobWithMetadata<{ jobId: string }>) {
    const db = this.host.db;
    const job = await db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', message.data.jobId)
      .executeTakeFirst();
    // The workspace was deleted meanwhile, or another attempt already finished the job.
    if (!job || job.state === 'done' || job.state === 'failed') return;
    const handler = this.handlers.get(job.kind);
    if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
    await db
      .updateTable('jobs')
      .set({ state: 'running', started_at: job.started_at ?? new Date(), error: '' })
      .where('id', '=', job.id)
      .execute();
    let written = 0;
    const starter = job.started_by
      ? await db.selectFrom('users').select('locale').where('id', '=', job.started_by).executeTakeFirst()
      : undefined;
    const ctx: JobRunContext = {
      db,
      mailer: this.host.mailer,
      settings: this.host.settings,
      log: this.host.log,
      job,
      locale: asLocale(starter?.locale) ?? 'en',
      progress: async (done, total) => {
        const end = done >= (total ?? job.total);
        if (!end && Date.now() - written < 200) return;
        written = Date.now();
        await db
          .updateTable('jobs')
          .set(total === undefined ? { done } : { done, total })
          .where('id', '=', job.id)
          .execute();
      },
    };
    try {
      const outcome = await handler(message.data, ctx);
      await db
        .updateTable('jobs')
        .set({
          state: 'done',
          finished_at: new Date(),
          summary: outcome.summary,
          result: outcome.result === undefined ? null : JSON.stringify(outcome.result),
        })
        .where('id', '=', job.id)
        .execute();
    } catch (e) {
      // A fault of the input (a bad row of an imported file) fails at once: trying again would
      // find the same fault and only keep the person waiting for the message.
      const final = e instanceof FinalJobError;
      const last = final || message.retryCount >= message.retryLimit;
      const error = (e as Error).message || String(e);
      if (final) this.host.log.info({ job: job.id, kind: job.kind, error }, 'job refused its input');
      else this.host.log.error({ err: e, job: job.id, kind: job.kind, last }, 'job failed');
      await db
        .updateTable('jobs')
        .set(last ? { state: 'failed', finished_at: new Date(), error } : { state: 'queued', error })
        .where('id', '=', job.id)
        .execute();
      if (!final) throw e;
    }
  }
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>) {
  // Two processes starting at once may both create it; the second finds it there.
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, ...options });
  } catch (e) {
    if (!(await boss.getQueue(name))) throw e;
  }
}
