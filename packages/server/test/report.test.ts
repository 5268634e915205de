import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

let ctx: TestContext;
let manager: Session;
let ws: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

describe('diagnostic report', () => {
  it('gathers the diagnosis of the demo cluster', async () => {
    const d = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/diagnostic-report`)).json();
    expect(d.actors.total).toBe(100);
    expect(d.network.ties).toBe(189);
    expect(d.stakeholders).toHaveLength(6);
    expect(d.analyses.length).toBe(8);
    expect(d.needs).toMatchObject({ survey: 'Needs of the Lakeside agro-food cluster (demo)', voters: 0 });
    expect(d.baseline).toBeNull();
  });

  it('renders HTML and a real PDF', async () => {
    const html = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/diagnostic-report?format=html`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<h2>Stakeholders</h2>');
    expect(html.body).toContain('Lakeside Regional Council (demo)');
    const pdf = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/diagnostic-report?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(2000);
  });

  it('records a baseline, and the next report compares against it', async () => {
    const rec = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/diagnostic-report/baseline`);
    expect(rec.statusCode).toBe(201);
    const actors = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/actors?limit=2`)).json().actors;
    await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/ties`, {
      sourceActorId: actors[0].id,
      targetActorId: actors[1].id,
      tieType: 'information',
      observedOn: '2026-03-01',
    });
    const d = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/diagnostic-report`)).json();
    expect(d.baseline).toMatchObject({ actors: 100, ties: 189 });
    const html = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/diagnostic-report?format=html`))
      .body;
    expect(html).toContain('190 ties (+1 since the baseline)');
    const baselines = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/baselines`)).json().baselines;
    expect(baselines.some((b: { source: string }) => b.source === 'diagnostic')).toBe(true);
    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    expect(
      (await as(ctx.app, staff).post(`/api/v1/workspaces/${ws}/diagnostic-report/baseline`)).statusCode,
    ).toBe(403);
  });
});
