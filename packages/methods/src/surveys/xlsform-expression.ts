/**
 * The XLSForm expression language: the part of XPath 1.0 that ODK and KoboToolbox forms write in
 * their `relevant`, `constraint`, `calculation`, `required`, `choice_filter` and `default` columns
 * (xlsform.org). Read into a tree once and evaluated by walking it, never with `eval`, so the same
 * rules run in the browser and on the server. This is the format of the forms field teams bring,
 * not a method of the practitioner guides; which functions are supported is the platform's choice,
 * listed in `XLSFORM_FUNCTIONS`, and any other is refused when the form is read.
 */

export type XlsExpr =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  /** `${name}`: the value of a question. */
  | { kind: 'ref'; name: string }
  /** `.`: the value of the question the expression belongs to. */
  | { kind: 'current' }
  /** A bare name: a column of the choices sheet, in a `choice_filter`. */
  | { kind: 'field'; name: string }
  | { kind: 'negate'; arg: XlsExpr }
  | { kind: 'binary'; op: XlsOperator; left: XlsExpr; right: XlsExpr }
  | { kind: 'call'; name: string; args: XlsExpr[] };

export type XlsOperator =
  'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | 'div' | 'mod';

/** A value while evaluating: a list is a select_multiple answer or a question's values across a repeat. */
export type XlsValue = string | number | boolean | readonly XlsValue[] | null | undefined;

export interface XlsContext {
  /** The value of `${name}`. */
  ref(name: string): XlsValue;
  /** The value `.` stands for. */
  current?: XlsValue;
  /** A column of the choice being filtered (`choice_filter`). */
  field?(name: string): XlsValue;
  /** Today as YYYY-MM-DD and now as an ISO date-time (the caller's clock, so tests can fix them). */
  today: string;
  now: string;
}

/**
 * A message of the XLSForm methods as a key and its values, so that the server can say it in the
 * reader's language (its catalogue translates the key); `xlsText` writes it in English.
 */
export interface XlsText {
  key: string;
  params: (string | number | XlsText)[];
}

/** The English of an XlsText: each {n} replaced by its value. */
export function xlsText(t: XlsText): string {
  return t.key.replace(/\{(\d+)\}/g, (_, i: string) => {
    const v = t.params[Number(i)];
    return typeof v === 'object' ? xlsText(v) : String(v);
  });
}
export const xlsMessage = (key: string, ...params: (string | number | XlsText)[]): XlsText => ({
  key,
  params,
});

/** Where and why an expression cannot be read. */
export class XlsExpressionError extends Error {
  constructor(
    readonly text: XlsText,
    readonly position: number,
  ) {
    super(xlsText(text));
    this.name = 'XlsExpressionError';
  }
}

type Fn = { min: number; max: number; run: (args: XlsValue[], ctx: XlsContext) => XlsValue };

const str = (v: XlsValue): string => xlsString(v);
const num = (v: XlsValue): number => xlsNumber(v);
const items = (v: XlsValue): string[] =>
  Array.isArray(v) ? (v as XlsValue[]).flatMap((x) => items(x)) : str(v).split(/\s+/).filter(Boolean);
const nodes = (v: XlsValue): XlsValue[] =>
  Array.isArray(v) ? (v as XlsValue[]) : v === null || v === undefined || v === '' ? [] : [v];

