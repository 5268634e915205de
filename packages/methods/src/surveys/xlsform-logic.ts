/**
 * The logic of an XLSForm as its rows declare it (xlsform.org): skip logic (`relevant`, on a
 * question or on the groups around it), `required` (yes, or an expression), `constraint` with `.`
 * for the answer, `calculation` fields worked out in the order they depend on each other, and
 * `choice_filter` for cascading selects; repeats hold one row of answers per instance. The same
 * function runs in the answer form, to show and hide questions as the respondent answers, and on
 * the server, which refuses what breaks the rules and keeps what the form computes. The format of
 * the forms field teams bring, not a method of the practitioner guides.
 */
import {
  XlsExpressionError,
  evaluateXls,
  xlsMessage,
  xlsText,
  type XlsText,
  parseXlsExpression,
  xlsBoolean,
  xlsReferences,
  xlsString,
  type XlsContext,
  type XlsExpr,
  type XlsValue,
} from './xlsform-expression.js';

export interface XlsLogicQuestion {
  name: string;
  /** The innermost group or repeat the question sits in. */
  group?: string;
  relevant?: string;
  constraint?: string;
  required?: boolean;
  /** `required` written as an expression. */
  requiredIf?: string;
  calculation?: string;
  choiceFilter?: string;
  /** The choices with the columns a choice filter reads. */
  choices?: { name: string; filter?: Record<string, string> }[];
  /** A note or a heading: holds no answer. */
  noValue?: boolean;
}

export interface XlsLogicGroup {
  name: string;
  parent?: string;
  repeat: boolean;
  relevant?: string;
}

export type XlsLogicColumn = 'relevant' | 'constraint' | 'required' | 'calculation' | 'choice_filter';

/** A rule that cannot be read or refers to nothing: names the question (or group) and the column. */
export class XlsFormLogicError extends Error {
  constructor(
    readonly text: XlsText,
    readonly item: string,
    readonly column: XlsLogicColumn,
  ) {
    super(xlsText(text));
    this.name = 'XlsFormLogicError';
  }
}

interface Compiled {
  q: XlsLogicQuestion;
  repeat: string | null;
  /** The groups around the question, outermost first. */
  groups: string[];
  relevant?: XlsExpr;
  constraint?: XlsExpr;
  requiredIf?: XlsExpr;
  calculation?: XlsExpr;
  choiceFilter?: XlsExpr;
}

export interface CompiledXlsForm {
  questions: Compiled[];
  groups: Map<string, XlsLogicGroup & { expr?: XlsExpr; repeatOf: string | null; chain: string[] }>;
  byName: Map<string, Compiled>;
}

/**
 * Reads every rule of a form once: refuses an expression that cannot be read, a `${name}` that
 * is no question or group of the form, a repeat inside a repeat, and calculations that depend on
 * each other in a circle.
 */
export function compileXlsForm(questions: XlsLogicQuestion[], groups: XlsLogicGroup[]): CompiledXlsForm {
  const groupMap: CompiledXlsForm['groups'] = new Map();
  for (const g of groups) groupMap.set(g.name, { ...g, repeatOf: null, chain: [] });
  const chain = (name: string | undefined): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let g = name; g; g = groupMap.get(g)?.parent) {
      if (seen.has(g) || !groupMap.has(g)) break;
      seen.add(g);
      out.unshift(g);
    }
    return out;
  };
  const repeatIn = (names: string[]) => names.filter((g) => groupMap.get(g)!.repeat);
  const known = new Set([...questions.map((q) => q.name), ...groups.map((g) => g.name)]);
  const read = (src: string | undefined, item: string, column: XlsLogicColumn, allowFields = false) => {
    if (!src?.trim()) return undefined;
    let e: XlsExpr;
    try {
      e = parseXlsExpression(src, { allowFields });
    } catch (err) {
      if (err instanceof XlsExpressionError)
        throw new XlsFormLogicError(
          xlsMessage('"{0}" cannot be read at character {1}: {2}', src, err.position + 1, err.text),
          item,
          column,
        );
      throw err;
    }
    const unknown = xlsReferences(e).find((n) => !known.has(n));
    if (unknown)
      throw new XlsFormLogicError(
        xlsMessage('{0} is not a question of this form', `\${${unknown}}`),
        item,
        column,
      );
    return e;
  };
  for (const g of groups) {
    const names = chain(g.name);
    const repeats = repeatIn(names);
    if (repeats.length > 1)
      throw new XlsFormLogicError(
        xlsMessage(
          'the repeat "{0}" sits inside the repeat "{1}": repeats within repeats are not supported',
          g.name,
          repeats[0]!,
        ),
        g.name,
        'relevant',
      );
    const entry = groupMap.get(g.name)!;
    entry.repeatOf = repeats[0] ?? null;
    entry.chain = names;
    entry.expr = read(g.relevant, g.name, 'relevant');
  }
  const compiled: Compiled[] = questions.map((q) => {
    const names = chain(q.group);
    return {
      q,
      groups: names,
      repeat: repeatIn(names)[0] ?? null,
      relevant: read(q.relevant, q.name, 'relevant'),
      constraint: read(q.constraint, q.name, 'constraint'),
      requiredIf: read(q.requiredIf, q.name, 'required'),
      calculation: read(q.calculation, q.name, 'calculation'),
      choiceFilter: read(q.choiceFilter, q.name, 'choice_filter', true),
    };
  });
  const byName = new Map(compiled.map((c) => [c.q.name, c]));
  // Calculations in a circle can never be worked out: refuse the first one found.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (c: Compiled, path: string[]) => {
    if (state.get(c.q.name) === 'done') return;
    if (state.get(c.q.name) === 'open')
      throw new XlsFormLogicError(
        xlsMessage(
          'the calculation depends on itself ({0})',
          [...path.slice(path.indexOf(c.q.name)), c.q.name].map((n) => `\${${n}}`).join(' → '),
        ),
        c.q.name,
        'calculation',
      );
    state.set(c.q.name, 'open');
    for (const n of xlsReferences(c.calculation!)) {
      const d = byName.get(n);
      if (d?.calculation) visit(d, [...path, c.q.name]);
    }
    state.set(c.q.name, 'done');
  };
  for (const c of compiled) if (c.calculation) visit(c, []);
  return { questions: compiled, groups: groupMap, byName };
}

