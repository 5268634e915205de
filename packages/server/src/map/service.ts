import {
  mapClusters,
  compoundAnnualGrowth,
  MAPPING_LIMITS,
  type ClusterDefinition,
} from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { usRegionNames } from './us-regions.js';
import { loadDefinitions, loadRelatedClusters, type RelatedCluster } from './definitions.js';
import { readObservations } from './observations.js';
import { InputError, readTabular } from './tabular.js';
import { msg } from '../i18n/index.js';

/** Uploads through the web app are for regional datasets; national ones go through `agglomera map`. */
export const MAX_UPLOAD_ROWS = 300_000;

export async function importDataset(
  db: Database,
  workspaceId: string,
  userId: string,
  input: {
    name: string;
    data: { path: string; label: string };
    definitions: 'us-benchmark' | { path: string; label: string };
  },
) {
  const observations = await readObservations(
    await readTabular(input.data.path, input.data.label),
    input.data.label,
    {
      maxRows: MAX_UPLOAD_ROWS,
    },
  );
  const definitionsLabel = input.definitions === 'us-benchmark' ? 'us-benchmark' : input.definitions.label;
  let definitions: ClusterDefinition[];
  try {
    definitions = await loadDefinitions(
      input.definitions === 'us-benchmark' ? 'us-benchmark' : input.definitions.path,
    );
  } catch (e) {
    // Name the uploaded definitions file as the user knows it, not the server's temporary copy.
    if (e instanceof InputError && input.definitions !== 'us-benchmark')
      throw new InputError(input.definitions.label, e.line, e.column, e.problem);
    throw e;
  }
  const codes = new Set(definitions.map((d) => d.industry));
  if (!observations.some((o) => codes.has(o.industry)))
    throw new InputError(
      definitionsLabel,
      null,
      'industry',
      msg`none of the ${definitions.length} industry codes of the definitions matches an industry of ${input.data.label}: check that both use the same classification`,
    );
  const result = mapClusters(observations, definitions);
  if (input.definitions === 'us-benchmark') {
    // US benchmark data without region names: the states and counties named by their FIPS codes.
    const named = usRegionNames();
    for (const r of result.records) if (!r.regionName) r.regionName = named.get(r.region) ?? null;
  }
  const years = [
    ...new Set(observations.map((o) => o.year).filter((y): y is number => y !== null && y !== undefined)),
  ].sort();
  return db.transaction().execute(async (trx) => {
    const dataset = await trx
      .insertInto('map_datasets')
      .values({
        workspace_id: workspaceId,
        name: input.name,
        file_name: input.data.label,
        definitions: definitionsLabel,
        input_rows: observations.length,
        years,
        base_year: result.baseYear,
        establishments_criterion: result.establishmentsCriterion,
        uncovered: JSON.stringify(result.uncoveredIndustries),
        created_by: userId,
      })
      .returning(['id', 'name', 'created_at'])
      .executeTakeFirstOrThrow();
    const rows = result.records.map((r) => ({
      dataset_id: dataset.id,
      year: r.year,
      region: r.region,
      region_name: r.regionName,
      region_type: r.regionType,
      cluster_code: r.clusterCode,
      cluster_name: r.clusterName,
      cluster_type: r.clusterType,
      employment: r.employment,
      establishments: r.establishments,
      wages: r.wages,
      average_wage: r.averageWage,
      lq: r.lq,
      share: r.share,
      rank: r.rank,
      employment_rank: r.employmentRank,
      employment_change: r.employmentChange,
      cagr: r.cagr,
      strong: r.strong,
      strong90: r.strong90,
    }));
    for (let i = 0; i < rows.length; i += 1000)
      await trx
        .insertInto('map_records')
        .values(rows.slice(i, i + 1000))
        .execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'map.dataset.import',
      entity: 'map_dataset',
      entityId: dataset.id,
      newValue: {
        name: input.name,
        file: input.data.label,
        definitions: definitionsLabel,
        rows: observations.length,
        records: rows.length,
      },
    });
    return {
      ...dataset,
      records: rows.length,
      inputRows: observations.length,
      uncoveredIndustries: result.uncoveredIndustries.length,
    };
  });
}

