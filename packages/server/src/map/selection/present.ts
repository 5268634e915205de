import type { CANDIDATE_METRICS } from './policies.js';

/** How the selection's rows are sent (selection.schemas.ts): moments as ISO text, the same JSON. */
export const iso = (d: Date | string) => new Date(d).toISOString();
type Metric = (typeof CANDIDATE_METRICS)[number];

/** A candidate as it is sent: its metrics as stored (by metric), its moment as ISO text. */
export const presentCandidate = <C extends { metrics: unknown; created_at: Date }>(c: C) => ({
  ...c,
  metrics: c.metrics as Record<string, number | null>,
  created_at: iso(c.created_at),
});
/** A criterion as it is sent: only the metrics of the list are taken (routes.ts). */
export const presentCriterion = <C extends { metric: string | null; created_at: Date }>(c: C) => ({
  ...c,
  metric: c.metric as Metric | null,
  created_at: iso(c.created_at),
});
