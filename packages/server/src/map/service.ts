import { compoundAnnualGrowth, MAPPING_LIMITS } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { loadRelatedClusters, type RelatedCluster } from './definitions.js';
import { RECORD_COLUMNS, type ComputedMapping, type MappingInput } from './compute.js';
import { runInThread } from '../jobs/threads.js';
import { msg } from '../i18n/index.js';

export { MAX_UPLOAD_ROWS } from './compute.js';

export async function importDataset(
  db: Database,
  workspaceId: string,
  userId: string,
  input: MappingInput & { name: string },
) {
  // Seconds of synchronous work for a large file: in a worker thread, so that the other requests
  // (and on the embedded database, every other workspace) go on meanwhile (jobs/threads.ts).
  const computed = await runInThread<ComputedMapping>(
    new URL('./compute.ts', import.meta.url),
    'computeMapping',
    { data: input.data, definitions: input.definitions } satisfies MappingInput,
  );
  const { definitionsLabel } = computed;
  // The dataset is written in short transactions, a chunk of records each, so that the embedded
  // database (one query at a time) serves the other workspaces in between: one transaction around
  // every record held them for seconds (bench/upload). It stays unseen (writing_since) until its
  // last record is written, is removed if a chunk fails, and the hourly purge removes one whose
  // writing a crash stopped (removeUnfinishedDatasets): all-or-nothing as the reader sees it.
  const dataset = await db
    .insertInto('map_datasets')
    .values({
      workspace_id: workspaceId,
      name: input.name,
      file_name: input.data.label,
      definitions: definitionsLabel,
      input_rows: computed.inputRows,
      years: computed.years,
      base_year: computed.baseYear,
      establishments_criterion: computed.establishmentsCriterion,
      uncovered: JSON.stringify(computed.uncoveredIndustries),
      created_by: userId,
      writing_since: new Date(),
    })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
  try {
    // A chunk per statement, as one JSON parameter that PostgreSQL turns into rows
    // (jsonb_populate_recordset casts each column as the table declares it).
    const columns = sql.join(RECORD_COLUMNS.map((c) => sql.ref(c)));
    for (const chunk of computed.recordChunks) {
      await sql`INSERT INTO map_records (dataset_id, ${columns}) SELECT ${dataset.id}::uuid, ${columns}
        FROM jsonb_populate_recordset(null::map_records, ${chunk}::jsonb)`.execute(db);
      // The embedded database runs each statement in this thread and answers in a microtask: let
      // the requests that arrived meanwhile in before the next chunk.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('map_datasets')
        .set({ writing_since: null })
        .where('id', '=', dataset.id)
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
          rows: computed.inputRows,
          records: computed.recordCount,
        },
      });
    });
  } catch (e) {
    await db.deleteFrom('map_datasets').where('id', '=', dataset.id).execute();
    throw e;
  }
  return {
    ...dataset,
    created_at: new Date(dataset.created_at).toISOString(),
    records: computed.recordCount,
    inputRows: computed.inputRows,
    uncoveredIndustries: computed.uncoveredIndustries.length,
  };
}

/** How long a dataset may stay in writing before the purge takes it for stopped by a crash. */
export const UNFINISHED_DATASET_HOURS = 1;

/** Removes datasets whose writing began over an hour ago and never finished (a crash). */
export async function removeUnfinishedDatasets(db: Database, now: Date = new Date()): Promise<number> {
  const result = await db
    .deleteFrom('map_datasets')
    .where('writing_since', '<=', new Date(now.getTime() - UNFINISHED_DATASET_HOURS * 3_600_000))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function getDataset(db: Database, workspaceId: string, datasetId: string) {
  const dataset = await db
    .selectFrom('map_datasets')
    .select([
      'id',
      'workspace_id',
      'name',
      'file_name',
      'definitions',
      'input_rows',
      'years',
      'base_year',
      'establishments_criterion',
      'uncovered',
      'created_by',
      'created_at',
    ])
    .where('id', '=', datasetId)
    .where('workspace_id', '=', workspaceId)
    .where('writing_since', 'is', null)
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
    ? ('us-states' as const)
    : regions.every((r) => /^\d{5}$/.test(r.region))
      ? ('us-counties' as const)
      : null;
  return {
    ...dataset,
    // Written by importDataset from the computed mapping.
    uncovered: dataset.uncovered as { industry: string; employment: number }[],
    created_at: new Date(dataset.created_at).toISOString(),
    regions,
    clusters,
    limits: [...MAPPING_LIMITS],
    builtInGeography: usKind,
  };
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
    limits: [...MAPPING_LIMITS],
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
    limits: [...MAPPING_LIMITS],
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
