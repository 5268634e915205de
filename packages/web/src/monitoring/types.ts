export const LEVELS = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const;
export const UNITS = ['number', 'percentage', 'currency', 'ratio', 'score'] as const;
export const FREQUENCIES = ['monthly', 'quarterly', 'semi_annual', 'annual'] as const;
export const EVALUATION_LEVELS = [
  'cluster',
  'cluster_organisation',
  'national_ecosystem',
  'regional_ecosystem',
] as const;

export interface Item {
  id: string;
  level: string;
  title: string;
  description: string;
}
export interface Hypothesis {
  id: string;
  fromItemId: string;
  toItemId: string;
  statement: string;
}
export interface Chain {
  levels: string[];
  items: Item[];
  hypotheses: Hypothesis[];
  people: { id: string; name: string; role: string }[];
  metrics: { key: string; description: string }[];
  /** Every indicator with the chain box it measures, if any. */
  indicators: { id: string; itemId: string | null; name: string; goals?: { id: string; title: string }[] }[];
  canEdit: boolean;
}
export interface IndicatorSummary {
  id: string;
  name: string;
  level: string;
  unit: string;
  frequency: string;
  source: string;
  metricKey: string | null;
  evaluationLevel: string;
  latestValue: number | null;
  latestPeriod: string | null;
  computedToday: number | null;
}
