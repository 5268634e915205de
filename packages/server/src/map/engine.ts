import { existsSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ClusterDefinition } from '@agglomera/methods';
import { InputError, formatOf, readTabular } from './tabular.js';
import { REQUIRED_COLUMNS, OPTIONAL_COLUMNS, readObservations } from './observations.js';
import { msg } from '../i18n/index.js';

/**
 * The mapping engine for large inputs (tens of millions of rows): the rules of `mapClusters`
 * (@agglomera/methods) run as SQL in DuckDB, in memory with spilling to disk.
 */

export type Progress = (stage: string, fraction: number | null) => void;

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

export const RECORD_COLUMNS = [
  'year',
  'region',
  'region_name',
  'region_type',
  'cluster_code',
  'cluster_name',
  'cluster_type',
  'employment',
  'establishments',
  'wages',
  'average_wage',
  'lq',
  'share',
  'rank',
  'employment_rank',
  'employment_change',
  'cagr',
  'strong',
  'strong90',
] as const;

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Runs a statement while reporting DuckDB's own progress. */
async function step(connection: DuckDBConnection, sql: string, stage: string, onProgress?: Progress) {
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

export async function runMapping(options: {
  input: string;
  definitions: ClusterDefinition[];
  definitionsLabel: string;
  baseYear?: number;
  onProgress?: Progress;
  memoryLimit?: string;
}): Promise<MappingRun> {
  const { input, onProgress } = options;
  const label = path.basename(input);
  if (!existsSync(input)) throw new InputError(label, null, null, 'file not found');
  const format = formatOf(input);
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
    // 1. The input's columns. CSV codes are read as text (leading zeros kept) and measures as
    //    numbers; any value DuckDB cannot read sends us to the row-by-row check below for its line.
    let source: string;
    let typedCsv = false;
    if (format === 'csv') {
      const { statSync } = await import('node:fs');
      if (statSync(input).size === 0) throw new InputError(label, null, null, 'the file is empty');
      source = `read_csv(${sqlString(input)}, header = true, all_varchar = true, auto_detect = true)`;
      typedCsv = true;
    } else if (format === 'parquet') {
      source = `read_parquet(${sqlString(input)})`;
    } else {
      // XLSX: read in Node (sheet sizes are bounded by Excel) and hand the rows to DuckDB.
      const observations = await readObservations(await readTabular(input, label), label);
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
    const actual = new Map<string, string>();
    for (const row of described.getRowObjectsJson()) {
      const name = String(row.column_name);
      actual.set(name.trim().toLowerCase(), name);
    }
    for (const column of REQUIRED_COLUMNS)
      if (!actual.has(column))
        throw new InputError(
          label,
          1,
          column,
          msg`missing column "${column}" (required: region, industry, employment; optional: ${OPTIONAL_COLUMNS.join(', ')})`,
        );
    const MEASURES = ['employment', 'establishments', 'wages', 'year'];
    // A typed CSV read: codes as text, measures (and the year) as numbers. The year is read as a
    // decimal on purpose: DuckDB would round "2020.5" to a whole number, and such a year is an error.
    const typedSource = () => {
      const types = [...actual]
        .filter(([name]) => [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].includes(name as never))
        .map(([name, real]) => `${sqlString(real)}: '${MEASURES.includes(name) ? 'DOUBLE' : 'VARCHAR'}'`);
      return `read_csv(${sqlString(input)}, header = true, auto_detect = true, types = {${types.join(', ')}})`;
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

    // 2. The rows as typed values plus a flag for any row that breaks a rule. From a typed CSV read
    //    the flag is derived from the typed values (cheaper); text sources (XLSX, Parquet) keep it
    //    from the text, where an unreadable value is not the same as an empty one. `obs` is a view:
    //    each pass below streams the file, which costs less than materialising 15 million rows.
    const yearColumn = !hasYear
      ? 'CAST(NULL AS INTEGER)'
      : `CASE WHEN isfinite(${yearValue}) AND ${yearValue} = floor(${yearValue}) THEN CAST(${yearValue} AS INTEGER) END`;
    // Labels: a typed CSV keeps them as read (padded ones are trimmed in the region totals, which is
    // cheaper than trimming every row); other sources are trimmed here.
    const label_ = (name: string) =>
      typedCsv && actual.has(name) ? `nullif(${raw(name)}, '')` : `nullif(trim(${text(name)}), '')`;
    const typedBad = (c: string, required: boolean) =>
      required
        ? `(${c} IS NULL OR NOT isfinite(${c}) OR ${c} < 0)`
        : `coalesce(NOT isfinite(${c}) OR ${c} < 0, false)`;
    // The rule a row breaks, as an expression over obs.
    const badExpr = typedCsv
      ? `(coalesce(region, '') = '' OR coalesce(industry, '') = '' OR ${typedBad('employment', true)}
           OR ${typedBad('establishments', false)} OR ${typedBad('wages', false)} ${hasYear ? 'OR year IS NULL' : ''})`
      : 'bad';
    const textBad = `(coalesce(trim(${text('region')}), '') = '' OR coalesce(trim(${text('industry')}), '') = ''
             OR ${badNumber('employment', true)} OR ${badNumber('establishments', false)} OR ${badNumber('wages', false)}
             ${hasYear ? `OR ${yearValue} IS NULL OR NOT isfinite(${yearValue}) OR ${yearValue} <> floor(${yearValue})` : ''})`;
    // Codes are compared without surrounding spaces. Padded codes are rare, so they are trimmed
    // (and the checks run again) only when some are found: trimming every code costs more.
    let trimCodes = false;
    const code = (name: string) => (trimCodes ? `trim(${text(name)})` : text(name));
    const defineObs = () =>
      connection.run(
        `CREATE OR REPLACE VIEW obs AS SELECT
           ${code('region')} AS region,
           ${code('industry')} AS industry,
           ${num('employment')} AS employment,
           ${yearColumn} AS year,
           ${num('establishments')} AS establishments,
           ${num('wages')} AS wages,
           ${label_('region_name')} AS region_name,
           ${label_('region_type')} AS region_type
           ${typedCsv ? '' : `, ${textBad} AS bad`}
         FROM ${typedCsv ? typedSource() : source}`,
      );
    await defineObs();
    // Error path only: re-read a CSV or XLSX row by row, which throws naming the first offending
    // line and column (Parquet has no lines to name).
    const pinpointBadRow = async () => {
      if (format !== 'parquet')
        await readObservations(await readTabular(input, label), label, { keep: false });
    };
    // A value DuckDB cannot read stops the first pass that reads it: its line and column are then
    // found row by row.
    const reading = async <T>(pass: () => Promise<T>): Promise<T> => {
      try {
        return await pass();
      } catch (e) {
        if (e instanceof InputError) throw e;
        await pinpointBadRow();
        throw new InputError(label, null, null, msg`cannot be read: ${(e as Error).message.split('\n')[0]}`);
      }
    };

    // 3. Cluster definitions: each industry once (as loadDefinitions enforces), since an industry
    //    listed twice would count its rows twice below.
    const clusterOfIndustry = new Map<string, string>();
    for (const d of options.definitions) {
      const earlier = clusterOfIndustry.get(d.industry);
      if (earlier !== undefined)
        throw new InputError(
          options.definitionsLabel,
          null,
          'industry',
          msg`industry "${d.industry}" is listed more than once (clusters ${earlier} and ${d.clusterCode})`,
        );
      clusterOfIndustry.set(d.industry, d.clusterCode);
    }
    await connection.run(
      'CREATE TABLE defs (industry VARCHAR, cluster_code VARCHAR, cluster_name VARCHAR, cluster_type VARCHAR)',
    );
    const appender = await connection.createAppender('defs');
    for (const d of options.definitions) {
      appender.appendVarchar(d.industry);
      appender.appendVarchar(d.clusterCode);
      appender.appendVarchar(d.clusterName);
      if (d.clusterType) appender.appendVarchar(d.clusterType);
      else appender.appendNull();
      appender.endRow();
    }
    appender.closeSync();

    // 4. One pass over the rows gives the totals of each year × region × cluster (region_cluster),
    //    from which the region totals and the cluster employment of the measures below are summed;
    //    the same pass counts the rows that break a rule and finds duplicate region × industry ×
    //    year rows. Duplicates: the industries of each cluster are numbered in chunks of 64 and
    //    each group keeps a 64-bit mask of the industries it saw, so a group has a duplicate when
    //    it has more rows than bits set (far cheaper than hashing every key). Industries that no
    //    cluster covers are grouped one by one (a duplicate is a group of more than one row) and
    //    give the note on uncovered industries; an input mostly outside the definitions therefore
    //    costs more, as every key is then hashed.
    await connection.run(
      `CREATE TABLE industry_map AS
       WITH numbered AS (
         SELECT industry, cluster_code,
           CAST(row_number() OVER (PARTITION BY cluster_code ORDER BY industry) - 1 AS INTEGER) AS n
         FROM defs)
       SELECT industry, cluster_code, CAST(n % 64 AS UTINYINT) AS bit,
         CAST(dense_rank() OVER (ORDER BY cluster_code, n // 64) AS INTEGER) AS chunk
       FROM numbered`,
    );
    // From a typed CSV the rules are checked on cheap aggregates (counts of missing values, minima,
    // and the totals themselves: a sum is not finite when a value is not); the exact number of
    // offending rows is counted only when one exists (error path). Optional columns the file lacks
    // are not aggregated; the year and empty industry codes (which match no definition) are keys of
    // the totals, so neither costs an aggregate over the rows.
    const hasEst = actual.has('establishments');
    const hasWages = actual.has('wages');
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
    const runChecks = async () => {
      await step(
        connection,
        `CREATE OR REPLACE TABLE region_cluster AS
         SELECT year, region, m.chunk, CASE WHEN m.chunk IS NULL THEN industry END AS uncovered,
           any_value(m.cluster_code) AS cluster_code,
           ${actual.has('region_name') ? 'any_value(region_name)' : 'CAST(NULL AS VARCHAR)'} AS region_name,
           ${actual.has('region_type') ? 'any_value(region_type)' : 'CAST(NULL AS VARCHAR)'} AS region_type,
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
      const summary = (
        await connection.runAndReadAll(
          `SELECT coalesce(sum(n), 0) AS n, coalesce(${ruleBroken}, false) AS broken, coalesce(sum(n_est), 0) > 0 AS has_est,
             count(*) FILTER (WHERE starts_with(region, ' ') OR ends_with(region, ' ')) AS padded_regions,
             count(*) FILTER (WHERE starts_with(uncovered, ' ') OR ends_with(uncovered, ' ')) AS padded_industries,
             coalesce(sum(duplicates), 0) + coalesce(sum(n - 1) FILTER (WHERE uncovered IS NOT NULL), 0) AS duplicates
           FROM region_cluster`,
        )
      ).getRowObjectsJson()[0]! as Record<string, unknown>;
      const bad = !summary.broken
        ? 0
        : Number(
            (
              await connection.runAndReadAll(`SELECT count(*) FILTER (WHERE ${badExpr}) AS bad FROM obs`)
            ).getRowObjectsJson()[0]!.bad,
          );
      return { ...summary, bad } as Record<string, unknown> & { bad: number };
    };
    const check = () => reading(runChecks);
    let checks = await check();
    // Padded regions and industries are found among the keys of the totals (a padded industry
    // matches no definition), so both cost next to nothing to find.
    if (Number(checks.padded_regions) > 0 || Number(checks.padded_industries) > 0) {
      trimCodes = true;
      await defineObs();
      checks = await check();
    }
    const inputRows = Number(checks.n);
    if (inputRows === 0) throw new InputError(label, null, null, 'the file has a header but no rows');
    const duplicates = Number(checks.duplicates);
    if (Number(checks.bad) > 0 || duplicates > 0) {
      await pinpointBadRow();
      if (Number(checks.bad) > 0 || format === 'parquet')
        throw new InputError(
          label,
          null,
          null,
          msg`${checks.bad} row(s) with an empty code or a missing, non-numeric or negative value, and ${duplicates} duplicate region × industry × year combination(s)`,
        );
    }
    const establishmentsCriterion = Boolean(checks.has_est);
    // The region totals (every industry counts, clustered or not). Region names and types are used
    // from here only: trimming them here is enough.
    await connection.run(
      `CREATE TABLE region_tot AS
       SELECT year, region, any_value(region_name) AS region_name, any_value(region_type) AS region_type, sum(e) AS e_r
       FROM region_cluster GROUP BY year, region`,
    );
    if (typedCsv)
      await connection.run(
        `UPDATE region_tot SET region_name = nullif(trim(region_name), ''), region_type = nullif(trim(region_type), '')
         WHERE region_name <> trim(region_name) OR region_type <> trim(region_type)`,
      );

    const matched = (
      await connection.runAndReadAll('SELECT count(*) AS n FROM region_cluster WHERE chunk IS NOT NULL')
    ).getRowObjectsJson()[0]!;
    if (Number(matched.n) === 0)
      throw new InputError(
        options.definitionsLabel,
        null,
        'industry',
        msg`none of the ${options.definitions.length} industry codes of the definitions matches an industry of ${label}: check that both use the same classification`,
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
        label,
        null,
        'year',
        msg`base year ${options.baseYear} is not in the input (years: ${years.join(', ')})`,
      );

    // 5. The measures (same rules as mapClusters in @agglomera/methods), with the growth since the
    //    base year: the change in employment and the compound annual growth rate. The ranks are
    //    computed on the narrow rows of `base` and the base-year employment is joined, not windowed:
    //    each window over the wide, named rows would sort them once more.
    const growthColumns =
      baseYear === null
        ? 'CAST(NULL AS DOUBLE) AS employment_change, CAST(NULL AS DOUBLE) AS cagr'
        : `CASE WHEN b.year <> ${baseYear} THEN b.employment - coalesce(g.base_employment, 0) END AS employment_change,
           CASE WHEN b.year > ${baseYear} AND g.base_employment > 0
             THEN pow(b.employment / g.base_employment, 1.0 / (b.year - ${baseYear})) - 1 END AS cagr`;
    await step(
      connection,
      `CREATE TABLE records AS
       WITH tot AS (SELECT year, sum(e_r) AS e FROM region_tot GROUP BY year),
       rc AS (
         SELECT year, region, cluster_code, sum(e) AS e_rc, sum(est) AS est, sum(wages) AS wages
         FROM region_cluster WHERE cluster_code IS NOT NULL GROUP BY year, region, cluster_code),
       ctot AS (SELECT year, cluster_code, sum(e_rc) AS e_c FROM rc GROUP BY year, cluster_code HAVING sum(e_rc) > 0),
       clusters AS (SELECT cluster_code, any_value(cluster_name) AS cluster_name, any_value(cluster_type) AS cluster_type FROM defs GROUP BY cluster_code),
       base AS (
         SELECT r.year, r.region, r.region_name, r.region_type, c.cluster_code,
           coalesce(x.e_rc, 0) AS employment,
           ${establishmentsCriterion ? 'coalesce(x.est, 0)' : 'CAST(NULL AS DOUBLE)'} AS establishments,
           x.wages,
           CASE WHEN r.e_r > 0 AND c.e_c > 0 AND t.e > 0 THEN coalesce(x.e_rc, 0) / r.e_r / (c.e_c / t.e) END AS lq,
           coalesce(x.e_rc, 0) / c.e_c AS share
         FROM region_tot r
         JOIN ctot c ON c.year IS NOT DISTINCT FROM r.year
         JOIN tot t ON t.year IS NOT DISTINCT FROM r.year
         LEFT JOIN rc x ON x.year IS NOT DISTINCT FROM r.year AND x.region = r.region AND x.cluster_code = c.cluster_code),
       ranked AS (
         SELECT *,
           CASE WHEN lq IS NOT NULL THEN rank() OVER (PARTITION BY year, region ORDER BY lq DESC NULLS LAST) END AS rank,
           rank() OVER (PARTITION BY year, region ORDER BY employment DESC) AS employment_rank
         FROM base),
       thresholds AS (
         SELECT year, cluster_code, region_type,
           quantile_cont(lq, 0.75) FILTER (WHERE employment > 0) AS lq75,
           quantile_cont(lq, 0.90) FILTER (WHERE employment > 0) AS lq90,
           quantile_cont(employment, 0.25) FILTER (WHERE employment > 0) AS emp25,
           quantile_cont(establishments, 0.25) FILTER (WHERE employment > 0) AS est25
         FROM base GROUP BY year, cluster_code, region_type)
       SELECT b.year, b.region, b.region_name, b.region_type, b.cluster_code, cl.cluster_name, cl.cluster_type,
         b.employment, b.establishments, b.wages,
         CASE WHEN b.wages IS NOT NULL AND b.employment > 0 THEN b.wages / b.employment END AS average_wage,
         b.lq, b.share, b.rank, b.employment_rank,
         coalesce(b.employment > 0 AND b.lq >= th.lq75 AND b.lq >= 1 AND b.employment > th.emp25
           ${establishmentsCriterion ? 'AND b.establishments > th.est25' : ''}, false) AS strong,
         coalesce(b.employment > 0 AND b.lq >= th.lq90 AND b.lq >= 1 AND b.employment > th.emp25
           ${establishmentsCriterion ? 'AND b.establishments > th.est25' : ''}, false) AS strong90,
         ${growthColumns}
       FROM ranked b
       JOIN clusters cl ON cl.cluster_code = b.cluster_code
       JOIN thresholds th ON th.year IS NOT DISTINCT FROM b.year AND th.cluster_code = b.cluster_code
         AND th.region_type IS NOT DISTINCT FROM b.region_type
       ${
         baseYear === null
           ? ''
           : `LEFT JOIN (SELECT region, cluster_code, employment AS base_employment FROM base WHERE year = ${baseYear}) g
                ON g.region = b.region AND g.cluster_code = b.cluster_code`
       }`,
      'computing clusters',
      onProgress,
    );
    const uncovered = (
      await connection.runAndReadAll(
        `SELECT uncovered AS industry, sum(e) AS employment FROM region_cluster WHERE uncovered IS NOT NULL
         GROUP BY uncovered ORDER BY employment DESC, industry`,
      )
    )
      .getRowObjectsJson()
      .map((r) => ({ industry: String(r.industry), employment: Number(r.employment) }));
    const count = (
      await connection.runAndReadAll('SELECT count(*) AS n FROM records')
    ).getRowObjectsJson()[0]!;
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

/** Writes the records as CSV or JSON (an array) with DuckDB's writer. */
export async function writeRecords(
  run: MappingRun,
  options: { format: 'csv' | 'json'; out: string; year?: number; onProgress?: Progress },
): Promise<void> {
  const where = options.year !== undefined ? `WHERE year = ${Number(options.year)}` : '';
  const format = options.format === 'csv' ? 'FORMAT CSV, HEADER true' : 'FORMAT JSON, ARRAY true';
  await step(
    run.connection,
    `COPY (SELECT ${RECORD_COLUMNS.join(', ')} FROM records ${where} ORDER BY year, region, cluster_code) TO ${sqlString(options.out)} (${format})`,
    'writing output',
    options.onProgress,
  );
}
