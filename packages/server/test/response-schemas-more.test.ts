import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type TestContext } from './helpers.js';

// The answers of routes with a response schema are checked against it in every test
// (http/response-check.ts). These routes of the connect, home, map, diagnose and monitoring
// modules get a successful answer in no other test file, so they are called here once each: a
// wrong schema fails here (as response-schemas.test.ts does for the surveys and strategy).
let ctx: TestContext;
let m: ReturnType<typeof as>;
let ws: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  m = as(ctx.app, manager);
  ws = workspaceByKind(manager, 'cluster_initiative');
}, 120_000);
afterAll(() => ctx?.close());

describe('answers that match their response schemas', () => {
  it('a posting of the initiative, read as its own and on the board', async () => {
    const created = await m.post(`/api/v1/workspaces/${ws}/connect/postings`, {
      kind: 'offer',
      title: 'Schema posting',
      themes: ['digital'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const own = await m.get(`/api/v1/workspaces/${ws}/connect/postings/${id}`);
    expect(own.statusCode, own.body).toBe(200);
    const board = await m.get(`/api/v1/connect/board/${id}`);
    expect(board.statusCode, board.body).toBe(200);
  });

  it('an uploaded geography, read back, and the selection exercises', async () => {
    const feature = (code: string) => ({
      type: 'Feature',
      properties: { code },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    });
    const created = await m.post(`/api/v1/workspaces/${ws}/map/geographies`, {
      name: 'Schema regions',
      regionProperty: 'code',
      geojson: { type: 'FeatureCollection', features: [feature('R1'), feature('R2')] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const read = await m.get(`/api/v1/workspaces/${ws}/map/geographies/${created.json().id}`);
    expect(read.statusCode, read.body).toBe(200);
    const exercise = await m.post(`/api/v1/workspaces/${ws}/selections`, { name: 'Schema selection' });
    expect(exercise.statusCode, exercise.body).toBe(201);
    const list = await m.get(`/api/v1/workspaces/${ws}/selections`);
    expect(list.statusCode, list.body).toBe(200);
  });
});
