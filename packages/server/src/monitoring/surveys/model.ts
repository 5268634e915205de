import { Type } from 'typebox';
import {
  TIE_TYPES,
  XlsFormLogicError,
  compileSurveyLogic,
  parseCollapse,
  type TieType,
  type XlsLogicColumn,
  type XlsText,
} from '@agglomera/methods';
import { badRequest } from '../../http/errors.js';
import { Message, msg, oneOf, word } from '../../i18n/index.js';

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
  // The XLSForm types of forms made for the field (issue 17): a note to read, a date, a time, a
  // date and time, a computed field, a box to acknowledge.
  'note',
  'date',
  'time',
  'datetime',
  'calculate',
  'acknowledge',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A text in the languages of the platform. `en` is the text shown when the reader's language has
 * none: for an imported XLSForm whose default language is not English, the default language's text.
 * An imported form may hold other languages under their code ("sw") or name.
 */
export interface Text3 {
  en: string;
  fr?: string;
  es?: string;
  [language: string]: string | undefined;
}
export interface Choice {
  name: string;
  label: Text3;
  /** The other columns of the choices sheet, which a choice filter reads (cascading selects). */
  filter?: Record<string, string>;
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
  // The columns of an XLSForm row (xlsform.org), kept as written so that the form exports back.
  hint?: Text3;
  /** The innermost group or repeat the question sits in (SurveyForm.groups). */
  group?: string;
  relevant?: string;
  constraint?: string;
  constraintMessage?: Text3;
  /** `required` written as an expression rather than yes. */
  requiredIf?: string;
  requiredMessage?: Text3;
  choiceFilter?: string;
  default?: string;
  readOnly?: boolean;
  appearance?: string;
  calculation?: string;
  /** The name of the choice list, when it is not the question's own name. */
  list?: string;
  /** A select with "or_other": its last choice is "other", and `<name>_other` asks which. */
  orOther?: boolean;
  /** The question an "or_other" select adds to ask which other (not exported as a row of its own). */
  otherOf?: string;
}

/** A group of questions (a section or, with appearance field-list, a page) or a repeat. */
export interface FormGroup {
  name: string;
  label?: Text3;
  parent?: string;
  repeat: boolean;
  relevant?: string;
  appearance?: string;
}

/** The groups around a group (or a question's group), outermost first: `groupChain(groups)(q.group)`. */
export function groupChain(groups: readonly FormGroup[]) {
  const byName = new Map(groups.map((g) => [g.name, g]));
  return (name: string | undefined): FormGroup[] => {
    const out: FormGroup[] = [];
    for (let g = name ? byName.get(name) : undefined; g; g = g.parent ? byName.get(g.parent) : undefined)
      out.unshift(g);
    return out;
  };
}

/** What an XLSForm holds beyond its questions: groups, languages, version. */
export interface SurveyForm {
  groups?: FormGroup[];
  version?: string;
  /** The language of the form's plain `label` column, as a key of Text3. */
  defaultLanguage?: string;
  /** The languages of the form, as the key of Text3 and the column's name ("Swahili (sw)"). */
  languages?: { key: string; name: string }[];
  /** What the import left out, shown with the survey in the reader's language. */
  warnings?: ImportWarning[];
}

/**
 * Something an XLSForm import left out: a column the platform does not use, media, a device's
 * metadata (start, end, device id…), a repeat count, a group with no question.
 */
export interface ImportWarning {
  kind: 'column' | 'media' | 'metadata' | 'repeat_count' | 'empty_group';
  sheet: string;
  row?: number;
  column?: string;
  name?: string;
  type?: string;
}

export interface SurveyDefinition {
  title: Text3;
  formId: string;
  questions: Question[];
  form?: SurveyForm;
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
  // Other languages of an imported form, by code or name.
  { additionalProperties: Type.String({ maxLength: 2000 }), maxProperties: 20 },
);
const Expression = Type.String({ maxLength: 2000 });
export const QuestionSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    type: Type.Union(QUESTION_TYPES.map((t) => Type.Literal(t))),
    label: Text3Schema,
    required: Type.Optional(Type.Boolean()),
    choices: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 60 }),
            label: Text3Schema,
            filter: Type.Optional(
              Type.Record(Type.String({ maxLength: 60 }), Type.String({ maxLength: 200 }), {
                maxProperties: 10,
              }),
            ),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    numberKind: Type.Optional(Type.Union([Type.Literal('integer'), Type.Literal('decimal')])),
    tieType: Type.Optional(Type.Union(TIE_TYPES.map((t) => Type.Literal(t)))),
    collapse: Type.Optional(Type.String({ maxLength: 100 })),
    hint: Type.Optional(Text3Schema),
    group: Type.Optional(Type.String({ maxLength: 60 })),
    relevant: Type.Optional(Expression),
    constraint: Type.Optional(Expression),
    constraintMessage: Type.Optional(Text3Schema),
    requiredIf: Type.Optional(Expression),
    requiredMessage: Type.Optional(Text3Schema),
    choiceFilter: Type.Optional(Expression),
    default: Type.Optional(Type.String({ maxLength: 500 })),
    readOnly: Type.Optional(Type.Boolean()),
    appearance: Type.Optional(Type.String({ maxLength: 200 })),
    calculation: Type.Optional(Expression),
    list: Type.Optional(Type.String({ maxLength: 60 })),
    orOther: Type.Optional(Type.Boolean()),
    otherOf: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);

