import { existsSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ClusterDefinition } from '@agglomera/methods';
import { InputError } from './tabular.js';
import { readInput } from './engine/read.js';
import { storeClusterDefinitions } from './engine/clusters.js';
import { checkRows } from './engine/check.js';
import { regionTotals, uncoveredIndustries } from './engine/totals.js';
import { computeMeasures } from './engine/measures.js';
import { firstRow, type Progress } from './engine/sql.js';

/**
 * The mapping engine for large inputs (tens of millions of rows): the rules of `mapClusters`
 * (@agglomera/methods) run as SQL in DuckDB, in memory with spilling to disk. runMapping takes the
 * steps of the method in order, each in ./engine/: read the input, check its rows (the same pass
 * sums the totals of each year × region × cluster), the region totals, the measures with the
 * strong-cluster test; writeRecords writes the result.
 */

export type { Progress } from './engine/sql.js';
export { RECORD_COLUMNS, writeRecords } from './engine/write.js';

export interface MappingRun {
  connection: DuckDBConnection;
  /** Table `records` holds one row per year × region × cluster. */
  recordCount: number;
  inputRows: number;
  years: number[];
  baseYear: number | null;
  establishmentsCriterion: boolean;
  uncoveredIndustries: { industry: string; employment: number }[];
  close(): void;
}

export async function runMapping(options: {
  input: string;
  definitions: ClusterDefinition[];
  definitionsLabel: string;
  baseYear?: number;
  onProgress?: Progress;
  memoryLimit?: string;
}): Promise<MappingRun> {
  const { onProgress } = options;
  const label = path.basename(options.input);
  if (!existsSync(options.input)) throw new InputError(label, null, null, 'file not found');
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: options.memoryLimit ?? '2GB',
    preserve_insertion_order: 'false',
  });
  const connection = await instance.connect();
  // DuckDB's progress is read by the caller's bar, never printed by DuckDB itself.
  await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    const input = await readInput(connection, options.input, label);
    await storeClusterDefinitions(connection, options.definitions, options.definitionsLabel);
    const { inputRows, establishmentsCriterion } = await checkRows(connection, input, onProgress);
    const { years, baseYear } = await regionTotals(connection, input, {
      definitionsLabel: options.definitionsLabel,
      definitionCount: options.definitions.length,
      baseYear: options.baseYear,
    });
    await computeMeasures(connection, { baseYear, establishmentsCriterion }, onProgress);
    const uncovered = await uncoveredIndustries(connection);
    const count = await firstRow(connection, 'SELECT count(*) AS n FROM records');
    return {
      connection,
      recordCount: Number(count.n),
      inputRows,
      years,
      baseYear,
      establishmentsCriterion,
      uncoveredIndustries: uncovered,
      close,
    };
  } catch (e) {
    close();
    throw e;
  }
}
