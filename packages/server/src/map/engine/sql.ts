import type { DuckDBConnection } from '@duckdb/node-api';

/** Reports a stage of the mapping and how far it is (null when unknown). */
export type Progress = (stage: string, fraction: number | null) => void;

export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
export const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Runs a statement while reporting DuckDB's own progress. */
export async function runWithProgress(
  connection: DuckDBConnection,
  sql: string,
  stage: string,
  onProgress?: Progress,
) {
  onProgress?.(stage, 0);
  const started = performance.now();
  const timer = onProgress
    ? setInterval(() => {
        const p = connection.progress;
        if (p && p.percentage >= 0) onProgress(stage, Math.min(1, p.percentage / 100));
      }, 200)
    : null;
  try {
    return await connection.runAndReadAll(sql);
  } finally {
    if (timer) clearInterval(timer);
    onProgress?.(stage, 1);
    if (process.env.AGGLOMERA_TIMING)
      process.stderr.write(`${stage}: ${Math.round(performance.now() - started)} ms\n`);
  }
}

/** The first row of a query, as JSON values. */
export async function firstRow(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson()[0]! as Record<string, unknown>;
}
