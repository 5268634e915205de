import { Type } from 'typebox';
import { TIE_TYPES, parseCollapse, type TieType } from '@agglomera/methods';
import { badRequest } from '../http/errors.js';
import { msg, oneOf, word, type Text } from '../i18n/index.js';

/**
 * Survey definitions: the question types of issue 7 (single and multiple choice, Likert scales of
 * 3–7 points with their labels, numbers, text, ranking of a top 3), texts in en/fr/es, and the
 * name generator of network surveys (`actor_ties`: the respondent names the actors of the register
 * they have a tie of one kind with, and how strong it is), whose answers become ties of the
 * network analysis (issue 5: ties "entered by hand or from a survey").
 */
export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'likert',
  'number',
  'text',
  'ranking',
  'actor_ties',
  'open_list',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Text3 {
  en: string;
  fr?: string;
  es?: string;
}
export interface Choice {
  name: string;
  label: Text3;
}
export interface Question {
  name: string;
  type: QuestionType;
  label: Text3;
  required: boolean;
  choices?: Choice[];
  numberKind?: 'integer' | 'decimal';
  /** The kind of tie an actor_ties question asks about (the platform's list of kinds; UNIDO 002:345 names SNA only). */
  tieType?: TieType;
  /**
   * How a Likert question's points merge into the categories its results report, as 1-based ranges
   * ("1,2,3-4": IDB Table 6 reports a 4-point scale as Poor / Limited / Good & Excellent, 003:723–725,
   * in the same survey as 5-point agreement scales reported as three categories, Table 4, 003:633–638).
   */
  collapse?: string;
}
export interface SurveyDefinition {
  title: Text3;
  formId: string;
  questions: Question[];
}

/** Likert scales of 3 to 7 points (IDB uses 4- and 5-point scales, 003:363–733). */
export const LIKERT_MIN = 3;
export const LIKERT_MAX = 7;
/** Ranking questions ask for a top 3 (IDB's open top-3 questions, Tables 7 and 8, 003:741–765). */
export const RANK_TOP = 3;
/**
 * An open list asks for up to three answers in the respondent's own words ("the three main areas
 * of improvement", "the three main objectives for the next two years", 003:650, 761), which the
 * team codes into themes afterwards.
 */
