import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// @agglomera/methods as published: built to JavaScript with declarations (tsconfig.build.json),
// imported by plain Node through its package.json `exports`, packed with its dist/ files.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));

describe('the published methods package', () => {
  beforeAll(() => {
    // Built here too, so that this test never skips for want of a dist/ (npm run build builds it).
    execFileSync(process.execPath, [tsc, '-p', 'packages/methods/tsconfig.build.json'], { cwd: root });
  }, 120_000);

  it('is imported by plain Node from the repository root', { timeout: 60_000 }, () => {
    const out = execFileSync(
      process.execPath,
      ['-e', "import('@agglomera/methods').then(m => console.log(typeof m.rankNeeds))"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('function');
  });

  it('packs its built JavaScript and declarations', { timeout: 60_000 }, () => {
    const out = execFileSync('npm', ['pack', '-w', '@agglomera/methods', '--dry-run', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('package.json');
  });

  it('lists every exported method with its seed references in its README', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, ['scripts/methods-readme.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toMatch(/lists all \d+ methods/);
  });
});
