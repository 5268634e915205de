#!/usr/bin/env node
// bench/map: the whole `agglomera map` pipeline against one hand-written DuckDB query over the same
// generated national dataset (3,000 regions × 1,000 industries × 5 years = 15 million rows).
// Prints the ratio ours / baseline (both measured in this run) and our peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const definitions = path.join(
  root,
  'packages/server/src/reference-data/us-cluster-definitions-naics2007.csv',
);
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const regions = Number(args.regions ?? 3000);
const industries = Number(args.industries ?? 1000);
const years = Number(args.years ?? 5);
const seed = Number(args.seed ?? 42);
const repeats = Number(args.repeats ?? 2);
const work = path.join(args.dir ?? tmpdir(), `agglomera-bench-map-${regions}x${industries}x${years}-${seed}`);
mkdirSync(work, { recursive: true });
const input = path.join(work, 'national.csv');

if (!existsSync(input)) {
  // Deterministic data from the seed: employment from a hash of (seed, region, industry, year);
  // 950 industries of the US benchmark definitions and 50 codes outside every cluster.
  process.stderr.write(
    `generating ${(regions * industries * years).toLocaleString('en')} rows in ${input} …\n`,
  );
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`CREATE TABLE codes AS
    SELECT row_number() OVER (ORDER BY naics) - 1 AS i, naics FROM (
      (SELECT DISTINCT CAST(naics2007 AS VARCHAR) AS naics FROM read_csv('${definitions}', header = true) ORDER BY naics LIMIT ${industries - 50})
      UNION ALL (SELECT '99' || lpad(CAST(k AS VARCHAR), 4, '0') FROM range(50) t(k)))`);
  await c.run(`COPY (
    SELECT 'R' || lpad(CAST(r AS VARCHAR), 4, '0') AS region,
           CASE WHEN r % 10 = 0 THEN 'metro' ELSE 'county' END AS region_type,
           codes.naics AS industry, 2019 + y AS year,
           CASE WHEN hash(${seed}, r, codes.i) % 4 = 0 THEN 0
                ELSE (hash(${seed}, r, codes.i) % 3000) * (90 + hash(${seed}, r, codes.i, y) % 21) // 100 END AS employment,
           CASE WHEN hash(${seed}, r, codes.i) % 4 = 0 THEN 0 ELSE 1 + (hash(${seed}, r, codes.i) % 3000) // 40 END AS establishments
    FROM range(${regions}) rr(r), codes, range(${years}) yy(y)
  ) TO '${input}' (FORMAT CSV, HEADER true)`);
  c.closeSync();
  db.closeSync();
}
process.stderr.write(`input: ${(statSync(input).size / 2 ** 20).toFixed(0)} MiB\n`);

function timed(cmd, cmdArgs, env = {}) {
  const rssFile = path.join(work, 'rss');
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const res = spawnSync(cmd, cmdArgs, {
    cwd: root,
    env: { ...process.env, ...env, AGGLOMERA_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed:\n${res.stderr}`);
  return { ms, rss: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : null, stdout: res.stdout };
}

const ours = [];
const base = [];
for (let i = 0; i < repeats; i++) {
  base.push(
    timed('node', [
      '--require',
      path.join(here, 'max-rss.cjs'),
      path.join(here, 'baseline.mjs'),
      input,
      definitions,
      path.join(work, 'baseline.csv'),
    ]),
  );
  ours.push(
    timed('node', [
      '--require',
      path.join(here, 'max-rss.cjs'),
      'packages/cli/bin/agglomera.js',
      'map',
      '--input',
      input,
      '--definitions',
      'us-benchmark',
      '--format',
      'csv',
      '--out',
      path.join(work, 'ours.csv'),
    ]),
  );
}
// Both must have computed the same records: compare them value by value (numbers to a relative
// 1e-9, since ours reads measures as decimals and the baseline as whole numbers).
const agreement = await (async () => {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const numeric = [
    'employment',
    'establishments',
    'lq',
    'share',
    'rank',
    'employment_rank',
    'employment_change',
    'cagr',
  ];
  const types = [
    "'region': 'VARCHAR'",
    "'cluster_code': 'VARCHAR'",
    ...numeric.map((k) => `'${k}': 'DOUBLE'`),
  ].join(', ');
  const csv = (file) => `read_csv('${file}', header = true, types = {${types}})`;
  const differs = [
    ...numeric.map(
      (k) => `(o.${k} IS NULL) <> (b.${k} IS NULL) OR abs(o.${k} - b.${k}) > 1e-9 * greatest(1, abs(b.${k}))`,
    ),
    ...['region_type', 'cluster_name', 'cluster_type', 'strong', 'strong90'].map(
      (k) => `o.${k} IS DISTINCT FROM b.${k}`,
    ),
  ].join(' OR ');
  const row = (
    await c.runAndReadAll(`SELECT count(*) AS records,
        count(*) FILTER (WHERE o.year IS NULL OR b.year IS NULL OR ${differs}) AS differences
      FROM ${csv(path.join(work, 'ours.csv'))} o
      FULL JOIN ${csv(path.join(work, 'baseline.csv'))} b USING (year, region, cluster_code)`)
  ).getRowObjectsJson()[0];
  c.closeSync();
  db.closeSync();
  return { records: Number(row.records), differences: Number(row.differences) };
})();
if (agreement.differences > 0) {
  console.error(
    `map: ours and the baseline disagree on ${agreement.differences} of ${agreement.records} records`,
  );
  process.exit(1);
}
const best = (runs) => Math.min(...runs.map((r) => r.ms));
const peak = Math.max(...ours.map((r) => r.rss ?? 0));
const ratio = best(ours) / best(base);
console.log(
  JSON.stringify({
    benchmark: 'map',
    rows: regions * industries * years,
    ours_ms: Math.round(best(ours)),
    baseline_ms: Math.round(best(base)),
    ratio: Number(ratio.toFixed(2)),
    records_compared: agreement.records,
    ours_peak_memory_mib: Math.round(peak / 2 ** 20),
    baseline_peak_memory_mib: Math.round(Math.max(...base.map((r) => r.rss ?? 0)) / 2 ** 20),
  }),
);
console.log(
  `map: ratio ours/baseline = ${ratio.toFixed(2)} (target ≤ 1.5); our peak memory ${(peak / 2 ** 30).toFixed(2)} GiB (target < 4 GiB)`,
);
