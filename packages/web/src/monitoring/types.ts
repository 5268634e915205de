import type { ApiGet } from '../api/types';

export const LEVELS = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const;
export const UNITS = ['number', 'percentage', 'currency', 'ratio', 'score'] as const;
export const FREQUENCIES = ['monthly', 'quarterly', 'semi_annual', 'annual'] as const;
export const EVALUATION_LEVELS = [
  'cluster',
  'cluster_organisation',
  'national_ecosystem',
  'regional_ecosystem',
] as const;

/** The results chain as GET …/monitoring/chain answers it (server: monitoring/monitoring.schemas.ts). */
export type Chain = ApiGet<'/workspaces/{workspaceId}/monitoring/chain'>;
export type Item = Chain['items'][number];
/** A page of indicators as GET …/monitoring/indicators answers it. */
export type IndicatorPage = ApiGet<'/workspaces/{workspaceId}/monitoring/indicators'>;
