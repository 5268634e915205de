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
