import type { DuckDBConnection } from '@duckdb/node-api';
import { runWithProgress, type Progress } from './sql.js';
import { STRONG_THRESHOLDS, isStrongCluster } from './strong-clusters.js';

/*
 * The rules of the measures, as SQL over one region × cluster row: the same rules as mapClusters in
 * @agglomera/methods, each named after its function there. In the rows of `base`, r is the region's
 * total (e_r), c the cluster's total (e_c), t the year's total (e) and x the region × cluster total
 * (e_rc, absent when the region has none of the cluster).
 */

/** LQ = (e_rc / e_r) / (E_c / E); null when a denominator is zero. */
const LOCATION_QUOTIENT =
  'CASE WHEN r.e_r > 0 AND c.e_c > 0 AND t.e > 0 THEN coalesce(x.e_rc, 0) / r.e_r / (c.e_c / t.e) END';

/** Share of the cluster's employment: e_rc / E_c (clusters without employment have no rows). */
const SHARE_OF_CLUSTER = 'coalesce(x.e_rc, 0) / c.e_c';

/** Specialisation rank within the region and year (by LQ, 1 = most specialised), and the rank by employment. */
const RANKS = `CASE WHEN lq IS NOT NULL THEN rank() OVER (PARTITION BY year, region ORDER BY lq DESC NULLS LAST) END AS rank,
           rank() OVER (PARTITION BY year, region ORDER BY employment DESC) AS employment_rank`;

/** Average wage: wages / employment, when both are known and employment is positive. */
const AVERAGE_WAGE = 'CASE WHEN b.wages IS NOT NULL AND b.employment > 0 THEN b.wages / b.employment END';

/**
 * Growth since the base year: the change in employment and the compound annual growth rate
 * (compoundAnnualGrowth), from the base-year employment `g.base_employment`.
 */
const growth = (baseYear: number | null) =>
  baseYear === null
    ? 'CAST(NULL AS DOUBLE) AS employment_change, CAST(NULL AS DOUBLE) AS cagr'
    : `CASE WHEN b.year <> ${baseYear} THEN b.employment - coalesce(g.base_employment, 0) END AS employment_change,
           CASE WHEN b.year > ${baseYear} AND g.base_employment > 0
             THEN pow(b.employment / g.base_employment, 1.0 / (b.year - ${baseYear})) - 1 END AS cagr`;

/**
 * Step 4, measures: table `records`, one row per year × region × cluster with the employment,
 * establishments and wages, the location quotient, the share of the cluster, the ranks, the
 * strong-cluster test (./strong-clusters.ts) and the growth since the base year, in one statement
 * over the totals. The ranks are computed on the narrow rows of `base` and the base-year employment
 * is joined, not windowed: each window over the wide, named rows would sort them once more.
 */
export async function computeMeasures(
  connection: DuckDBConnection,
  options: { baseYear: number | null; establishmentsCriterion: boolean },
  onProgress?: Progress,
): Promise<void> {
  const { baseYear, establishmentsCriterion } = options;
  await runWithProgress(
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
           ${LOCATION_QUOTIENT} AS lq,
           ${SHARE_OF_CLUSTER} AS share
         FROM region_tot r
         JOIN ctot c ON c.year IS NOT DISTINCT FROM r.year
         JOIN tot t ON t.year IS NOT DISTINCT FROM r.year
         LEFT JOIN rc x ON x.year IS NOT DISTINCT FROM r.year AND x.region = r.region AND x.cluster_code = c.cluster_code),
       ranked AS (
         SELECT *,
           ${RANKS}
         FROM base),
       thresholds AS (
         ${STRONG_THRESHOLDS})
       SELECT b.year, b.region, b.region_name, b.region_type, b.cluster_code, cl.cluster_name, cl.cluster_type,
         b.employment, b.establishments, b.wages,
         ${AVERAGE_WAGE} AS average_wage,
         b.lq, b.share, b.rank, b.employment_rank,
         ${isStrongCluster('lq75', establishmentsCriterion)} AS strong,
         ${isStrongCluster('lq90', establishmentsCriterion)} AS strong90,
         ${growth(baseYear)}
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
}
