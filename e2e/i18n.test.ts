import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'packages', 'web', 'src');
type Tree = Record<string, unknown>;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Tree;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);
const merge = (a: Tree, b: Tree): Tree => {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isTree(v) && isTree(out[k]) ? merge(out[k] as Tree, v) : v;
  return out;
};
/** One language's words: the main file and the module files beside it (locales/<module>/*.<lng>.json). */
const load = (lng: string) => {
  const dir = join(root, 'i18n', 'locales');
  const modules = readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d))
        .filter((f) => f.endsWith(`.${lng}.json`))
        .map((f) => join(dir, d, f)),
    );
  return modules.reduce((acc, f) => merge(acc, read(f)), read(join(dir, `${lng}.json`)));
};
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('translations of the web app (English, French, Spanish)', () => {
  const en = new Set(leaves(load('en')).map((k) => k.replace(PLURAL, '')));
  it('has every English key in French and Spanish', () => {
    for (const lng of ['fr', 'es']) {
      const other = new Set(leaves(load(lng)).map((k) => k.replace(PLURAL, '')));
      expect(
        [...en].filter((k) => !other.has(k)),
        lng,
      ).toEqual([]);
    }
  });
  it('has an English text for every fixed key the screens ask for', () => {
    const used = new Set<string>();
    for (const f of files(root))
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(300);
    const prefixes = new Set(
      [...en].flatMap((k) => k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'))),
    );
    expect([...used].filter((k) => !en.has(k) && !prefixes.has(k))).toEqual([]);
  });
});
