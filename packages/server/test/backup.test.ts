import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BackupError,
  backupWorkspace,
  readBackupHeader,
  restoreWorkspace,
} from '../src/workspaces/backup.js';
import { as, createTestContext, signIn, workspaceByKind, type TestContext } from './helpers.js';

let source: TestContext;
let target: TestContext;
let initiative: string;
let programme: string;

beforeAll(async () => {
  source = await createTestContext();
  target = await createTestContext({ demo: false });
  const m = await signIn(source.app, 'admin@demo.agglomera.org');
  initiative = workspaceByKind(m, 'cluster_initiative');
  programme = workspaceByKind(m, 'programme');
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe('backup and restore of a workspace (hardening issue, item 17)', () => {
  let archive: Buffer;

  it('archives everything of the workspace with a versioned header, and nothing of another', async () => {
    const steps: string[] = [];
    archive = await backupWorkspace(source.app.db, initiative, (_done, _total, table) => steps.push(table));
    const header = readBackupHeader(archive);
    expect(header).toMatchObject({ format: 'agglomera-workspace-backup', version: 1 });
    expect(header.workspace.name).toBe('Lakeside Agro-Food Cluster (demo)');
    expect(header.migrations.at(-1)).toMatch(/^\d{4}_/);
    const rows = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
    // Counted against the database: every table of the demo that holds the workspace's rows.
    for (const table of [
      'actors',
      'memberships',
      'audit_log',
      'surveys',
      'events',
      'services',
      'processes',
    ]) {
      const n = await source.handle.db
        .selectFrom(table as 'actors')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', initiative)
        .execute();
      expect(rows[table], table).toBe(Number(n[0]!.n));
      if (table !== 'surveys') expect(rows[table], table).toBeGreaterThan(0);
    }
    expect(steps).toContain('actors');
    const text = gunzipSync(archive).toString('utf8');
    expect(text).not.toContain('Cluster Capacity Programme (demo)');
    expect(text).not.toContain(programme);
  });

  it('restores into an empty installation, where its people sign in and find their data, identical on re-export', async () => {
    const progress: number[] = [];
    const header = await restoreWorkspace(target.app.db, archive, (done) => progress.push(done));
    expect(header.workspace.id).toBe(initiative);
    expect(progress.at(-1)).toBe(progress.length);
    const again = await backupWorkspace(target.app.db, initiative);
    expect(gunzipSync(again).toString('utf8')).toBe(gunzipSync(archive).toString('utf8'));

    const manager = await signIn(target.app, 'manager@demo.agglomera.org');
    expect(manager.workspaces.map((w) => w.id)).toEqual([initiative]);
    const m = as(target.app, manager);
    const [before, after] = await Promise.all(
      [source, target].map(async (c) =>
        (
          await as(c.app, await signIn(c.app, 'manager@demo.agglomera.org')).get(
            `/api/v1/workspaces/${initiative}/actors?limit=500`,
          )
        ).json(),
      ),
    );
    expect(after).toEqual(before);
    expect((await m.get(`/api/v1/workspaces/${initiative}/lifecycle`)).statusCode).toBe(200);
    // New rows continue after the restored serial identifiers.
    const created = await m.post(`/api/v1/workspaces/${initiative}/actors`, {
      name: 'After restore (test)',
      actor_type: 'firm',
    });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('refuses, changing nothing, a second restore, a foreign schema and a file that is not a backup', async () => {
    const count = async () =>
      Number(
        (
          await target.handle.db
            .selectFrom('actors')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await count();
    await expect(restoreWorkspace(target.app.db, archive)).rejects.toThrow(/already exists/);
    const [first, ...rest] = gunzipSync(archive).toString('utf8').split('\n');
    const header = JSON.parse(first!);
    const older = gzipSync(
      [JSON.stringify({ ...header, migrations: header.migrations.slice(0, -1) }), ...rest].join('\n'),
    );
    await expect(restoreWorkspace(target.app.db, older)).rejects.toThrow(/another schema/);
    await expect(restoreWorkspace(target.app.db, Buffer.from('hello'))).rejects.toBeInstanceOf(BackupError);
    const future = gzipSync([JSON.stringify({ ...header, version: 99 }), ...rest].join('\n'));
    expect(() => readBackupHeader(future)).toThrow(/version 99/);
    expect(await count()).toBe(n);
  });

  it('restores a programme too, without the initiatives it follows', async () => {
    const empty = await createTestContext({ demo: false });
    try {
      // The programme's own records (rows named by `programme_id`) go with it; a link to an
      // initiative that is not in the target installation is dropped, not left dangling.
      const officerId = (await signIn(source.app, 'officer@demo.agglomera.org')).userId;
      await source.app.db
        .insertInto('programme_applicants')
        .values([
          {
            programme_id: programme,
            name: 'Applicant with an initiative',
            short_name: 'AWI',
            country: 'LC',
            type: 'cluster_initiative',
            initiative_id: initiative,
            created_by: officerId,
          },
          {
            programme_id: programme,
            name: 'Business support organisation',
            short_name: 'BSO',
            country: 'BZ',
            type: 'bso',
            initiative_id: null,
            created_by: officerId,
          },
        ])
        .execute();
      const archived = await backupWorkspace(source.app.db, programme);
      await restoreWorkspace(empty.app.db, archived);
      const officer = await signIn(empty.app, 'officer@demo.agglomera.org');
      expect(officer.workspaces.map((w) => w.id)).toEqual([programme]);
      const follows = (await as(empty.app, officer).get(`/api/v1/workspaces/${programme}/follows`)).json()
        .follows;
      expect(follows).toEqual([]);
      const applicants = await empty.app.db
        .selectFrom('programme_applicants')
        .select(['name', 'initiative_id'])
        .where('programme_id', '=', programme)
        .orderBy('name')
        .execute();
      expect(applicants).toEqual([
        { name: 'Applicant with an initiative', initiative_id: null },
        { name: 'Business support organisation', initiative_id: null },
      ]);
    } finally {
      await empty.close();
    }
  });
});