export const OPEN_LIST_ITEMS = 3;
export const OPEN_LIST_ITEM_CHARS = 500;
/** Strength of a tie named in a survey, on the scale of the network's ties (1 to 5). */
export const TIE_STRENGTH_MIN = 1;
export const TIE_STRENGTH_MAX = 5;
/** At most this many actors named in one answer. */
export const TIES_PER_ANSWER = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export const Text3Schema = Type.Object(
  {
    en: Type.String({ minLength: 1, maxLength: 2000 }),
    fr: Type.Optional(Type.String({ maxLength: 2000 })),
    es: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export const QuestionSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    type: Type.Union(QUESTION_TYPES.map((t) => Type.Literal(t))),
    label: Text3Schema,
    required: Type.Optional(Type.Boolean()),
    choices: Type.Optional(
      Type.Array(
        Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 60 }), label: Text3Schema },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    numberKind: Type.Optional(Type.Union([Type.Literal('integer'), Type.Literal('decimal')])),
    tieType: Type.Optional(Type.Union(TIE_TYPES.map((t) => Type.Literal(t)))),
    collapse: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

const hasChoices = (t: QuestionType) =>
  t !== 'number' && t !== 'text' && t !== 'actor_ties' && t !== 'open_list';

/** Checks a definition beyond its JSON shape; the error names the question (body.questions.N…). */
export function checkDefinition(questions: Question[], field = 'body.questions'): Question[] {
  if (questions.length === 0)
    throw badRequest('validation_failed', 'A survey needs at least one question', [
      { field, message: 'is empty' },
    ]);
  const names = new Set<string>();
  return questions.map((q, i) => {
    const at = `${field}.${i}`;
    if (!NAME.test(q.name))
      throw badRequest(
        'validation_failed',
        msg`Question ${i + 1}: "${q.name}" is not a valid name (letters, digits, _)`,
        [{ field: `${at}.name`, message: 'is not a valid name' }],
      );
    if (names.has(q.name))
      throw badRequest('validation_failed', msg`Question ${i + 1}: the name "${q.name}" is used twice`, [
        { field: `${at}.name`, message: 'is used twice' },
      ]);
    names.add(q.name);
    if (!q.label.en.trim())
      throw badRequest('validation_failed', msg`Question ${i + 1} has no English text`, [
        { field: `${at}.label.en`, message: 'is empty' },
      ]);
    const out: Question = {
      name: q.name,
      type: q.type,
      label: cleanText(q.label),
      required: q.required ?? true,
    };
    if (hasChoices(q.type)) {
      const choices = q.choices ?? [];
      const min = q.type === 'likert' ? LIKERT_MIN : 2;
      if (choices.length < min || (q.type === 'likert' && choices.length > LIKERT_MAX))
        throw badRequest(
          'validation_failed',
          q.type === 'likert'
            ? msg`Question ${i + 1}: a Likert scale has ${LIKERT_MIN} to ${LIKERT_MAX} points, not ${choices.length}`
            : msg`Question ${i + 1} needs at least ${min} choices`,
          [{ field: `${at}.choices`, message: msg`has ${choices.length} choices` }],
        );
      const seen = new Set<string>();
      choices.forEach((c, j) => {
        if (!NAME.test(c.name) && !/^\d+$/.test(c.name))
          throw badRequest(
            'validation_failed',
            msg`Question ${i + 1}, choice ${j + 1}: "${c.name}" is not a valid name`,
            [{ field: `${at}.choices.${j}.name`, message: 'is not a valid name' }],
          );
        if (seen.has(c.name))
          throw badRequest(
            'validation_failed',
            msg`Question ${i + 1}: the choice "${c.name}" is listed twice`,
            [{ field: `${at}.choices.${j}.name`, message: 'is listed twice' }],
          );
        seen.add(c.name);
      });
      out.choices = choices.map((c) => ({ name: c.name, label: cleanText(c.label) }));
    } else if (q.choices?.length)
      throw badRequest('validation_failed', msg`Question ${i + 1}: ${q.type} questions have no choices`, [
        { field: `${at}.choices`, message: msg`is not used by ${word(q.type)} questions` },
      ]);
    if (q.collapse?.trim()) {
      if (q.type !== 'likert')
        throw badRequest('validation_failed', msg`Question ${i + 1}: only Likert questions are collapsed`, [
          { field: `${at}.collapse`, message: msg`is not used by ${word(q.type)} questions` },
        ]);
      try {
        parseCollapse(q.collapse, out.choices!.length);
      } catch (e) {
        throw badRequest('validation_failed', msg`Question ${i + 1}: ${(e as Error).message}`, [
          { field: `${at}.collapse`, message: (e as Error).message },
        ]);
      }
      out.collapse = q.collapse.replace(/\s+/g, '');
    }
    if (q.type === 'number') out.numberKind = q.numberKind ?? 'decimal';
    if (q.type === 'actor_ties') {
      if (!q.tieType)
        throw badRequest('validation_failed', msg`Question ${i + 1}: say which kind of tie it asks about`, [
          { field: `${at}.tieType`, message: msg`is required (${oneOf(TIE_TYPES)})` },
        ]);
      out.tieType = q.tieType;
    } else if (q.tieType)
      throw badRequest(
        'validation_failed',
        msg`Question ${i + 1}: only actor_ties questions have a tie type`,
        [{ field: `${at}.tieType`, message: msg`is not used by ${word(q.type)} questions` }],
      );
    return out;
  });
}

function cleanText(t: Text3): Text3 {
  const out: Text3 = { en: t.en.trim() };
  if (t.fr?.trim()) out.fr = t.fr.trim();
  if (t.es?.trim()) out.es = t.es.trim();
  return out;
}

/** An actor named in an actor_ties answer, with the strength of the tie. */
export interface NamedTie {
  actor: string;
  strength: number;
}
export type Answer = string | number | string[] | NamedTie[];

/**
 * A tie runs from the respondent to an actor of a cluster initiative's register: actor_ties
 * questions are refused in anonymous surveys and outside cluster initiatives.
 */
export function checkTiesNeedRespondent(
  anonymous: boolean,
  questions: Question[],
  workspaceKind: string,
  field = 'body.questions',
) {
  const i = questions.findIndex((q) => q.type === 'actor_ties');
  if (i >= 0 && workspaceKind !== 'cluster_initiative')
    throw badRequest(
      'validation_failed',
      msg`Question ${i + 1} asks for ties between actors: only a cluster initiative keeps an actor register`,
      [{ field: `${field}.${i}.type`, message: 'actor_ties needs a cluster initiative' }],
    );
  if (anonymous && i >= 0)
    throw badRequest(
      'validation_failed',
      msg`Question ${i + 1} asks for ties to other actors: that needs a named survey, since a tie runs from the respondent`,
      [{ field: `${field}.${i}.type`, message: 'actor_ties needs a survey that is not anonymous' }],
    );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks a response against the questions; the error names the question. Returns the cleaned answers. */
export function checkAnswers(
  questions: Question[],
  answers: Record<string, unknown>,
): Record<string, Answer> {
  const known = new Set(questions.map((q) => q.name));
  for (const k of Object.keys(answers))
    if (!known.has(k))
      throw badRequest('validation_failed', msg`"${k}" is not a question of this survey`, [
        { field: `body.answers.${k}`, message: 'is not a question of this survey' },
      ]);
  const out: Record<string, Answer> = {};
  for (const q of questions) {
    const field = `body.answers.${q.name}`;
    const v = answers[q.name];
    const empty = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (q.required)
        throw badRequest('validation_failed', msg`Please answer "${q.label.en}"`, [
          { field, message: 'is required' },
        ]);
      continue;
    }
    const choiceNames = new Set((q.choices ?? []).map((c) => c.name));
    const bad = (message: Text) =>
      badRequest('validation_failed', msg`"${q.label.en}": ${message}`, [{ field, message }]);
    switch (q.type) {
      case 'single_choice':
      case 'likert':
        if (typeof v !== 'string' || !choiceNames.has(v)) throw bad('is not one of the choices');
        out[q.name] = v;
        break;
      case 'multiple_choice':
      case 'ranking': {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !choiceNames.has(x)))
          throw bad('lists something that is not one of the choices');
        if (new Set(v).size !== v.length) throw bad('lists a choice twice');
        if (q.type === 'ranking' && v.length > RANK_TOP) throw bad(msg`ranks more than ${RANK_TOP} choices`);
        out[q.name] = v as string[];
        break;
      }
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) throw bad('is not a number');
        if (q.numberKind === 'integer' && !Number.isInteger(v)) throw bad('must be a whole number');
        out[q.name] = v;
        break;
      case 'open_list': {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw bad('is not a list of answers');
        const items = (v as string[]).map((x) => x.trim()).filter(Boolean);
        if (items.length > OPEN_LIST_ITEMS) throw bad(msg`lists more than ${OPEN_LIST_ITEMS} answers`);
        if (items.some((x) => x.length > OPEN_LIST_ITEM_CHARS))
          throw bad(msg`an answer is longer than ${OPEN_LIST_ITEM_CHARS} characters`);
        if (items.length === 0) {
          if (q.required)
            throw badRequest('validation_failed', msg`Please answer "${q.label.en}"`, [
              { field, message: 'is required' },
            ]);
          continue;
        }
        out[q.name] = items;
        break;
      }
      case 'text':
        if (typeof v !== 'string') throw bad('is not text');
        if (v.length > 5000) throw bad('is longer than 5000 characters');
        out[q.name] = v.trim();
        break;
      case 'actor_ties': {
        // Which actors exist is checked against the register when the answer is stored.
        if (!Array.isArray(v)) throw bad('is not a list of actors');
        if (v.length > TIES_PER_ANSWER) throw bad(msg`names more than ${TIES_PER_ANSWER} actors`);
        const seen = new Set<string>();
        const ties: NamedTie[] = [];
        v.forEach((t: unknown, k) => {
          const at = `${field}.${k}`;
          const item = t as Partial<NamedTie> | null;
          if (!item || typeof item !== 'object' || typeof item.actor !== 'string' || !UUID.test(item.actor))
            throw badRequest(
              'validation_failed',
              msg`"${q.label.en}": item ${k + 1} does not name an actor`,
              [{ field: `${at}.actor`, message: 'is not an actor id' }],
            );
          if (
            !Number.isInteger(item.strength) ||
            item.strength! < TIE_STRENGTH_MIN ||
            item.strength! > TIE_STRENGTH_MAX
          )
            throw badRequest(
              'validation_failed',
              msg`"${q.label.en}": the strength of a tie is a whole number from ${TIE_STRENGTH_MIN} to ${TIE_STRENGTH_MAX}`,
              [{ field: `${at}.strength`, message: msg`is not ${TIE_STRENGTH_MIN}–${TIE_STRENGTH_MAX}` }],
            );
          if (seen.has(item.actor.toLowerCase()))
            throw badRequest('validation_failed', msg`"${q.label.en}": an actor is named twice`, [
              { field: `${at}.actor`, message: 'is named twice' },
            ]);
          seen.add(item.actor.toLowerCase());
          ties.push({ actor: item.actor.toLowerCase(), strength: item.strength! });
        });
        out[q.name] = ties;
        break;
      }
    }
  }
  return out;
}
