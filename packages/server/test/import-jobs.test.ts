import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Hardening issue, item 15: large imports run as jobs. Here the inline limit is 2 KB, so that a
// file of a few hundred rows goes to the queue while a small one still answers at once.

let ctx: TestContext;
let manager: Session;
let ws: string;
const actorsUrl = () => `/api/v1/workspaces/${ws}/actors/import`;

beforeAll(async () => {
  ctx = await createTestContext({ settings: { importInlineBytes: 2048 } });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

const csv = (header: string, n: number, row: (i: number) => string) =>
  [header, ...Array.from({ length: n }, (_, i) => row(i))].join('\n');
const total = async () =>
  (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/actors?limit=1`)).json().total as number;
const waitingFiles = async () =>
  Number(
    (
      await ctx.handle.db
        .selectFrom('job_files')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('imports as jobs', () => {
  it('answers a small file at once (201) and queues a large one (202), with the same outcome', async () => {
    const before = await total();
    const small = await uploadAs(
      ctx.app,
      manager,
      actorsUrl(),
      'small.csv',
      csv('name,actor_type', 3, (i) => `Small Firm ${i},firm`),
    );
    expect(small.statusCode, small.body).toBe(201);
    expect(small.json().imported).toBe(3);

    const big = csv('name,actor_type', 300, (i) => `Queued Firm ${i},firm`);
    expect(Buffer.byteLength(big)).toBeGreaterThan(2048);
    const res = await uploadAs(ctx.app, manager, actorsUrl(), 'big.csv', big);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ jobId: expect.any(String) });
    expect(await jobResult(ctx.app, res)).toMatchObject({ imported: 300 });
    expect(await total()).toBe(before + 303);
    // The job as the team reads it: done, its progress at the end, its outcome in words; the
    // waiting file is gone.
    const job = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/jobs/${res.json().jobId}`)).json();
    expect(job).toMatchObject({ kind: 'import', state: 'done', done: 300, total: 300, label: 'big.csv' });
    expect(job.summary).toBe('300 rows imported from big.csv');
    expect(await waitingFiles()).toBe(0);
    // The audit log names the import as in the request.
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('new_value')
      .where('workspace_id', '=', ws)
      .where('action', '=', 'actors.import')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.new_value).toMatchObject({ file: 'big.csv', actors: 300 });
  });

  it('fails a bad large file at once, naming line and column in the starter’s language, and stores nothing', async () => {
    const before = await total();
    const bad = csv('name,actor_type', 300, (i) =>
      i === 250 ? `Bad Firm ${i},spaceship` : `Bad Firm ${i},firm`,
    );
    await as(ctx.app, manager).patch('/api/v1/me', { locale: 'fr' });
    try {
      const res = await uploadAs(ctx.app, manager, actorsUrl(), 'bad.csv', bad);
      expect(res.statusCode, res.body).toBe(202);
      // Well before the queue's first retry (30 s): a bad row is not tried again.
      const job = await waitForJob(ctx.app, res.json().jobId, { allowFailure: true, timeoutMs: 15_000 });
      expect(job.state).toBe('failed');
      expect(job.error).toContain('bad.csv, ligne 252');
      expect(job.error).toContain('actor_type');
      expect(job.error).toMatch(/n’est pas|doit être|n'est pas/);
    } finally {
      await as(ctx.app, manager).patch('/api/v1/me', { locale: 'en' });
    }
    expect(await total()).toBe(before);
    expect(await waitingFiles()).toBe(0);
  });

  it('refuses a large file that is not UTF-8 at once (400), before any job', async () => {
    const jobs = async () =>
      Number(
        (
          await ctx.handle.db
            .selectFrom('jobs')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await jobs();
    const latin1 = Buffer.from(
      csv('name,actor_type', 300, (i) => `Société ${i},firm`),
      'latin1',
    );
    const res = await uploadAs(ctx.app, manager, actorsUrl(), 'latin1.csv', latin1);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toContain('is not UTF-8');
    expect(await jobs()).toBe(before);
    expect(await waitingFiles()).toBe(0);
  });

  it('queues a large members import too: moves known actors, adds the others, records each stage change', async () => {
    const file = csv('name,actor_type,membership_stage', 200, (i) =>
      i < 5 ? `Queued Firm ${i},firm,member` : `New Member ${i},firm,prospect`,
    );
    const res = await uploadAs(
      ctx.app,
      manager,
      `/api/v1/workspaces/${ws}/membership/import`,
      'members.csv',
      file,
    );
    expect(res.statusCode, res.body).toBe(202);
    expect(await jobResult(ctx.app, res)).toMatchObject({ imported: 200, added: 195, updated: 5 });
    const changes = await ctx.handle.db
      .selectFrom('membership_stage_changes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', ws)
      .where('note', '=', 'import of members.csv')
      .executeTakeFirstOrThrow();
    expect(Number(changes.n)).toBe(200);
  });

  it('keeps a workspace’s import jobs from the members and from other workspaces', async () => {
    const big = csv('name,actor_type', 200, (i) => `Private Firm ${i},firm`);
    const res = await uploadAs(ctx.app, manager, actorsUrl(), 'private.csv', big);
    const jobId = res.json().jobId;
    await waitForJob(ctx.app, jobId);
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect((await as(ctx.app, member).get(`/api/v1/workspaces/${ws}/jobs/${jobId}`)).statusCode).toBe(403);
    expect((await uploadAs(ctx.app, member, actorsUrl(), 'm.csv', big)).statusCode).toBe(403);
    const programme = workspaceByKind(await signIn(ctx.app, 'officer@demo.agglomera.org'), 'programme');
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    expect((await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/jobs/${jobId}`)).statusCode).toBe(
      404,
    );
  });
});
