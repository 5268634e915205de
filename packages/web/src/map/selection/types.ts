/** A selection exercise as GET /selections/:id answers it. */
export interface Exercise {
  id: string;
  name: string;
  status: 'open' | 'decided';
  year: number | null;
  dataset_id: string | null;
  candidates: { id: string; name: string; source: string; metrics: Record<string, number | null> }[];
  criteria: {
    id: string;
    name: string;
    kind: 'computed' | 'scored';
    metric: string | null;
    weight: number;
    scale_max: number | null;
    lower_is_better: boolean;
    /** A knock-out threshold, null without one. */
    threshold: number | null;
  }[];
  scorers: { id: string; name: string; scored: number; expected: number }[];
  isScorer: boolean;
  canManage: boolean;
  scores: { candidate_id: string; criterion_id: string; scorer_id: string; score: number }[];
  ranking:
    | {
        candidateId: string;
        total: number;
        rank: number;
        spread: number | null;
        byCriterion: Record<string, number | null>;
        knockedOut: string[];
        pending: string[];
      }[]
    | null;
  decisions: {
    id: string;
    candidate_id: string;
    deciding_body: string;
    reason: string;
    decided_at: string;
    decided_by_name: string | null;
    initiative_id: string | null;
  }[];
}
