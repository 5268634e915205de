import { readFileSync } from 'node:fs';
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

describe('lifecycle spine', () => {
  it('shows the stage, the GIZ key questions as a checklist, and steps with tools, built or not yet available', async () => {
    const res = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/lifecycle`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.stage).toBe('initiation');
    expect(body.unidoPhase).toBe(4);
    expect(body.blueprintStep).toBe(5);
    expect(body.stages.map((s: { keyQuestions: unknown[] }) => s.keyQuestions.length)).toEqual([
      10, 10, 10, 8,
    ]);
    const q1 = body.stages[0].keyQuestions[0];
    expect(q1).toMatchObject({ id: 'initiation.1', checked: true, updatedBy: 'Marie Manager (demo)' });
    const [mapping, valueChain, swot] = body.stages[0].steps[0].tools;
    expect(mapping).toMatchObject({ id: 'cluster-mapping', module: 'map', available: true });
    expect(valueChain).toMatchObject({ id: 'value-chain-mapping', module: 'diagnose', available: true });
    expect(swot).toMatchObject({ id: 'swot', module: 'diagnose', available: true });
    expect(body.stages[0].steps[1].tools[2]).toMatchObject({
      id: 'raise-awareness',
      available: true,
      screen: 'operations/events',
    });
    expect(body.stages[0].steps[2].tools[1]).toMatchObject({
      id: 'develop-goals',
      available: true,
      screen: 'strategy/goals',
    });
  });

  it('opens each built tool on its own screen, one the web app routes', async () => {
    const body = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/lifecycle`)).json();
    type Tool = { id: string; available: boolean; screen: string | null };
    const tools = new Map<string, Tool>();
    for (const stage of body.stages)
      for (const step of stage.steps) for (const tool of step.tools as Tool[]) tools.set(tool.id, tool);
    // The diagnosis tools each open their own screen, not all the actor register.
    const diagnosis = ['value-chain-mapping', 'swot', 'stakeholder-analysis', 'needs-ranking'];
    expect(new Set(diagnosis.map((id) => tools.get(id)?.screen)).size).toBe(diagnosis.length);
    for (const id of ['process-management', 'raise-awareness', 'marketing-pr'])
      expect(tools.get(id)?.available, id).toBe(true);
    // No strategy tool of the GIZ stages is "not available yet" (issue 13, item 7).
    const strategy = [...tools.values()].filter(
      (tool) => (tool as Tool & { module: string }).module === 'strategy',
    );
    expect(strategy.map((tool) => tool.id).sort()).toEqual([
      'action-plan',
      'business-canvas',
      'change-innovation',
      'cluster-strategy',
      'develop-goals',
      'internationalisation',
      'strategic-foresight',
      'strategy-realignment',
    ]);
    for (const tool of strategy) expect(tool.available, tool.id).toBe(true);
    // Nor any organisation tool (issue 14, item 8).
    const organisation = [...tools.values()].filter(
      (tool) => (tool as Tool & { module: string }).module === 'organisation',
    );
    expect(organisation.map((tool) => tool.id).sort()).toEqual([
      'agreements',
      'financial-plan',
      'governance',
      'legal-form',
      'prepare-organisation',
      'staff-development',
      'staffing',
    ]);
    for (const tool of organisation) expect(tool.available, tool.id).toBe(true);
    const app = readFileSync(new URL('../../web/src/App.tsx', import.meta.url), 'utf8');
    const routes = [...app.matchAll(/path="\/w\/:workspaceId\/([^"]+)"/g)].map((m) => m[1]);
    for (const tool of tools.values()) {
      expect(tool.available).toBe(tool.screen !== null);
      if (tool.screen) expect(routes, `${tool.id} → ${tool.screen}`).toContain(tool.screen);
    }
    // UNIDO's phase 4 and MarketMakers' step 4 open the strategy screens (issue 13, item 7); every
    // screen a phase names is a route of the web app.
    type Phase = { number: number; screens: string[] };
    const unido = body.unidoPhases as Phase[];
    const blueprint = body.blueprintSteps as Phase[];
    expect(unido.find((p) => p.number === 4)?.screens).toContain('strategy/action-plan');
    expect(blueprint.find((p) => p.number === 4)?.screens).toEqual(['strategy', 'operations/services']);
    expect(unido.find((p) => p.number === 1)?.screens).toEqual([]);
    for (const p of [...unido, ...blueprint])
      for (const screen of p.screens) expect(routes, `phase ${p.number} → ${screen}`).toContain(screen);
  });

  it('ticks a key question with evidence and records it in the audit log', async () => {
    const res = await as(ctx.app, manager).put(
      `/api/v1/workspaces/${ws}/lifecycle/key-questions/initiation.8`,
      {
        checked: true,
        answer: 'Good chemistry after the packaging pilot',
        evidence: 'Pilot evaluation notes',
      },
    );
    expect(res.statusCode).toBe(200);
    const q = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/lifecycle`)).json().stages[0]
      .keyQuestions[7];
    expect(q).toMatchObject({ checked: true, evidence: 'Pilot evaluation notes' });
    const audit = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/audit`)).json();
    expect(audit.entries[0]).toMatchObject({
      action: 'lifecycle.key_question',
      entityId: 'initiation.8',
      oldValue: null,
      newValue: { checked: true, evidence: 'Pilot evaluation notes' },
      user: { email: 'manager@demo.agglomera.org' },
    });
  });

  it('refuses a tick without any answer or evidence, and unknown questions', async () => {
    const empty = await as(ctx.app, manager).put(
      `/api/v1/workspaces/${ws}/lifecycle/key-questions/initiation.6`,
      {
        checked: true,
        answer: ' ',
        evidence: '',
      },
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toEqual({ field: 'body.evidence' });
    const unknown = await as(ctx.app, manager).put(
      `/api/v1/workspaces/${ws}/lifecycle/key-questions/initiation.11`,
      {
        checked: false,
        answer: '',
        evidence: '',
      },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('moves to the next stage, recording date, who and why, in history and audit', async () => {
    const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/lifecycle/transitions`, {
      field: 'stage',
      to: 'establishment',
      reason: 'Strategy and action plan adopted by the founding assembly',
    });
    expect(res.statusCode).toBe(201);
    const body = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/lifecycle`)).json();
    expect(body.stage).toBe('establishment');
    expect(body.changes[0]).toMatchObject({
      field: 'stage',
      from_value: 'initiation',
      to_value: 'establishment',
      reason: 'Strategy and action plan adopted by the founding assembly',
      changed_by_name: 'Marie Manager (demo)',
    });
    const audit = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/audit?limit=1`)).json();
    expect(audit.entries[0]).toMatchObject({
      action: 'lifecycle.stage',
      oldValue: { stage: 'initiation' },
      newValue: { stage: 'establishment' },
    });
    expect(audit.nextBefore).not.toBeNull();
  });

  it('rejects an unknown stage, an out-of-range phase and a missing reason, changing nothing', async () => {
    const bad = [
      { field: 'stage', to: 'maturity', reason: 'x' },
      { field: 'unido_phase', to: 7, reason: 'x' },
      { field: 'blueprint_step', to: 0, reason: 'x' },
      { field: 'stage', to: 'transformation', reason: '   ' },
    ];
    for (const payload of bad) {
      const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/lifecycle/transitions`, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const body = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/lifecycle`)).json();
    expect([body.stage, body.unidoPhase, body.blueprintStep]).toEqual(['establishment', 4, 5]);
  });

  it('exports the audit log as CSV', async () => {
    const res = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/audit?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('at,user,action,entity,entity_id,old_value,new_value');
    expect(lines[1]).toContain('lifecycle.stage');
  });

  it('exports the audit log as XLSX', async () => {
    const res = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/audit?format=xlsx`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps the audit log to owners', async () => {
    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    expect((await as(ctx.app, staff).get(`/api/v1/workspaces/${ws}/audit`)).statusCode).toBe(403);
  });
});