/** The functions an expression may call, with how many arguments each takes. */
const FUNCTIONS: Record<string, Fn> = {
  selected: { min: 2, max: 2, run: ([a, b]) => items(a).includes(str(b)) },
  'count-selected': { min: 1, max: 1, run: ([a]) => items(a).length },
  'selected-at': { min: 2, max: 2, run: ([a, i]) => items(a)[num(i)] ?? '' },
  'string-length': { min: 1, max: 1, run: ([a]) => [...str(a)].length },
  concat: { min: 1, max: 50, run: (args) => args.map(str).join('') },
  contains: { min: 2, max: 2, run: ([a, b]) => str(a).includes(str(b)) },
  'starts-with': { min: 2, max: 2, run: ([a, b]) => str(a).startsWith(str(b)) },
  'ends-with': { min: 2, max: 2, run: ([a, b]) => str(a).endsWith(str(b)) },
  substr: {
    min: 2,
    max: 3,
    run: ([s, a, b]) => [...str(s)].slice(num(a), b === undefined ? undefined : num(b)).join(''),
  },
  if: { min: 3, max: 3, run: ([c, a, b]) => (xlsBoolean(c) ? a : b) },
  coalesce: { min: 2, max: 2, run: ([a, b]) => (str(a) !== '' ? a : b) },
  not: { min: 1, max: 1, run: ([a]) => !xlsBoolean(a) },
  true: { min: 0, max: 0, run: () => true },
  false: { min: 0, max: 0, run: () => false },
  boolean: { min: 1, max: 1, run: ([a]) => xlsBoolean(a) },
  number: { min: 1, max: 1, run: ([a]) => num(a) },
  string: { min: 1, max: 1, run: ([a]) => str(a) },
  int: { min: 1, max: 1, run: ([a]) => Math.trunc(num(a)) },
  round: {
    min: 1,
    max: 2,
    run: ([a, d]) => {
      const p = 10 ** (d === undefined ? 0 : num(d));
      return Math.round(num(a) * p) / p;
    },
  },
  today: { min: 0, max: 0, run: (_, ctx) => ctx.today },
  now: { min: 0, max: 0, run: (_, ctx) => ctx.now },
  count: { min: 1, max: 1, run: ([a]) => nodes(a).length },
  sum: { min: 1, max: 1, run: ([a]) => nodes(a).reduce<number>((s, x) => s + num(x), 0) },
  min: { min: 1, max: 1, run: ([a]) => (nodes(a).length ? Math.min(...nodes(a).map(num)) : NaN) },
  max: { min: 1, max: 1, run: ([a]) => (nodes(a).length ? Math.max(...nodes(a).map(num)) : NaN) },
};

/** The names of the functions supported. */
export const XLSFORM_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

/** XPath's string value: numbers without a trailing ".0", a list as its items separated by spaces. */
export function xlsString(v: XlsValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  return (v as XlsValue[]).map(xlsString).join(' ');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

/** XPath's number value; a date (YYYY-MM-DD, with or without a time) counts in days since 1970-01-01, as ODK does. */
export function xlsNumber(v: XlsValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const s = xlsString(v).trim();
  if (NUMBER.test(s)) return Number(s);
  const d = DATE.exec(s);
  if (d) {
    const t = Date.parse(d[4] ? s : `${s}T00:00:00Z`);
    if (!Number.isNaN(t)) return t / 86_400_000;
  }
  return NaN;
}

/** XPath's boolean value: a non-empty string or list, a number other than 0 and NaN. */
export function xlsBoolean(v: XlsValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (Array.isArray(v)) return v.length > 0;
  return xlsString(v) !== '';
}

// ---------------------------------------------------------------- reading

type Token =
  | { t: 'num'; v: number; at: number }
  | { t: 'str'; v: string; at: number }
  | { t: 'ref'; v: string; at: number }
  | { t: 'name'; v: string; at: number }
  | { t: 'op'; v: string; at: number }
  | { t: 'end'; at: number };

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_.:-]/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i;
    if (c === '$') {
      const m = /^\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}/.exec(src.slice(i));
      if (!m)
        throw new XlsExpressionError(xlsMessage('"$" must start a reference such as {0}', '${name}'), at);
      out.push({ t: 'ref', v: m[1]!, at });
      i += m[0].length;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(\d+(\.\d*)?|\.\d+)/.exec(src.slice(i))!;
      out.push({ t: 'num', v: Number(m[0]), at });
      i += m[0].length;
    } else if (c === "'" || c === '"') {
      const end = src.indexOf(c, i + 1);
      if (end < 0) throw new XlsExpressionError(xlsMessage('a text in quotes is not closed'), at);
      out.push({ t: 'str', v: src.slice(i + 1, end), at });
      i = end + 1;
    } else if (c === '.') {
      if (src[i + 1] === '.')
        throw new XlsExpressionError(xlsMessage('".." (the parent) is not supported'), at);
      out.push({ t: 'op', v: '.', at });
      i++;
    } else if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < src.length && NAME_CHAR.test(src[j]!)) j++;
      // A name never ends in "-" or ".": "a-" followed by a number is a subtraction.
      while (j > i + 1 && /[-.]/.test(src[j - 1]!)) j--;
      out.push({ t: 'name', v: src.slice(i, j), at });
      i = j;
    } else {
      const two = src.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        out.push({ t: 'op', v: two, at });
        i += 2;
      } else if ('=<>+-*(),'.includes(c)) {
        out.push({ t: 'op', v: c, at });
        i++;
      } else throw new XlsExpressionError(xlsMessage('"{0}" cannot be read here', c), at);
    }
  }
  out.push({ t: 'end', at: src.length });
  return out;
}

