/**
 * Monitoring report rules (issue 7, part 2): traffic lights, and the two participation checks of
 * the GIZ guide (impact monitoring, baseline observation).
 */

export type TrafficLight = 'green' | 'amber' | 'red' | 'none';

/**
 * Tolerance of the traffic light, in per cent of the planned change. The seeds give no number for
 * it: 10 % is the platform's own default, and every report can set its own (0–100).
 */
export const DEFAULT_TOLERANCE = 10;

export interface TrafficLightInput {
  actual: number | null;
  target: number | null;
  baseline?: number | null;
  /** Per cent of the planned change (|target − baseline|, or |target| without a baseline). */
  tolerance?: number;
}

/**
 * Green when the target is reached; amber when the shortfall is at most `tolerance` % of the planned
 * change from the baseline to the target (or of the target itself when there is no baseline, or the
 * baseline equals the target); red otherwise; none without an actual or a target. A target below
 * the baseline means lower is better (e.g. time to answer a member).
 */
export function trafficLight({
  actual,
  target,
  baseline = null,
  tolerance = DEFAULT_TOLERANCE,
}: TrafficLightInput): TrafficLight {
  if (actual === null || target === null || !Number.isFinite(actual) || !Number.isFinite(target))
    return 'none';
  if (!(tolerance >= 0 && tolerance <= 100))
    throw new RangeError(`tolerance must be within 0..100, got ${tolerance}`);
  const descending = baseline !== null && target < baseline;
  const shortfall = descending ? actual - target : target - actual;
  if (shortfall <= 0) return 'green';
  const planned = baseline !== null && baseline !== target ? Math.abs(target - baseline) : Math.abs(target);
  // 1e-9 absorbs binary rounding (90 vs 100 × 0.9).
  return shortfall <= (planned * tolerance) / 100 + 1e-9 ? 'amber' : 'red';
}

/** Progress from the baseline towards the target, 0–1 and beyond; null when it cannot be measured. */
export function progressToTarget(
  actual: number | null,
  target: number | null,
  baseline: number | null,
): number | null {
  if (actual === null || target === null || baseline === null || target === baseline) return null;
  return (actual - baseline) / (target - baseline);
}

/**
 * Impact monitoring: "a minimum of 70 % of the cluster actors must participate in order to assure
 * meaningful results" (GIZ, 001_2b00e659d173dc60.txt:2978).
 */
export const IMPACT_MONITORING_MIN_SHARE = 0.7;
/**
 * Baseline observation: "Interviews with a reference portfolio (min. 15 cluster firms representing
 * a cross section of the cluster)" (GIZ, 001_2b00e659d173dc60.txt:3757).
 */
export const BASELINE_OBSERVATION_MIN_FIRMS = 15;

export interface CheckResult {
  met: boolean;
  /** The measured figure (share 0–1, or a count), null when nothing was measured yet. */
  value: number | null;
  required: number;
}

/** Share of the cluster actors who took part; unmet when below 70 % or when nothing was measured. */
export function participationCheck(participants: number, actors: number): CheckResult {
  const value = actors > 0 ? participants / actors : null;
  return {
    met: value !== null && value >= IMPACT_MONITORING_MIN_SHARE,
    value,
    required: IMPACT_MONITORING_MIN_SHARE,
  };
}

/** Cluster firms in the baseline observation; unmet below 15 or when none is recorded. */
export function baselineObservationCheck(firms: number | null): CheckResult {
  return {
    met: firms !== null && firms >= BASELINE_OBSERVATION_MIN_FIRMS,
    value: firms,
    required: BASELINE_OBSERVATION_MIN_FIRMS,
  };
}
