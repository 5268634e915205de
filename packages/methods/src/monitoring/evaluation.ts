/**
 * Evaluations (GIZ, 001_2b00e659d173dc60.txt:3553–3587): external (an evaluator commissioned from
 * outside the cluster) or internal (a learning process), requested by a body (policy, donor…);
 * criteria defined at the beginning (001:3568); recommendations agreed between the evaluators, the
 * evaluated cluster and the requesting body, jointly selected, and their implementation monitored
 * (001:3574–3576).
 */
export const EVALUATION_KINDS = ['internal', 'external'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
/** What criteria can target (001:3587). */
export const EVALUATION_TARGETS = [
  'cluster_policy',
  'framework_conditions',
  'cluster_organisation',
  'cluster_actors',
] as const;
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
