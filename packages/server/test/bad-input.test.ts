import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandler } from '../src/http/errors.js';
import { validateIati } from '../src/monitoring/iati-validate.js';
import { pdfText } from './documents.js';
import {
  fillUrl,
  loadRows,
  operations,
  paramSets,
  sample,
  type JsonSchema,
  type Kind,
  type Operation,
  type Rows,
} from './openapi.js';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

// Hardening issue, item 11: values no column can hold are refused with a 400 naming the field,
// never a 500. Every route of the OpenAPI description with a JSON body or a query string is sent,
// by the owner of the demo workspaces, a valid body with one field at a time replaced by a bad
// value: a NUL, half a surrogate pair, ±1e308, an impossible date, 1e10 (too large for money).

let ctx: TestContext;
let owner: Session;
let rows: Rows;
const ws: Record<Kind, string> = { cluster_initiative: '', programme: '' };

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await signIn(ctx.app, 'admin@demo.agglomera.org');
  ws.cluster_initiative = workspaceByKind(owner, 'cluster_initiative');
  ws.programme = workspaceByKind(owner, 'programme');
  rows = await loadRows(ctx.handle.db, [ws.cluster_initiative, ws.programme]);
}, 180_000);
afterAll(async () => ctx?.close());

interface Leaf {
  /** Path in the body, as the error names it after `body.` */
  path: (string | number)[];
  schema: JsonSchema;
}

/** The fields of a body schema that hold text, numbers or dates, with their paths. */
function leaves(schema: JsonSchema | undefined, path: (string | number)[] = [], depth = 0): Leaf[] {
  if (!schema || depth > 6) return [];
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union) {
    const member = union.find((u) => u.type !== 'null') ?? union[0];
    return member ? leaves(member, path, depth) : [];
  }
  if (schema.const !== undefined || schema.enum) return [];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties)
    return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).flatMap(([k, s]) =>
      leaves(s, [...path, k], depth + 1),
    );
  if (type === 'array') return leaves(schema.items as JsonSchema, [...path, 0], depth + 1);
  if (type === 'string' || type === 'number' || type === 'integer') return [{ path, schema }];
  return [];
}

const isDate = (s: JsonSchema) => s.format === 'date' || s.pattern === '^\\d{4}-\\d{2}-\\d{2}$';

interface Bad {
  value: unknown;
  /** Must be refused with a 400 naming the field (otherwise only: never a 5xx). */
  refused: boolean;
}

/** The bad values tried in a field of this schema. */
function badValues(schema: JsonSchema): Bad[] {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'number' || type === 'integer')
    return [
      { value: 1e308, refused: true },
      { value: -1e308, refused: true },
      { value: 1e10, refused: false },
    ];
  const out: Bad[] = [
    { value: 'a\u0000b', refused: true },
    { value: 'a\uD800b', refused: true },
  ];
  if (isDate(schema)) out.push({ value: '2026-02-30', refused: true });
  if (schema.format === 'date-time') out.push({ value: '2026-02-30T10:00:00Z', refused: true });
  return out;
}

function setAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof key === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

interface Case {
  op: Operation;
  url: string;
  body?: unknown;
  field: string | null;
  what: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const op of operations(ctx.app)) {
    const params = paramSets(op.url, rows)[0] ?? {};
    const kind = op.kinds[0] ?? 'cluster_initiative';
    const url = fillUrl(op, ws[kind], params);
    // A path parameter with a NUL (the workspace's own id stays, so the request reaches the route).
    const names = [...op.url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'workspaceId');
    const last = names[names.length - 1];
    if (last && op.method === 'GET')
      out.push({
        op,
        url: fillUrl(op, ws[kind], { ...params, [last]: 'a%00b' }),
        field: `params.${last}`,
        what: `:${last}=a%00b`,
      });
    if (op.body) {
      const body = sample(op.body, params, '', true);
      for (const leaf of leaves(op.body))
        for (const bad of badValues(leaf.schema))
          out.push({
            op,
            url,
            body: setAt(body, leaf.path, bad.value),
            field: bad.refused ? ['body', ...leaf.path].join('.') : null,
            what: `${leaf.path.join('.')}=${JSON.stringify(bad.value)}`,
          });
      const required = (op.body.required as string[] | undefined) ?? [];
      if ((op.method === 'PATCH' || op.method === 'PUT') && op.body.properties && !required.length)
        out.push({ op, url, body: {}, field: 'body', what: '{}' });
    }
    for (const q of op.query)
      for (const bad of badValues(q.schema)) {
        if (typeof bad.value === 'string' && /[\uD800-\uDFFF]/.test(bad.value)) continue; // not in a URL
        const u = new URL(url, 'http://x');
        u.searchParams.set(q.name, String(bad.value));
        out.push({
          op,
          url: u.pathname + u.search,
          body: op.body ? sample(op.body, params) : undefined,
          field: bad.refused ? `querystring.${q.name}` : null,
          what: `?${q.name}=${JSON.stringify(bad.value)}`,
        });
      }
  }
  return out;
}

