import { threadId } from 'node:worker_threads';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/http/errors.js';
import { render } from '../src/i18n/index.js';
import { runInThread, threadTasksDone } from '../src/jobs/threads.js';
import { UNFINISHED_DATASETS_QUEUE } from '../src/map/register.js';
import { removeUnfinishedDatasets } from '../src/map/service.js';
import { InputError } from '../src/map/tabular.js';
import {
  as,
  createTestContext,
  multipartFile,
  signIn,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

// Hardening issue, item 15: "a large upload no longer stalls other workspaces". A map upload reads
// and maps its rows in a worker thread (jobs/threads.ts) and writes its records in short
// transactions under a dataset that no one sees until it is whole. How much less the others wait
// is measured by bench/upload; these tests hold what must stay true: the work runs in another
// thread, its errors come back as they would inline, and a dataset is seen whole or not at all.

let ctx: TestContext;
let manager: Session;
let ws: string;
const TASKS = new URL('./fixtures/thread-tasks.ts', import.meta.url);
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;

beforeAll(async () => {
  ctx = await createTestContext({ jobs: { schedule: true } });
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(() => ctx.close());

const mapUpload = (csv: string) => {
  const body = multipartFile('stats.csv', csv);
  return ctx.app.inject({
    method: 'POST',
    url: url('/map/datasets'),
    headers: {
      cookie: manager.cookie,
      'x-csrf-token': manager.csrf,
      'content-type': body.contentType,
    },
    payload: body.payload,
  });
};
const STATS = 'region,industry,year,employment\n53,336411,2020,80000\n19,336411,2020,1000\n';

describe('work in a worker thread', () => {
  it('runs the task in another thread and answers with its value', async () => {
    const answer = await runInThread<{ threadId: number; doubled: number }>(TASKS, 'whereAmI', { n: 21 });
    expect(answer.doubled).toBe(42);
    expect(answer.threadId).not.toBe(threadId);
  });

  it('gives back an import problem as the same InputError, its message renderable in French', async () => {
    const error = await runInThread(TASKS, 'badRow', { value: '"12x"' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: 'stats.csv', line: 7, column: 'employment' });
    expect(render('fr', (error as InputError).problem)).toBe('"12x" n’est pas un nombre');
  });

  it('gives back an AppError with its status, code and details, and a fault with its message', async () => {
    const error = await runInThread(TASKS, 'badField', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'validation_failed',
      details: [{ field: 'body.name', message: 'is required' }],
    });
    const fault = await runInThread(TASKS, 'fault', {}).catch((e: unknown) => e);
    expect(fault).toBeInstanceOf(Error);
    expect((fault as Error).message).toBe('something broke');
  });
});

describe('documents rendered in a worker thread', () => {
  // Report rendering off the request (item 15): laying out a PDF or a DOCX, charts included, is
  // done by the pool's threads; each download below is one task of the pool, and its bytes are
  // the document's.
  it('renders the diagnostic report, the monitoring report and the business plan there', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(url('/monitoring/reports'), {
      title: 'Annual monitoring report 2025',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
    });
    expect(created.statusCode, created.body).toBe(201);
    const reportId = created.json().id as string;
    for (const [path, magic] of [
      ['/diagnostic-report?format=pdf', '%PDF-'],
      [`/monitoring/reports/${reportId}?format=pdf`, '%PDF-'],
      [`/monitoring/reports/${reportId}?format=docx`, 'PK'],
      ['/organisation/business-plan?format=docx', 'PK'],
    ] as const) {
      const before = threadTasksDone();
      const res = await m.get(url(path));
      expect(res.statusCode, `${path}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.rawPayload.subarray(0, magic.length).toString('latin1')).toBe(magic);
      expect(threadTasksDone(), path).toBe(before + 1);
    }
  });
});

describe('a map upload', () => {
  it('names a bad row from the thread in the reader’s language, and stores nothing', async () => {
    const before = await ctx.app.db.selectFrom('map_datasets').select('id').execute();
    // The signed-in reader's language is their account's.
    await ctx.app.db.updateTable('users').set({ locale: 'fr' }).where('id', '=', manager.userId).execute();
    const res = await mapUpload(`${STATS}48,336411,2020,lots\n`);
    await ctx.app.db.updateTable('users').set({ locale: 'en' }).where('id', '=', manager.userId).execute();
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalid_file',
      message: 'stats.csv, ligne 4 (colonne «\u00a0employment\u00a0»)\u00a0: "lots" n’est pas un nombre',
      details: { file: 'stats.csv', line: 4, column: 'employment' },
    });
    expect(await ctx.app.db.selectFrom('map_datasets').select('id').execute()).toEqual(before);
  });

  it('is seen whole: every record written, then listed, with one audit entry', async () => {
    const res = await mapUpload(STATS);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const stored = await ctx.app.db
      .selectFrom('map_datasets')
      .select('writing_since')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.writing_since).toBeNull();
    const records = await ctx.app.db
      .selectFrom('map_records')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('dataset_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(records.n)).toBe(res.json().records);
    expect(Number(records.n)).toBeGreaterThan(0);
    const listed = (await as(ctx.app, manager).get(url('/map/datasets'))).json().datasets;
    expect(listed.map((d: { id: string }) => d.id)).toContain(id);
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'map.dataset.import' }]);
  });

  it('is not seen while its records are written, and the purge removes one a crash left behind', async () => {
    const [writing, stale] = await Promise.all(
      [new Date(), new Date(Date.now() - 2 * 3_600_000)].map((since, i) =>
        ctx.app.db
          .insertInto('map_datasets')
          .values({
            workspace_id: ws,
            name: `Half written ${i}`,
            file_name: 'half.csv',
            definitions: 'us-benchmark',
            input_rows: 1,
            years: [2020],
            base_year: 2020,
            establishments_criterion: false,
            uncovered: '[]',
            created_by: manager.userId,
            writing_since: since,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      ),
    );
    const listed = (await as(ctx.app, manager).get(url('/map/datasets'))).json().datasets;
    expect(listed.map((d: { id: string }) => d.id)).not.toContain(writing!.id);
    expect(listed.map((d: { id: string }) => d.id)).not.toContain(stale!.id);
    expect((await as(ctx.app, manager).get(url(`/map/datasets/${writing!.id}`))).statusCode).toBe(404);
    expect((await as(ctx.app, manager).get(url(`/map/datasets/${writing!.id}/records`))).statusCode).toBe(
      404,
    );

    const finished = await ctx.app.db
      .selectFrom('map_datasets')
      .select('id')
      .where('writing_since', 'is', null)
      .execute();
    expect(await removeUnfinishedDatasets(ctx.app.db)).toBe(1);
    const left = await ctx.app.db.selectFrom('map_datasets').select(['id', 'writing_since']).execute();
    expect(left.map((d) => d.id).sort()).toEqual([...finished.map((d) => d.id), writing!.id].sort());
  });

  it('has the purge of unfinished datasets scheduled hourly for all processes', async () => {
    const schedule = await sql<{
      cron: string;
    }>`SELECT cron FROM pgboss.schedule WHERE name = ${UNFINISHED_DATASETS_QUEUE}`.execute(ctx.handle.db);
    expect(schedule.rows).toEqual([{ cron: '30 * * * *' }]);
  });
});
