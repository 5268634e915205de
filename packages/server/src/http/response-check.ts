import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Response schemas document the API (the OpenAPI document and the web app's generated types,
 * packages/web/src/api/openapi.d.ts); they never change what is sent (app.ts serialises without
 * them). So that they stay true, the tests turn this check on (settings.checkResponses): each 2xx
 * JSON answer of a route that declares a schema for its status is validated against it, and an
 * answer that breaks it becomes a 500 naming the route, the place in the answer and the rule
 * broken, which fails whichever test made the request.
 */

/**
 * The serialiser of every route (app.ts sets it): the answer as it is, JSON.stringify, whatever
 * response schema the route declares, exactly as Fastify serialises a route without one.
 */
export const serializeAsIs = () => (data: unknown) => JSON.stringify(data);

/** The schema a route declares for a status: its own code, else its class (`2xx`). */
function declaredSchema(request: FastifyRequest, status: number): object | null {
  const response = request.routeOptions.schema?.response as Record<string, unknown> | undefined;
  const declared = response?.[String(status)] ?? response?.[`${String(status)[0]}xx`];
  if (!declared || typeof declared !== 'object') return null;
  // Fastify also takes { content: { 'application/json': { schema } } }.
  const content = (declared as { content?: Record<string, { schema?: object }> }).content;
  return content ? (content['application/json']?.schema ?? null) : declared;
}

export interface ResponseMismatch {
  /** The route, e.g. "GET /api/v1/workspaces/:workspaceId/surveys". */
  route: string;
  status: number;
  /** Each rule broken: where in the answer (a JSON pointer), the keyword, what it says. */
  problems: { path: string; rule: string; message: string }[];
}

/** The words of a mismatch, for the 500 and the log. */
export function describeMismatch(m: ResponseMismatch): string {
  const shown = m.problems
    .slice(0, 5)
    .map((p) => `${p.path || '(the whole answer)'} ${p.message} (${p.rule})`)
    .join('; ');
  const more = m.problems.length > 5 ? `; and ${m.problems.length - 5} more` : '';
  return `The answer of ${m.route} (${m.status}) does not match its declared response schema: ${shown}${more}`;
}

export function installResponseCheck(app: FastifyInstance): void {
  // Its own Ajv: nothing coerced, no defaults filled in, every problem listed; formats checked.
  const ajv = new Ajv({ allErrors: true, coerceTypes: false, useDefaults: false, strict: false });
  addFormats.default(ajv);
  // Compiled once per declared schema (each route's schema object is its own key).
  const compiled = new WeakMap<object, ValidateFunction>();
  const validatorOf = (schema: object) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const status = reply.statusCode;
    if (status < 200 || status >= 300 || typeof payload !== 'string') return payload;
    if (!/^application\/json\b/.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const schema = declaredSchema(request, status);
    if (!schema) return payload;
    const validate = validatorOf(schema);
    // What goes on the wire, read back: dates are strings here, as the client sees them.
    if (validate(JSON.parse(payload))) return payload;
    const mismatch: ResponseMismatch = {
      route: `${request.method} ${request.routeOptions.url}`,
      status,
      problems: (validate.errors ?? []).map((e) => ({
        path: e.instancePath,
        rule: e.keyword,
        message:
          e.keyword === 'additionalProperties'
            ? `has a property the schema does not declare: "${String(e.params.additionalProperty)}"`
            : (e.message ?? e.keyword),
      })),
    };
    const message = describeMismatch(mismatch);
    request.log.error({ mismatch }, message);
    reply.code(500);
    reply.header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify({ error: { code: 'response_schema_mismatch', message, details: mismatch } });
  });
}
