/**
 * Step 5, strong clusters: the US Cluster Mapping Project "strong cluster" test (Delgado, Porter and
 * Stern 2016; strongThresholds and isStrong in @agglomera/methods), as SQL that computeMeasures
 * joins into its one statement (no pass of its own). Among the regions of the same type with
 * positive cluster employment, a region's cluster is strong when LQ ≥ P75(LQ), LQ ≥ 1, employment >
 * P25(employment) and, when the input gives establishments, establishments > P25(establishments);
 * strong90 uses P90(LQ).
 */

/** The thresholds of each year × cluster × region type, over the rows of `base`. */
export const STRONG_THRESHOLDS = `SELECT year, cluster_code, region_type,
           quantile_cont(lq, 0.75) FILTER (WHERE employment > 0) AS lq75,
           quantile_cont(lq, 0.90) FILTER (WHERE employment > 0) AS lq90,
           quantile_cont(employment, 0.25) FILTER (WHERE employment > 0) AS emp25,
           quantile_cont(establishments, 0.25) FILTER (WHERE employment > 0) AS est25
         FROM base GROUP BY year, cluster_code, region_type`;

/** The test at a percentile of LQ (`lq75` or `lq90` of the thresholds `th`) for the row `b`. */
export const isStrongCluster = (lqThreshold: 'lq75' | 'lq90', establishmentsCriterion: boolean) =>
  `coalesce(b.employment > 0 AND b.lq >= th.${lqThreshold} AND b.lq >= 1 AND b.employment > th.emp25
           ${establishmentsCriterion ? 'AND b.establishments > th.est25' : ''}, false)`;
