import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ClusterDefinition } from '@agglomera/methods';
import { InputError, readTabular } from './tabular.js';
import { msg } from '../i18n/index.js';

export const US_BENCHMARK_FILE = fileURLToPath(
  new URL('../reference-data/us-cluster-definitions-naics2007.csv', import.meta.url),
);
export const US_RELATED_FILE = fileURLToPath(
  new URL('../reference-data/us-related-clusters.csv', import.meta.url),
);

/**
 * Cluster definitions: the shipped US benchmark (`us-benchmark`) or a user's crosswalk CSV/XLSX with
 * cluster_code, cluster_name, industry and optional cluster_type. An industry may belong to one
 * cluster only; a second assignment is an error naming its line.
 */
export async function loadDefinitions(source: string): Promise<ClusterDefinition[]> {
  const usBenchmark = source === 'us-benchmark';
  const file = usBenchmark ? US_BENCHMARK_FILE : source;
  const label = usBenchmark ? 'us-benchmark' : path.basename(source);
  const table = await readTabular(file, label);
  const industryColumn = usBenchmark ? 'naics2007' : 'industry';
  for (const column of ['cluster_code', 'cluster_name', industryColumn])
    if (!table.header.includes(column))
      throw new InputError(
        label,
        1,
        column,
        msg`missing column "${column}" (definitions need cluster_code, cluster_name, industry and optionally cluster_type)`,
      );
  const seen = new Map<string, number>();
  const definitions: ClusterDefinition[] = [];
  for await (const { line, values } of table.rows) {
    const industry = values[industryColumn]!.trim();
    const clusterCode = values.cluster_code!.trim();
    const clusterName = values.cluster_name!.trim();
    if (!industry) throw new InputError(label, line, industryColumn, 'industry code is empty');
    if (!clusterCode) throw new InputError(label, line, 'cluster_code', 'cluster code is empty');
    if (!clusterName) throw new InputError(label, line, 'cluster_name', 'cluster name is empty');
    const earlier = seen.get(industry);
    if (earlier !== undefined)
      throw new InputError(
        label,
        line,
        industryColumn,
        msg`industry "${industry}" is already assigned to a cluster on line ${earlier}`,
      );
    seen.set(industry, line);
    definitions.push({
      clusterCode,
      clusterName,
      industry,
      clusterType: values.cluster_type?.trim() || null,
    });
  }
  if (!definitions.length) throw new InputError(label, null, null, 'the definitions file has no rows');
  return definitions;
}

export interface RelatedCluster {
  clusterName: string;
  relatedClusterName: string;
  relatednessScore: number;
  relatednessPercentile: number;
}

/** Related clusters of the US benchmark (flagged related pairs, excluding a cluster with itself). */
export async function loadRelatedClusters(): Promise<RelatedCluster[]> {
  const table = await readTabular(US_RELATED_FILE, 'us-related-clusters');
  const related: RelatedCluster[] = [];
  for await (const { values } of table.rows) {
    if (values.related_flag !== '1' || values.cluster_name === values.related_cluster_name) continue;
    related.push({
      clusterName: values.cluster_name!,
      relatedClusterName: values.related_cluster_name!,
      relatednessScore: Number(values.relatedness_score),
      relatednessPercentile: Number(values.relatedness_percentile),
    });
  }
  return related;
}
