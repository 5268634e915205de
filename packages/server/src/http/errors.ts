import type { FastifyError, FastifyInstance } from 'fastify';
import { InputError } from '../map/tabular.js';
import { Message, type Text, msg, render } from '../i18n/index.js';
import { type SchemaIssue, foldUnions, issueText, localiseDetails, requestLocale } from './error-text.js';

/**
 * What an error says (Text): a plain English text (its own catalogue key) or a Message with
 * parameters (msg`...`). It is rendered in the reader's language by the error handler below;
 * `message` holds the English rendering, for logs.
 */
export type { Text };

/**
 * A caller's mistake or a refusal, rendered as {"error":{"code","message","details"}}. `code` is
 * stable; `message` and each `details[].message` are translated, `details[].field` never is.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly text: Text,
    readonly details?: unknown,
  ) {
    super(render('en', text));
  }
}

/** "Actor not found": the catalogue key is the whole sentence, so that languages agree in gender. */
export const notFound = (what: Text) =>
  new AppError(
    404,
    'not_found',
    typeof what === 'string' ? `${what} not found` : new Message(`${what.key} not found`, what.params),
  );
export const forbidden = (message: Text = 'You are not allowed to do this') =>
  new AppError(403, 'forbidden', message);
export const badRequest = (code: string, message: Text, details?: unknown) =>
  new AppError(400, code, message, details);
export const conflict = (message: Text, details?: unknown) => new AppError(409, 'conflict', message, details);

/** Whole minutes, as a person reads them: "1 minute", "30 minutes" (a plural in the catalogue). */
export const inMinutes = (seconds: number): Message => msg`${Math.max(1, Math.ceil(seconds / 60))} minutes`;

/** Fastify's own refusals (body too large, wrong media type, ...) in words the catalogue translates. */
const FASTIFY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than the server accepts',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The server does not accept this content type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but says it is JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body does not have the length it announces',
  FST_REQ_FILE_TOO_LARGE: 'The file is larger than the upload limit',
  FST_FILES_LIMIT: 'Too many files in one request',
  FST_PARTS_LIMIT: 'Too many parts in one request',
  FST_FIELDS_LIMIT: 'Too many fields in one request',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'The request is not multipart/form-data',
};

/** Fastify's other refusals, by status. */
const FASTIFY_STATUS_TEXT: Record<number, string> = {
  404: 'Not found',
  413: 'The request body is larger than the server accepts',
  429: 'Too many requests; wait a moment and try again',
};

const fastifyErrorText = (error: FastifyError): Text =>
  FASTIFY_ERRORS[error.code] ?? FASTIFY_STATUS_TEXT[error.statusCode ?? 0] ?? 'The request cannot be handled';

/**
 * 429 with a Retry-After header (seconds) and the same wait in details, so that a client can say
 * "try again in N minutes" in its own language.
 */
export class RateLimitedError extends AppError {
  constructor(
    message: Text,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'rate_limited', message, { retryAfterSeconds });
  }
}

/** Turns an Ajv issue into a field path such as `body.email` that users can act on. */
function fieldOf(context: string | undefined, issue: SchemaIssue): string {
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

/** The file, line and column of an import problem, then the problem. */
export const inputErrorText = (e: InputError): Message =>
  e.line !== null && e.column
    ? msg`${e.file}:${e.line} (column "${e.column}"): ${e.problem}`
    : e.line !== null
      ? msg`${e.file}:${e.line}: ${e.problem}`
      : e.column
        ? msg`${e.file} (column "${e.column}"): ${e.problem}`
        : msg`${e.file}: ${e.problem}`;

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError & { validationContext?: string }, request, reply) => {
    // Errors are written in the reader's language here, where they are rendered (issue 12, item 9).
    const locale = await requestLocale(app, request);
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(error.statusCode).send({
        error: {
          code: error.code,
          message: render(locale, error.text),
          details: localiseDetails(locale, error.details ?? null),
        },
      });
    }
    if (error instanceof InputError) {
      return reply.status(400).send({
        error: {
          code: 'invalid_file',
          message: render(locale, inputErrorText(error)),
          details: {
            file: error.file,
            line: error.line,
            column: error.column,
            problem: render(locale, error.problem),
          },
        },
      });
    }
    if (error.validation) {
      const details = foldUnions(error.validation as SchemaIssue[]).map((issue) => ({
        field: fieldOf(error.validationContext, issue),
        message: render(locale, issueText(issue)),
      }));
      const summary = details.map((d) => `${d.field} ${d.message}`).join('; ');
      return reply.status(400).send({
        error: {
          code: 'validation_failed',
          message: render(locale, msg`Invalid request: ${summary}`),
          details,
        },
      });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return reply.status(400).send({
        error: {
          code: 'malformed_json',
          message: render(locale, msg`The request body is not valid JSON: ${error.message}`),
          details: { field: 'body' },
        },
      });
    }
    const refused = databaseValueError(error);
    if (refused) {
      request.log.warn({ err: error, sqlstate: refused.code }, 'database refused a value');
      const column = columnOf(refused);
      const message = render(
        locale,
        DATABASE_VALUE_ERRORS[refused.code] ?? 'is not a value that can be stored',
      );
      return reply.status(400).send({
        error: {
          code: 'invalid_value',
          message: render(
            locale,
            column
              ? msg`Invalid request: the value of ${column} ${message}`
              : msg`Invalid request: a value ${message}`,
          ),
          // The column is the database's name for it, not always the name of a field of the request.
          details: [{ field: 'body', column, message, sqlstate: refused.code }],
        },
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({
        error: {
          code: error.statusCode === 429 ? 'rate_limited' : (error.code ?? 'bad_request').toLowerCase(),
          message: render(locale, fastifyErrorText(error)),
          details: null,
        },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: {
        code: 'internal',
        message: render(locale, 'Something went wrong on our side'),
        details: null,
      },
    });
  });
  app.setNotFoundHandler(async (request, reply) => {
    const locale = await requestLocale(app, request);
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: render(locale, msg`No route ${request.method} ${request.url}`),
        details: null,
      },
    });
  });
}
