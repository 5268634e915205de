// bench/members: the member list (with a filter) and the competence-atlas search, measured through
// the HTTP API against the PostgreSQL server, each as a ratio to GET /api/health measured in the same
// run (issue 6). Data: 50,000 members, 100,000 atlas entries, 2,000 events and 500,000 event
// registrations generated in SQL from a seed. Target: each within 5× of health at p99.
//
//   npm run bench:members -- [--members=50000] [--registrations=500000] [--requests=300] [--seed=42] [--keep]
//
// The PostgreSQL server is taken from BENCH_PG_URL or DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432); a database agglomera_bench_members is created and dropped.
import pg from 'pg';
import { loadDemo, migrateToLatest, openDatabase } from '@agglomera/server';
import { bar, benchDatabase, parseArgs, quantile, say, startServer } from '../lib.js';

const args = parseArgs();
const members = Number(args.members ?? 50_000);
const registrations = Number(args.registrations ?? 500_000);
const events = Number(args.events ?? 2_000);
const requests = Number(args.requests ?? 300);
const seed = Number(args.seed ?? 42);
const dbName = 'agglomera_bench_members';
const database = benchDatabase(dbName);
const benchUrl = database.url;

async function generate() {
  await database.recreate();
  const handle = await openDatabase({ url: benchUrl.toString() });
  await migrateToLatest(handle.db);
  await loadDemo(handle.db);
  await handle.close();
  const c = new pg.Client({ connectionString: benchUrl.toString() });
  await c.connect();
  const ws = (await c.query(`SELECT id FROM workspaces WHERE kind = 'cluster_initiative' LIMIT 1`)).rows[0]
    .id as string;
  const steps: [string, string][] = [
    [
      `${members.toLocaleString('en')} members`,
      `INSERT INTO actors (workspace_id, name, actor_type, size_class, sector, location, membership_stage, status, email)
       SELECT $1, 'Bench ' || (ARRAY['Lakeside','Sunridge','Harbour','Baobab','Highland','Savanna','Riverbend','Golden Field'])[1 + abs(hashtext($2 || ':n:' || i)) % 8]
                 || ' ' || (ARRAY['Foods','Juices','Packaging','Cold Chain','Spices','Dairy','Logistics','Farms','Bakery','Textiles'])[1 + abs(hashtext($2 || ':t:' || i)) % 10]
                 || ' ' || lpad(i::text, 6, '0'),
              (ARRAY['firm','firm','firm','firm','start_up','research','training','association','finance','business_development_service'])[1 + abs(hashtext($2 || ':a:' || i)) % 10],
              (ARRAY['micro','small','medium','large'])[1 + abs(hashtext($2 || ':s:' || i)) % 4],
              (ARRAY['Agro-food','Textiles','Logistics','ICT','Tourism'])[1 + abs(hashtext($2 || ':c:' || i)) % 5],
              'District ' || (1 + abs(hashtext($2 || ':l:' || i)) % 40),
              (ARRAY['member','member','member','member','member','member','trial','prospect','contacted','left'])[1 + abs(hashtext($2 || ':m:' || i)) % 10],
              'member',
              'contact' || i || '@bench.example'
       FROM generate_series(1, ${members}) i`,
    ],
    [
      `${(members * 2).toLocaleString('en')} atlas entries`,
      `INSERT INTO competences (workspace_id, actor_id, kind, title, keywords)
       SELECT $1, a.id, (ARRAY['competence','offer','need'])[1 + abs(hashtext($2 || ':k:' || a.id || k)) % 3],
              (ARRAY['Aseptic fruit pulp','Cold-room capacity','HACCP auditing','Solar drying','Recyclable packaging','Export to the EU',
                     'Organic certification','Refrigerated transport','Glass jars','Food technologist','Laser cutting','Data analytics',
                     'Machine maintenance','Trade fair stand','Quality laboratory','Training rooms'])[1 + abs(hashtext($2 || ':i:' || a.id || k)) % 16]
                || ' ' || (1 + abs(hashtext($2 || ':v:' || a.id || k)) % 500),
              (ARRAY['quality','logistics','export','skills','equipment','finance','digital','sustainability'])[1 + abs(hashtext($2 || ':w:' || a.id || k)) % 8]
       FROM actors a, generate_series(1, 2) k WHERE a.workspace_id = $1 AND a.name LIKE 'Bench %'`,
    ],
    [
      `${events.toLocaleString('en')} events`,
      `INSERT INTO events (workspace_id, title, kind, starts_at, ends_at, capacity)
       SELECT $1, 'Bench event ' || e, 'workshop', now() + (e - ${events / 2}) * interval '1 day', now() + (e - ${events / 2}) * interval '1 day' + interval '3 hours', NULL
       FROM generate_series(1, ${events}) e`,
    ],
    [
      `${registrations.toLocaleString('en')} event registrations`,
      `WITH a AS (SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS rn FROM actors WHERE workspace_id = $1 AND name LIKE 'Bench %'),
            e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM events WHERE workspace_id = $1 AND title LIKE 'Bench event %'),
            g AS (SELECT i, abs(hashtext($2 || ':r:' || i)) % ${members} AS ar, i % ${events} AS er FROM generate_series(1, ${registrations}) i)
       INSERT INTO event_registrations (event_id, actor_id, participant, status, attended)
       SELECT e.id, a.id, a.name, 'registered', (g.i % 3 = 0) FROM g JOIN a ON a.rn = g.ar JOIN e ON e.rn = g.er`,
    ],
  ];
  for (const [i, [label, text]] of steps.entries()) {
    bar('generating', i, steps.length);
    say(` ${label}`);
    await c.query(text, text.includes('$2') ? [ws, String(seed)] : [ws]);
  }
  bar('generating', steps.length, steps.length);
  await c.query('ANALYZE');
  await c.end();
}