type Row = Record<string, unknown>;

export interface XlsProblem {
  question: string;
  kind: 'required' | 'constraint' | 'choice';
  /** The repeat and the 0-based instance, for a question inside a repeat. */
  repeat?: string;
  row?: number;
}

export interface XlsFormState {
  /** The answers with calculations filled in and answers to questions not asked removed. */
  values: Row;
  isRelevant(name: string, row?: number): boolean;
  /** The choices a question offers now (all of them when it has no filter). */
  choicesFor(name: string, row?: number): string[] | null;
  problems: XlsProblem[];
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** An answer as the expression language sees it: a select_multiple as its list of choices. */
function asValue(v: unknown): XlsValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' || typeof x === 'number' ? x : ''));
  return '';
}

/** What a calculation keeps: a number as a number, anything else as its text. */
function stored(v: XlsValue): string | number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return xlsString(v);
}

interface Ctx {
  row: Row;
  repeat: string | null;
  index?: number;
}

/**
 * Works a form's rules over a response: which questions are asked, what the calculations give,
 * and which answers break a rule. `clock` fixes today() and now().
 */
export function runXlsForm(
  form: CompiledXlsForm,
  answers: Row,
  clock: { today: string; now: string },
): XlsFormState {
  const top: Row = { ...answers };
  const rows = new Map<string, Row[]>();
  for (const [name, g] of form.groups)
    if (g.repeat) {
      const given = answers[name];
      const list = Array.isArray(given) ? given.map((r) => ({ ...(r as Row) })) : [];
      rows.set(name, list);
      top[name] = list;
    }
  const contexts = (repeat: string | null): Ctx[] =>
    repeat
      ? (rows.get(repeat) ?? []).map((row, index) => ({ row, repeat, index }))
      : [{ row: top, repeat: null }];
  const ref =
    (ctx: Ctx) =>
    (name: string): XlsValue => {
      const g = form.groups.get(name);
      if (g?.repeat) return (rows.get(name) ?? []).map((_, i) => i + 1);
      const c = form.byName.get(name);
      if (!c) return '';
      if (!c.repeat) return asValue(top[name]);
      if (ctx.repeat === c.repeat) return asValue(ctx.row[name]);
      return (rows.get(c.repeat) ?? []).map((r) => asValue(r[name]));
    };
  const context = (ctx: Ctx, current?: unknown): XlsContext => ({
    ref: ref(ctx),
    current: asValue(current),
    ...clock,
  });
  const groupRelevant = (groups: string[], ctx: Ctx) =>
    groups.every((g) => {
      const e = form.groups.get(g)!;
      if (!e.expr) return true;
      // A repeat's own rule is read outside its instances; groups within it, per instance.
      const at = e.repeat ? { row: top, repeat: null } : ctx;
      return xlsBoolean(evaluateXls(e.expr, context(at)));
    });
  const key = (name: string, ctx: Ctx) => (ctx.repeat ? `${name}#${ctx.index}` : name);
  const hidden = new Set<string>();
  const relevantNow = (c: Compiled, ctx: Ctx) =>
    groupRelevant(c.groups, ctx) && (!c.relevant || xlsBoolean(evaluateXls(c.relevant, context(ctx))));

  // Skip logic and calculations, again until nothing changes (each pass settles at least one more
  // step of the dependencies; the form has no circle, so this ends).
  const limit = form.questions.length + 2;
  for (let pass = 0; pass < limit; pass++) {
    let changed = false;
    for (const c of form.questions)
      for (const ctx of contexts(c.repeat)) {
        const k = key(c.q.name, ctx);
        if (!relevantNow(c, ctx)) {
          if (!hidden.has(k)) changed = true;
          hidden.add(k);
          if (c.q.name in ctx.row) {
            delete ctx.row[c.q.name];
            changed = true;
          }
          continue;
        }
        if (hidden.delete(k)) changed = true;
        if (c.calculation) {
          const v = stored(evaluateXls(c.calculation, context(ctx)));
          if (ctx.row[c.q.name] !== v) {
            ctx.row[c.q.name] = v;
            changed = true;
          }
        }
      }
    if (!changed) break;
  }
  // A repeat whose rule says it is not asked keeps no instance.
  for (const [name, g] of form.groups)
    if (g.repeat && !groupRelevant(g.chain, { row: top, repeat: null })) {
      rows.set(name, []);
      top[name] = [];
    }

  const choicesFor = (c: Compiled, ctx: Ctx): string[] | null => {
    if (!c.choiceFilter) return null;
    const base = context(ctx);
    return (c.q.choices ?? [])
      .filter((choice) =>
        xlsBoolean(
          evaluateXls(c.choiceFilter!, {
            ...base,
            field: (f) => (f === 'name' ? choice.name : (choice.filter?.[f] ?? '')),
          }),
        ),
      )
      .map((choice) => choice.name);
  };
  const problems: XlsProblem[] = [];
  for (const c of form.questions) {
    if (c.q.noValue || c.calculation) continue;
    for (const ctx of contexts(c.repeat)) {
      if (hidden.has(key(c.q.name, ctx))) continue;
      const where = ctx.repeat ? { repeat: ctx.repeat, row: ctx.index! } : {};
      const v = ctx.row[c.q.name];
      if (isEmpty(v)) {
        const required =
          c.q.required || (c.requiredIf ? xlsBoolean(evaluateXls(c.requiredIf, context(ctx))) : false);
        if (required) problems.push({ question: c.q.name, kind: 'required', ...where });
        continue;
      }
      const allowed = choicesFor(c, ctx);
      if (allowed) {
        const chosen = Array.isArray(v) ? v : [v];
        if (chosen.some((x) => !allowed.includes(String(x)))) {
          problems.push({ question: c.q.name, kind: 'choice', ...where });
          continue;
        }
      }
      if (c.constraint && !xlsBoolean(evaluateXls(c.constraint, context(ctx, v))))
        problems.push({ question: c.q.name, kind: 'constraint', ...where });
    }
  }
  const find = (name: string, row?: number): [Compiled, Ctx] | null => {
    const c = form.byName.get(name);
    if (!c) return null;
    if (!c.repeat) return [c, { row: top, repeat: null }];
    const r = rows.get(c.repeat)?.[row ?? -1];
    return r ? [c, { row: r, repeat: c.repeat, index: row }] : null;
  };
  return {
    values: top,
    isRelevant: (name, row) => {
      const g = form.groups.get(name);
      if (g)
        return groupRelevant(
          g.chain,
          g.repeatOf && row !== undefined
            ? { row: rows.get(g.repeatOf)?.[row] ?? {}, repeat: g.repeatOf, index: row }
            : { row: top, repeat: null },
        );
      const f = find(name, row);
      return f ? !hidden.has(key(name, f[1])) : false;
    },
    choicesFor: (name, row) => {
      const f = find(name, row);
      return f ? choicesFor(f[0], f[1]) : null;
    },
    problems,
  };
}

/** XLSForm types that hold no answer of the respondent's: a note to read, a computed field. */
export const XLS_NO_VALUE_TYPES: readonly string[] = ['note', 'calculate'];

/**
 * The rules of a survey whose questions carry XLSForm columns (a question's `type` says whether it
 * holds an answer): read once, for the answer form and for the server alike.
 */
export function compileSurveyLogic(
  questions: readonly (Omit<XlsLogicQuestion, 'noValue'> & { type: string })[],
  groups: readonly XlsLogicGroup[],
): CompiledXlsForm {
  return compileXlsForm(
    questions.map((q) => ({
      name: q.name,
      group: q.group,
      relevant: q.relevant,
      constraint: q.constraint,
      required: q.required,
      requiredIf: q.requiredIf,
      calculation: q.calculation,
      choiceFilter: q.choiceFilter,
      choices: q.choices,
      noValue: XLS_NO_VALUE_TYPES.includes(q.type),
    })),
    [...groups],
  );
}
