import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/agglomera.js', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'agglomera-iati-test-'));

async function agglomera(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const valid = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
<iati-activity xml:lang="en">
<iati-identifier>XM-EX-1-A</iati-identifier>
<reporting-org ref="XM-EX-1" type="80"><narrative>Lakeside fruit cluster</narrative></reporting-org>
<title><narrative>Lakeside fruit cluster</narrative></title>
<description><narrative>Results framework</narrative></description>
<participating-org role="4"/>
<activity-status code="2"/>
<activity-date iso-date="2025-01-01" type="2"/>
<result type="2"><title><narrative>Exports</narrative></title>
<indicator measure="2"><title><narrative>Firms exporting</narrative></title>
<period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><target value="20"/></period>
</indicator></result>
</iati-activity>
</iati-activities>
`;

describe('agglomera iati-validate', () => {
  it('accepts a valid activity file and names the line of each problem in an invalid one', async () => {
    const good = path.join(dir, 'good.xml');
    writeFileSync(good, valid);
    const ok = await agglomera('iati-validate', good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/good\.xml: valid against .*iati-activities-2\.03-subset\.xsd/);

    const bad = path.join(dir, 'bad.xml');
    writeFileSync(bad, valid.replace('<activity-status code="2"/>', '<activity-status code="8"/>'));
    const res = await agglomera('iati-validate', good, bad);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/good\.xml: valid/);
    expect(res.stderr).toMatch(
      /bad\.xml:9: Element 'activity-status', attribute 'code'.*'8' is not an element of the set/,
    );
  });

  it('says so when the file or the schema cannot be found', async () => {
    const missing = await agglomera('iati-validate', path.join(dir, 'nope.xml'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.xml: ENOENT/);
    const noSchema = await agglomera(
      'iati-validate',
      '--schema',
      path.join(dir, 'none.xsd'),
      path.join(dir, 'good.xml'),
    );
    expect(noSchema.code).toBe(1);
    expect(noSchema.stderr).toMatch(/schema not found: .*none\.xsd/);
  });
});