const CHOICE_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'likert', 'ranking'];
const hasChoices = (t: QuestionType) => CHOICE_TYPES.includes(t);
/** Types that hold no answer of the respondent's: a note, a computed field. */
export const NO_ANSWER_TYPES: readonly QuestionType[] = ['note', 'calculate'];

/** Checks a definition beyond its JSON shape; the error names the question (body.questions.N…). */
export function checkDefinition(
  questions: Question[],
  field = 'body.questions',
  groups: FormGroup[] = [],
): Question[] {
  const checked = checkQuestions(questions, field, groups);
  checkLogic(checked, groups, field);
  return checked;
}

function checkQuestions(questions: Question[], field: string, groups: FormGroup[]): Question[] {
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
    // A computed field needs no text of its own: its name stands in for it.
    if (q.type === 'calculate' && !q.label.en.trim()) q = { ...q, label: { ...q.label, en: q.name } };
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
        // A choice's name is one word: a select_multiple answer lists them separated by spaces.
        if (!/^\S{1,60}$/.test(c.name))
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
      out.choices = choices.map((c) => ({
        name: c.name,
        label: cleanText(c.label),
        ...(c.filter && Object.keys(c.filter).length ? { filter: c.filter } : {}),
      }));
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
    carryFormColumns(q, out, at, i, groups);
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
  for (const [k, v] of Object.entries(t)) if (k !== 'en' && v?.trim()) out[k] = v.trim();
  return out;
}

/** The XLSForm columns of a question, kept where they apply; a group must be one of the form's. */
function carryFormColumns(q: Question, out: Question, at: string, i: number, groups: FormGroup[]) {
  if (q.group) {
    if (!groups.some((g) => g.name === q.group))
      throw badRequest('validation_failed', msg`Question ${i + 1}: there is no group "${q.group}"`, [
        { field: `${at}.group`, message: 'names no group of this survey' },
      ]);
    out.group = q.group;
  }
  if (q.calculation?.trim() && q.type !== 'calculate')
    throw badRequest(
      'validation_failed',
      msg`Question ${i + 1}: only calculate questions have a calculation`,
      [{ field: `${at}.calculation`, message: msg`is not used by ${word(q.type)} questions` }],
    );
  if (q.type === 'calculate' && !q.calculation?.trim())
    throw badRequest(
      'validation_failed',
      msg`Question ${i + 1}: a calculate question needs its calculation`,
      [{ field: `${at}.calculation`, message: 'is required' }],
    );
  if ((q.choiceFilter?.trim() || q.orOther) && !hasChoices(q.type))
    throw badRequest('validation_failed', msg`Question ${i + 1}: only questions with choices filter them`, [
      { field: `${at}.choiceFilter`, message: msg`is not used by ${word(q.type)} questions` },
    ]);
  if (NO_ANSWER_TYPES.includes(q.type)) out.required = false;
  for (const k of [
    'relevant',
    'constraint',
    'requiredIf',
    'choiceFilter',
    'default',
    'appearance',
    'calculation',
    'list',
    'otherOf',
  ] as const) {
    const v = q[k]?.trim();
    if (v) out[k] = v;
  }
  for (const k of ['hint', 'constraintMessage', 'requiredMessage'] as const) {
    const v = q[k];
    if (v?.en?.trim()) out[k] = cleanText(v);
  }
  if (q.readOnly) out.readOnly = true;
  if (q.orOther) out.orOther = true;
}

/** A message of the XLSForm methods, to be said in the reader's language (catalogue monitoring/xlsforms.ts). */
export const fromXlsText = (t: XlsText): Message =>
  new Message(
    t.key,
    Object.fromEntries(t.params.map((p, i) => [i, typeof p === 'object' ? fromXlsText(p) : p])),
  );

/** The form's rules read once (methods' compileSurveyLogic): an error names the question and the column. */
export const logicOf = (questions: Question[], groups: FormGroup[]) => compileSurveyLogic(questions, groups);

const LOGIC_FIELDS: Record<XlsLogicColumn, string> = {
  relevant: 'relevant',
  constraint: 'constraint',
  required: 'requiredIf',
  calculation: 'calculation',
  choice_filter: 'choiceFilter',
};

function checkLogic(questions: Question[], groups: FormGroup[], field: string) {
  try {
    logicOf(questions, groups);
  } catch (e) {
    if (!(e instanceof XlsFormLogicError)) throw e;
    const i = questions.findIndex((q) => q.name === e.item);
    const at = i >= 0 ? `${field}.${i}.${LOGIC_FIELDS[e.column]}` : `${field}.groups.${e.item}`;
    const said = fromXlsText(e.text);
    throw badRequest('validation_failed', msg`"${e.item}", ${e.column}: ${said}`, [
      { field: at, message: said },
    ]);
  }
}

/** An actor named in an actor_ties answer, with the strength of the tie. */
export interface NamedTie {
  actor: string;
  strength: number;
}
export type Answer = string | number | string[] | NamedTie[] | AnswerRow[];

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

/** The answers to one repeat: one row per instance. */
export type AnswerRow = Record<string, Answer>;
