import type { FastifyError, FastifyInstance } from 'fastify';
import { InputError } from '../map/tabular.js';

/** A caller's mistake or a refusal, rendered as {"error":{"code","message","details"}}. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(403, 'forbidden', message);
export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const conflict = (message: string, details?: unknown) =>
  new AppError(409, 'conflict', message, details);

/** Whole minutes, as a person reads them: "1 minute", "30 minutes". */
export const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
};

/**
 * 429 with a Retry-After header (seconds) and the same wait in details, so that a client can say
 * "try again in N minutes" in its own language.
 */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'rate_limited', message, { retryAfterSeconds });
  }
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
  keyword?: string;
}

/** Turns an Ajv issue into a field path such as `body.email` that users can act on. */
function fieldOf(context: string | undefined, issue: ValidationIssue): string {
  const path = (issue.instancePath ?? '').split('/').filter(Boolean);
  if (issue.keyword === 'required' && typeof issue.params?.missingProperty === 'string')
    path.push(issue.params.missingProperty);
  if (issue.keyword === 'additionalProperties' && typeof issue.params?.additionalProperty === 'string')
    path.push(issue.params.additionalProperty);
  return [context ?? 'body', ...path].join('.');
}

/**
 * What a value refused by PostgreSQL means to the caller, by SQLSTATE: class 22 (data exceptions)
 * and check violations. The checks of ./input.ts and of each route's schema refuse such values
 * first; this is the net behind them, so that a value never answers 500.
 */
const DATABASE_VALUE_ERRORS: Record<string, string> = {
  '22001': 'is too long',
  '22003': 'is out of range',
  '22007': 'is not a valid date or time',
  '22008': 'is not a valid date or time',
  '22P02': 'is not in the expected form',
  '22021': 'contains characters that cannot be stored',
  '23514': 'breaks a rule of the data',
};

interface DatabaseError {
  code: string;
  column?: string;
  constraint?: string;
  table?: string;
}

const databaseValueError = (error: unknown): DatabaseError | null => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '23514')
    ? (error as DatabaseError)
    : null;
};

/** The column a database error names, or the one its check constraint is named after. */
const columnOf = (e: DatabaseError) =>
  e.column ??
  (e.constraint && e.table && e.constraint.startsWith(`${e.table}_`) && e.constraint.endsWith('_check')
    ? e.constraint.slice(e.table.length + 1, -'_check'.length)
    : null);

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { validationContext?: string }, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message, details: error.details ?? null } });
    }
    if (error instanceof InputError) {
      return reply.status(400).send({
        error: {
          code: 'invalid_file',
          message: error.message,
          details: { file: error.file, line: error.line, column: error.column, problem: error.problem },
        },
      });
    }
    if (error.validation) {
      const details = (error.validation as ValidationIssue[]).map((issue) => ({
        field: fieldOf(error.validationContext, issue),
        message:
          issue.keyword === 'additionalProperties'
            ? 'is not a known field'
            : issue.keyword === 'required'
              ? 'is required'
              : (issue.message ?? 'is invalid'),
      }));
      const summary = details.map((d) => `${d.field} ${d.message}`).join('; ');
      return reply
        .status(400)
        .send({ error: { code: 'validation_failed', message: `Invalid request: ${summary}`, details } });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return reply.status(400).send({
        error: {
          code: 'malformed_json',
          message: `The request body is not valid JSON: ${error.message}`,
          details: { field: 'body' },
        },
      });
    }
    const refused = databaseValueError(error);
    if (refused) {
      request.log.warn({ err: error, sqlstate: refused.code }, 'database refused a value');
      const column = columnOf(refused);
      const message = DATABASE_VALUE_ERRORS[refused.code] ?? 'is not a value that can be stored';
      return reply.status(400).send({
        error: {
          code: 'invalid_value',
          message: `Invalid request: ${column ? `the value of ${column}` : 'a value'} ${message}`,
          // The column is the database's name for it, not always the name of a field of the request.
          details: [{ field: 'body', column, message, sqlstate: refused.code }],
        },
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({
        error: {
          code: error.statusCode === 429 ? 'rate_limited' : (error.code ?? 'bad_request').toLowerCase(),
          message: error.message,
          details: null,
        },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: 'Something went wrong on our side', details: null } });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'not_found', message: `No route ${request.method} ${request.url}`, details: null },
    });
  });
}
