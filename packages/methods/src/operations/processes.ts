/**
 * Process management of the cluster organisation (GIZ 001:3232–3305): a cluster process model of
 * management, core and support processes (and learning and information processes), broken down
 * into primary processes and sub-processes; the five steps of introducing process management; and
 * the Deming cycle (PDCA) that improves a process permanently.
 */

/** Kinds of processes (001:3245–3249). */
export const PROCESS_KINDS = ['management', 'core', 'support', 'learning'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/**
 * Where a process stands among the five steps of introducing a process management system
 * (001:3258–3262): in the cluster process model, a target process developed, documented,
 * implemented, optimised through monitoring and feedback.
 */
export const PROCESS_STAGES = ['modelled', 'target', 'documented', 'implemented', 'optimised'] as const;
export type ProcessStage = (typeof PROCESS_STAGES)[number];

/** The phases of the Deming cycle, in order (001:3279–3305). */
export const PDCA_PHASES = ['plan', 'do', 'check', 'act'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];

/** How an ACT phase ends: the new standard on a wider scale, or reflect and restart (001:3284–3285). */
export const PDCA_DECISIONS = ['standardise', 'restart'] as const;
export type PdcaDecision = (typeof PDCA_DECISIONS)[number];

export interface PdcaCycle {
  phase: PdcaPhase;
  /** PLAN: the problem identified, the goal, the measures planned (action plan). */
  problem: string;
  goal: string;
  measures: string;
  /** DO: how the measures were tried on a small scale. */
  doNotes: string;
  /** CHECK: outcomes measured and monitored against the goal. */
  checkResult: string;
}

/** The fields a phase must have filled before the cycle moves on, with the guide's wording. */
export const PDCA_REQUIRED: Record<Exclude<PdcaPhase, 'act'>, (keyof PdcaCycle)[]> = {
  plan: ['problem', 'goal', 'measures'],
  do: ['doNotes'],
  check: ['checkResult'],
};

/**
 * The next phase of a cycle, or the fields still empty that keep it in its phase. ACT has no next
 * phase: it ends with a decision.
 */
export function nextPdcaPhase(
  cycle: PdcaCycle,
): { next: PdcaPhase; missing: [] } | { next: null; missing: (keyof PdcaCycle)[] } {
  if (cycle.phase === 'act') return { next: null, missing: [] };
  const missing = PDCA_REQUIRED[cycle.phase].filter((k) => !String(cycle[k] ?? '').trim());
  if (missing.length) return { next: null, missing };
  return { next: PDCA_PHASES[PDCA_PHASES.indexOf(cycle.phase) + 1]!, missing: [] };
}