const LEVELS: readonly (readonly string[])[] = [
  ['or'],
  ['and'],
  ['=', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', 'div', 'mod'],
];

/**
 * Reads an expression. Bare names (choice columns) are accepted only when `allowFields` is set, as
 * in a choice filter; elsewhere a question is written `${name}`.
 */
export function parseXlsExpression(src: string, options: { allowFields?: boolean } = {}): XlsExpr {
  if (src.length > 2000)
    throw new XlsExpressionError(xlsMessage('the expression is longer than {0} characters', 2000), 0);
  const tokens = tokenize(src);
  let p = 0;
  let depth = 0;
  const peek = () => tokens[p]!;
  const isOp = (tok: Token, v: string) => (tok.t === 'op' || tok.t === 'name') && tok.v === v;
  const expect = (v: string) => {
    const tok = peek();
    if (!isOp(tok, v))
      throw new XlsExpressionError(
        tok.t === 'end' ? xlsMessage('"{0}" is missing at the end', v) : xlsMessage('"{0}" expected here', v),
        tok.at,
      );
    p++;
  };
  const level = (n: number): XlsExpr => {
    if (n === LEVELS.length) return unary();
    let left = level(n + 1);
    for (;;) {
      const tok = peek();
      const op = LEVELS[n]!.find((o) => isOp(tok, o));
      if (!op) return left;
      p++;
      left = { kind: 'binary', op: op as XlsOperator, left, right: level(n + 1) };
    }
  };
  const unary = (): XlsExpr => {
    if (isOp(peek(), '-')) {
      p++;
      return { kind: 'negate', arg: unary() };
    }
    return primary();
  };
  const primary = (): XlsExpr => {
    const tok = peek();
    if (++depth > 100)
      throw new XlsExpressionError(xlsMessage('the expression is nested too deeply'), tok.at);
    try {
      switch (tok.t) {
        case 'num':
          p++;
          return { kind: 'number', value: tok.v };
        case 'str':
          p++;
          return { kind: 'string', value: tok.v };
        case 'ref':
          p++;
          return { kind: 'ref', name: tok.v };
        case 'end':
          throw new XlsExpressionError(xlsMessage('the expression ends too early'), tok.at);
        case 'op':
          if (tok.v === '.') {
            p++;
            return { kind: 'current' };
          }
          if (tok.v === '(') {
            p++;
            const inner = level(0);
            expect(')');
            return inner;
          }
          throw new XlsExpressionError(xlsMessage('"{0}" cannot start a value', tok.v), tok.at);
        case 'name': {
          p++;
          if (isOp(peek(), '(')) {
            const name = tok.v;
            const fn = FUNCTIONS[name];
            if (!fn)
              throw new XlsExpressionError(xlsMessage('the function {0}() is not supported', name), tok.at);
            p++;
            const args: XlsExpr[] = [];
            if (!isOp(peek(), ')')) {
              args.push(level(0));
              while (isOp(peek(), ',')) {
                p++;
                args.push(level(0));
              }
            }
            expect(')');
            if (args.length < fn.min || args.length > fn.max)
              throw new XlsExpressionError(
                fn.min === fn.max
                  ? xlsMessage(
                      fn.min === 1
                        ? '{0}() takes {1} argument, not {2}'
                        : '{0}() takes {1} arguments, not {2}',
                      name,
                      fn.min,
                      args.length,
                    )
                  : xlsMessage(
                      '{0}() takes {1} to {2} arguments, not {3}',
                      name,
                      fn.min,
                      fn.max,
                      args.length,
                    ),
                tok.at,
              );
            return { kind: 'call', name, args };
          }
          if (options.allowFields) return { kind: 'field', name: tok.v };
          throw new XlsExpressionError(
            xlsMessage('"{0}" is not a value: write a question as {1}', tok.v, `\${${tok.v}}`),
            tok.at,
          );
        }
      }
    } finally {
      depth--;
    }
  };
  const expr = level(0);
  const rest = peek();
  if (rest.t !== 'end')
    throw new XlsExpressionError(xlsMessage('the expression goes on after its end'), rest.at);
  return expr;
}

/** The questions an expression refers to with `${name}`. */
export function xlsReferences(expr: XlsExpr): string[] {
  const out = new Set<string>();
  const walk = (e: XlsExpr) => {
    if (e.kind === 'ref') out.add(e.name);
    else if (e.kind === 'negate') walk(e.arg);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === 'call') e.args.forEach(walk);
  };
  walk(expr);
  return [...out];
}