/** At most this many requests, so that the file runs in about a minute on the embedded database. */
const MAX_REQUESTS = 3000;

const send = (method: string, url: string, body?: unknown) =>
  ctx.app.inject({
    method: method as 'POST',
    url,
    headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf },
    ...(body !== undefined ? { payload: body as object } : {}),
  });

describe('bad input on every route', () => {
  it('is refused with a 400 naming the field, and never answers 5xx', async () => {
    let all = cases();
    expect(all.length).toBeGreaterThan(500);
    console.info(`bad input: ${all.length} cases on ${new Set(all.map((c) => c.op.url)).size} routes`);
    if (all.length > MAX_REQUESTS) {
      // Every route keeps some of its cases: take every n-th case, in a stable order.
      const step = all.length / MAX_REQUESTS;
      all = Array.from({ length: MAX_REQUESTS }, (_v, i) => all[Math.floor(i * step)]!);
    }
    const errors: string[] = [];
    const notRefused: string[] = [];
    for (const c of all) {
      const res = await send(c.op.method, c.url, c.body);
      const label = `${c.op.method} ${c.op.url} ${c.what} → ${res.statusCode} ${res.body.slice(0, 160)}`;
      if (res.statusCode >= 500) errors.push(label);
      else if (c.field && (res.statusCode !== 400 || !res.body.includes(`"${c.field}"`)))
        notRefused.push(label);
    }
    expect(errors).toEqual([]);
    expect(notRefused).toEqual([]);
  }, 600_000);
});

