import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'packages', 'web', 'src');
const load = (lng: string) =>
  JSON.parse(readFileSync(join(root, 'i18n', 'locales', `${lng}.json`), 'utf8')) as Record<string, unknown>;
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
