import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from '../tabular.js';
import { msg } from '../../i18n/index.js';
import type { Input } from './read.js';
import { firstRow } from './sql.js';

/** The years of the input and the base year of the growth measures. */
export interface Totals {
  years: number[];
  baseYear: number | null;
}

/**
 * Step 3, totals: the total employment of each year × region (table region_tot; every industry
 * counts, clustered or not), summed from the totals of the check's pass; then the years of the
 * input and the base year (the first year unless one is asked for). Region names and types are used
 * from here only: trimming them here is enough.
 */
export async function regionTotals(
  connection: DuckDBConnection,
  input: Input,
  options: { definitionsLabel: string; definitionCount: number; baseYear?: number },
): Promise<Totals> {
  await connection.run(
    `CREATE TABLE region_tot AS
       SELECT year, region, any_value(region_name) AS region_name, any_value(region_type) AS region_type, sum(e) AS e_r
       FROM region_cluster GROUP BY year, region`,
  );
  if (input.typedCsv)
    await connection.run(
      `UPDATE region_tot SET region_name = nullif(trim(region_name), ''), region_type = nullif(trim(region_type), '')
         WHERE region_name <> trim(region_name) OR region_type <> trim(region_type)`,
    );

  const matched = await firstRow(
    connection,
    'SELECT count(*) AS n FROM region_cluster WHERE chunk IS NOT NULL',
  );
  if (Number(matched.n) === 0)
    throw new InputError(
      options.definitionsLabel,
      null,
      'industry',
      msg`none of the ${options.definitionCount} industry codes of the definitions matches an industry of ${input.label}: check that both use the same classification`,
    );

  const yearsRows = (
    await connection.runAndReadAll('SELECT DISTINCT year FROM region_tot ORDER BY year')
  ).getRowObjectsJson();
  const years = yearsRows
    .map((r) => r.year)
    .filter((y) => y !== null)
    .map(Number);
  const baseYear = options.baseYear ?? years[0] ?? null;
  if (options.baseYear !== undefined && !years.includes(options.baseYear))
    throw new InputError(
      input.label,
      null,
      'year',
      msg`base year ${options.baseYear} is not in the input (years: ${years.join(', ')})`,
    );
  return { years, baseYear };
}

/** The industries no cluster covers, with their employment (largest first), for the run's note. */
export async function uncoveredIndustries(
  connection: DuckDBConnection,
): Promise<{ industry: string; employment: number }[]> {
  return (
    await connection.runAndReadAll(
      `SELECT uncovered AS industry, sum(e) AS employment FROM region_cluster WHERE uncovered IS NOT NULL
         GROUP BY uncovered ORDER BY employment DESC, industry`,
    )
  )
    .getRowObjectsJson()
    .map((r) => ({ industry: String(r.industry), employment: Number(r.employment) }));
}
