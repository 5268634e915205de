/**
 * The columns of a mapping record, in order: those the engine writes (engine/write.ts, the CLI's
 * CSV and JSON) and those an upload stores in map_records besides dataset_id (compute.ts).
 */
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
