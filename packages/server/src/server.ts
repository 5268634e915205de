import { fileURLToPath } from 'node:url';
import { buildApp, type App, type Settings } from './app.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/database.js';
import { formatDemoLogins, loadDemo } from './demo/demo.js';
import { purgeExpired } from './auth/purge.js';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface StartOptions {
  port: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** auto: load the demo into an empty embedded database (never on DATABASE_URL). */
  demo?: 'auto' | 'never';
  settings?: Partial<Settings>;
  log?: (line: string) => void;
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
  if (options.demo !== 'never' && handle.kind === 'pglite' && (await isEmpty(handle))) {
    log(formatDemoLogins(await loadDemo(handle.db)));
  }
  const app = await buildApp({
    db: handle.db,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    settings: { webDist: DEFAULT_WEB_DIST, ...options.settings },
  });
  // Expired sessions and reset links and stale failed sign-ins are removed at start and hourly.
  const purge = () =>
    purgeExpired(handle.db, app.settings).catch((err: unknown) =>
      app.log.error({ err }, 'purging expired sessions failed'),
    );
  await purge();
  const purgeTimer = setInterval(() => void purge(), 3_600_000);
  purgeTimer.unref();
  app.addHook('onClose', async () => {
    clearInterval(purgeTimer);
    await handle.close();
  });
  await app.listen({ port: options.port, host: options.host ?? '0.0.0.0' });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://localhost:${actualPort}`;
  log(
    `Agglomera is serving at ${url} (${handle.kind === 'pglite' ? `embedded PostgreSQL in ${options.dataDir ?? './data'}` : 'PostgreSQL server'})`,
  );
  return { app, handle, url };
}
