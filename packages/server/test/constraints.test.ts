import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestContext, signIn, workspaceByKind, type Session, type TestContext } from './helpers.js';

/**
 * The constraint diagnosis revised as pilots run (fidelity issue 16, item 10; MarketMakers
 * 000:48, 62, 241, 245): both sub-optimal aspects at once, the day a constraint was identified,
 * the actors holding it, edits, and links and pathways that can be taken back.
 */
let ctx: TestContext;
let manager: Session;
let staff: Session;
let ws: string;
const url = (path: string) => `/api/v1/workspaces/${ws}${path}`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  staff = await signIn(ctx.app, 'staff@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

const count = async (
  table: 'constraints' | 'constraint_actors' | 'constraint_links' | 'constraint_pathways',
) =>
  Number(
    (
      await ctx.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('constraints revised as the diagnosis sharpens', () => {
  it('records a service sub-optimal in scope and quality, when it was identified and who holds it', async () => {
    const m = as(ctx.app, manager);
    const actors = (await m.get(url('/actors?limit=5'))).json().actors as { id: string; name: string }[];
    expect(actors.length).toBeGreaterThan(1);
    const created = await m.post(url('/constraints'), {
      title: 'Cold-store operators serve only large exporters',
      tier: 2,
      kind: 'function',
      deficiency: 'suboptimal_scope_quality',
      identifiedOn: '2026-03-02',
      actorIds: [actors[0]!.id],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const listed = (await m.get(url('/constraints')))
      .json()
      .constraints.find((c: { id: string }) => c.id === id);
    expect(listed).toMatchObject({
      deficiency: 'suboptimal_scope_quality',
      identified_on: '2026-03-02',
      revised_at: null,
      actorIds: [actors[0]!.id],
      actors: [{ id: actors[0]!.id, name: actors[0]!.name }],
    });

    // Six months later the pilot shows the deeper cause: revised, the actors replaced.
    const revised = await as(ctx.app, staff).patch(url(`/constraints/${id}`), {
      tier: 3,
      deficiency: 'absent',
      actorIds: [actors[1]!.id],
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ tier: 3, deficiency: 'absent', identified_on: '2026-03-02' });
    expect(revised.json().revised_at).not.toBeNull();
    const after = (await m.get(url('/constraints')))
      .json()
      .constraints.find((c: { id: string }) => c.id === id);
    expect(after.actorIds).toEqual([actors[1]!.id]);

    const csv = (await m.get(url('/constraints?format=csv'))).body;
    expect(csv).toContain(`2026-03-02`);
    expect(csv).toContain(actors[1]!.name);

    const audit = (await m.get(url('/audit'))).json();
    expect(JSON.stringify(audit)).toContain('constraints.update');
  });

  it('refuses an actor of another workspace and a wrong field, naming it, and stores nothing', async () => {
    const m = as(ctx.app, manager);
    const other = (
      await m.post('/api/v1/workspaces', {
        name: 'Other cluster (constraints test)',
        kind: 'cluster_initiative',
      })
    ).json().id as string;
    const foreign = (
      await m.post(`/api/v1/workspaces/${other}/actors`, { name: 'Foreign provider', actor_type: 'firm' })
    ).json();
    expect(foreign.id).toBeTruthy();
    const before = [await count('constraints'), await count('constraint_actors')];
    const bad = await m.post(url('/constraints'), {
      title: 'Refused',
      tier: 1,
      kind: 'rule',
      deficiency: 'absent',
      actorIds: [foreign.id],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.actorIds[0]');
    const wrongDeficiency = await m.post(url('/constraints'), {
      title: 'Refused',
      tier: 1,
      kind: 'rule',
      deficiency: 'suboptimal',
    });
    expect(wrongDeficiency.statusCode).toBe(400);
    expect(JSON.stringify(wrongDeficiency.json().error.details)).toContain('body.deficiency');
    const badDate = await m.post(url('/constraints'), {
      title: 'Refused',
      tier: 1,
      kind: 'rule',
      deficiency: 'absent',
      identifiedOn: '2026-02-30',
    });
    expect(badDate.statusCode).toBe(400);
    expect([await count('constraints'), await count('constraint_actors')]).toEqual(before);

    const any = (await m.get(url('/constraints'))).json().constraints[0] as { id: string; title: string };
    const patch = await m.patch(url(`/constraints/${any.id}`), { title: 'Changed', actorIds: [foreign.id] });
    expect(patch.statusCode).toBe(400);
    const still = (await m.get(url('/constraints')))
      .json()
      .constraints.find((c: { id: string }) => c.id === any.id);
    expect(still.title).toBe(any.title);
    expect((await m.patch(url(`/constraints/${any.id}`), {})).statusCode).toBe(400);
  });

  it('takes back a pathway, then its link, then its constraints, each refused while something runs through it', async () => {
    const m = as(ctx.app, manager);
    const add = async (title: string, tier: number) =>
      (await m.post(url('/constraints'), { title, tier, kind: 'function', deficiency: 'absent' })).json()
        .id as string;
    const cause = await add('No shared testing laboratory (test)', 3);
    const effect = await add('Firms cannot prove product quality (test)', 2);
    expect((await m.post(url('/constraints/links'), { causeId: cause, effectId: effect })).statusCode).toBe(
      201,
    );
    const pathway = (
      await m.post(url('/constraint-pathways'), {
        name: 'Quality proof (test)',
        constraintIds: [cause, effect],
        abilityToAct: 3,
        expectedEffect: 4,
      })
    ).json().id as string;

    const unlink = await m.delete(url(`/constraints/${cause}/effects/${effect}`));
    expect(unlink.statusCode).toBe(409);
    expect(unlink.json().error.message).toContain('Quality proof (test)');
    expect((await m.delete(url(`/constraints/${cause}`))).statusCode).toBe(409);

    expect((await as(ctx.app, staff).delete(url(`/constraint-pathways/${pathway}`))).statusCode).toBe(200);
    expect((await m.delete(url(`/constraint-pathways/${pathway}`))).statusCode).toBe(404);
    expect((await m.delete(url(`/constraints/${cause}/effects/${effect}`))).statusCode).toBe(200);
    expect((await m.delete(url(`/constraints/${cause}/effects/${effect}`))).statusCode).toBe(404);
    const links = (await m.get(url('/constraints'))).json().links as { causeId: string }[];
    expect(links.some((l) => l.causeId === cause)).toBe(false);
    expect((await m.delete(url(`/constraints/${cause}`))).statusCode).toBe(200);
  });

  it('keeps revisions to the editors', async () => {
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    const any = (await as(ctx.app, manager).get(url('/constraints'))).json().constraints[0] as { id: string };
    const res = await as(ctx.app, member).patch(url(`/constraints/${any.id}`), { title: 'Member edit' });
    expect(res.statusCode).toBe(403);
  });

  it('revises one constraint twice at once without losing either change', async () => {
    const m = as(ctx.app, manager);
    const id = (
      await m.post(url('/constraints'), { title: 'Race (test)', tier: 4, kind: 'rule', deficiency: 'absent' })
    ).json().id as string;
    const [a, b] = await Promise.all([
      m.patch(url(`/constraints/${id}`), { title: 'Race (test, renamed)' }),
      m.patch(url(`/constraints/${id}`), { description: 'Outdated licensing law' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const row = (await m.get(url('/constraints')))
      .json()
      .constraints.find((c: { id: string }) => c.id === id);
    expect(row).toMatchObject({ title: 'Race (test, renamed)', description: 'Outdated licensing law' });
  });
});
