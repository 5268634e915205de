import { statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError, formatOf, readTabular, type TabularFormat } from '../tabular.js';
import { REQUIRED_COLUMNS, OPTIONAL_COLUMNS, readObservations } from '../observations.js';
import { msg } from '../../i18n/index.js';
import { ident, sqlString } from './sql.js';

/** The input as DuckDB reads it. */
export interface Input {
  file: string;
  label: string;
  format: TabularFormat;
  /** What the rows are read from: a reader of the file, or the table that holds an XLSX sheet. */
  source: string;
  /** A CSV whose measures DuckDB reads as numbers (other sources are read as text). */
  typedCsv: boolean;
  /** The input's columns: lower-case name → name as written in the file. */
  columns: Map<string, string>;
}

/**
 * Step 1, read: the input's columns and its rows as the view `obs` (defineRows). CSV codes are read as text (leading zeros kept) and measures as
 * numbers; any value DuckDB cannot read sends us to the row-by-row check for its line.
 */
export async function readInput(connection: DuckDBConnection, file: string, label: string): Promise<Input> {
  const format = formatOf(file);
  let source: string;
  let typedCsv = false;
  if (format === 'csv') {
    if (statSync(file).size === 0) throw new InputError(label, null, null, 'the file is empty');
    source = `read_csv(${sqlString(file)}, header = true, all_varchar = true, auto_detect = true)`;
    typedCsv = true;
  } else if (format === 'parquet') {
    source = `read_parquet(${sqlString(file)})`;
  } else {
    // XLSX: read in Node (sheet sizes are bounded by Excel) and hand the rows to DuckDB.
    const observations = await readObservations(await readTabular(file, label), label);
    await connection.run(
      'CREATE TABLE xlsx_rows (region VARCHAR, industry VARCHAR, employment VARCHAR, year VARCHAR, establishments VARCHAR, wages VARCHAR, region_name VARCHAR, region_type VARCHAR)',
    );
    const appender = await connection.createAppender('xlsx_rows');
    for (const o of observations) {
      for (const v of [
        o.region,
        o.industry,
        o.employment,
        o.year,
        o.establishments,
        o.wages,
        o.regionName,
        o.regionType,
      ])
        if (v === null || v === undefined) appender.appendNull();
        else appender.appendVarchar(String(v));
      appender.endRow();
    }
    appender.closeSync();
    source = 'xlsx_rows';
  }
  let described;
  try {
    described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  } catch (e) {
    throw new InputError(label, null, null, msg`cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
  const columns = new Map<string, string>();
  for (const row of described.getRowObjectsJson()) {
    const name = String(row.column_name);
    columns.set(name.trim().toLowerCase(), name);
  }
  for (const column of REQUIRED_COLUMNS)
    if (!columns.has(column))
      throw new InputError(
        label,
        1,
        column,
        msg`missing column "${column}" (required: region, industry, employment; optional: ${OPTIONAL_COLUMNS.join(', ')})`,
      );
  const input = { file, label, format, source, typedCsv, columns };
  await defineRows(connection, input, false);
  return input;
}

const MEASURES = ['employment', 'establishments', 'wages', 'year'];

/** The SQL that reads each column of the input as a value of the rows. */
function columnsOf(input: Input) {
  const { columns: actual, typedCsv } = input;
  // A typed CSV read: codes as text, measures (and the year) as numbers. The year is read as a
  // decimal on purpose: DuckDB would round "2020.5" to a whole number, and such a year is an error.
  const typedSource = () => {
    const types = [...actual]
      .filter(([name]) => [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].includes(name as never))
      .map(([name, real]) => `${sqlString(real)}: '${MEASURES.includes(name) ? 'DOUBLE' : 'VARCHAR'}'`);
    return `read_csv(${sqlString(input.file)}, header = true, auto_detect = true, types = {${types.join(', ')}})`;
  };
  const raw = (name: string) => (actual.has(name) ? ident(actual.get(name)!) : 'NULL');
  const text = (name: string) => (actual.has(name) ? `CAST(${raw(name)} AS VARCHAR)` : 'NULL');
  // A measure as a number: read as DOUBLE already (CSV) or converted from text (XLSX, Parquet).
  const num = (name: string) =>
    !actual.has(name)
      ? 'CAST(NULL AS DOUBLE)'
      : typedCsv
        ? raw(name)
        : `TRY_CAST(nullif(trim(${text(name)}), '') AS DOUBLE)`;
  const given = (name: string) =>
    !actual.has(name)
      ? 'false'
      : typedCsv
        ? `${raw(name)} IS NOT NULL`
        : `trim(coalesce(${text(name)}, '')) <> ''`;
  const badNumber = (name: string, required: boolean) =>
    `(${required ? 'true' : given(name)} AND (${num(name)} IS NULL OR NOT isfinite(${num(name)}) OR ${num(name)} < 0))`;
  const hasYear = actual.has('year');
  const yearValue = num('year');
  const yearColumn = !hasYear
    ? 'CAST(NULL AS INTEGER)'
    : `CASE WHEN isfinite(${yearValue}) AND ${yearValue} = floor(${yearValue}) THEN CAST(${yearValue} AS INTEGER) END`;
  // Labels: a typed CSV keeps them as read (padded ones are trimmed in the region totals, which is
  // cheaper than trimming every row); other sources are trimmed here.
  const label = (name: string) =>
    typedCsv && actual.has(name) ? `nullif(${raw(name)}, '')` : `nullif(trim(${text(name)}), '')`;
  const textBad = `(coalesce(trim(${text('region')}), '') = '' OR coalesce(trim(${text('industry')}), '') = ''
             OR ${badNumber('employment', true)} OR ${badNumber('establishments', false)} OR ${badNumber('wages', false)}
             ${hasYear ? `OR ${yearValue} IS NULL OR NOT isfinite(${yearValue}) OR ${yearValue} <> floor(${yearValue})` : ''})`;
  return { typedSource, text, num, yearColumn, label, textBad };
}

/**
 * The rows as typed values (view `obs`) plus, from text sources, a flag for any row that breaks a
 * rule. From a typed CSV read the flag is derived from the typed values (cheaper, badRowCondition);
 * text sources (XLSX, Parquet) keep it from the text, where an unreadable value is not the same as
 * an empty one. `obs` is a view: each pass streams the file, which costs less than materialising 15
 * million rows. Codes are compared without surrounding spaces: `trimCodes` trims them (rare, so
 * asked for only when padded codes are found: trimming every code costs more).
 */
export async function defineRows(connection: DuckDBConnection, input: Input, trimCodes: boolean) {
  const c = columnsOf(input);
  const code = (name: string) => (trimCodes ? `trim(${c.text(name)})` : c.text(name));
  await connection.run(
    `CREATE OR REPLACE VIEW obs AS SELECT
           ${code('region')} AS region,
           ${code('industry')} AS industry,
           ${c.num('employment')} AS employment,
           ${c.yearColumn} AS year,
           ${c.num('establishments')} AS establishments,
           ${c.num('wages')} AS wages,
           ${c.label('region_name')} AS region_name,
           ${c.label('region_type')} AS region_type
           ${input.typedCsv ? '' : `, ${c.textBad} AS bad`}
         FROM ${input.typedCsv ? c.typedSource() : input.source}`,
  );
}

/** The rule a row breaks, as an expression over obs. */
export function badRowCondition(input: Input): string {
  if (!input.typedCsv) return 'bad';
  const typedBad = (c: string, required: boolean) =>
    required
      ? `(${c} IS NULL OR NOT isfinite(${c}) OR ${c} < 0)`
      : `coalesce(NOT isfinite(${c}) OR ${c} < 0, false)`;
  return `(coalesce(region, '') = '' OR coalesce(industry, '') = '' OR ${typedBad('employment', true)}
           OR ${typedBad('establishments', false)} OR ${typedBad('wages', false)} ${input.columns.has('year') ? 'OR year IS NULL' : ''})`;
}

/**
 * Error path only: re-reads a CSV or XLSX row by row, which throws naming the first offending line
 * and column (Parquet has no lines to name).
 */
export async function pinpointBadRow(input: Input): Promise<void> {
  if (input.format !== 'parquet')
    await readObservations(await readTabular(input.file, input.label), input.label, { keep: false });
}
