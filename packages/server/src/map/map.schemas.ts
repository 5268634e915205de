import { Type } from 'typebox';
import { DateTime, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the mapping routes answer (response schemas): documentation of the API, from which the web
 * app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). Columns keep their SQL names (snake_case), as the routes send them.
 */

/** One mapping record: a cluster in a region in a year (RECORD_COLUMNS). */
const recordFields = {
  year: Nullable(Type.Integer()),
  region: Type.String(),
  region_name: Nullable(Type.String()),
  region_type: Nullable(Type.String()),
  cluster_code: Type.String(),
  cluster_name: Type.String(),
  cluster_type: Nullable(Type.String()),
  employment: Type.Number(),
  establishments: Nullable(Type.Number()),
  wages: Nullable(Type.Number()),
  average_wage: Nullable(Type.Number()),
  lq: Nullable(Type.Number()),
  share: Nullable(Type.Number()),
  rank: Nullable(Type.Integer()),
  employment_rank: Nullable(Type.Integer()),
  employment_change: Nullable(Type.Number()),
  cagr: Nullable(Type.Number()),
  strong: Type.Boolean(),
  strong90: Type.Boolean(),
};
export const MapRecord = Row(recordFields);
/** A record as the profiles read it, with its dataset. */
const ProfileRecord = Row({ dataset_id: Uuid, ...recordFields });
/** The limits of mapping with official statistics (GIZ 001:1296–1299). */
const Limits = Type.Array(Row({ id: Type.String(), source: Type.String(), text: Type.String() }));

// Datasets (routes.ts).
const datasetFields = {
  id: Uuid,
  name: Type.String(),
  file_name: Type.String(),
  /** 'us-benchmark' or the name of the definitions file. */
  definitions: Type.String(),
  input_rows: Type.Integer(),
  years: Type.Array(Type.Integer()),
  created_at: DateTime,
};
export const DatasetList = Row({
  datasets: Type.Array(Row({ ...datasetFields, created_by_name: Nullable(Type.String()) })),
});
export const DatasetImported = Row({
  id: Uuid,
  name: Type.String(),
  created_at: DateTime,
  records: Type.Integer(),
  inputRows: Type.Integer(),
  uncoveredIndustries: Type.Integer(),
});
export const Dataset = Row({
  ...datasetFields,
  workspace_id: Uuid,
  base_year: Nullable(Type.Integer()),
  establishments_criterion: Type.Boolean(),
  /** Industries of the file no cluster definition covers, with their employment. */
  uncovered: Type.Array(Row({ industry: Type.String(), employment: Type.Number() })),
  created_by: Nullable(Uuid),
  regions: Type.Array(
    Row({
      region: Type.String(),
      region_name: Nullable(Type.String()),
      region_type: Nullable(Type.String()),
    }),
  ),
  clusters: Type.Array(
    Row({
      cluster_code: Type.String(),
      cluster_name: Type.String(),
      cluster_type: Nullable(Type.String()),
    }),
  ),
  limits: Limits,
  builtInGeography: Nullable(OneOf(['us-states', 'us-counties'])),
});
export const RecordPage = Row({
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  records: Type.Array(MapRecord),
});
export const RegionProfile = Row({
  region: Type.String(),
  regionName: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  topByLq: Type.Array(ProfileRecord),
  topByEmployment: Type.Array(ProfileRecord),
  strongCount: Type.Integer(),
  /** Each strong cluster with the related clusters (US benchmark) the region also has. */
  related: Type.Array(
    Row({
      cluster: Type.String(),
      related: Type.Array(
        Row({
          cluster: Type.String(),
          percentile: Type.Number(),
          lq: Nullable(Type.Number()),
          strong: Type.Boolean(),
        }),
      ),
      hasRelatednessData: Type.Boolean(),
    }),
  ),
  limits: Limits,
});
export const ClusterProfile = Row({
  clusterCode: Type.String(),
  clusterName: Type.String(),
  year: Nullable(Type.Integer()),
  totalEmployment: Type.Number(),
  topByLq: Type.Array(ProfileRecord),
  topByEmployment: Type.Array(ProfileRecord),
  strongRegions: Type.Integer(),
  limits: Limits,
});
export const RegionComparison = Row({
  year: Nullable(Type.Integer()),
  regions: Type.Array(Type.String()),
  clusters: Type.Array(
    Row({
      clusterCode: Type.String(),
      clusterName: Type.String(),
      /** By region code. */
      values: Type.Record(
        Type.String(),
        Row({ lq: Nullable(Type.Number()), employment: Type.Number(), strong: Type.Boolean() }),
      ),
    }),
  ),
});
export const Growth = Row({
  from: Nullable(Type.Integer()),
  to: Nullable(Type.Integer()),
  series: Type.Array(Row({ year: Type.Integer(), employment: Type.Number() })),
  change: Nullable(Type.Number()),
  cagr: Nullable(Type.Number()),
});

// Geographies (routes.ts).
const geographyFields = {
  id: Uuid,
  name: Type.String(),
  region_property: Type.String(),
  feature_count: Type.Integer(),
};
export const GeographyCreated = Row(geographyFields);
export const GeographyList = Row({
  geographies: Type.Array(Row({ ...geographyFields, created_at: DateTime })),
});
export const Geography = Row({
  ...geographyFields,
  workspace_id: Uuid,
  /**
   * The GeoJSON FeatureCollection as uploaded: its features' geometries and properties are the
   * uploader's, and GeoJSON allows foreign members, so only its frame is described.
   */
  geojson: Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Unknown()) }),
  created_by: Nullable(Uuid),
  created_at: DateTime,
});
