import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The import rules of `npm run lint` (.dependency-cruiser.cjs) bite: dependency-cruiser refuses
// a cycle and a method that imports from the server, and passes the methods package as it is.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = 'packages/methods/test/fixtures/import-rules';

const depcruise = (...paths: string[]) => {
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
      ...paths,
      '--config',
      '.dependency-cruiser.cjs',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('import rules (dependency-cruiser, npm run lint)', () => {
  it('refuses an import cycle', { timeout: 60_000 }, () => {
    const { status, output } = depcruise(`${fixtures}/cycle`);
    expect(status).not.toBe(0);
    expect(output).toContain('no-circular');
  });

  it('refuses a method that imports from the server', { timeout: 60_000 }, () => {
    const { status, output } = depcruise(`${fixtures}/reaches-server`);
    expect(status).not.toBe(0);
    expect(output).toContain('methods-stand-alone');
  });

  it('passes the methods package as it is', { timeout: 60_000 }, () => {
    const { status, output } = depcruise('packages/methods/src');
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });
});
