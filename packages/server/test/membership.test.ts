import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_METRICS } from '../src/monitoring/metrics.js';
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

describe('application links can be listed and revoked (hardening issue, item 10)', () => {
  it('lists the links with the applications each received, and a revoked link opens nothing', async () => {
    const m = as(ctx.app, manager);
    const base = `/api/v1/workspaces/${ws}/membership/application-links`;
    const link = (await m.post(base)).json();
    const applied = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/apply/${link.token}`,
      payload: {
        organisation: 'Lake Mills',
        contactName: 'Ines',
        email: 'ines@lakemills.example',
        actorType: 'firm',
      },
    });
    expect(applied.statusCode).toBe(201);
    const listed = (await m.get(base)).json().links;
    const mine = listed[0];
    expect(mine).toMatchObject({ createdBy: 'Marie Manager (demo)', applications: 1, revokedAt: null });
    // Staff and members may not see or revoke links.
    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    expect((await as(ctx.app, staff).get(base)).statusCode).toBe(403);
    expect((await as(ctx.app, staff).delete(`${base}/${mine.id}`)).statusCode).toBe(403);
    expect((await m.delete(`${base}/${mine.id}`)).statusCode).toBe(200);
    expect((await m.delete(`${base}/${mine.id}`)).statusCode).toBe(409);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/apply/${link.token}` })).statusCode).toBe(
      404,
    );
    const late = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/apply/${link.token}`,
      payload: { organisation: 'Late Co', contactName: 'Lu', email: 'lu@late.example', actorType: 'firm' },
    });
    expect(late.statusCode).toBe(404);
    const after = (await m.get(base)).json().links[0];
    expect(after).toMatchObject({ revokedBy: 'Marie Manager (demo)', applications: 1 });
    // The application already received stays in the pipeline.
    const apps = (await m.get(`/api/v1/workspaces/${ws}/membership/applications`)).json().applications;
    expect(apps.some((a: { organisation: string }) => a.organisation === 'Lake Mills')).toBe(true);
    // Cleanup for the tests below, which count applications from zero.
    await ctx.handle.db
      .deleteFrom('membership_applications')
      .where('organisation', '=', 'Lake Mills')
      .execute();
  });
});

describe('membership pipeline and applications (001:3350–3378)', () => {
  it('takes an application through the link, the board decision and the trial to membership', async () => {
    const link = (
      await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/membership/application-links`)
    ).json();
    expect(link.link).toMatch(/\/apply\//);
    const info = await ctx.app.inject({ method: 'GET', url: `/api/v1/apply/${link.token}` });
    expect(info.json().cluster).toBe('Lakeside Agro-Food Cluster (demo)');
    const bad = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/apply/${link.token}`,
      payload: { organisation: 'Sunny Jams', contactName: 'Awa', email: 'awa-at-example', actorType: 'firm' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'body.email', message: 'is not an email address' }]);
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/membership/applications`)).json()
        .applications,
    ).toHaveLength(0);
    const applied = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/apply/${link.token}`,
      payload: {
        organisation: 'Sunny Jams',
        contactName: 'Awa',
        email: 'awa@sunnyjams.example',
        actorType: 'firm',
        message: 'We make jams',
      },
    });
    expect(applied.statusCode).toBe(201);

    const staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
    expect(
      (
        await as(ctx.app, staff).post(
          `/api/v1/workspaces/${ws}/membership/applications/${applied.json().id}/decision`,
          { decision: 'approve' },
        )
      ).statusCode,
    ).toBe(403);
    const decided = await as(ctx.app, manager).post(
      `/api/v1/workspaces/${ws}/membership/applications/${applied.json().id}/decision`,
      { decision: 'approve', note: 'Board meeting of 3 March' },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const actorId = decided.json().actorId;
    const again = await as(ctx.app, manager).post(
      `/api/v1/workspaces/${ws}/membership/applications/${applied.json().id}/decision`,
      { decision: 'reject' },
    );
    expect(again.statusCode).toBe(409);

    const pipeline = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/membership/pipeline`)).json()
      .stages;
    expect(
      pipeline
        .find((s: { stage: string }) => s.stage === 'trial')
        .actors.map((a: { name: string }) => a.name),
    ).toContain('Sunny Jams');
    const skip = await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/actors/${actorId}/membership`, {
      stage: 'prospect',
    });
    expect(skip.statusCode).toBe(400);
    const member = await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/actors/${actorId}/membership`, {
      stage: 'member',
    });
    expect(member.json()).toMatchObject({ membership_stage: 'member', status: 'member' });
    const leaveWithoutReason = await as(ctx.app, manager).put(
      `/api/v1/workspaces/${ws}/actors/${actorId}/membership`,
      { stage: 'left' },
    );
    expect(leaveWithoutReason.statusCode).toBe(400);
    expect(leaveWithoutReason.json().error.details[0].field).toBe('body.reason');
    const left = await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/actors/${actorId}/membership`, {
      stage: 'left',
      reason: 'Sold the company',
    });
    expect(left.json()).toMatchObject({ membership_stage: 'left', left_reason: 'Sold the company' });
    const audit = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/audit?limit=1`)).json()
      .entries[0];
    expect(audit).toMatchObject({
      action: 'membership.stage',
      oldValue: { stage: 'member' },
      newValue: { stage: 'left' },
    });
  });

  it('refuses an unknown application link', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/apply/not-a-real-token-123',
      payload: { organisation: 'X', contactName: 'Y', email: 'y@x.example', actorType: 'firm' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('the member list', () => {
  it('filters, sorts, pages and exports members, and counts each pipeline stage', async () => {
    const url = `/api/v1/workspaces/${ws}/membership`;
    const pipeline = (await as(ctx.app, manager).get(`${url}/pipeline?perStage=2`)).json().stages;
    const members = pipeline.find((s: { stage: string }) => s.stage === 'member');
    expect(members.actors).toHaveLength(2);
    expect(members.total).toBeGreaterThan(2);
    const page1 = (await as(ctx.app, manager).get(`${url}/members?stage=member&limit=5&sort=name`)).json();
    expect(page1.total).toBe(members.total);
    expect(page1.members).toHaveLength(5);
    const names = page1.members.map((m: { name: string }) => m.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const page2 = (
      await as(ctx.app, manager).get(`${url}/members?stage=member&limit=5&offset=5&sort=name`)
    ).json();
    expect(page2.members[0].name > names[4]).toBe(true);
    const desc = (
      await as(ctx.app, manager).get(`${url}/members?stage=member&limit=1&sort=name&order=desc`)
    ).json();
    expect(desc.members[0].name >= page2.members[0].name).toBe(true);
    const bakery = (await as(ctx.app, manager).get(`${url}/members?q=bakery`)).json();
    expect(bakery.members.every((m: { name: string }) => /bakery/i.test(m.name))).toBe(true);
    expect((await as(ctx.app, manager).get(`${url}/members?stage=honorary`)).statusCode).toBe(400);
    const csv = await as(ctx.app, manager).get(`${url}/members?stage=member&format=csv`);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'name,actor_type,size_class,membership_stage,prospect_source,sector,location,contact_name,email,updated_at',
    );
    expect(lines).toHaveLength(1 + members.total);
  });
});

describe('one membership truth (experience issue, item 8)', () => {
  const today = new Date().toISOString().slice(0, 10);
  const counts = async () => {
    const m = as(ctx.app, manager);
    const register = (await m.get(`/api/v1/workspaces/${ws}/actors?status=member&limit=1`)).json().total;
    const stages = (await m.get(`/api/v1/workspaces/${ws}/membership/pipeline`)).json().stages;
    const pipeline = stages.find((s: { stage: string }) => s.stage === 'member').total;
    const metric = await PLATFORM_METRICS.members_count!.compute(ctx.app.db, ws, today);
    return { register, pipeline, metric };
  };

  it('counts the same members in the register, the pipeline and the "members" indicator', async () => {
    const c = await counts();
    expect(c.register).toBeGreaterThan(0);
    expect(c.pipeline).toBe(c.register);
    expect(c.metric).toBe(c.register);
  });

  it('puts an actor recorded as a member into the pipeline, and keeps the status of a pipeline actor to its stage', async () => {
    const m = as(ctx.app, manager);
    const before = await counts();
    const created = await m.post(`/api/v1/workspaces/${ws}/actors`, {
      name: 'Lakeside Honey Cooperative',
      actor_type: 'firm',
      status: 'member',
    });
    expect(created.statusCode).toBe(201);
    const after = await counts();
    expect(after).toEqual({
      register: before.register + 1,
      pipeline: before.pipeline + 1,
      metric: before.metric + 1,
    });
    // The register cannot say "stakeholder" of an actor the pipeline holds as a member.
    const refused = await m.patch(`/api/v1/workspaces/${ws}/actors/${created.json().id}`, {
      status: 'stakeholder',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('body.status');
    expect(await counts()).toEqual(after);
    // Leaving goes through the pipeline, and the register follows.
    const left = await m.put(`/api/v1/workspaces/${ws}/actors/${created.json().id}/membership`, {
      stage: 'left',
      reason: 'Closed the business',
    });
    expect(left.statusCode).toBeLessThan(300);
    expect(await counts()).toEqual(before);
  });
});
