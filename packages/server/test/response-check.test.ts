import Fastify from 'fastify';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installResponseCheck, serializeAsIs } from '../src/http/response-check.js';
import { createTestContext, type TestContext } from './helpers.js';

// Response schemas document the API and never change what is sent (app.ts); the tests check that
// they are true (settings.checkResponses, http/response-check.ts). A small app whose routes declare
// schemas, some of them wrong, shows both.

const Row = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    count: Type.Integer(),
    closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { additionalProperties: false },
);
const ID = '6f1c1b8e-4a7e-4c3f-9a51-0d6a4f4b2a10';

async function smallApp(check: boolean) {
  const app = Fastify();
  app.setSerializerCompiler(serializeAsIs);
  if (check) installResponseCheck(app);
  const route = (url: string, body: unknown, status = 200) =>
    app.get(url, { schema: { response: { 200: Row } } }, async (_request, reply) => {
      // (A status the schema does not declare, on purpose for /other-status.)
      reply.status(status as 200);
      return body;
    });
  route('/right', { id: ID, count: 3, closedAt: new Date('2026-05-01T10:00:00Z') });
  route('/wrong-type', { id: ID, count: '3', closedAt: null });
  route('/missing', { id: ID, closedAt: null });
  route('/extra', { id: ID, count: 3, closedAt: null, secret: 'x' });
  route('/not-a-uuid', { id: 'x', count: 3, closedAt: null });
  route('/other-status', { anything: true }, 201);
  app.get('/undeclared', async () => ({ anything: true }));
  await app.ready();
  return app;
}

describe('response schemas', () => {
  it('never change what is sent: no property dropped, no value coerced', async () => {
    const app = await smallApp(false);
    const extra = await app.inject({ method: 'GET', url: '/extra' });
    expect(extra.statusCode).toBe(200);
    expect(extra.json()).toEqual({ id: ID, count: 3, closedAt: null, secret: 'x' });
    const wrong = await app.inject({ method: 'GET', url: '/wrong-type' });
    expect(wrong.json()).toEqual({ id: ID, count: '3', closedAt: null });
    await app.close();
  });

  it('are checked: an answer that matches passes unchanged', async () => {
    const app = await smallApp(true);
    const res = await app.inject({ method: 'GET', url: '/right' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: ID, count: 3, closedAt: '2026-05-01T10:00:00.000Z' });
    // A status without a declared schema, and a route without one, are not checked.
    expect((await app.inject({ method: 'GET', url: '/other-status' })).statusCode).toBe(201);
    expect((await app.inject({ method: 'GET', url: '/undeclared' })).statusCode).toBe(200);
    await app.close();
  });

  it('are checked: an answer that breaks its schema is a 500 naming the route, the place and the rule', async () => {
    const app = await smallApp(true);
    const cases: [string, RegExp][] = [
      ['/wrong-type', /\/count must be integer \(type\)/],
      ['/missing', /must have required property 'count' \(required\)/],
      ['/extra', /does not declare: "secret" \(additionalProperties\)/],
      ['/not-a-uuid', /\/id must match format "uuid" \(format\)/],
    ];
    for (const [url, rule] of cases) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(500);
      const error = res.json().error;
      expect(error.code).toBe('response_schema_mismatch');
      expect(error.message).toContain(
        `The answer of GET ${url} (200) does not match its declared response schema`,
      );
      expect(error.message).toMatch(rule);
      expect(error.details.route).toBe(`GET ${url}`);
    }
    await app.close();
  });
});

describe('the test helper', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: false });
  });
  afterAll(() => ctx.close());

  it('builds the app with the check on', () => {
    expect(ctx.app.settings.checkResponses).toBe(true);
  });
});