export async function getDataset(db: Database, workspaceId: string, datasetId: string) {
  const dataset = await db
    .selectFrom('map_datasets')
    .selectAll()
    .where('id', '=', datasetId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!dataset) throw notFound('Dataset');
  return dataset;
}

export async function describeDataset(db: Database, workspaceId: string, datasetId: string) {
  const dataset = await getDataset(db, workspaceId, datasetId);
  const regions = await db
    .selectFrom('map_records')
    .select([
      'region',
      (eb) => eb.fn.max('region_name').as('region_name'),
      (eb) => eb.fn.max('region_type').as('region_type'),
    ])
    .where('dataset_id', '=', datasetId)
    .groupBy('region')
    .orderBy('region')
    .execute();
  const clusters = await db
    .selectFrom('map_records')
    .select([
      'cluster_code',
      (eb) => eb.fn.max('cluster_name').as('cluster_name'),
      (eb) => eb.fn.max('cluster_type').as('cluster_type'),
    ])
    .where('dataset_id', '=', datasetId)
    .groupBy('cluster_code')
    .orderBy('cluster_code')
    .execute();
  const usKind = regions.every((r) => /^\d{2}$/.test(r.region))
    ? 'us-states'
    : regions.every((r) => /^\d{5}$/.test(r.region))
      ? 'us-counties'
      : null;
  return { ...dataset, regions, clusters, limits: MAPPING_LIMITS, builtInGeography: usKind };
}

const latestYear = (years: number[]) => (years.length ? Math.max(...years) : null);
const yearFilter = (year: number | null) => (year === null ? null : year);

async function recordsFor(db: Database, datasetId: string, year: number | null) {
  let q = db.selectFrom('map_records').selectAll().where('dataset_id', '=', datasetId);
  q = year === null ? q.where('year', 'is', null) : q.where('year', '=', year);
  return q;
}

let relatedCache: Promise<RelatedCluster[]> | undefined;
const related = () => (relatedCache ??= loadRelatedClusters());

export async function regionProfile(
  db: Database,
  workspaceId: string,
  datasetId: string,
  region: string,
  yearParam?: number,
) {
  const dataset = await getDataset(db, workspaceId, datasetId);
  const year = yearFilter(yearParam ?? latestYear(dataset.years));
  const rows = await (await recordsFor(db, datasetId, year)).where('region', '=', region).execute();
  if (!rows.length) throw notFound(msg`Region "${region}" in this dataset`);
  const byLq = [...rows]
    .filter((r) => r.lq !== null)
    .sort((a, b) => b.lq! - a.lq!)
    .slice(0, 10);
  const byEmployment = [...rows].sort((a, b) => b.employment - a.employment).slice(0, 10);
  // Related clusters (US benchmark relatedness, joined on cluster name) that the region also has.
  const present = new Map(rows.filter((r) => r.employment > 0).map((r) => [r.cluster_name, r]));
  const relatedPairs = dataset.definitions === 'us-benchmark' ? await related() : [];
  const relatedPresent = rows
    .filter((r) => r.strong)
    .map((r) => ({
      cluster: r.cluster_name,
      related: relatedPairs
        .filter((p) => p.clusterName === r.cluster_name && present.has(p.relatedClusterName))
        .map((p) => ({
          cluster: p.relatedClusterName,
          percentile: p.relatednessPercentile,
          lq: present.get(p.relatedClusterName)!.lq,
          strong: present.get(p.relatedClusterName)!.strong,
        })),
      hasRelatednessData: relatedPairs.some((p) => p.clusterName === r.cluster_name),
    }));
  return {
    region,
    regionName: rows[0]!.region_name,
    year,
    topByLq: byLq,
    topByEmployment: byEmployment,
    strongCount: rows.filter((r) => r.strong).length,
    related: relatedPresent,
    limits: MAPPING_LIMITS,
  };
}

