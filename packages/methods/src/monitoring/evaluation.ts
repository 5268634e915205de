/**
 * Evaluations (GIZ, 001_2b00e659d173dc60.txt:3553–3587): external (an evaluator commissioned from
 * outside the cluster) or internal (a learning process), requested by a body (policy, donor…);
 * criteria defined at the beginning (001:3568); recommendations agreed between the evaluators, the
 * evaluated cluster and the requesting body, jointly selected, and their implementation monitored
 * (001:3574–3576).
 */
export const EVALUATION_KINDS = ['internal', 'external'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
/** What criteria can target in the GIZ guide: "cluster policy, framework conditions, cluster organisation or development of the cluster actors" (001:3587). */
export const GIZ_EVALUATION_TARGETS = [
  'cluster_policy',
  'framework_conditions',
  'cluster_organisation',
  'cluster_actors',
] as const;
/** IDB / Compete Caribbean's four levels of intervention: "1) the cluster, 2) the cluster organization, 3) the national ecosystem, and 4) the regional ecosystem" (003:835). */
export const IDB_EVALUATION_LEVELS = [
  'cluster',
  'cluster_organisation',
  'national_ecosystem',
  'regional_ecosystem',
] as const;
/** Every target a criterion may name: the GIZ targets, and IDB's levels beside them (the cluster organisation is in both). */
export const EVALUATION_TARGETS = [
  ...GIZ_EVALUATION_TARGETS,
  'cluster',
  'national_ecosystem',
  'regional_ecosystem',
] as const;

/**
 * Days after the start of the development period within which criteria still count as defined "at
 * the beginning": the guide asks for criteria "defined at the beginning of a cluster development
 * period not just at the beginning of the evaluation process" (001:3568) and gives no number; 90
 * days is the platform's choice.
 */
export const DEFAULT_CRITERIA_GRACE_DAYS = 90;

/**
 * Whether an evaluation's criteria were defined at the beginning of the development period it
 * evaluates (001:3568): 'late' when they were first set more than `graceDays` after the period
 * started, 'on_time' otherwise; null while the period or the criteria are not known. Dates are ISO
 * days (YYYY-MM-DD).
 */
export function criteriaTiming(
  periodStart: string | null,
  criteriaSetOn: string | null,
  graceDays = DEFAULT_CRITERIA_GRACE_DAYS,
): 'on_time' | 'late' | null {
  if (!periodStart || !criteriaSetOn) return null;
  if (!(graceDays >= 0)) throw new RangeError(`graceDays must be 0 or more, got ${graceDays}`);
  const days = (Date.parse(criteriaSetOn) - Date.parse(periodStart)) / 86_400_000;
  if (Number.isNaN(days)) throw new RangeError('periodStart and criteriaSetOn must be dates like 2026-01-31');
  return days > graceDays ? 'late' : 'on_time';
}
export const EVALUATION_STATUSES = ['planned', 'started', 'completed'] as const;
export const RECOMMENDATION_STATUSES = ['not_started', 'in_progress', 'implemented', 'dropped'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Share of the jointly selected recommendations that are implemented (dropped ones are left out). */
export function implementationRate(
  recs: readonly { selected: boolean; status: RecommendationStatus }[],
): number | null {
  const tracked = recs.filter((r) => r.selected && r.status !== 'dropped');
  if (tracked.length === 0) return null;
  return tracked.filter((r) => r.status === 'implemented').length / tracked.length;
}
