import { runXlsForm } from '@agglomera/methods';
import { badRequest } from '../../http/errors.js';
import { inLanguages, msg, type Text } from '../../i18n/index.js';
import {
  NO_ANSWER_TYPES,
  OPEN_LIST_ITEMS,
  OPEN_LIST_ITEM_CHARS,
  RANK_TOP,
  TIES_PER_ANSWER,
  TIE_STRENGTH_MAX,
  TIE_STRENGTH_MIN,
  logicOf,
  type Answer,
  type AnswerRow,
  type FormGroup,
  type NamedTie,
  type Question,
} from './model.js';

/**
 * A response checked against its survey: each answer against its question's type, then the form's
 * own rules (skip logic, required, constraints, choice filters, calculations) as an imported
 * XLSForm declares them, run by the same methods as the answer form. Errors name the question
 * (and the repeat's row) in the reader's language, with the form's own messages where it has them.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** At most this many instances of a repeat in one response (the platform's bound). */
export const REPEAT_ROWS_MAX = 200;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_ONLY = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const validDate = (s: string) =>
  !Number.isNaN(Date.parse(`${s.slice(0, 10)}T00:00:00Z`)) &&
  new Date(`${s.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10) === s.slice(0, 10);

const isEmptyAnswer = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Checks a response against the questions and the form's rules: each answer's type, then skip
 * logic, required, constraints and choice filters as the form declares them (methods'
 * runXlsForm), with the form's own messages. Returns the answers to keep: those of questions
 * asked, with the form's calculations. The error names the question (and the repeat's row).
 */
export function checkAnswers(
  questions: Question[],
  answers: Record<string, unknown>,
  groups: FormGroup[] = [],
  now = new Date(),
): Record<string, Answer> {
  const logic = logicOf(questions, groups);
  const repeats = groups.filter((g) => g.repeat).map((g) => g.name);
  const repeatOf = (q: Question) => logic.byName.get(q.name)!.repeat;
  const top = questions.filter((q) => !repeatOf(q));
  const known = new Set([...top.map((q) => q.name), ...repeats]);
  for (const k of Object.keys(answers))
    if (!known.has(k))
      throw badRequest('validation_failed', msg`"${k}" is not a question of this survey`, [
        { field: `body.answers.${k}`, message: 'is not a question of this survey' },
      ]);
  const out: Record<string, Answer> = {};
  for (const q of top) {
    const v = checkOne(q, answers[q.name], `body.answers.${q.name}`);
    if (v !== undefined) out[q.name] = v;
  }
  for (const r of repeats) {
    const given = answers[r];
    const field = `body.answers.${r}`;
    if (given === undefined || given === null) {
      out[r] = [];
      continue;
    }
    if (!Array.isArray(given) || given.some((row) => !row || typeof row !== 'object' || Array.isArray(row)))
      throw badRequest('validation_failed', msg`"${r}" is not a list of answers`, [
        { field, message: 'is not a list of answers' },
      ]);
    if (given.length > REPEAT_ROWS_MAX)
      throw badRequest('validation_failed', msg`"${r}" repeats more than ${REPEAT_ROWS_MAX} times`, [
        { field, message: msg`has more than ${REPEAT_ROWS_MAX} rows` },
      ]);
    const inside = questions.filter((q) => repeatOf(q) === r);
    const names = new Set(inside.map((q) => q.name));
    out[r] = (given as Record<string, unknown>[]).map((row, i) => {
      for (const k of Object.keys(row))
        if (!names.has(k))
          throw badRequest('validation_failed', msg`"${k}" is not a question of "${r}"`, [
            { field: `${field}.${i}.${k}`, message: 'is not a question of this repeat' },
          ]);
      const cleaned: AnswerRow = {};
      for (const q of inside) {
        const v = checkOne(q, row[q.name], `${field}.${i}.${q.name}`);
        if (v !== undefined) cleaned[q.name] = v;
      }
      return cleaned;
    }) as Answer;
  }
  const state = runXlsForm(logic, out, {
    today: now.toISOString().slice(0, 10),
    now: now.toISOString(),
  });
  const problem = state.problems[0];
  if (problem) {
    const q = questions.find((x) => x.name === problem.question)!;
    const label = inLanguages(q.label);
    const field =
      problem.repeat !== undefined
        ? `body.answers.${problem.repeat}.${problem.row}.${q.name}`
        : `body.answers.${q.name}`;
    const row = problem.repeat !== undefined ? msg` (${problem.repeat}, row ${problem.row! + 1})` : '';
    if (problem.kind === 'required')
      throw badRequest(
        'validation_failed',
        q.requiredMessage
          ? msg`${inLanguages(q.requiredMessage)}${row}`
          : msg`Please answer "${label}"${row}`,
        [{ field, message: 'is required' }],
      );
    if (problem.kind === 'choice')
      throw badRequest('validation_failed', msg`"${label}"${row}: is not one of the choices offered`, [
        { field, message: 'is not one of the choices offered' },
      ]);
    throw badRequest(
      'validation_failed',
      q.constraintMessage
        ? msg`${inLanguages(q.constraintMessage)}${row}`
        : msg`"${label}"${row}: the answer does not meet the form's rule ${q.constraint ?? ''}`,
      [{ field, message: msg`does not meet the rule ${q.constraint ?? ''}` }],
    );
  }
  return state.values as Record<string, Answer>;
}