export async function clusterProfile(
  db: Database,
  workspaceId: string,
  datasetId: string,
  clusterCode: string,
  yearParam?: number,
) {
  const dataset = await getDataset(db, workspaceId, datasetId);
  const year = yearFilter(yearParam ?? latestYear(dataset.years));
  const rows = await (
    await recordsFor(db, datasetId, year)
  )
    .where('cluster_code', '=', clusterCode)
    .execute();
  if (!rows.length) throw notFound(msg`Cluster "${clusterCode}" in this dataset`);
  return {
    clusterCode,
    clusterName: rows[0]!.cluster_name,
    year,
    totalEmployment: rows.reduce((s, r) => s + r.employment, 0),
    topByLq: [...rows]
      .filter((r) => r.lq !== null)
      .sort((a, b) => b.lq! - a.lq!)
      .slice(0, 10),
    topByEmployment: [...rows].sort((a, b) => b.employment - a.employment).slice(0, 10),
    strongRegions: rows.filter((r) => r.strong).length,
    limits: MAPPING_LIMITS,
  };
}

export async function compareRegions(
  db: Database,
  workspaceId: string,
  datasetId: string,
  regions: string[],
  yearParam?: number,
) {
  const dataset = await getDataset(db, workspaceId, datasetId);
  const year = yearFilter(yearParam ?? latestYear(dataset.years));
  const rows = await (await recordsFor(db, datasetId, year)).where('region', 'in', regions).execute();
  const missing = regions.filter((r) => !rows.some((x) => x.region === r));
  if (missing.length) throw notFound(msg`Region(s) ${missing.join(', ')} in this dataset`);
  const clusters = new Map<
    string,
    {
      clusterCode: string;
      clusterName: string;
      values: Record<string, { lq: number | null; employment: number; strong: boolean }>;
    }
  >();
  for (const r of rows) {
    const c = clusters.get(r.cluster_code) ?? {
      clusterCode: r.cluster_code,
      clusterName: r.cluster_name,
      values: {},
    };
    c.values[r.region] = { lq: r.lq, employment: r.employment, strong: r.strong };
    clusters.set(r.cluster_code, c);
  }
  const maxLq = (c: { values: Record<string, { lq: number | null }> }) =>
    Math.max(...Object.values(c.values).map((v) => v.lq ?? 0));
  return { year, regions, clusters: [...clusters.values()].sort((a, b) => maxLq(b) - maxLq(a)) };
}

export async function growth(
  db: Database,
  workspaceId: string,
  datasetId: string,
  filter: { region?: string; cluster?: string; from?: number; to?: number },
) {
  const dataset = await getDataset(db, workspaceId, datasetId);
  const years = dataset.years;
  const from = filter.from ?? years[0] ?? null;
  const to = filter.to ?? latestYear(years);
  let q = db
    .selectFrom('map_records')
    .select(['year', (eb) => eb.fn.sum<number>('employment').as('employment')])
    .where('dataset_id', '=', datasetId)
    .where('year', 'is not', null);
  if (filter.region) q = q.where('region', '=', filter.region);
  if (filter.cluster) q = q.where('cluster_code', '=', filter.cluster);
  const series = (await q.groupBy('year').orderBy('year').execute()).map((r) => ({
    year: r.year!,
    employment: Number(r.employment),
  }));
  const at = (y: number | null) => series.find((s) => s.year === y)?.employment ?? null;
  const start = at(from);
  const end = at(to);
  return {
    from,
    to,
    series,
    change: start !== null && end !== null ? end - start : null,
    cagr:
      start !== null && end !== null && from !== null && to !== null
        ? compoundAnnualGrowth(start, end, to - from)
        : null,
  };
}
