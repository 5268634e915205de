import { execFile } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/agglomera.js', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'agglomera-backup-test-'));

async function agglomera(...args: string[]) {
  // Always the embedded database of the folder given, whatever the environment says.
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { env, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('agglomera backup / restore (hardening issue, item 17)', () => {
  it('backs a workspace up by name, restores it into an empty installation, and refuses a second restore', async () => {
    const source = path.join(dir, 'source');
    const target = path.join(dir, 'target');
    const archive = path.join(dir, 'lakeside.agglomera.gz');
    expect((await agglomera('demo', '-d', source)).code).toBe(0);
    const missing = await agglomera('backup', '-w', 'No such cluster', '-o', archive, '-d', source);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No workspace "No such cluster"');
    const made = await agglomera(
      'backup',
      '-w',
      'Lakeside Agro-Food Cluster (demo)',
      '-o',
      archive,
      '-d',
      source,
      '--progress',
    );
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(
      /Backed up "Lakeside Agro-Food Cluster \(demo\)" \(cluster_initiative\): \d+ rows/,
    );
    // Password hashes are in it: readable by its owner only.
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    expect(made.stderr).toContain('/');
    const restored = await agglomera('restore', archive, '-d', target);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Restored "Lakeside Agro-Food Cluster (demo)"');
    const again = await agglomera('restore', archive, '-d', target);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists in this installation; nothing was changed.');
  }, 240_000);
});
