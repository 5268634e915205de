// The baseline: the same computation as one hand-written DuckDB SQL query over the same file,
// writing the same records (the 19 columns of `agglomera map`, in the same order). The generated
// file has no region_name or wages column, so those columns are empty here as in ours.
import { DuckDBInstance } from '@duckdb/node-api';

const [input, definitions, out] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const c = await instance.connect();
const t0 = performance.now();
await c.run(`
COPY (
WITH obs AS (SELECT * FROM read_csv('${input}', header = true)),
defs AS (SELECT CAST(naics2007 AS VARCHAR) AS industry, CAST(cluster_code AS VARCHAR) AS cluster_code, cluster_name, cluster_type
         FROM read_csv('${definitions}', header = true)),
clusters AS (SELECT cluster_code, any_value(cluster_name) AS cluster_name, any_value(cluster_type) AS cluster_type FROM defs GROUP BY ALL),
region_tot AS (SELECT year, region, any_value(region_type) AS region_type, sum(employment) AS e_r FROM obs GROUP BY ALL),
tot AS (SELECT year, sum(employment) AS e FROM obs GROUP BY ALL),
rc AS (SELECT o.year, o.region, d.cluster_code, sum(employment) AS e_rc, sum(establishments) AS est
       FROM obs o JOIN defs d ON CAST(o.industry AS VARCHAR) = d.industry GROUP BY ALL),
ctot AS (SELECT year, cluster_code, sum(e_rc) AS e_c FROM rc GROUP BY ALL HAVING sum(e_rc) > 0),
base AS (SELECT r.year, r.region, r.region_type, c.cluster_code, coalesce(x.e_rc, 0) AS employment, coalesce(x.est, 0) AS establishments,
           coalesce(x.e_rc, 0) / r.e_r / (c.e_c / t.e) AS lq, coalesce(x.e_rc, 0) / c.e_c AS share
         FROM region_tot r JOIN ctot c USING (year) JOIN tot t USING (year)
         LEFT JOIN rc x ON x.year = r.year AND x.region = r.region AND x.cluster_code = c.cluster_code),
th AS (SELECT year, cluster_code, region_type,
         quantile_cont(lq, 0.75) FILTER (WHERE employment > 0) AS lq75, quantile_cont(lq, 0.9) FILTER (WHERE employment > 0) AS lq90,
         quantile_cont(employment, 0.25) FILTER (WHERE employment > 0) AS e25, quantile_cont(establishments, 0.25) FILTER (WHERE employment > 0) AS s25
       FROM base GROUP BY ALL),
ranked AS (SELECT b.*, rank() OVER (PARTITION BY b.year, b.region ORDER BY b.lq DESC) AS rank,
         rank() OVER (PARTITION BY b.year, b.region ORDER BY b.employment DESC) AS employment_rank,
         b.employment > 0 AND b.lq >= th.lq75 AND b.lq >= 1 AND b.employment > th.e25 AND b.establishments > th.s25 AS strong,
         b.employment > 0 AND b.lq >= th.lq90 AND b.lq >= 1 AND b.employment > th.e25 AND b.establishments > th.s25 AS strong90
       FROM base b JOIN th USING (year, cluster_code, region_type))
SELECT r.year, r.region, NULL AS region_name, r.region_type, r.cluster_code, cl.cluster_name, cl.cluster_type,
       r.employment, r.establishments, NULL AS wages, NULL AS average_wage, r.lq, r.share, r.rank, r.employment_rank,
       CASE WHEN r.year > 2019 THEN r.employment - coalesce(f.employment, 0) END AS employment_change,
       CASE WHEN f.employment > 0 AND r.year > 2019 THEN pow(r.employment / f.employment, 1.0 / (r.year - 2019)) - 1 END AS cagr,
       r.strong, r.strong90
FROM ranked r JOIN clusters cl USING (cluster_code)
LEFT JOIN ranked f ON f.year = 2019 AND f.region = r.region AND f.cluster_code = r.cluster_code
ORDER BY year, region, cluster_code
) TO '${out}' (FORMAT CSV, HEADER true)`);
process.stdout.write(String(performance.now() - t0));