// ---------------------------------------------------------------- evaluating

function compare(op: XlsOperator, a: XlsValue, b: XlsValue): boolean {
  if (op === '=' || op === '!=') {
    // XPath: a list (select_multiple, or values across a repeat) equals a value when one item does.
    if (Array.isArray(a) || Array.isArray(b)) {
      const [list, other] = Array.isArray(a) ? [a, b] : [b as XlsValue[], a];
      const any = (list as XlsValue[]).some((x) => compare('=', x, other));
      return op === '=' ? any : !any;
    }
    let eq: boolean;
    if (typeof a === 'boolean' || typeof b === 'boolean') eq = xlsBoolean(a) === xlsBoolean(b);
    else if (typeof a === 'number' || typeof b === 'number') {
      const x = xlsNumber(a);
      const y = xlsNumber(b);
      // An unanswered number compares as the empty text it is.
      eq = Number.isNaN(x) || Number.isNaN(y) ? xlsString(a) === xlsString(b) : x === y;
    } else eq = xlsString(a) === xlsString(b);
    return op === '=' ? eq : !eq;
  }
  const x = xlsNumber(a);
  const y = xlsNumber(b);
  if (op === '<') return x < y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x >= y;
}

/** Evaluates an expression read by `parseXlsExpression`. */
export function evaluateXls(expr: XlsExpr, ctx: XlsContext): XlsValue {
  switch (expr.kind) {
    case 'number':
    case 'string':
      return expr.value;
    case 'ref':
      return ctx.ref(expr.name);
    case 'current':
      return ctx.current;
    case 'field':
      return ctx.field ? ctx.field(expr.name) : '';
    case 'negate':
      return -xlsNumber(evaluateXls(expr.arg, ctx));
    case 'call': {
      // if() evaluates only the branch it takes.
      if (expr.name === 'if')
        return xlsBoolean(evaluateXls(expr.args[0]!, ctx))
          ? evaluateXls(expr.args[1]!, ctx)
          : evaluateXls(expr.args[2]!, ctx);
      return FUNCTIONS[expr.name]!.run(
        expr.args.map((a) => evaluateXls(a, ctx)),
        ctx,
      );
    }
    case 'binary': {
      const { op } = expr;
      if (op === 'or')
        return xlsBoolean(evaluateXls(expr.left, ctx)) || xlsBoolean(evaluateXls(expr.right, ctx));
      if (op === 'and')
        return xlsBoolean(evaluateXls(expr.left, ctx)) && xlsBoolean(evaluateXls(expr.right, ctx));
      const a = evaluateXls(expr.left, ctx);
      const b = evaluateXls(expr.right, ctx);
      if (op === '+') return xlsNumber(a) + xlsNumber(b);
      if (op === '-') return xlsNumber(a) - xlsNumber(b);
      if (op === '*') return xlsNumber(a) * xlsNumber(b);
      if (op === 'div') return xlsNumber(a) / xlsNumber(b);
      if (op === 'mod') return xlsNumber(a) % xlsNumber(b);
      return compare(op, a, b);
    }
  }
}
