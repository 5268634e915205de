#!/usr/bin/env node
// `npm test`: builds the web app, runs every test (methods, API integration, CLI, browser journeys)
// in one Vitest run, and ends with one plain line "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const extra = process.argv.slice(2);
const browserNeeded = !extra.length || extra.some((a) => a.includes('e2e'));
if (browserNeeded && run('npm', ['run', 'build', '--silent']) !== 0) {
  console.error('npm test: building the web app failed');
  process.exit(1);
}

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
if (!chromium && process.env.AGGLOMERA_REQUIRE_BROWSER === '1') {
  console.error(
    'npm test: AGGLOMERA_REQUIRE_BROWSER=1 but no Chromium found. Install it: apt-get install chromium',
  );
  process.exit(1);
}

const outDir = path.join(root, '.test-results');
mkdirSync(outDir, { recursive: true });
const report = path.join(outDir, 'vitest.json');
rmSync(report, { force: true });
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
let browserSkipped = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  for (const file of result.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') failed++;
      else {
        skipped++;
        if (file.name.includes(`${path.sep}e2e${path.sep}`)) browserSkipped++;
      }
    }
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') failed++;
  }
}
if (!chromium && browserSkipped > 0) {
  console.error(
    `\n!!! ${browserSkipped} BROWSER TESTS WERE SKIPPED: no Chromium found.\n` +
      '!!! Install it with `apt-get install chromium` (or set CHROMIUM_PATH) and run npm test again.\n',
  );
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
