import { fileURLToPath } from 'node:url';
import { buildApp, type App, type Settings } from './app.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/database.js';
import { formatDemoLogins, loadDemo } from './demo/demo.js';
import type { Mailer } from './mail/mailer.js';
import { closeThreads } from './jobs/threads.js';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface StartOptions {
  port: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /**
   * auto: load the demo into an empty embedded database, only when the server listens on this
   * machine alone (loopback); always: into an empty embedded database wherever it listens;
   * never. Never on DATABASE_URL (`agglomera demo` loads it there).
   */
  demo?: 'auto' | 'always' | 'never';
  settings?: Partial<Settings>;
  log?: (line: string) => void;
  /** Where mail goes (tests pass a MemoryMailer); by default as the environment says. */
  mailer?: Mailer;
}

/** The address every server binds to unless told otherwise: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';

/** Whether an address reaches this machine only (127.0.0.0/8, ::1, localhost). */
export const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** Accounts of the demo, whose password is published in the README. */
async function demoAccounts(handle: DatabaseHandle): Promise<number> {
  const row = await handle.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('email', 'like', '%@demo.agglomera.org')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isEmpty(handle: DatabaseHandle): Promise<boolean> {
  return !(await handle.db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

export async function startServer(
  options: StartOptions,
): Promise<{ app: App; handle: DatabaseHandle; url: string }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const handle = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
  await migrateToLatest(handle.db);
  const host = options.host ?? DEFAULT_HOST;
  const local = isLoopback(host);
  if (options.demo !== 'never' && handle.kind === 'pglite' && (await isEmpty(handle))) {
    if (local || options.demo === 'always') log(formatDemoLogins(await loadDemo(handle.db)));
    else
      log(
        `The demo was not loaded: the server listens on ${host}, reachable from other machines, and the demo accounts share a published password. Load it anyway with --demo.`,
      );
  }
  if (!local && (await demoAccounts(handle)) > 0)
    log(
      `WARNING: this database holds demo accounts (…@demo.agglomera.org) whose password "demo-password" is published, and the server listens on ${host}, reachable from other machines. Change their passwords or remove them.`,
    );
  const app = await buildApp({
    db: handle.db,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    settings: { webDist: DEFAULT_WEB_DIST, ...options.settings },
    ...(options.mailer ? { mailer: options.mailer } : {}),
    // Every server process runs job workers; expired sessions and reset links and stale failed
    // sign-ins are purged at start and hourly by a pg-boss schedule, which runs once for all
    // processes on one database (jobs/service.ts).
    jobs: { work: true, schedule: true },
  });
  app.addHook('onClose', async () => {
    await app.jobs.stop();
    await closeThreads();
    await handle.close();
  });
  await app.listen({ port: options.port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://localhost:${actualPort}`;
  log(
    `Agglomera is serving at ${url} (${handle.kind === 'pglite' ? `embedded PostgreSQL in ${options.dataDir ?? './data'}` : 'PostgreSQL server'})`,
  );
  log(
    local
      ? `Listening on ${host}: only this machine can reach it. Give --host 0.0.0.0 (or the address of a network interface) to serve others.`
      : `Listening on ${host}: other machines can reach it.`,
  );
  return { app, handle, url };
}
