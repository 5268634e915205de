// bench/upload: one tenant's large map upload against another tenant's reads, on the embedded
// database (hardening issue, item 15: "one tenant's 300,000-row map upload made another's request
// take 19 s"). One `agglomera serve` with the demo on a scratch data folder; the second demo
// initiative reads its actor register in a loop, first alone (the baseline), then while the demo
// manager uploads regional statistics of --rows rows into the first initiative. Prints the reader's
// p50/p99/max before and during the upload and their ratio, and the upload's own time.
//
//   npm run bench:upload -- [--rows=300000] [--baseline-seconds=5]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, quantile, root, say, startServer } from '../lib.js';

const args = parseArgs();
const rows = Number(args.rows ?? 300_000);
const baselineSeconds = Number(args['baseline-seconds'] ?? 5);

async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await res.json()) as { csrf: string; workspaces: { id: string; kind: string }[] };
  return { cookie, csrf: body.csrf, ws: body.workspaces.find((w) => w.kind === 'cluster_initiative')!.id };
}

/** Regional statistics of `n` rows: counties × industries of the US benchmark definitions. */
function statistics(n: number): string {
  // naics2007 is the last column of the shipped definitions (cluster names may hold commas).
  const industries = [
    ...new Set(
      readFileSync(
        path.join(root, 'packages/server/src/reference-data/us-cluster-definitions-naics2007.csv'),
        'utf8',
      )
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').at(-1)!.trim())
        .filter(Boolean),
    ),
  ].filter((_, i, all) => i % Math.ceil(all.length / 200) === 0); // ~200, spread over every cluster
  const lines = ['region,industry,year,employment,establishments'];
  for (let i = 0; lines.length <= n; i++) {
    const region = String(1001 + Math.floor(i / industries.length)).padStart(5, '0');
    const industry = industries[i % industries.length]!;
    lines.push(`${region},${industry},2020,${(i * 7919) % 5000},${(i % 40) + 1}`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'agglomera-bench-upload-'));
  const server = await startServer({ dataDir });
  try {
    const uploader = await signIn(server.url, 'manager@demo.agglomera.org');
    const reader = await signIn(server.url, 'partner@demo.agglomera.org');
    const readUrl = `${server.url}/api/v1/workspaces/${reader.ws}/actors?limit=20`;
    const read = async () => {
      const started = performance.now();
      const res = await fetch(readUrl, { headers: { cookie: reader.cookie } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`read failed: ${res.status}`);
      return performance.now() - started;
    };
    say(`generating ${rows.toLocaleString('en')} rows of statistics`);
    const csv = statistics(rows);

    const before: number[] = [];
    for (let i = 0; i < 20; i++) await read(); // warm-up
    const baselineEnd = performance.now() + baselineSeconds * 1000;
    while (performance.now() < baselineEnd) before.push(await read());

    say('uploading while the other initiative reads');
    const form = new FormData();
    form.set('name', 'Bench upload');
    form.set('definitions', 'us-benchmark');
    form.set('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
    const during: number[] = [];
    let uploading = true;
    const started = performance.now();
    say(`upload starts ${new Date().toISOString()}`);
    const upload = fetch(`${server.url}/api/v1/workspaces/${uploader.ws}/map/datasets`, {
      method: 'POST',
      headers: { cookie: uploader.cookie, 'x-csrf-token': uploader.csrf },
      body: form,
    }).then(async (res) => {
      const seconds = (performance.now() - started) / 1000;
      uploading = false;
      const body = (await res.json()) as { records?: number; error?: { message: string } };
      if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${body.error?.message}`);
      return { seconds, records: body.records! };
    });
    const slow: string[] = [];
    while (uploading) {
      const at = (performance.now() - started) / 1000;
      const t = await read();
      during.push(t);
      if (t > 500) slow.push(`${(t / 1000).toFixed(1)} s from ${at.toFixed(1)} s`);
    }
    const { seconds, records } = await upload;
    if (slow.length) say(`reads over 0.5 s during the upload (from its start): ${slow.join(', ')}`);

    before.sort((a, b) => a - b);
    during.sort((a, b) => a - b);
    const row = (label: string, t: number[]) =>
      `${label.padEnd(22)} n=${String(t.length).padStart(5)}  p50 ${quantile(t, 0.5).toFixed(1).padStart(8)} ms  p99 ${quantile(t, 0.99).toFixed(1).padStart(8)} ms  max ${t[t.length - 1]!.toFixed(1).padStart(8)} ms`;
    console.log(
      `upload of ${rows.toLocaleString('en')} rows → ${records} records in ${seconds.toFixed(1)} s`,
    );
    console.log(row('reads before upload', before));
    console.log(row('reads during upload', during));
    console.log(
      `ratio during/before: p50 ${(quantile(during, 0.5) / quantile(before, 0.5)).toFixed(1)}×, p99 ${(quantile(during, 0.99) / quantile(before, 0.99)).toFixed(1)}×, max ${(during[during.length - 1]! / before[before.length - 1]!).toFixed(1)}×`,
    );
  } finally {
    server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
