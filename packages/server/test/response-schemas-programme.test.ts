import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type TestContext } from './helpers.js';

// The answers of routes with a response schema are checked against it in every test
// (http/response-check.ts). These routes of the programme (agents, the blueprint chart, cohorts
// and their roster) get a successful answer in no other test file, so they are called here once
// each: a wrong schema fails here.
let ctx: TestContext;
let officer: ReturnType<typeof as>;
let agent: ReturnType<typeof as>;
let prog: string;
let initiative: string;

beforeAll(async () => {
  ctx = await createTestContext({ demoHomes: true });
  const o = await signIn(ctx.app, 'officer@demo.agglomera.org');
  officer = as(ctx.app, o);
  agent = as(ctx.app, await signIn(ctx.app, 'agent@demo.agglomera.org'));
  prog = workspaceByKind(o, 'programme');
  initiative = workspaceByKind(await signIn(ctx.app, 'manager@demo.agglomera.org'), 'cluster_initiative');
}, 120_000);
afterAll(() => ctx?.close());

describe('programme answers that match their response schemas', () => {
  it('an agent report written and deleted by its agent', async () => {
    const base = `/api/v1/workspaces/${prog}/portfolio/${initiative}/agent-reports`;
    const made = await agent.post(base, { period: '2026 Q3', text: 'Schema visit' });
    expect(made.statusCode, made.body).toBe(201);
    const gone = await agent.delete(`${base}/${made.json().id}`);
    expect(gone.statusCode, gone.body).toBe(200);
  });

  it('a row of the blueprint chart, edited', async () => {
    const base = `/api/v1/workspaces/${prog}/portfolio/blueprint/associations`;
    const made = await officer.post(base, { name: 'Schema association' });
    expect(made.statusCode, made.body).toBe(201);
    const edit = await officer.put(`${base}/${made.json().id}`, {
      name: 'Schema association, renamed',
      partnershipNote: 'With the chamber',
    });
    expect(edit.statusCode, edit.body).toBe(200);
  });

  it('a session and a participant of a cohort, changed and removed', async () => {
    const url = (path: string) => `/api/v1/workspaces/${prog}/programme/cohorts${path}`;
    const cohort = await officer.post(url(''), { title: 'Schema cohort' });
    expect(cohort.statusCode, cohort.body).toBe(201);
    const c = (path: string) => url(`/${cohort.json().id}${path}`);
    const session = await officer.post(c('/sessions'), { heldOn: '2026-05-04', title: 'Opening' });
    expect(session.statusCode, session.body).toBe(201);
    const sessionId = session.json().sessions[0].id;
    const moved = await officer.patch(c(`/sessions/${sessionId}`), { heldOn: '2026-05-05' });
    expect(moved.statusCode, moved.body).toBe(200);
    const added = await officer.post(c('/participants'), { name: 'Dana Schema', group: 'other_stakeholder' });
    expect(added.statusCode, added.body).toBe(201);
    const participantId = added.json().participants[0].id;
    const changed = await officer.patch(c(`/participants/${participantId}`), { country: 'BB' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().participants[0].country).toBe('BB');
    const removed = await officer.delete(c(`/participants/${participantId}`));
    expect(removed.statusCode, removed.body).toBe(200);
    const dropped = await officer.delete(c(`/sessions/${sessionId}`));
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json().sessions).toEqual([]);
  });
});