describe('a programme follows initiatives with explicit, revocable sharing', () => {
  it('sees the lifecycle only while the initiative shares it', async () => {
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    const programme = workspaceByKind(officer, 'programme');
    const follows = (await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/follows`)).json()
      .follows;
    expect(follows).toHaveLength(1);
    expect(follows[0].shares.sort()).toEqual(['indicators', 'lifecycle']);
    expect(follows[0].lifecycle.stage).toBe('establishment');
    const followId = follows[0].id;
    expect(
      (await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/follows/${followId}/lifecycle`))
        .statusCode,
    ).toBe(200);

    const followers = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/followers`)).json().followers;
    expect(followers[0].programme.name).toBe('Cluster Capacity Programme (demo)');
    const revoke = await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/followers/${followId}`, {
      status: 'active',
      shares: ['indicators'],
    });
    expect(revoke.statusCode).toBe(200);

    const after = (await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/follows`)).json()
      .follows[0];
    expect(after.shares).toEqual(['indicators']);
    expect(after.lifecycle).toBeNull();
    expect(
      (await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/follows/${followId}/lifecycle`))
        .statusCode,
    ).toBe(403);

    const audit = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/audit`)).json().entries[0];
    expect(audit).toMatchObject({
      action: 'follow.shares',
      oldValue: { shares: ['indicators', 'lifecycle'] },
      newValue: { shares: ['indicators'] },
    });
  });

  it('lets an officer ask to follow a new initiative, which starts with nothing shared', async () => {
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    const programme = workspaceByKind(officer, 'programme');
    const fresh = await as(ctx.app, manager).post('/api/v1/workspaces', {
      name: 'Second cluster',
      kind: 'cluster_initiative',
    });
    const res = await as(ctx.app, officer).post(`/api/v1/workspaces/${programme}/follows`, {
      initiativeId: fresh.json().id,
    });
    expect(res.statusCode).toBe(202);
    expect(res.json().status).toBe('requested');
    // Asking again changes nothing and answers the same.
    const dup = await as(ctx.app, officer).post(`/api/v1/workspaces/${programme}/follows`, {
      initiativeId: fresh.json().id,
    });
    expect(dup.statusCode).toBe(202);
    expect(dup.json()).toEqual(res.json());
    const list = (await as(ctx.app, officer).get(`/api/v1/workspaces/${programme}/follows`)).json().follows;
    // Until the initiative answers, the programme sees the identifier it typed, not the name.
    const second = list.find((f: { initiative: { id: string } }) => f.initiative.id === fresh.json().id);
    expect(second.initiative.name).toBeNull();
    expect(second).toMatchObject({ status: 'requested', shares: [], lifecycle: null });
  });

  it('answers a follow request alike whether or not the initiative exists, and makes a declined programme wait (hardening issue, item 8)', async () => {
    const officer = await signIn(ctx.app, 'officer@demo.agglomera.org');
    const programme = workspaceByKind(officer, 'programme');
    const o = as(ctx.app, officer);
    const real = (
      await as(ctx.app, manager).post('/api/v1/workspaces', {
        name: 'Third cluster',
        kind: 'cluster_initiative',
      })
    ).json().id as string;
    const made_up = '5d0c7a4e-1b2c-4d3e-8f90-123456789abc';
    const toReal = await o.post(`/api/v1/workspaces/${programme}/follows`, { initiativeId: real });
    const toNone = await o.post(`/api/v1/workspaces/${programme}/follows`, { initiativeId: made_up });
    const toProgramme = await o.post(`/api/v1/workspaces/${programme}/follows`, { initiativeId: programme });
    expect(toProgramme.statusCode).toBe(400);
    expect(toReal.statusCode).toBe(toNone.statusCode);
    expect(Object.keys(toReal.json()).sort()).toEqual(Object.keys(toNone.json()).sort());
    expect(toNone.json().status).toBe('requested');
    const list = (await o.get(`/api/v1/workspaces/${programme}/follows`)).json().follows;
    const rows = [real, made_up].map((id) =>
      list.find((f: { initiative: { id: string } }) => f.initiative.id === id),
    );
    expect(
      rows.map((r: { status: string; initiative: { name: unknown } }) => [r.status, r.initiative.name]),
    ).toEqual([
      ['requested', null],
      ['requested', null],
    ]);
    // A request can be withdrawn while unanswered.
    expect((await o.delete(`/api/v1/workspaces/${programme}/follows/${toNone.json().id}`)).statusCode).toBe(
      200,
    );

    // The initiative declines: asking again right away is refused, with the date from which it may.
    const m = as(ctx.app, manager);
    const followers = (await m.get(`/api/v1/workspaces/${real}/followers`)).json().followers;
    expect(
      (
        await m.put(`/api/v1/workspaces/${real}/followers/${followers[0].id}`, {
          status: 'ended',
          shares: [],
        })
      ).statusCode,
    ).toBe(200);
    const again = await o.post(`/api/v1/workspaces/${programme}/follows`, { initiativeId: real });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.retryFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Once the pause is over, the programme may ask again.
    await ctx.handle.db
      .updateTable('programme_follows')
      .set({ decided_at: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', followers[0].id)
      .execute();
    expect((await o.post(`/api/v1/workspaces/${programme}/follows`, { initiativeId: real })).statusCode).toBe(
      202,
    );
  });
});
