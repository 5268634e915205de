import {
  collapseCounts,
  defaultCollapse,
  likertPercentages,
  parseCollapse,
  rankThemes,
  rankingScores,
  type Rounding,
} from '@agglomera/methods';
import type { Database } from '../../db/database.js';
import { badRequest } from '../../http/errors.js';
import type { Answer, NamedTie, Question, QuestionType, Text3 } from './model.js';
import { tieResults } from './ties.js';
import { msg } from '../../i18n/index.js';

/**
 * Results of a survey: the responses as stored, and the counts and percentages per question.
 * The routes in results.routes.ts call these.
 */

/** The answers of a survey, by their random identifier: no order that follows the time of answering. */
export async function answersOf(db: Database, surveyId: string) {
  const rows = await db
    .selectFrom('survey_responses')
    .select('answers')
    .where('survey_id', '=', surveyId)
    // By the random identifier: no order that follows the time of answering.
    .orderBy('id')
    .execute();
  return rows.map((r) => r.answers as Record<string, Answer>);
}

/** The responses to export, named ones in the order they came, anonymous ones by their random identifier. */
export async function responsesToExport(db: Database, surveyId: string, anonymous: boolean) {
  return (
    db
      .selectFrom('survey_responses')
      .select(['id', 'answers', 'respondent_label', 'submitted_at'])
      .where('survey_id', '=', surveyId)
      // Anonymous answers by their random identifier, so that the order cannot follow time.
      .orderBy(anonymous ? 'id' : 'submitted_at')
      .execute()
  );
}

export interface ResultOptions {
  collapse?: string;
  /** The themes the answers of open lists were coded to, by question (coding.service.ts). */
  codes?: Map<string, { respondent: string; theme: string }[]>;
  decimals: number;
  rounding: Rounding;
}

/** The points of a written collapse's scale: the highest point it names ("1-2,3,4-5" → 5). */
function collapsePoints(spec: string): number {
  return Math.max(0, ...[...spec.matchAll(/\d+/g)].map((m) => Number(m[0])));
}

/** The categories a Likert question's results merge into, or null for none (see `results`). */
function collapseFor(q: Question, points: number, asked: string | undefined): number[][] | null {
  const written = asked && asked !== 'default' ? asked : null;
  const spec = written && collapsePoints(written) === points ? written : (q.collapse ?? null);
  try {
    if (spec) return parseCollapse(spec, points);
    return asked ? defaultCollapse(points) : null;
  } catch (e) {
    throw badRequest('validation_failed', msg`Collapse of "${q.name}": ${(e as Error).message}`, [
      { field: spec === q.collapse ? 'collapse' : 'querystring.collapse', message: (e as Error).message },
    ]);
  }
}

/** Checks that a written collapse fits at least one Likert question of the survey. */
export function checkCollapseFits(questions: Question[], asked: string | undefined) {
  if (!asked || asked === 'default') return;
  const points = collapsePoints(asked);
  if (points === 0)
    throw badRequest('validation_failed', msg`"${asked}" is not a collapse such as 1-2,3,4-5`, [
      { field: 'querystring.collapse', message: 'is not a collapse such as 1-2,3,4-5' },
    ]);
  if (!questions.some((q) => q.type === 'likert' && (q.choices?.length ?? 0) === points))
    throw badRequest('validation_failed', msg`No Likert question of this survey has ${points} points`, [
      { field: 'querystring.collapse', message: msg`names a ${points}-point scale` },
    ]);
}