async function measure(base: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@demo.agglomera.org', password: 'demo-password' }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const body = (await login.json()) as { workspaces: { id: string; kind: string }[] };
  const ws = body.workspaces.find((w) => w.kind === 'cluster_initiative')!.id;
  const targets: [string, string][] = [
    ['GET /api/health (baseline)', '/api/health'],
    [
      'member list, filtered (stage, type, text), sorted, page of 50',
      `/api/v1/workspaces/${ws}/membership/members?stage=member&type=firm&q=harbour&sort=name&limit=50`,
    ],
    ['competence-atlas search', `/api/v1/workspaces/${ws}/competence-atlas?q=cold%20room&limit=20`],
  ];
  const times = targets.map(() => [] as number[]);
  const total = requests + 20;
  for (let k = 0; k < total; k += 1) {
    // round-robin, so that a noisy moment of the shared machine hits every target alike
    for (const [i, [, url]] of targets.entries()) {
      const t0 = performance.now();
      const res = await fetch(`${base}${url}`, { headers: { cookie } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      if (k >= 20) times[i]!.push(performance.now() - t0);
    }
    if (k % 10 === 0 || k === total - 1) bar('measuring', k + 1, total);
  }
  const stats = times.map((t) => {
    const s = [...t].sort((a, b) => a - b);
    return { p50: quantile(s, 0.5), p99: quantile(s, 0.99) };
  });
  console.log(
    `bench/members: ${members.toLocaleString('en')} members, ${registrations.toLocaleString('en')} registrations, ${requests} requests each`,
  );
  for (const [i, [label]] of targets.entries()) {
    const s = stats[i]!;
    const ratio = s.p99 / stats[0]!.p99;
    console.log(
      `${label.padEnd(64)} p50 ${s.p50.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms` +
        (i === 0 ? '' : `  p99 ratio ${ratio.toFixed(2)}× (target ≤ 5×: ${ratio <= 5 ? 'met' : 'NOT met'})`),
    );
  }
}

await generate();
const server = await startServer(benchUrl);
try {
  await measure(server.url);
} finally {
  server.stop();
  if (!('keep' in args)) await database.drop();
}
