#!/usr/bin/env node
/**
 * Checks every seed citation in the repository against the seed files (issue 16, item 8).
 *
 * A citation names a seed by its number prefix and a line, as the code, docs and tests write them:
 *   001:3838            one line
 *   001:3836–3862       a range (en dash or hyphen): both ends are checked
 *   003:192, 839        a list continuing the same seed
 *   001_2b00e659d173dc60.txt:1296   the full file name
 *   `${GIZ}:1200`       a template whose constant is defined in the same file (const GIZ = '001' or the full file name)
 * A line is wrong when it lies beyond the end of the file or is blank.
 *
 * The seeds are looked for in ../shared/seeds relative to the repository, then /work/shared/seeds
 * (or AGGLOMERA_SEEDS). In a clone without them the check is skipped with a message.
 *
 * Usage: node scripts/check-citations.mjs   (exit code 1 when a citation is wrong)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..');

/** The seeds folder, or null when none is found. */
export function findSeeds(root = repoRoot) {
  const candidates = [
    process.env.AGGLOMERA_SEEDS,
    resolve(root, '../shared/seeds'),
    resolve(root, '../../shared/seeds'),
    '/work/shared/seeds',
  ].filter(Boolean);
  for (const dir of candidates)
    if (existsSync(dir) && readdirSync(dir).some((f) => /^\d{3}_.*\.txt$/.test(f))) return dir;
  return null;
}

/** Lines of each seed, by its three-digit number. */
export function loadSeeds(dir) {
  const seeds = new Map();
  for (const f of readdirSync(dir)) {
    const m = /^(\d{3})_.*\.txt$/.exec(f);
    if (m) seeds.set(m[1], { file: f, lines: readFileSync(join(dir, f), 'utf8').split('\n') });
  }
  return seeds;
}

const SEED = String.raw`(?:\b(\d{3})(?:_[0-9a-f]+\.txt)?|\$\{([A-Z][A-Z0-9_]*)\})`;
const NUM = String.raw`\d+(?:\s*[–-]\s*\d+)?`;
const CITATION = new RegExp(String.raw`${SEED}:(${NUM}(?:,\s?${NUM}(?![\d:]))*)`, 'g');

/** Constants that name a seed in a file: const GIZ = '001'. */
function seedConstants(text) {
  const names = new Map();
  for (const m of text.matchAll(/\bconst\s+([A-Z][A-Z0-9_]*)\s*=\s*['"`](\d{3})(?:_[0-9a-f]+\.txt)?['"`]/g))
    names.set(m[1], m[2]);
  return names;
}

/** Every citation of a text: { seed, line, column, lines: number[], text }. */
export function citationsIn(text, knownSeeds) {
  const constants = seedConstants(text);
  const out = [];
  for (const m of text.matchAll(CITATION)) {
    const seed = m[1] ?? constants.get(m[2]);
    if (!seed || !knownSeeds.has(seed)) continue;
    // A time (12:30) or a ratio is not a citation: the number must be a seed number 000–099.
    if (m[1] && !/^0\d\d$/.test(seed)) continue;
    const lines = [];
    for (const part of m[3].split(',')) {
      const [a, b] = part.split(/[–-]/).map((s) => Number(s.trim()));
      lines.push(a);
      if (b !== undefined) {
        if (b < a) lines.push(Number.NaN);
        else lines.push(b);
      }
    }
    const before = text.slice(0, m.index);
    out.push({
      seed,
      line: before.split('\n').length,
      lines,
      text: m[0],
    });
  }
  return out;
}

/** The files to look in: tracked (and new, not ignored) text files of the repository. */
export function repoFiles(root = repoRoot) {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter(Boolean)
    .filter((f) => /\.(ts|tsx|mjs|js|md|sql|json|css|html)$/.test(f))
    .filter((f) => !f.endsWith('package-lock.json'))
    .filter((f) => existsSync(join(root, f)));
}

/** Checks the repository; returns { checked, problems } or null when the seeds are absent. */
export function checkCitations(root = repoRoot) {
  const dir = findSeeds(root);
  if (!dir) return null;
  const seeds = loadSeeds(dir);
  const problems = [];
  let checked = 0;
  for (const f of repoFiles(root)) {
    const text = readFileSync(join(root, f), 'utf8');
    for (const c of citationsIn(text, seeds)) {
      const { lines } = seeds.get(c.seed);
      for (const n of c.lines) {
        checked++;
        let why = null;
        if (!Number.isInteger(n) || n < 1) why = 'is not a line number (a range must run upwards)';
        else if (n > lines.length) why = `is beyond the end of the file (${lines.length} lines)`;
        else if (!lines[n - 1].trim()) why = 'is a blank line';
        if (why) problems.push(`${f}:${c.line}: ${c.text} — ${c.seed}:${n} ${why}`);
      }
    }
  }
  return { checked, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = checkCitations();
  if (!result) {
    console.log('check-citations: no seeds folder (../shared/seeds or /work/shared/seeds); skipped.');
    process.exit(0);
  }
  for (const p of result.problems) console.error(p);
  console.log(`check-citations: ${result.checked} cited lines, ${result.problems.length} wrong.`);
  process.exit(result.problems.length ? 1 : 0);
}
