import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/secrets.js';
import { fillUrl, loadRows, operations, paramSets, sample, type Rows } from './openapi.js';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

// Hardening issue, item 18: isolation stays proven. Every workspace route of the router is called
// by the owner of another workspace, (1) in the victim's workspace and (2) in the attacker's own
// workspace with object ids of the victim's, with a body built from the route's own schema. Any
// 2xx fails the test: it would read or change data of a workspace the caller is not in.

let ctx: TestContext;
let attacker: Session;
const victims: Record<'cluster_initiative' | 'programme', string> = { cluster_initiative: '', programme: '' };
const own: Record<'cluster_initiative' | 'programme', string> = { cluster_initiative: '', programme: '' };

let rowsByTable: Rows;

beforeAll(async () => {
  ctx = await createTestContext();
  const admin = await signIn(ctx.app, 'admin@demo.agglomera.org');
  victims.cluster_initiative = workspaceByKind(admin, 'cluster_initiative');
  victims.programme = workspaceByKind(admin, 'programme');
  await ctx.handle.db
    .insertInto('users')
    .values({
      email: 'attacker@example.org',
      name: 'Attacker (test)',
      password_hash: await hashPassword('attacker-password'),
    })
    .execute();
  attacker = await signIn(ctx.app, 'attacker@example.org', 'attacker-password');
  for (const kind of ['cluster_initiative', 'programme'] as const) {
    const res = await as(ctx.app, attacker).post('/api/v1/workspaces', { name: `Attacker ${kind}`, kind });
    expect(res.statusCode, res.body).toBe(201);
    own[kind] = res.json().id ?? res.json().workspace?.id;
  }
  // Rows of the victims' workspaces, by table (tables without a workspace column are left out).
  rowsByTable = await loadRows(ctx.handle.db, [victims.cluster_initiative, victims.programme]);
}, 180_000);
afterAll(async () => ctx?.close());

describe('tenant isolation over every route', () => {
  it('never answers 2xx to the owner of another workspace', async () => {
    const ops = operations(ctx.app).filter((op) => op.policy.access === 'workspace');
    expect(ops.length).toBeGreaterThan(150);
    const leaks: string[] = [];
    const errors: string[] = [];
    let calls = 0;
    const call = async (method: string, url: string, body: unknown) => {
      calls++;
      const res = await ctx.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: attacker.cookie, 'x-csrf-token': attacker.csrf },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      if (res.statusCode < 300) leaks.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      if (res.statusCode >= 500) errors.push(`${method} ${url} → ${res.statusCode}`);
      return res.statusCode;
    };
    for (const op of ops) {
      for (const kind of op.kinds) {
        const sets = paramSets(op.url, rowsByTable);
        const params = sets[0] ?? {};
        const body = sample(op.body, params);
        // (1) In the victim's workspace: the attacker is not a member, so nothing exists there
        // (or the request is refused as malformed before anything is looked up).
        const status = await call(op.method, fillUrl(op, victims[kind], params), body);
        expect([400, 404], `${op.method} ${op.url}`).toContain(status);
        // (2) In the attacker's own workspace, with the victim's object ids.
        for (const ids of sets) await call(op.method, fillUrl(op, own[kind], ids), sample(op.body, ids));
      }
    }
    expect(calls).toBeGreaterThan(300);
    expect(leaks).toEqual([]);
    // Not a leak, but never the caller's fault either: listed for whoever reads a failure.
    expect(errors).toEqual([]);
  }, 600_000);
});
