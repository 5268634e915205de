import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapClusters } from '@agglomera/methods';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/agglomera.js', import.meta.url));
const usDefinitions = fileURLToPath(
  new URL('../../server/src/reference-data/us-cluster-definitions-naics2007.csv', import.meta.url),
);
const dir = mkdtempSync(path.join(tmpdir(), 'agglomera-map-test-'));

async function agglomera(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { maxBuffer: 256 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Mulberry32: a small seeded generator, so the national dataset is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  region: string;
  regionType: string;
  industry: string;
  year: number;
  employment: number;
  establishments: number;
}

// A generated national dataset: 60 regions of two types × 150 US benchmark industries + 4 industries in
// no cluster × 3 years, with gaps (zero employment) so that some regions lack some clusters.
const definitionRows: { cluster_code: string; cluster_name: string; naics2007: string }[] = parse(
  readFileSync(usDefinitions, 'utf8'),
  { columns: true },
);
const rnd = random(20261124);
const industries = definitionRows.filter(() => rnd() < 0.14).map((d) => d.naics2007);
const uncovered = ['999901', '999902', '999903', '999904'];
const rows: Row[] = [];
for (let r = 0; r < 60; r++) {
  const region = `R${String(r).padStart(3, '0')}`;
  const regionType = r < 15 ? 'metro' : 'rural';
  for (const industry of [...industries, ...uncovered]) {
    const scale = rnd() < 0.3 ? 0 : Math.floor(rnd() * 2000);
    for (const year of [2019, 2020, 2021]) {
      const employment = scale === 0 ? 0 : Math.max(0, Math.round(scale * (0.8 + rnd() * 0.5)));
      rows.push({
        region,
        regionType,
        industry,
        year,
        employment,
        establishments: Math.ceil(employment / 25),
      });
    }
  }
}

/** An independent computation of the records, written for this test from the product.md formulas. */
function expected() {
  const clusterOf = new Map(definitionRows.map((d) => [d.naics2007, d]));
  const out = new Map<
    string,
    {
      employment: number;
      est: number;
      lq: number;
      share: number;
      strong: boolean;
      strong90: boolean;
      rank: number;
      cagr: number | null;
    }
  >();
  for (const year of [2019, 2020, 2021]) {
    const ys = rows.filter((x) => x.year === year);
    const E = ys.reduce((s, x) => s + x.employment, 0);
    const eR = new Map<string, number>();
    const cell = new Map<string, { e: number; est: number }>();
    const eC = new Map<string, number>();
    for (const x of ys) {
      eR.set(x.region, (eR.get(x.region) ?? 0) + x.employment);
      const d = clusterOf.get(x.industry);
      if (!d) continue;
      const k = `${x.region}|${d.cluster_code}`;
      const c = cell.get(k) ?? { e: 0, est: 0 };
      c.e += x.employment;
      c.est += x.establishments;
      cell.set(k, c);
      eC.set(d.cluster_code, (eC.get(d.cluster_code) ?? 0) + x.employment);
    }
    const regions = [...eR.keys()];
    for (const [code, ec] of eC) {
      if (ec <= 0) continue;
      const recs = regions.map((region) => {
        const c = cell.get(`${region}|${code}`) ?? { e: 0, est: 0 };
        return {
          region,
          type: Number(region.slice(1)) < 15 ? 'metro' : 'rural',
          e: c.e,
          est: c.est,
          lq: c.e / eR.get(region)! / (ec / E),
          share: c.e / ec,
        };
      });
      for (const type of ['metro', 'rural']) {
        const peers = recs.filter((p) => p.type === type && p.e > 0);
        const pct = (values: number[], p: number) => {
          const s = [...values].sort((a, b) => a - b);
          if (!s.length) return NaN;
          const h = (s.length - 1) * p;
          return s[Math.floor(h)]! + (h - Math.floor(h)) * (s[Math.ceil(h)]! - s[Math.floor(h)]!);
        };
        const lq75 = pct(
          peers.map((p) => p.lq),
          0.75,
        );
        const lq90 = pct(
          peers.map((p) => p.lq),
          0.9,
        );
        const e25 = pct(
          peers.map((p) => p.e),
          0.25,
        );
        const est25 = pct(
          peers.map((p) => p.est),
          0.25,
        );
        for (const p of recs.filter((x) => x.type === type)) {
          const base = p.e > 0 && p.lq >= 1 && p.e > e25 && p.est > est25;
          out.set(`${year}|${p.region}|${code}`, {
            employment: p.e,
            est: p.est,
            lq: p.lq,
            share: p.share,
            strong: base && p.lq >= lq75,
            strong90: base && p.lq >= lq90,
            rank: 0,
            cagr: null,
          });
        }
      }
    }
    // Rank by LQ within the region (ties share the best rank).
    for (const region of regions) {
      const mine = [...out.entries()].filter(([k]) => k.startsWith(`${year}|${region}|`));
      for (const [, v] of mine) v.rank = 1 + mine.filter(([, w]) => w.lq > v.lq).length;
    }
  }
  for (const [k, v] of out) {
    const [year, region, code] = k.split('|');
    if (year === '2019') continue;
    const base = out.get(`2019|${region}|${code}`)?.employment ?? 0;
    v.cagr = base > 0 ? Math.pow(v.employment / base, 1 / (Number(year) - 2019)) - 1 : null;
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('agglomera map', () => {
  const input = path.join(dir, 'national.csv');
  beforeAll(() => {
    writeFileSync(
      input,
      'region,region_type,industry,year,employment,establishments\n' +
        rows
          .map(
            (x) => `${x.region},${x.regionType},${x.industry},${x.year},${x.employment},${x.establishments}`,
          )
          .join('\n'),
    );
  });

  it('gives the same numbers as an independent computation on a generated national dataset', async () => {
    const out = path.join(dir, 'out.csv');
    const res = await agglomera(
      'map',
      '--input',
      input,
      '--definitions',
      'us-benchmark',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('4 industries of the input are in no cluster');
    const records: Record<string, string>[] = parse(readFileSync(out, 'utf8'), { columns: true });
    const want = expected();
    expect(records.length).toBe(want.size);
    let strong = 0;
    for (const r of records) {
      const w = want.get(`${r.year}|${r.region}|${r.cluster_code}`);
      expect(w, `${r.year} ${r.region} ${r.cluster_code}`).toBeDefined();
      expect(Number(r.employment)).toBe(w!.employment);
      expect(Number(r.establishments)).toBe(w!.est);
      expect(close(Number(r.lq), w!.lq), `lq ${r.region} ${r.cluster_code}`).toBe(true);
      expect(close(Number(r.share), w!.share)).toBe(true);
      expect(Number(r.rank)).toBe(w!.rank);
      expect(r.strong).toBe(String(w!.strong));
      expect(r.strong90).toBe(String(w!.strong90));
      if (w!.cagr === null) expect(r.cagr).toBe('');
      else expect(close(Number(r.cagr), w!.cagr)).toBe(true);
      if (r.strong === 'true') strong++;
    }
    expect(strong).toBeGreaterThan(20);
  });

  it('agrees with the reference implementation in @agglomera/methods', async () => {
    const res = await agglomera('map', '--input', input, '--definitions', 'us-benchmark', '--year', '2021');
    expect(res.code, res.stderr).toBe(0);
    const records = JSON.parse(res.stdout) as Record<string, unknown>[];
    const reference = mapClusters(
      rows.map((x) => ({ ...x, regionType: x.regionType })),
      definitionRows.map((d) => ({
        clusterCode: d.cluster_code,
        clusterName: d.cluster_name,
        industry: d.naics2007,
      })),
    ).records.filter((r) => r.year === 2021);
    expect(records.length).toBe(reference.length);
    const byKey = new Map(reference.map((r) => [`${r.region}|${r.clusterCode}`, r]));
    for (const r of records) {
      const m = byKey.get(`${r.region}|${r.cluster_code}`)!;
      expect(close(r.lq as number, m.lq!)).toBe(true);
      expect([r.rank, r.employment_rank, r.strong, r.strong90]).toEqual([
        m.rank,
        m.employmentRank,
        m.strong,
        m.strong90,
      ]);
      expect(close((r.employment_change as number) ?? 0, m.employmentChange ?? 0)).toBe(true);
    }
  });

  it('writes a self-contained HTML report with charts, the ranked table and the limits', async () => {
    const res = await agglomera('map', '--input', input, '--definitions', 'us-benchmark', '--format', 'html');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('<svg role="img"');
    expect(res.stdout).toContain('Strong clusters ranked by LQ');
    expect(res.stdout).toContain('Mismatch of traditional sectors in statistics and cluster-relevant areas');
    expect(res.stdout).not.toMatch(/<script|<link/);
  });

  it('reads Parquet input and gives the same records as the CSV', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const parquet = path.join(dir, 'national.parquet');
    await c.run(
      `COPY (SELECT * FROM read_csv('${input}', header = true, types = {'region': 'VARCHAR', 'industry': 'VARCHAR'})) TO '${parquet}' (FORMAT PARQUET)`,
    );
    c.closeSync();
    db.closeSync();
    const fromParquet = await agglomera(
      'map',
      '--input',
      parquet,
      '--definitions',
      'us-benchmark',
      '--year',
      '2020',
      '--format',
      'csv',
    );
    const fromCsv = await agglomera(
      'map',
      '--input',
      input,
      '--definitions',
      'us-benchmark',
      '--year',
      '2020',
      '--format',
      'csv',
    );
    expect(fromParquet.code, fromParquet.stderr).toBe(0);
    const sort = (text: string) => text.trim().split('\n').sort();
    expect(sort(fromParquet.stdout)).toEqual(sort(fromCsv.stdout));
  });

  it('reads XLSX input', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('data');
    ws.addRow(['Region', 'Industry', 'Employment', 'Year']);
    ws.addRow(['A', '336411', 100, 2020]);
    ws.addRow(['A', '111110', 50, 2020]);
    ws.addRow(['B', '336411', 10, 2020]);
    ws.addRow(['B', '111110', 200, 2020]);
    const file = path.join(dir, 'small.xlsx');
    await wb.xlsx.writeFile(file);
    const res = await agglomera('map', '--input', file, '--definitions', 'us-benchmark');
    expect(res.code, res.stderr).toBe(0);
    const records = JSON.parse(res.stdout) as { region: string; cluster_code: string; lq: number }[];
    const a = records.filter((r) => r.region === 'A').sort((x, y) => y.lq - x.lq)[0]!;
    // A: 100 of its 150 jobs in aircraft (336411); nation: 110 of 360.
    expect(a.lq).toBeCloseTo(100 / 150 / (110 / 360), 12);
  });

  it('compares codes and labels without surrounding spaces, and reads years written as 2020.0', async () => {
    const clean =
      'region,region_type,industry,employment,year\nA,metro,336411,100,2020\nA,metro,111110,50,2020\nB,rural,336411,10,2020\nB,rural,111110,200,2020\n';
    const padded =
      'region,region_type,industry,employment,year\n A, metro ,336411 ,100,2020.0\nA ,metro, 111110,50,2020\nB,rural ,336411,10,2020\nB,rural,111110,200,2020\n';
    const results = [];
    for (const [name, content] of [
      ['clean.csv', clean],
      ['padded.csv', padded],
    ] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const res = await agglomera('map', '--input', file, '--definitions', 'us-benchmark');
      expect(res.code, res.stderr).toBe(0);
      results.push(JSON.parse(res.stdout));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0].map((r: { region_type: string }) => r.region_type)).toContain('metro');
  });

  const bad = (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  it.each([
    [
      'missing column',
      'region,industry,year\nA,336411,2020\n',
      /missing\.csv:1 \(column "employment"\): missing column/,
    ],
    [
      'non-numeric employment',
      'region,industry,employment\nA,336411,12\nA,111110,twelve\n',
      /non-numeric\.csv:3 \(column "employment"\): "twelve" is not a number/,
    ],
    [
      'negative employment',
      'region,industry,employment\nA,336411,-3\n',
      /negative\.csv:2 \(column "employment"\): employment cannot be negative/,
    ],
    [
      'duplicate rows',
      'region,industry,employment,year\nA,336411,1,2020\nA,336411,2,2020\n',
      /duplicate\.csv:3 \(column "industry"\): duplicate row: region A, industry 336411, year 2020 already appears on line 2/,
    ],
    [
      'duplicate once spaces are trimmed',
      'region,industry,employment,year\nA,336411,1,2020\n A ,336411 ,2,2020\n',
      /duplicate\.csv:3 \(column "industry"\): duplicate row: region A, industry 336411, year 2020 already appears on line 2/,
    ],
    [
      'fractional year',
      'region,industry,employment,year\nA,336411,1,2020\nA,111110,1,2020.5\n',
      /fractional\.csv:3 \(column "year"\)/,
    ],
    [
      'negative establishments',
      'region,industry,employment,establishments\nA,336411,5,2\nA,111110,3,-1\n',
      /negative\.csv:3 \(column "establishments"\): establishments cannot be negative/,
    ],
    [
      'infinite employment',
      'region,industry,employment\nA,336411,5\nA,111110,inf\n',
      /infinite\.csv:3 \(column "employment"\)/,
    ],
    [
      'empty region',
      'region,industry,employment\nA,336411,5\n,111110,3\n',
      /empty\.csv:3 \(column "region"\): region code is empty/,
    ],
    [
      'missing year',
      'region,industry,employment,year\nA,336411,5,2020\nA,111110,3,\n',
      /missing\.csv:3 \(column "year"\)/,
    ],
    [
      'empty employment',
      'region,industry,employment\nA,336411,5\nA,111110,\n',
      /empty\.csv:3 \(column "employment"\): "" is not a number/,
    ],
    [
      'nan employment',
      'region,industry,employment\nA,336411,5\nA,111110,nan\n',
      /nan\.csv:3 \(column "employment"\)/,
    ],
    [
      'empty industry',
      'region,industry,employment\nA,336411,5\nA,,3\n',
      /empty\.csv:3 \(column "industry"\): industry code is empty/,
    ],
    [
      'blank industry',
      'region,industry,employment\nA,336411,5\nA,   ,3\n',
      /blank\.csv:3 \(column "industry"\): industry code is empty/,
    ],
    [
      'infinite establishments',
      'region,industry,employment,establishments\nA,336411,5,2\nA,111110,3,inf\n',
      /infinite\.csv:3 \(column "establishments"\)/,
    ],
    [
      'negative wages',
      'region,industry,employment,wages\nA,336411,5,100\nA,111110,3,-7\n',
      /negative\.csv:3 \(column "wages"\): wages cannot be negative/,
    ],
    [
      'infinite wages',
      'region,industry,employment,wages\nA,336411,5,100\nB,111110,3,inf\n',
      /infinite\.csv:3 \(column "wages"\)/,
    ],
    ['empty file', '', /empty\.csv: the file is empty/],
    [
      'codes matching nothing',
      'region,industry,employment\nA,C10,5\n',
      /us-benchmark \(column "industry"\): none of the 1099 industry codes/,
    ],
  ])('rejects %s with the file, line and column', async (label, content, message) => {
    const file = bad(`${label.split(' ')[0]}.csv`, content);
    const out = path.join(dir, `${label}.out`);
    const res = await agglomera('map', '--input', file, '--definitions', 'us-benchmark', '--out', out);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(message);
    expect(() => readFileSync(out)).toThrow();
  });

  it('finds duplicates in a cluster larger than one 64-bit mask and among uncovered industries', async () => {
    // A cluster of 150 industries spans three chunks of the duplicate masks; 20 more codes are in
    // no cluster.
    const big = Array.from({ length: 150 }, (_, k) => `98${String(k).padStart(4, '0')}`);
    const definitions = bad(
      'big-definitions.csv',
      `cluster_code,cluster_name,industry\n${big.map((i) => `B,Big cluster,${i}`).join('\n')}\n`,
    );
    const outside = Array.from({ length: 20 }, (_, k) => `97${String(k).padStart(4, '0')}`);
    const rows = [...big, ...outside].map((i) => `A,${i},1,2020`);
    const map = async (extra: string) => {
      const file = bad('chunks.csv', `region,industry,employment,year\n${[...rows, extra].join('\n')}\n`);
      return agglomera('map', '--input', file, '--definitions', definitions);
    };
    const inCluster = await map('A,980140,2,2020');
    expect(inCluster.code).not.toBe(0);
    expect(inCluster.stderr).toMatch(
      /chunks\.csv:172 \(column "industry"\): duplicate row: region A, industry 980140, year 2020 already appears on line 142/,
    );
    const outsideAll = await map('A,970007,2,2020');
    expect(outsideAll.code).not.toBe(0);
    expect(outsideAll.stderr).toMatch(
      /chunks\.csv:172 \(column "industry"\): duplicate row: region A, industry 970007/,
    );
    // The same rows with another region are no duplicate, and the file maps.
    const ok = await map('B,980140,2,2020');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('note: 20 industries of the input are in no cluster');
  });

  it('rejects an unknown definitions file', async () => {
    const res = await agglomera('map', '--input', input, '--definitions', path.join(dir, 'nope.csv'));
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('nope.csv: file not found');
  });
});
