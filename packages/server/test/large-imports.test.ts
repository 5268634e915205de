import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  as,
  createTestContext,
  jobResult,
  signIn,
  uploadAs,
  waitForJob,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

// Hardening issue, item 1: an actors import of 32,768 rows left the embedded database answering
// 500 to every later request (a statement with more bind parameters than the protocol's 16-bit
// count), the members import failed above ~32.7k rows although 100,000 are documented, and
// /api/health said ok throughout. Imports up to the documented limits must work on PGlite and on
// a PostgreSQL server, and health must ask the database.

let ctx: TestContext;
let manager: Session;
let ws: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

const csv = (header: string, n: number, row: (i: number) => string) =>
  [header, ...Array.from({ length: n }, (_, i) => row(i))].join('\n');

describe('large imports', () => {
  it('imports 40,000 actors and every later request still answers', async () => {
    const file = csv('name,actor_type', 40_000, (i) => `Bulk Firm ${i},firm`);
    const res = await uploadAs(ctx.app, manager, `/api/v1/workspaces/${ws}/actors/import`, 'bulk.csv', file);
    // A file this large (about 800 KB) runs as a job (item 15): 202, then the import's answer.
    expect(res.statusCode, res.body.slice(0, 300)).toBe(202);
    expect((await jobResult(ctx.app, res, 120_000)).imported).toBe(40_000);
    const list = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/actors?limit=1`);
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(40_100);
    const health = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    // A second import naming one of those actors is refused by name, and changes nothing.
    const again = await uploadAs(
      ctx.app,
      manager,
      `/api/v1/workspaces/${ws}/actors/import`,
      'again.csv',
      csv('name,actor_type', 40_000, (i) => `Other Firm ${i === 39_999 ? 'x' : i},firm`).replace(
        'Other Firm x',
        'Bulk Firm 7',
      ),
    );
    expect(again.statusCode).toBe(202);
    const refused = await waitForJob(ctx.app, again.json().jobId, { allowFailure: true, timeoutMs: 120_000 });
    expect(refused.state).toBe('failed');
    expect(refused.error).toContain('Bulk Firm 7');
    expect((await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/actors?limit=1`)).json().total).toBe(
      40_100,
    );
  });

  it('imports 100,000 members (the documented limit), moving known actors and adding the others', async () => {
    const file = csv('name,actor_type,membership_stage', 100_000, (i) =>
      i < 10 ? `Bulk Firm ${i},firm,member` : `Member Firm ${i},firm,prospect`,
    );
    const res = await uploadAs(
      ctx.app,
      manager,
      `/api/v1/workspaces/${ws}/membership/import`,
      'members.csv',
      file,
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(202);
    expect(await jobResult(ctx.app, res, 120_000)).toMatchObject({
      imported: 100_000,
      added: 99_990,
      updated: 10,
    });
    const list = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/actors?limit=1`);
    expect(list.json().total).toBe(140_090);
    const changes = await ctx.handle.db
      .selectFrom('membership_stage_changes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', ws)
      .where('note', '=', 'import of members.csv')
      .executeTakeFirstOrThrow();
    expect(Number(changes.n)).toBe(100_000);
  });

  it('answers 503 on /api/health when the database cannot answer', async () => {
    const other = await createTestContext({ demo: false });
    expect((await other.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await other.handle.close();
    const res = await other.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json().status).toBe('unavailable');
    await other.app.close();
  });

  it('keeps the connection usable after a statement the driver refuses', async () => {
    const names = Array.from({ length: 70_000 }, (_, i) => `n${i}`);
    // More bind parameters than the protocol carries: refused, and the next query still runs.
    await expect(
      ctx.handle.db.selectFrom('actors').select('id').where('name', 'in', names).execute(),
    ).rejects.toThrow();
    const after = await sql<{ one: number }>`select 1 as one`.execute(ctx.handle.db);
    expect(after.rows[0]!.one).toBe(1);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
