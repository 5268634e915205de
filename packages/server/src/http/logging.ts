import type { FastifyRequest } from 'fastify';

/**
 * Path segments that are secrets: the personal survey link, an invitation, a membership
 * application link, a password reset. Request logs show `:token` in their place, so that a log
 * line never leads to the person a link was made for.
 */
const SECRET_SEGMENT = /\/(survey-links|invitations|apply|s|reset-password)\/[^/?#]+/g;

export const redactUrl = (url: string) => url.replace(SECRET_SEGMENT, '/$1/:token');

/**
 * Requests that carry a survey answer or open a survey form. Their log lines keep no client
 * address: an anonymous answer leaves no person in any log (hardening issue, item 5).
 */
const SURVEY_ANSWER = /\/survey-links\/|\/surveys\/[^/?#]+\/(responses|form)(\/|\?|$)/;

export function requestLogSerializer(request: FastifyRequest) {
  const url = redactUrl(request.url);
  return {
    method: request.method,
    url,
    ...(SURVEY_ANSWER.test(request.url) ? {} : { remoteAddress: request.ip }),
  };
}

/** The logger options of the app: the caller's, with the request serializer above. */
export function loggerOptions(logger: boolean | object | undefined): false | object {
  if (!logger) return false;
  const given = logger === true ? {} : (logger as { serializers?: object });
  return { ...given, serializers: { ...given.serializers, req: requestLogSerializer } };
}