/** One answer checked against its question's type; undefined when there is none to keep. */
function checkOne(q: Question, v: unknown, field: string): Answer | undefined {
  // A note holds nothing; a computed field is worked out on the server, whatever was sent.
  if (NO_ANSWER_TYPES.includes(q.type)) return undefined;
  // A read-only question keeps the form's default, whatever was sent (a number as a number).
  if (q.readOnly) {
    const d = q.default?.trim();
    if (!d) return undefined;
    return q.type === 'number' && Number.isFinite(Number(d)) ? Number(d) : d;
  }
  if (isEmptyAnswer(v)) return undefined;
  const label = inLanguages(q.label);
  {
    const choiceNames = new Set((q.choices ?? []).map((c) => c.name));
    const bad = (message: Text) =>
      badRequest('validation_failed', msg`"${label}": ${message}`, [{ field, message }]);
    switch (q.type) {
      case 'single_choice':
      case 'likert':
        if (typeof v !== 'string' || !choiceNames.has(v)) throw bad('is not one of the choices');
        return v;
      case 'multiple_choice':
      case 'ranking': {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !choiceNames.has(x)))
          throw bad('lists something that is not one of the choices');
        if (new Set(v).size !== v.length) throw bad('lists a choice twice');
        if (q.type === 'ranking' && v.length > RANK_TOP) throw bad(msg`ranks more than ${RANK_TOP} choices`);
        return v as string[];
      }
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) throw bad('is not a number');
        if (q.numberKind === 'integer' && !Number.isInteger(v)) throw bad('must be a whole number');
        return v;
      case 'date':
        if (typeof v !== 'string' || !DATE_ONLY.test(v) || !validDate(v))
          throw bad('is not a date (YYYY-MM-DD)');
        return v;
      case 'time':
        if (typeof v !== 'string' || !TIME_ONLY.test(v)) throw bad('is not a time (HH:MM)');
        return v;
      case 'datetime':
        if (typeof v !== 'string' || !DATE_TIME.test(v) || !validDate(v))
          throw bad('is not a date and time (YYYY-MM-DDTHH:MM)');
        return v;
      case 'acknowledge':
        if (v !== 'OK' && v !== true) throw bad('is not acknowledged (OK)');
        return 'OK';
      case 'open_list': {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw bad('is not a list of answers');
        const items = (v as string[]).map((x) => x.trim()).filter(Boolean);
        if (items.length > OPEN_LIST_ITEMS) throw bad(msg`lists more than ${OPEN_LIST_ITEMS} answers`);
        if (items.some((x) => x.length > OPEN_LIST_ITEM_CHARS))
          throw bad(msg`an answer is longer than ${OPEN_LIST_ITEM_CHARS} characters`);
        return items.length ? items : undefined;
      }
      case 'text':
        if (typeof v !== 'string') throw bad('is not text');
        if (v.length > 5000) throw bad('is longer than 5000 characters');
        return v.trim() || undefined;
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
            throw badRequest('validation_failed', msg`"${label}": item ${k + 1} does not name an actor`, [
              { field: `${at}.actor`, message: 'is not an actor id' },
            ]);
          if (
            !Number.isInteger(item.strength) ||
            item.strength! < TIE_STRENGTH_MIN ||
            item.strength! > TIE_STRENGTH_MAX
          )
            throw badRequest(
              'validation_failed',
              msg`"${label}": the strength of a tie is a whole number from ${TIE_STRENGTH_MIN} to ${TIE_STRENGTH_MAX}`,
              [{ field: `${at}.strength`, message: msg`is not ${TIE_STRENGTH_MIN}–${TIE_STRENGTH_MAX}` }],
            );
          if (seen.has(item.actor.toLowerCase()))
            throw badRequest('validation_failed', msg`"${label}": an actor is named twice`, [
              { field: `${at}.actor`, message: 'is named twice' },
            ]);
          seen.add(item.actor.toLowerCase());
          ties.push({ actor: item.actor.toLowerCase(), strength: item.strength! });
        });
        return ties;
      }
    }
  }
  return undefined;
}
