import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, runMapping } from '../src/map/index.js';

describe('mapping engine', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'agglomera-engine-'));
  const input = path.join(dir, 'stats.csv');
  writeFileSync(input, 'region,industry,employment\nA,1,10\nA,2,5\nB,1,3\nB,2,9\n');

  it('refuses definitions that list an industry twice, which would count its rows twice', async () => {
    const run = runMapping({
      input,
      definitionsLabel: 'defs.csv',
      definitions: [
        { industry: '1', clusterCode: 'X', clusterName: 'X', clusterType: null },
        { industry: '2', clusterCode: 'Y', clusterName: 'Y', clusterType: null },
        { industry: '1', clusterCode: 'X', clusterName: 'X', clusterType: null },
      ],
    });
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(
      /defs\.csv \(column "industry"\): industry "1" is listed more than once/,
    );
  });

  it('maps the same file when each industry is listed once', async () => {
    const run = await runMapping({
      input,
      definitionsLabel: 'defs.csv',
      definitions: [
        { industry: '1', clusterCode: 'X', clusterName: 'X', clusterType: null },
        { industry: '2', clusterCode: 'Y', clusterName: 'Y', clusterType: null },
      ],
    });
    try {
      const rows = (
        await run.connection.runAndReadAll(
          "SELECT region, cluster_code, employment, lq FROM records WHERE region = 'A' ORDER BY cluster_code",
        )
      ).getRowObjectsJson();
      // lq of X in A = (10 / 15) / (13 / 27)
      expect(rows.map((r) => [r.region, r.cluster_code, Number(r.employment)])).toEqual([
        ['A', 'X', 10],
        ['A', 'Y', 5],
      ]);
      expect(Number(rows[0]!.lq)).toBeCloseTo(10 / 15 / (13 / 27), 12);
      expect(run.inputRows).toBe(4);
    } finally {
      run.close();
    }
  });
});
