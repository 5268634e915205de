import type { DuckDBConnection } from '@duckdb/node-api';
import type { ClusterDefinition } from '@agglomera/methods';
import { InputError } from '../tabular.js';
import { msg } from '../../i18n/index.js';

/**
 * The cluster definitions as tables: `defs` (industry → cluster) and `industry_map`, which numbers
 * the industries of each cluster in chunks of 64 for the duplicate check of checkRows. Each industry
 * is listed once (as loadDefinitions enforces), since an industry listed twice would count its rows
 * twice.
 */
export async function storeClusterDefinitions(
  connection: DuckDBConnection,
  definitions: ClusterDefinition[],
  definitionsLabel: string,
): Promise<void> {
  const clusterOfIndustry = new Map<string, string>();
  for (const d of definitions) {
    const earlier = clusterOfIndustry.get(d.industry);
    if (earlier !== undefined)
      throw new InputError(
        definitionsLabel,
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
  for (const d of definitions) {
    appender.appendVarchar(d.industry);
    appender.appendVarchar(d.clusterCode);
    appender.appendVarchar(d.clusterName);
    if (d.clusterType) appender.appendVarchar(d.clusterType);
    else appender.appendNull();
    appender.endRow();
  }
  appender.closeSync();
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
}
