import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from '../tabular.js';
import { msg } from '../../i18n/index.js';
import { badRowCondition, defineRows, pinpointBadRow, type Input } from './read.js';
import { firstRow, runWithProgress, type Progress } from './sql.js';

/** What the check of the rows found that the later steps use. */
export interface CheckedRows {
  inputRows: number;
  /** Some row gives establishments, so the strong-cluster test uses them. */
  establishmentsCriterion: boolean;
}

/**
 * Step 2, check: one pass over the rows gives the totals of each year × region × cluster (table
 * region_cluster), from which the region totals and the cluster employment of the measures are
 * summed; the same pass counts the rows that break a rule and finds duplicate region × industry ×
 * year rows. Duplicates: the industries of each cluster are numbered in chunks of 64 and each group
 * keeps a 64-bit mask of the industries it saw, so a group has a duplicate when it has more rows
 * than bits set (far cheaper than hashing every key). Industries that no cluster covers are grouped
 * one by one (a duplicate is a group of more than one row) and give the note on uncovered
 * industries; an input mostly outside the definitions therefore costs more, as every key is then
 * hashed.
 */
export async function checkRows(
  connection: DuckDBConnection,
  input: Input,
  onProgress?: Progress,
): Promise<CheckedRows> {
  // A value DuckDB cannot read stops the first pass that reads it: its line and column are then
  // found row by row.
  const reading = async <T>(pass: () => Promise<T>): Promise<T> => {
    try {
      return await pass();
    } catch (e) {
      if (e instanceof InputError) throw e;
      await pinpointBadRow(input);
      throw new InputError(
        input.label,
        null,
        null,
        msg`cannot be read: ${(e as Error).message.split('\n')[0]}`,
      );
    }
  };
  const check = () => reading(() => sumAndCheck(connection, input, onProgress));
  let checks = await check();
  // Padded regions and industries are found among the keys of the totals (a padded industry
  // matches no definition), so both cost next to nothing to find.
  if (Number(checks.padded_regions) > 0 || Number(checks.padded_industries) > 0) {
    await defineRows(connection, input, true);
    checks = await check();
  }
  const inputRows = Number(checks.n);
  if (inputRows === 0) throw new InputError(input.label, null, null, 'the file has a header but no rows');
  const duplicates = Number(checks.duplicates);
  if (Number(checks.bad) > 0 || duplicates > 0) {
    await pinpointBadRow(input);
    if (Number(checks.bad) > 0 || input.format === 'parquet')
      throw new InputError(
        input.label,
        null,
        null,
        msg`${checks.bad} row(s) with an empty code or a missing, non-numeric or negative value, and ${duplicates} duplicate region × industry × year combination(s)`,
      );
  }
  return { inputRows, establishmentsCriterion: Boolean(checks.has_est) };
}

/**
 * The pass of checkRows. From a typed CSV the rules are checked on cheap aggregates (counts of
 * missing values, minima, and the totals themselves: a sum is not finite when a value is not); the
 * exact number of offending rows is counted only when one exists (error path). Optional columns the
 * file lacks are not aggregated; the year and empty industry codes (which match no definition) are
 * keys of the totals, so neither costs an aggregate over the rows.
 */
async function sumAndCheck(connection: DuckDBConnection, input: Input, onProgress?: Progress) {
  const { typedCsv, columns } = input;
  const hasEst = columns.has('establishments');
  const hasWages = columns.has('wages');
  const hasYear = columns.has('year');
  const ruleColumns = typedCsv
    ? [
        'count(employment) AS n_emp',
        'min(employment) AS min_emp',
        ...(hasEst ? ['min(establishments) AS min_est'] : []),
        ...(hasWages ? ['min(wages) AS min_wag'] : []),
      ].join(', ')
    : 'count(*) FILTER (WHERE bad) AS bad';
  const ruleBroken = typedCsv
    ? `(bool_or(region IS NULL OR region = '') OR sum(n - n_emp) > 0 OR min(min_emp) < 0 OR bool_or(NOT isfinite(e))
          ${hasEst ? 'OR coalesce(min(min_est) < 0 OR bool_or(NOT isfinite(est)), false)' : ''}
          ${hasWages ? 'OR coalesce(min(min_wag) < 0 OR bool_or(NOT isfinite(wages)), false)' : ''}
          OR sum(n - n_ind) > 0 OR bool_or(uncovered = '')
          ${hasYear ? 'OR bool_or(year IS NULL)' : ''})`
    : 'sum(bad) > 0';
  await runWithProgress(
    connection,
    `CREATE OR REPLACE TABLE region_cluster AS
         SELECT year, region, m.chunk, CASE WHEN m.chunk IS NULL THEN industry END AS uncovered,
           any_value(m.cluster_code) AS cluster_code,
           ${columns.has('region_name') ? 'any_value(region_name)' : 'CAST(NULL AS VARCHAR)'} AS region_name,
           ${columns.has('region_type') ? 'any_value(region_type)' : 'CAST(NULL AS VARCHAR)'} AS region_type,
           sum(employment) AS e, count(*) AS n,
           ${hasEst ? 'sum(establishments)' : 'CAST(NULL AS DOUBLE)'} AS est, ${hasEst ? 'count(establishments)' : '0'} AS n_est,
           ${hasWages ? 'sum(wages)' : 'CAST(NULL AS DOUBLE)'} AS wages,
           count(industry) AS n_ind,
           count(m.bit) - bit_count(coalesce(bit_or(CAST(1 AS UBIGINT) << m.bit), CAST(0 AS UBIGINT))) AS duplicates,
           ${ruleColumns}
         FROM obs LEFT JOIN industry_map m USING (industry) GROUP BY year, region, m.chunk, uncovered`,
    'reading input',
    onProgress,
  );
  const summary = await firstRow(
    connection,
    `SELECT coalesce(sum(n), 0) AS n, coalesce(${ruleBroken}, false) AS broken, coalesce(sum(n_est), 0) > 0 AS has_est,
             count(*) FILTER (WHERE starts_with(region, ' ') OR ends_with(region, ' ')) AS padded_regions,
             count(*) FILTER (WHERE starts_with(uncovered, ' ') OR ends_with(uncovered, ' ')) AS padded_industries,
             coalesce(sum(duplicates), 0) + coalesce(sum(n - 1) FILTER (WHERE uncovered IS NOT NULL), 0) AS duplicates
           FROM region_cluster`,
  );
  const bad = !summary.broken
    ? 0
    : Number(
        (
          await firstRow(
            connection,
            `SELECT count(*) FILTER (WHERE ${badRowCondition(input)}) AS bad FROM obs`,
          )
        ).bad,
      );
  return { ...summary, bad } as Record<string, unknown> & { bad: number };
}
