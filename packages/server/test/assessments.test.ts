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

describe('rapid assessment of existing associations (000:70–115)', () => {
  it('collects answers per association and informant and records the recommendation', async () => {
    const a = (
      await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/association-assessments`, {
        title: 'Associations of the fruit industry',
      })
    ).json();
    const base = `/api/v1/workspaces/${ws}/association-assessments/${a.id}`;
    const partB = await as(ctx.app, manager).post(`${base}/answers`, {
      questionId: 'B1',
      informant: 'Processor, 40 staff',
      answer: 'The chamber offers export advice but only in the capital',
    });
    expect(partB.statusCode).toBe(400);
    expect(partB.json().error.details[0].field).toBe('body.association');
    for (const body of [
      {
        questionId: 'A1',
        informant: 'Processor, 40 staff',
        answer: 'Joint logistics and quality certification',
      },
      {
        questionId: 'B1',
        informant: 'Processor, 40 staff',
        association: 'Lakeside Chamber of Commerce',
        answer: 'Export advice only in the capital',
      },
      {
        questionId: 'B1',
        informant: 'Grower cooperative',
        association: 'Fruit Growers Association',
        answer: 'Members are growers only',
      },
    ])
      expect((await as(ctx.app, manager).post(`${base}/answers`, body)).statusCode).toBe(201);
    const unknown = await as(ctx.app, manager).post(`${base}/answers`, {
      questionId: 'D9',
      informant: 'x',
      answer: 'y',
    });
    expect(unknown.statusCode).toBe(400);
    const full = (await as(ctx.app, manager).get(base)).json();
    expect(full.questions.map((q: { id: string }) => q.id)).toEqual([
      'A1',
      'A2',
      'B1',
      'B2',
      'C1',
      'C2',
      'C3',
      'C4',
    ]);
    expect(full.questions[2].answers.map((x: { association: string }) => x.association)).toEqual([
      'Lakeside Chamber of Commerce',
      'Fruit Growers Association',
    ]);
    const noName = await as(ctx.app, manager).put(`${base}/recommendation`, {
      recommendation: 'partner_existing',
      reasons: 'x',
    });
    expect(noName.statusCode).toBe(400);
    const rec = await as(ctx.app, manager).put(`${base}/recommendation`, {
      recommendation: 'create_new',
      reasons: 'No existing association serves processors; growers would not open a chapter',
    });
    expect(rec.statusCode).toBe(200);
    expect(rec.json()).toMatchObject({ recommendation: 'create_new' });
    expect(rec.json().decided_at).not.toBeNull();
  });

  it('opens part C only once partnering is deemed unrealistic or undesirable, by whom and why (000:110)', async () => {
    const m = as(ctx.app, manager);
    const a = (
      await m.post(`/api/v1/workspaces/${ws}/association-assessments`, { title: 'Part C test' })
    ).json();
    const base = `/api/v1/workspaces/${ws}/association-assessments/${a.id}`;
    const first = (await m.get(base)).json();
    expect(first.preambles.C.text).toMatch(/^If partnering with existing C\/MAs/);
    expect(
      first.questions.filter((q: { open: boolean }) => !q.open).map((q: { id: string }) => q.id),
    ).toEqual(['C1', 'C2', 'C3', 'C4']);
    const c1 = { questionId: 'C1', informant: 'Processor, 40 staff', answer: 'Nobody took the lead' };
    const early = await m.post(`${base}/answers`, c1);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('Part C is investigated only if');
    const noReason = await m.put(`${base}/partnering`, { sides: ['companies'], reasons: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('body.reasons');
    const wrongSide = await m.put(`${base}/partnering`, { sides: ['donors'], reasons: 'x' });
    expect(wrongSide.statusCode).toBe(400);
    expect((await m.get(base)).json().part_c_sides).toEqual([]);

    const opened = await m.put(`${base}/partnering`, {
      sides: ['companies', 'associations'],
      reasons: 'Processors would not join; the chamber will not add food services',
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ part_c_sides: ['companies', 'associations'] });
    expect(opened.json().part_c_opened_at).not.toBeNull();
    expect((await m.post(`${base}/answers`, c1)).statusCode).toBe(201);
    const close = await m.put(`${base}/partnering`, { sides: [], reasons: '' });
    expect(close.statusCode).toBe(409);
    expect((await m.get(base)).json().part_c_sides).toEqual(['companies', 'associations']);
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect((await as(ctx.app, member).put(`${base}/partnering`, { sides: [], reasons: '' })).statusCode).toBe(
      403,
    );
  });
});

describe('constraint diagnosis in tiers with pathways (000:50–64)', () => {
  it('links causes to effects, refuses a broken pathway and ranks pathways by their three scores', async () => {
    const add = async (title: string, tier: number, kind: string, deficiency: string) =>
      (
        await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/constraints`, {
          title,
          tier,
          kind,
          deficiency,
        })
      ).json().id as string;
    const skills = await add('Firms cannot find food technologists', 1, 'function', 'suboptimal_quality');
    const training = await add('No practical food technology course', 2, 'function', 'absent');
    const curriculum = await add(
      'Curricula set nationally without industry input',
      2,
      'rule',
      'suboptimal_scope',
    );
    const dialogue = await add('No forum where firms and schools meet', 3, 'function', 'absent');
    for (const [causeId, effectId] of [
      [training, skills],
      [curriculum, training],
      [dialogue, curriculum],
    ])
      expect(
        (await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/constraints/links`, { causeId, effectId }))
          .statusCode,
      ).toBe(201);
    const broken = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/constraint-pathways`, {
      name: 'Skipping a step',
      constraintIds: [dialogue, training, skills],
      abilityToAct: 3,
      expectedEffect: 3,
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details[0].field).toBe('body.constraintIds[1]');
    await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/constraint-pathways`, {
      name: 'Skills',
      constraintIds: [training, skills],
      abilityToAct: 2,
      expectedEffect: 4,
    });
    await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/constraint-pathways`, {
      name: 'Collaboration',
      constraintIds: [dialogue, curriculum, training, skills],
      abilityToAct: 4,
      expectedEffect: 5,
    });
    const all = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/constraints`)).json();
    expect(all.constraints.map((c: { tier: number }) => c.tier)).toEqual([1, 2, 2, 3]);
    expect(all.pathways.map((p: { name: string; score: number }) => [p.name, p.score])).toEqual([
      ['Collaboration', 9],
      ['Skills', 6],
    ]);
    const del = await as(ctx.app, manager).delete(`/api/v1/workspaces/${ws}/constraints/${training}`);
    expect(del.statusCode).toBe(409);
  });
});
