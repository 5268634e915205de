import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp, type App } from '../src/app.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { loadDemo } from '../src/demo/demo.js';
import { MemoryMailer, type Mailer } from '../src/mail/mailer.js';

export interface TestContext {
  app: App;
  handle: DatabaseHandle;
  mailer: MemoryMailer;
  close(): Promise<void>;
}

/**
 * A real PostgreSQL for each test file: embedded PGlite in memory by default, or, when
 * DATABASE_URL is set, a fresh database on that server which is dropped afterwards.
 */
export async function createTestContext(
  options: {
    demo?: boolean;
    /** The demo data of the role homes (issue 12); off by default so module tests count from empty. */
    demoHomes?: boolean;
    settings?: Parameters<typeof buildApp>[0]['settings'];
    /** Another mailer for the app (ctx.mailer then stays empty). */
    mailer?: Mailer;
    /** Job workers and schedules of the app (workers on, schedules off by default). */
    jobs?: Parameters<typeof buildApp>[0]['jobs'];
  } = {},
): Promise<TestContext> {
  const serverUrl = process.env.DATABASE_URL;
  let dropDatabase: (() => Promise<void>) | undefined;
  let handle: DatabaseHandle;
  if (serverUrl) {
    const name = `agglomera_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ url: url.toString() });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    handle = await openDatabase({ dataDir: 'memory' });
  }
  await migrateToLatest(handle.db);
  if (options.demo !== false) await loadDemo(handle.db, { homes: options.demoHomes ?? false });
  const mailer = new MemoryMailer();
  const app = await buildApp({
    db: handle.db,
    mailer: options.mailer ?? mailer,
    // Every answer of a route with a response schema is checked against it (http/response-check.ts).
    settings: { publicUrl: 'http://agglomera.test', checkResponses: true, ...options.settings },
    jobs: options.jobs,
  });
  await app.ready();
  return {
    app,
    handle,
    mailer,
    async close() {
      await app.close();
      await handle.close();
      await dropDatabase?.();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
  workspaces: { id: string; name: string; kind: string; role: string }[];
}

export async function signIn(app: App, email: string, password = 'demo-password'): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'agglomera_session');
  if (!setCookie) throw new Error('no session cookie');
  const body = res.json();
  return {
    cookie: `agglomera_session=${setCookie.value}`,
    csrf: body.csrf,
    userId: body.user.id,
    workspaces: body.workspaces,
  };
}

/** Sends a request as a signed-in browser would: cookie plus the CSRF header on writes. */
export function as(app: App, session: Session) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { cookie: session.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrf }) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload?: unknown) => call('POST', url, payload ?? {}),
    put: (url: string, payload?: unknown) => call('PUT', url, payload ?? {}),
    patch: (url: string, payload?: unknown) => call('PATCH', url, payload ?? {}),
    delete: (url: string) => call('DELETE', url),
  };
}

export const workspaceByKind = (s: Session, kind: 'programme' | 'cluster_initiative') => {
  const ws = s.workspaces.find((w) => w.kind === kind);
  if (!ws) throw new Error(`no ${kind} workspace`);
  return ws.id;
};

/** A multipart/form-data body with one file part named "file", as a browser sends an upload. */
export function multipartFile(name: string, content: Buffer | string) {
  const boundary = '----agglomera' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a file as a signed-in browser would. */
export function uploadAs(app: App, session: Session, url: string, name: string, content: Buffer | string) {
  const body = multipartFile(name, content);
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': body.contentType },
    payload: body.payload,
  });
}

/** What a job's route answered, as loosely typed as `res.json()`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobAnswer = Record<string, any>;

/**
 * Waits until a job (jobs/service.ts) has finished, and returns it as `GET …/jobs/:id` shows it,
 * with `result` the answer its route gave before the work moved off the request. Fails when the
 * job failed or did not finish within `timeoutMs`.
 */
export async function waitForJob(
  app: App,
  jobId: string,
  options: { timeoutMs?: number; allowFailure?: boolean } = {},
) {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  app.jobs.wake();
  for (;;) {
    const job = await app.db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
    if (!job) throw new Error(`no job ${jobId}`);
    if (job.state === 'failed' && !options.allowFailure) throw new Error(`job ${jobId} failed: ${job.error}`);
    if (job.state === 'done' || job.state === 'failed') return job as typeof job & { result: JobAnswer };
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} still ${job.state} after ${options.timeoutMs ?? 20_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A route that answered 202 with a job: waits for the job and returns what the route answered before. */
export async function jobResult(
  app: App,
  res: { statusCode: number; body: string; json(): JobAnswer },
  timeoutMs?: number,
) {
  if (res.statusCode !== 202) throw new Error(`expected 202 with a job, got ${res.statusCode} ${res.body}`);
  const job = await waitForJob(app, res.json().jobId, { timeoutMs });
  return { ...res.json(), ...job.result } as JobAnswer;
}