describe('the cases of the audit', () => {
  const ci = () => `/api/v1/workspaces/${ws.cluster_initiative}`;
  const fieldsOf = (body: string) =>
    (JSON.parse(body) as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);

  it('refuses an impossible date, naming the field', async () => {
    const indicator = (startsOn: string) =>
      as(ctx.app, owner).post(`${ci()}/monitoring/indicators`, {
        name: `Dated ${startsOn}`,
        level: 'outputs',
        unit: 'number',
        frequency: 'annual',
        evaluationLevel: 'cluster',
        startsOn,
        endsOn: '2030-12-31',
      });
    const res = await indicator('2026-02-30');
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res.body)).toContain('body.startsOn');
    expect((await indicator('2027-02-29')).statusCode).toBe(400);
    const leap = await indicator('2028-02-29');
    expect(leap.statusCode, leap.body).toBe(201);
    const query = await as(ctx.app, owner).get(`${ci()}/network?at=2026-02-30`);
    expect(query.statusCode, query.body).toBe(400);
    expect(fieldsOf(query.body)).toContain('querystring.at');
  });

  it('refuses a fee the amount column cannot hold (1e10), and keeps the largest it can', async () => {
    const category = { name: 'Huge firms', currency: 'EUR', period: 'year' };
    const res = await as(ctx.app, owner).post(`${ci()}/fees/categories`, { ...category, amount: 1e10 });
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res.body)).toContain('body.amount');
    const largest = await as(ctx.app, owner).post(`${ci()}/fees/categories`, {
      ...category,
      amount: 9_999_999_999.99,
    });
    expect(largest.statusCode, largest.body).toBe(201);
    // The checks that were there stay.
    const negative = await as(ctx.app, owner).post(`${ci()}/fees/categories`, {
      ...category,
      name: 'Negative',
      amount: -1,
    });
    expect(negative.statusCode).toBe(400);
  });

  it('refuses a NUL or half a surrogate pair in text, naming the field', async () => {
    for (const name of ['Acme\u0000Ltd', 'Acme \uD83D Ltd', 'Acme \uDE00 Ltd']) {
      const res = await as(ctx.app, owner).post(`${ci()}/actors`, { name, actor_type: 'firm' });
      expect(res.statusCode, res.body).toBe(400);
      expect(fieldsOf(res.body)).toContain('body.name');
    }
    // A whole pair is an emoji, and welcome.
    const ok = await as(ctx.app, owner).post(`${ci()}/actors`, {
      name: 'Acme \uD83D\uDE00 Ltd',
      actor_type: 'firm',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const query = await as(ctx.app, owner).get(`${ci()}/actors?search=a%00b`);
    expect(query.statusCode, query.body).toBe(400);
    expect(fieldsOf(query.body)).toContain('querystring.search');
  });

  it('refuses an edit that changes nothing', async () => {
    const actor = rows.get('actors')?.[0]?.id as string;
    const res = await as(ctx.app, owner).patch(`${ci()}/actors/${actor}`, {});
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('nothing_to_change');
    expect(fieldsOf(res.body)).toEqual(['body']);
    // An unknown field alone is named as such.
    const unknown = await as(ctx.app, owner).patch(`${ci()}/actors/${actor}`, { colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown.body)).toContain('body.colour');
  });

  it('refuses ±1e308, and the monitoring report and the IATI export still work for every reader', async () => {
    const m = as(ctx.app, owner);
    const base = `${ci()}/monitoring`;
    const indicator = await m.post(`${base}/indicators`, {
      name: 'Firms exporting (bad input)',
      level: 'outcomes',
      unit: 'number',
      frequency: 'annual',
      evaluationLevel: 'cluster',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      baselineValue: 10,
    });
    expect(indicator.statusCode, indicator.body).toBe(201);
    const id = indicator.json().id as string;
    for (const value of [1e308, -1e308]) {
      const res = await m.post(`${base}/indicators/${id}/values`, { period: '2026', value });
      expect(res.statusCode, res.body).toBe(400);
      expect(fieldsOf(res.body)).toContain('body.value');
    }
    const target = await m.put(`${base}/indicators/${id}/targets`, {
      targets: [{ period: '2026', value: 1e308 }],
    });
    expect(target.statusCode, target.body).toBe(400);
    expect(fieldsOf(target.body)).toContain('body.targets.0.value');
    const edit = await m.patch(`${base}/indicators/${id}`, { baselineValue: -1e308 });
    expect(edit.statusCode, edit.body).toBe(400);
    expect(fieldsOf(edit.body)).toContain('body.baselineValue');
    // The largest value the platform takes is stored, and the documents are still built.
    expect(
      (await m.post(`${base}/indicators/${id}/values`, { period: '2026', value: 1e12 })).statusCode,
    ).toBe(201);

    const report = await m.post(`${base}/reports`, {
      title: 'After bad input',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect(report.statusCode, report.body).toBe(201);
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    for (const reader of [owner, member]) {
      const pdf = await as(ctx.app, reader).get(`${base}/reports/${report.json().id}?format=pdf`);
      expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(await pdfText(pdf.rawPayload)).toContain('Firms exporting (bad input)');
    }
    const iati = await m.get(`${base}/iati?reportingOrgRef=XM-TEST-1&reportingOrgType=21`);
    expect(iati.statusCode, iati.body.slice(0, 200)).toBe(200);
    expect((await validateIati(iati.body)).problems).toEqual([]);
    const check = await as(ctx.app, member).get(`${base}/iati/validation?reportingOrgType=80`);
    expect(check.json()).toMatchObject({ valid: true, problems: [] });
  });
});

describe('the database as a net', () => {
  it('answers 400, not 500, when PostgreSQL refuses a value', async () => {
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    const pgError = (code: string, extra: Record<string, string> = {}) =>
      Object.assign(new Error(`database error ${code}`), { code, ...extra });
    const thrown: Record<string, Error> = {
      '/long': pgError('22001'),
      '/range': pgError('22003'),
      '/date': pgError('22008'),
      '/text': pgError('22P02'),
      '/encoding': pgError('22021'),
      '/check': pgError('23514', { table: 'fee_categories', constraint: 'fee_categories_amount_check' }),
      '/bug': new Error('a bug'),
    };
    for (const [url, error] of Object.entries(thrown))
      app.get(url, async () => {
        throw error;
      });
    await app.ready();
    for (const url of Object.keys(thrown)) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(url === '/bug' ? 500 : 400);
    }
    const check = (await app.inject({ method: 'GET', url: '/check' })).json();
    expect(check.error).toMatchObject({
      code: 'invalid_value',
      details: [{ column: 'amount', sqlstate: '23514' }],
    });
    await app.close();
  });
});
