// Pieces the HTTP benchmarks share: the PostgreSQL server to run on, a scratch database on it, a
// server process on that database, a progress bar on stderr, and quantiles.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `--name=value` arguments as an object (`--keep` gives `keep: undefined`). */
export const parseArgs = () =>
  Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('='))) as Record<
    string,
    string | undefined
  >;

/** The scratch database `name` on the server of BENCH_PG_URL or DATABASE_URL. */
export function benchDatabase(name: string) {
  const serverUrl = new URL(
    process.env.BENCH_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432',
  );
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = async (sqlText: string) => {
    const c = new pg.Client({ connectionString: adminUrl.toString() });
    await c.connect();
    try {
      await c.query(sqlText);
    } finally {
      await c.end();
    }
  };
  return {
    url,
    /** Drops and creates the database empty. */
    recreate: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export const say = (s: string) => process.stderr.write(`${s}\n`);

export function bar(label: string, done: number, total: number, unit = '') {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${unit}`,
  );
  if (done === total) process.stderr.write('\n');
}

/**
 * `agglomera serve` on a free port of 127.0.0.1, once it listens: over a PostgreSQL server without
 * the demo (`databaseUrl`), or on an embedded database in `{ dataDir }` with the demo.
 */
export function startServer(
  database: URL | { dataDir: string },
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess; stop(): void }> {
  const embedded = !(database instanceof URL);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'packages/cli/bin/agglomera.js'),
        'serve',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        ...(embedded ? ['--data-dir', database.dataDir] : ['--no-demo']),
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: embedded ? '' : database.toString(),
          LOG_LEVEL: 'warn',
          ...env,
        },
      },
    );
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!.replace('localhost', '127.0.0.1'), child, stop: () => child.kill() });
    });
    child.stderr!.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
}

/** The q-quantile of sorted values, interpolated (NaN when there are none). */
export const quantile = (sorted: number[], q: number) => {
  if (!sorted.length) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.ceil(h)] ?? sorted[lo]!) - sorted[lo]!);
};
