import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type Locale,
  Message,
  asLocale,
  isMessage,
  localeOf,
  msg,
  oneOf,
  render,
  word,
} from '../i18n/index.js';
import { sha256 } from '../auth/secrets.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';

/*
 * The words of an error in the reader's language (issue 12, item 9): what a schema check found
 * (Ajv issues, also used by imports through ./validator.ts), and the language of a request that
 * failed before its caller was authenticated.
 */

export interface SchemaIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
  keyword?: string;
}

const TYPE_TEXT: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  integer: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object',
  null: 'must be empty (null)',
};

const FORMAT_TEXT: Record<string, string> = {
  date: 'must be a date (YYYY-MM-DD)',
  'date-time': 'must be a date and time',
  time: 'must be a time of day',
  email: 'must be an email address',
  uri: 'must be a web address',
  url: 'must be a web address',
  uuid: 'must be an identifier (UUID)',
};

const limit = (issue: SchemaIssue) => Number(issue.params?.limit);

/** What an Ajv issue means, in words that the catalogue translates (never Ajv's own English). */
export function issueText(issue: SchemaIssue): string | Message {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'type':
      return TYPE_TEXT[String(p.type)] ?? 'has the wrong type';
    case 'minimum':
      return msg`must be at least ${limit(issue)}`;
    case 'maximum':
      return msg`must be at most ${limit(issue)}`;
    case 'exclusiveMinimum':
      return msg`must be greater than ${limit(issue)}`;
    case 'exclusiveMaximum':
      return msg`must be less than ${limit(issue)}`;
    case 'minLength':
      return limit(issue) === 1 ? 'must not be empty' : msg`must have at least ${limit(issue)} characters`;
    case 'maxLength':
      return msg`must have at most ${limit(issue)} characters`;
    case 'minItems':
      return msg`must have at least ${limit(issue)} items`;
    case 'maxItems':
      return msg`must have at most ${limit(issue)} items`;
    case 'uniqueItems':
      return 'must not hold the same item twice';
    case 'multipleOf':
      return msg`must be a multiple of ${Number(p.multipleOf)}`;
    case 'pattern':
      return 'is not in the expected form';
    case 'format':
      return FORMAT_TEXT[String(p.format)] ?? 'is not in the expected form';
    case 'enum':
      return msg`must be one of ${oneOf((p.allowedValues as unknown[]).map(String))}`;
    case 'const':
      return msg`must be ${word(String(p.allowedValue))}`;
    case 'anyOf':
    case 'oneOf':
      return 'does not match any of the allowed forms';
    case 'minProperties':
      return 'has too few fields';
    case 'maxProperties':
      return 'has too many fields';
    default:
      return 'is invalid';
  }
}

/**
 * Ajv's issues for one request, with the "must be equal to constant" of each branch of a union
 * of literals folded into one "must be one of a, b or c".
 */
export function foldUnions(issues: SchemaIssue[]): SchemaIssue[] {
  const constants = new Map<string, string[]>();
  for (const i of issues)
    if (i.keyword === 'const') {
      const list = constants.get(i.instancePath ?? '') ?? [];
      list.push(String(i.params?.allowedValue));
      constants.set(i.instancePath ?? '', list);
    }
  const folded: SchemaIssue[] = [];
  for (const i of issues) {
    const path = i.instancePath ?? '';
    if (i.keyword === 'const' && issues.some((j) => j.keyword === 'anyOf' && (j.instancePath ?? '') === path))
      continue;
    if (i.keyword === 'anyOf' && constants.has(path)) {
      folded.push({ ...i, keyword: 'enum', params: { allowedValues: constants.get(path) } });
      continue;
    }
    folded.push(i);
  }
  return folded;
}

const TRANSLATED_FIELDS = new Set(['message', 'problem']);

/**
 * Details with their words in a language: every Message, and every `message` or `problem` text,
 * is rendered; field paths and other values are left as they are.
 */
export function localiseDetails(locale: Locale, details: unknown, depth = 0): unknown {
  if (isMessage(details)) return render(locale, details);
  if (depth > 4 || typeof details !== 'object' || details === null || details instanceof Date) return details;
  if (Array.isArray(details)) return details.map((d) => localiseDetails(locale, d, depth + 1));
  return Object.fromEntries(
    Object.entries(details).map(([k, v]) => [
      k,
      TRANSLATED_FIELDS.has(k) && typeof v === 'string'
        ? render(locale, v)
        : localiseDetails(locale, v, depth + 1),
    ]),
  );
}

/**
 * The language of a request: the caller's own (also when the request failed before the access
 * policy authenticated it, e.g. a schema check), else Accept-Language, else English. Reads only.
 */
export async function requestLocale(app: FastifyInstance, request: FastifyRequest): Promise<Locale> {
  if (request.auth) return localeOf(request);
  try {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const cookie = request.cookies?.[SESSION_COOKIE];
    const row = bearer
      ? await app.db
          .selectFrom('api_tokens')
          .innerJoin('users', 'users.id', 'api_tokens.user_id')
          .select('users.locale')
          .where('api_tokens.token_hash', '=', sha256(bearer[1]!))
          .where('api_tokens.revoked_at', 'is', null)
          .where('api_tokens.expires_at', '>', new Date())
          .executeTakeFirst()
      : cookie
        ? await app.db
            .selectFrom('sessions')
            .innerJoin('users', 'users.id', 'sessions.user_id')
            .select('users.locale')
            .where('sessions.id', '=', sha256(cookie))
            .where('sessions.expires_at', '>', new Date())
            .executeTakeFirst()
        : undefined;
    const own = asLocale(row?.locale);
    if (own) return own;
  } catch {
    // The language is a courtesy: a failed look-up answers in the header's language.
  }
  return localeOf(request);
}
