import { mapClusters, type ClusterDefinition, type MappingResult } from '@agglomera/methods';
import { msg } from '../i18n/index.js';
import { loadDefinitions } from './definitions.js';
import { readObservations } from './observations.js';
import { InputError, readTabular } from './tabular.js';
import { usRegionNames } from './us-regions.js';
import { RECORD_COLUMNS } from './record-columns.js';

/** Uploads through the web app are for regional datasets; national ones go through `agglomera map`. */
export const MAX_UPLOAD_ROWS = 300_000;

export interface MappingInput {
  data: { path: string; label: string };
  definitions: 'us-benchmark' | { path: string; label: string };
}

export { RECORD_COLUMNS };

/** Mapping records per chunk: each chunk is written by one statement (service.ts). */
export const RECORDS_CHUNK = 1_000;

export interface ComputedMapping {
  /**
   * The records as rows of map_records (RECORD_COLUMNS), in JSON text of RECORDS_CHUNK rows each:
   * text crosses from the worker thread as a copy of its bytes, where 100,000 objects took the
   * receiving thread a second to rebuild (bench/upload).
   */
  recordChunks: string[];
  recordCount: number;
  baseYear: MappingResult['baseYear'];
  establishmentsCriterion: MappingResult['establishmentsCriterion'];
  uncoveredIndustries: MappingResult['uncoveredIndustries'];
  definitionsLabel: string;
  inputRows: number;
  years: number[];
}

/**
 * Reads and checks an uploaded dataset and its definitions, and maps its clusters: all the work of
 * an upload before anything is written. Seconds of synchronous work for a large file, so the
 * upload runs it in a worker thread (service.ts, jobs/threads.ts); it touches no database.
 */
export async function computeMapping(input: MappingInput): Promise<ComputedMapping> {
  const observations = await readObservations(
    await readTabular(input.data.path, input.data.label),
    input.data.label,
    { maxRows: MAX_UPLOAD_ROWS },
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
  const recordChunks: string[] = [];
  for (let i = 0; i < result.records.length; i += RECORDS_CHUNK)
    recordChunks.push(
      JSON.stringify(
        result.records.slice(i, i + RECORDS_CHUNK).map((r) => ({
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
        })),
      ),
    );
  return {
    recordChunks,
    recordCount: result.records.length,
    baseYear: result.baseYear,
    establishmentsCriterion: result.establishmentsCriterion,
    uncoveredIndustries: result.uncoveredIndustries,
    definitionsLabel,
    inputRows: observations.length,
    years,
  };
}
