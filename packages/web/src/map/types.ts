import type { ApiAnswer, ApiGet } from '../api/types';

/**
 * The mapping screens' shapes of the API's answers, from the types generated from the server's
 * response schemas (map/map.schemas.ts on the server; npm run api-types).
 */
type D = '/workspaces/{workspaceId}/map/datasets';

export type DatasetList = ApiGet<D>;
export type DatasetImported = ApiAnswer<D, 'post', 201>;
export type DatasetDetail = ApiGet<`${D}/{datasetId}`>;
export type Limit = DatasetDetail['limits'][number];
export type RecordPage = ApiGet<`${D}/{datasetId}/records`>;
export type MapRecord = RecordPage['records'][number];
export type RegionProfile = ApiGet<`${D}/{datasetId}/regions/{region}`>;
export type ClusterProfile = ApiGet<`${D}/{datasetId}/clusters/{clusterCode}`>;
export type Comparison = ApiGet<`${D}/{datasetId}/compare`>;
export type Growth = ApiGet<`${D}/{datasetId}/growth`>;
export type GeographyList = ApiGet<'/workspaces/{workspaceId}/map/geographies'>;
export type GeographyCreated = ApiAnswer<'/workspaces/{workspaceId}/map/geographies', 'post', 201>;

export const regionLabel = (r: { region: string; region_name: string | null }) =>
  r.region_name ? `${r.region_name} (${r.region})` : r.region;
