import { likertPercentages } from '../surveys/index.js';

/**
 * Member satisfaction (MarketMakers, 000_83686791654886b8.txt:195): four indicators, i) governance
 * and the management team's credibility, ii) the quality of value-adding services members receive
 * compared to non-members, iii) the priority-setting process and its outcome, iv) how progress
 * towards the goals is communicated. "Where one or more of these indicators is not being met, there
 * is a very high risk of passive membership and member departure" (000:195); the counterfactual of
 * non-members is to be revisited regularly (000:197).
 */
export const SATISFACTION_INDICATORS = ['governance', 'services', 'priorities', 'communication'] as const;
export type SatisfactionIndicator = (typeof SATISFACTION_INDICATORS)[number];
export const RESPONDENT_GROUPS = ['member', 'non_member'] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

export interface GroupSummary {
  respondents: number;
  /** Raw counts per scale point, lowest first. */
  counts: number[];
  percentages: (number | null)[];
  /** Mean scale point (1 = lowest); null without answers. */
  mean: number | null;
  /** Share (0–100, one decimal) who chose one of the two highest points of the scale. */
  satisfied: number | null;
}

/** Counts, percentages, mean point and top-two share of one Likert question for one group. */
export function summariseScale(
  answers: readonly (string | undefined)[],
  points: readonly string[],
): GroupSummary {
  const counts = points.map((p) => answers.filter((a) => a === p).length);
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0)
    return { respondents: 0, counts, percentages: counts.map(() => null), mean: null, satisfied: null };
  const mean = counts.reduce((s, k, i) => s + k * (i + 1), 0) / n;
  const top = counts.slice(-2).reduce((a, b) => a + b, 0);
  return {
    respondents: n,
    counts,
    percentages: likertPercentages(counts),
    mean,
    satisfied: likertPercentages([top, n - top])[0]!,
  };
}

/**
 * Member vs non-member comparison of each Likert question: the same summary for each group and the
 * difference of the means (members − non-members), null when a group has no answer.
 */
export function compareMembers(
  responses: readonly Record<string, unknown>[],
  groupOf: (r: Record<string, unknown>) => RespondentGroup | null,
  questions: readonly { name: string; points: readonly string[] }[],
) {
  return questions.map((q) => {
    const by = Object.fromEntries(
      RESPONDENT_GROUPS.map((g) => [
        g,
        summariseScale(
          responses
            .filter((r) => groupOf(r) === g)
            .map((r) => (typeof r[q.name] === 'string' ? (r[q.name] as string) : undefined)),
          q.points,
        ),
      ]),
    ) as Record<RespondentGroup, GroupSummary>;
    const difference =
      by.member.mean !== null && by.non_member.mean !== null ? by.member.mean - by.non_member.mean : null;
    return { name: q.name, member: by.member, nonMember: by.non_member, difference };
  });
}

/**
 * The share of members satisfied at which the platform counts an indicator as met: the guide says
 * what follows when an indicator "is not being met" (000:195) but gives no threshold; this one is
 * the platform's choice, set per reading.
 */
export const DEFAULT_SATISFACTION_MET_AT = 50;

/**
 * Which of the four indicators are not met: the members' satisfied share (top two points) below
 * `metAt` percent. An indicator without member answers is neither met nor unmet (left out).
 * "Where one or more of these indicators is not being met, there is a very high risk of passive
 * membership and member departure" (000:195).
 */
export function unmetIndicators(
  indicators: readonly { name: string; member: { satisfied: number | null } }[],
  metAt = DEFAULT_SATISFACTION_MET_AT,
): string[] {
  if (!(metAt >= 0 && metAt <= 100)) throw new RangeError(`metAt must lie between 0 and 100, got ${metAt}`);
  return indicators
    .filter((i) => i.member.satisfied !== null && i.member.satisfied < metAt)
    .map((i) => i.name);
}

/** Member size classes, smallest first (as the actor register's). */
export const MEMBER_SIZES = ['micro', 'small', 'medium', 'large'] as const;

/**
 * The members' answers by size of member: for each size class, the summary of each indicator.
 * "It tends to be 'smaller' members that become the most easily dissatisfied" (000:195), so the
 * reading shows each size apart. Responses without a size (or from non-members) are left out.
 */
export function satisfactionBySize(
  responses: readonly Record<string, unknown>[],
  isMember: (r: Record<string, unknown>) => boolean,
  sizeOf: (r: Record<string, unknown>) => string | null,
  questions: readonly { name: string; points: readonly string[] }[],
) {
  return MEMBER_SIZES.map((size) => {
    const group = responses.filter((r) => isMember(r) && sizeOf(r) === size);
    return {
      size,
      respondents: group.length,
      indicators: questions.map((q) => ({
        name: q.name,
        ...summariseScale(
          group.map((r) => (typeof r[q.name] === 'string' ? (r[q.name] as string) : undefined)),
          q.points,
        ),
      })),
    };
  });
}
