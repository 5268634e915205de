import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/** Issue #12, item 7: what people expect to edit (actors, surveys, mapping datasets). */
let ctx: TestContext;
let manager: Session;
let member: Session;
let ws: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  member = await signIn(ctx.app, 'member@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('editing an actor (PATCH, every field)', () => {
  it('changes every field and refuses bad values naming the field', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(`/api/v1/workspaces/${ws}/actors`, {
      name: 'Edit Me Ltd',
      actor_type: 'firm',
    });
    expect(created.statusCode).toBe(201);
    const url = `/api/v1/workspaces/${ws}/actors/${created.json().id}`;
    const all = {
      name: 'Edited Ltd',
      kind: 'organisation',
      actor_type: 'government',
      size_class: 'small',
      government_level: 'regional',
      sector: 'Food',
      location: 'Lakeside',
      roles: ['multiplier', 'anchor'],
      status: 'committed',
      contact_name: 'Ana Ruiz',
      email: 'ana@edited.example',
      phone: '+34 600 000 000',
      website: 'https://edited.example',
      notes: 'Met at the fair',
    };
    const ok = await m.patch(url, all);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject(all);

    for (const [field, value] of [
      ['email', 'not-an-email'],
      ['website', 'javascript:alert(1)'],
      ['status', 'ruler'],
      ['name', ''],
      ['actor_type', 'dragon'],
    ] as const) {
      const bad = await m.patch(url, { [field]: value });
      expect(bad.statusCode, `${field}: ${bad.body}`).toBe(400);
      expect(bad.json().error.details[0].field).toBe(`body.${field}`);
    }
    const unknown = await m.patch(url, { colour: 'blue' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.colour');
    // Nothing of the refused changes was stored.
    const list = (await m.get(`/api/v1/workspaces/${ws}/actors?search=Edited%20Ltd`)).json();
    expect(list.actors[0]).toMatchObject(all);
    expect((await as(ctx.app, member).patch(url, { name: 'Mine' })).statusCode).toBe(403);
  });
});

describe('editing and deleting a survey', () => {
  const url = (path = '') => `/api/v1/workspaces/${ws}/surveys${path}`;
  const definition = (deadline: string) => ({
    title: { en: 'Edit test', fr: 'Test', es: 'Prueba' },
    formId: 'edit_test',
    anonymous: false,
    deadline,
    questions: [{ name: 'q1', type: 'text', required: false, label: { en: 'Anything?' } }],
  });
  const future = () => new Date(Date.now() + 7 * 86400_000).toISOString();
  const past = () => new Date(Date.now() - 86400_000).toISOString();

  it('refuses a deadline in the past on creation with 400 on body.deadline', async () => {
    const res = await as(ctx.app, manager).post(url(), definition(past()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'body.deadline', message: 'is in the past' });
  });

  it('edits an unsent survey, refuses a past deadline for it, then deletes it', async () => {
    const m = as(ctx.app, manager);
    const created = await m.post(url(), definition(future()));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const renamed = await m.put(url(`/${id}`), {
      ...definition(future()),
      title: { en: 'Renamed', fr: 'Renommée', es: 'Renombrada' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().title.en).toBe('Renamed');
    const late = await m.put(url(`/${id}`), definition(past()));
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].field).toBe('body.deadline');
    expect((await m.get(url(`/${id}`))).json().title.en).toBe('Renamed');

    expect((await as(ctx.app, member).delete(url(`/${id}`))).statusCode).toBe(403);
    expect((await m.delete(url(`/${id}`))).statusCode).toBe(200);
    expect((await m.get(url(`/${id}`))).statusCode).toBe(404);
  });
});

describe('deleting a mapping dataset', () => {
  it('removes the dataset and its records; a member may not', async () => {
    const m = as(ctx.app, manager);
    const boundary = '----edits' + Math.random().toString(16).slice(2);
    const csv =
      'region,region_name,industry,year,employment,establishments\n53,Washington,336411,2020,80000,50\n19,Iowa,115111,2020,30000,600\n';
    const payload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nTo delete\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="definitions"\r\n\r\nus-benchmark\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="d.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n` +
        `--${boundary}--\r\n`,
    );
    const up = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${ws}/map/datasets`,
      headers: {
        cookie: manager.cookie,
        'x-csrf-token': manager.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(up.statusCode, up.body).toBe(201);
    const dataset = { id: up.json().id as string };
    const url = `/api/v1/workspaces/${ws}/map/datasets/${dataset.id}`;
    const records = () =>
      ctx.app.db
        .selectFrom('map_records')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('dataset_id', '=', dataset.id)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    expect(await records()).toBeGreaterThan(0);
    expect((await as(ctx.app, member).delete(url)).statusCode).toBe(403);
    expect((await m.delete(url)).statusCode).toBe(200);
    expect((await m.get(url)).statusCode).toBe(404);
    expect(await records()).toBe(0);
  });
});