/** Raw counts and percentages per question (percentages from counts, as in the tables of 003:363–733). */
export function results(
  questions: Question[],
  responses: Record<string, Answer>[],
  o: ResultOptions & {
    actorNames: Map<string, string>;
    /** The repeat a question sits in: its answers are those of every instance. */
    repeatOf?: (name: string) => string | null;
  },
) {
  const pct = (counts: number[]) =>
    counts.reduce((a, b) => a + b, 0) > 0
      ? likertPercentages(counts, { decimals: o.decimals, rounding: o.rounding })
      : counts.map(() => null);
  // Each kind of question gives its own shape, told apart by `type` (surveys.schemas.ts, QuestionResult).
  return questions
    .filter((q): q is Question & { type: Exclude<QuestionType, 'note'> } => q.type !== 'note')
    .map((q) => {
      const repeat = o.repeatOf?.(q.name) ?? null;
      const given = (
        repeat
          ? responses.flatMap((r) =>
              ((r[repeat] ?? []) as Record<string, Answer>[]).map((row) => row[q.name]),
            )
          : responses.map((r) => r[q.name])
      ).filter((v) => v !== undefined);
      const n = given.length;
      const base = { name: q.name, type: q.type, label: q.label, answered: n };
      const choices = q.choices ?? [];
      if (q.type === 'single_choice' || q.type === 'likert') {
        const counts = choices.map((c) => given.filter((v) => v === c.name).length);
        const p = pct(counts);
        const out = {
          ...base,
          type: q.type,
          choices: choices.map((c, i) => ({
            name: c.name,
            label: c.label,
            count: counts[i]!,
            percentage: p[i]!,
          })),
          categories: null as
            null | { label: Text3; points: number[]; count: number; percentage: number | null }[],
        };
        // The question's own collapse applies whenever it has one (the survey's design, e.g. IDB
        // Table 6's Poor / Limited / Good & Excellent); collapse=default asks for it, or the usual
        // halves where the question has none; a written collapse (e.g. 1-2,3,4-5) applies to the
        // Likert questions of its number of points and leaves the others to their own.
        const groups = q.type === 'likert' ? collapseFor(q, choices.length, o.collapse) : null;
        if (groups) {
          const merged = collapseCounts(counts, groups);
          const mp = pct(merged);
          const join = (g: number[], l: 'en' | 'fr' | 'es') =>
            g.map((i) => choices[i]!.label[l] ?? choices[i]!.label.en).join(' + ');
          out.categories = groups.map((g, i) => ({
            label: { en: join(g, 'en'), fr: join(g, 'fr'), es: join(g, 'es') },
            points: g.map((x) => x + 1),
            count: merged[i]!,
            percentage: mp[i]!,
          }));
        }
        return out;
      }
      if (q.type === 'multiple_choice')
        return {
          ...base,
          type: q.type,
          // Each choice as a share of those who answered the question (several choices per person).
          choices: choices.map((c) => {
            const k = given.filter((v) => Array.isArray(v) && (v as string[]).includes(c.name)).length;
            return {
              name: c.name,
              label: c.label,
              count: k,
              percentage:
                n > 0
                  ? likertPercentages([k, n - k], { decimals: o.decimals, rounding: o.rounding })[0]!
                  : null,
            };
          }),
        };
      if (q.type === 'ranking')
        return {
          ...base,
          type: q.type,
          ranking: rankingScores(
            choices.map((c) => c.name),
            given as string[][],
          )
            .map((r) => ({ ...r, label: choices.find((c) => c.name === r.option)!.label }))
            .sort((a, b) => b.score - a.score),
        };
      if (q.type === 'actor_ties')
        return tieResults({ ...base, type: q.type }, q, given as NamedTie[][], o.actorNames);
      if (q.type === 'open_list') {
        // Open answers are read by theme once coded, the most cited first (003:739–765).
        const codes = o.codes?.get(q.name) ?? [];
        return {
          ...base,
          type: q.type,
          items: (given as string[][]).reduce((sum, list) => sum + list.length, 0),
          coded: codes.length,
          themes: rankThemes(codes),
        };
      }
      if (q.type === 'number') {
        const xs = (given as number[]).slice().sort((a, b) => a - b);
        const mid = Math.floor(xs.length / 2);
        return {
          ...base,
          type: q.type,
          mean: n ? xs.reduce((a, b) => a + b, 0) / n : null,
          median: n ? (n % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2) : null,
          min: n ? xs[0]! : null,
          max: n ? xs[n - 1]! : null,
        };
      }
      // A calculation's answer may be a number.
      return {
        ...base,
        type: q.type,
        texts: (given as (string | number)[]).filter(Boolean).slice(0, 200),
      };
    });
}
