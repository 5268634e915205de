import type { DuckDBConnection } from '@duckdb/node-api';
import { runWithProgress, sqlString, type Progress } from './sql.js';
import { RECORD_COLUMNS } from '../record-columns.js';

export { RECORD_COLUMNS };

/** Step 6, write: the records as CSV or JSON (an array) with DuckDB's writer. */
export async function writeRecords(
  run: { connection: DuckDBConnection },
  options: { format: 'csv' | 'json'; out: string; year?: number; onProgress?: Progress },
): Promise<void> {
  const where = options.year !== undefined ? `WHERE year = ${Number(options.year)}` : '';
  const format = options.format === 'csv' ? 'FORMAT CSV, HEADER true' : 'FORMAT JSON, ARRAY true';
  await runWithProgress(
    run.connection,
    `COPY (SELECT ${RECORD_COLUMNS.join(', ')} FROM records ${where} ORDER BY year, region, cluster_code) TO ${sqlString(options.out)} (${format})`,
    'writing output',
    options.onProgress,
  );
}
