import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import { msg } from '../i18n/index.js';

/*
 * Input the database cannot store, or that breaks what is built from it later, is refused at the
 * door with a 400 naming the field, instead of reaching PostgreSQL and answering 500 (hardening
 * issue, item 11):
 *
 * - every JSON-schema `number` without an explicit bound is bounded to ±NUMBER_LIMIT, and every
 *   `integer` to the range of a PostgreSQL `integer` column (a schema walk when a route is
 *   registered, so the OpenAPI description shows the bounds too). Money fields carry the bound of
 *   their column (MONEY_12_2, MONEY_14_2 below);
 * - a date written as `YYYY-MM-DD` must be a day of the calendar (2026-02-30 is refused): such
 *   strings are given `format: date`, which ajv-formats checks in full mode;
 * - no text of a body, a query string or a path parameter may hold a NUL character or half of a
 *   UTF-16 surrogate pair (PostgreSQL stores neither);
 * - an edit (PATCH or PUT whose fields are all optional) must name at least one of its fields.
 *
 * The error handler (./errors.ts) is the net behind this: a value PostgreSQL still refuses
 * (SQLSTATE class 22, check violations) is a 400 there, never a 500.
 */

/**
 * The largest magnitude of a number the platform accepts where a route does not say otherwise:
 * a million million, beyond any indicator, price or count a cluster records, and far from where
 * sums, charts and exports lose precision or overflow.
 */
export const NUMBER_LIMIT = 1e12;
/** The range of a PostgreSQL `integer` column. */
export const INTEGER_LIMIT = 2_147_483_647;
/** The largest amount a `numeric(12, 2)` column holds (fees, service prices). */
export const MONEY_12_2 = 9_999_999_999.99;
/** The largest amount a `numeric(14, 2)` column holds (project budgets, joint-action costs). */
export const MONEY_14_2 = 999_999_999_999.99;
/** The largest value a `numeric(14, 4)` column holds (joint-action cost-sharing weights). */
export const NUMERIC_14_4 = 9_999_999_999.9999;

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

type Schema = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Adds the platform's default bounds and calendar dates to a JSON schema, in place (schemas are
 * shared between routes; the change is the same each time).
 */
export function boundSchema(schema: unknown, seen = new Set<unknown>()): void {
  if (!isObject(schema) || seen.has(schema)) return;
  seen.add(schema);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('number') || types.includes('integer')) {
    const limit = types.includes('number') ? NUMBER_LIMIT : INTEGER_LIMIT;
    if (schema.minimum === undefined && schema.exclusiveMinimum === undefined) schema.minimum = -limit;
    if (schema.maximum === undefined && schema.exclusiveMaximum === undefined) schema.maximum = limit;
  }
  if (types.includes('string') && schema.pattern === DATE_PATTERN && schema.format === undefined)
    schema.format = 'date';
  for (const key of ['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else'])
    boundSchema(schema[key], seen);
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'])
    if (Array.isArray(schema[key])) for (const s of schema[key] as unknown[]) boundSchema(s, seen);
  for (const key of ['properties', 'patternProperties'])
    if (isObject(schema[key])) for (const s of Object.values(schema[key])) boundSchema(s, seen);
}

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const problemOfText = (text: string) => {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === '\u0000'
    ? 'contains a NUL character'
    : 'contains half of a UTF-16 surrogate pair (not valid Unicode text)';
};

interface Issue {
  field: string;
  message: string;
}

/**
 * The first value under `value` that no column can hold, with its path as schema errors name it
 * (`body.targets.0.value`, `querystring.search`, `params.actorId`).
 */
function findUnstorable(value: unknown, path: string, depth = 0): Issue | null {
  if (typeof value === 'string') {
    const problem = problemOfText(value);
    return problem ? { field: path, message: problem } : null;
  }
  if (depth > 64 || typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const issue = findUnstorable(value[i], `${path}.${i}`, depth + 1);
      if (issue) return issue;
    }
    return null;
  }
  if (value instanceof Date) return null;
  for (const [key, v] of Object.entries(value)) {
    const problem = problemOfText(key);
    if (problem)
      return { field: `${path}.${key.replace(UNSTORABLE, '?')}`, message: `has a name that ${problem}` };
    const issue = findUnstorable(v, `${path}.${key}`, depth + 1);
    if (issue) return issue;
  }
  return null;
}

const invalid = (issue: Issue) =>
  new AppError(400, 'validation_failed', msg`Invalid request: ${issue.field} ${issue.message}`, [issue]);

/** The fields an edit route may change, when all of them are optional (PATCH and PUT). */
function editableFields(method: string | string[], body: unknown): Schema | null {
  const methods = Array.isArray(method) ? method : [method];
  if (!methods.some((m) => m === 'PATCH' || m === 'PUT')) return null;
  if (!isObject(body) || !isObject(body.properties)) return null;
  if (Array.isArray(body.required) && body.required.length > 0) return null;
  return body;
}

function checkRequest(request: FastifyRequest, edit: Schema | null): void {
  for (const [part, value] of [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ] as const) {
    // A body that is not JSON (a file upload) is the business of the route that reads it.
    if (part === 'body' && (typeof value !== 'object' || value === null || Buffer.isBuffer(value))) continue;
    const issue = findUnstorable(value, part);
    if (issue) throw invalid(issue);
  }
  if (edit && isObject(request.body)) {
    const known = Object.keys(edit.properties as Schema);
    const keys = Object.keys(request.body);
    // Unknown fields are named by the schema check when it refuses them.
    if (!keys.some((k) => known.includes(k)) && (keys.length === 0 || edit.additionalProperties !== false))
      throw new AppError(
        400,
        'nothing_to_change',
        msg`Nothing to change: the body names none of the fields this request edits (${known.join(', ')})`,
        [{ field: 'body', message: 'nothing to change' }],
      );
  }
}

/** Installs the checks above; call before any route is registered. */
export function installInputChecks(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as Record<string, unknown> | undefined;
    if (schema) for (const part of ['body', 'querystring', 'params']) boundSchema(schema[part]);
    const edit = editableFields(route.method, schema?.body);
    const check = async (request: FastifyRequest) => checkRequest(request, edit);
    const existing = route.preValidation;
    route.preValidation = existing ? [check, ...(Array.isArray(existing) ? existing : [existing])] : [check];
  });
}
