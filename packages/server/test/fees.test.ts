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

describe('membership fees and invoices', () => {
  it('refuses a negative fee and keeps nothing', async () => {
    const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/fees/categories`, {
      name: 'Small firms',
      amount: -50,
      currency: 'EUR',
      period: 'year',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'body.amount', message: 'must be 0 or more' }]);
    expect(
      (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/fees/categories`)).json().categories,
    ).toHaveLength(0);
  });

  it('issues invoices, marks payments and sums fee income by status', async () => {
    const small = (
      await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/fees/categories`, {
        name: 'Small firms',
        amount: 250.5,
        currency: 'EUR',
        period: 'year',
      })
    ).json();
    expect(small.amount).toBe(250.5);
    // Firms outside a trial partnership: a trial partner is not invoiced before its membership
    // agreement is signed (organisation-agreements.test.ts).
    const trial = new Set(
      (
        await ctx.app.db
          .selectFrom('actors')
          .select('id')
          .where('workspace_id', '=', ws)
          .where('membership_stage', '=', 'trial')
          .execute()
      ).map((a) => a.id),
    );
    const actors = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/actors?type=firm&limit=10`))
      .json()
      .actors.filter((a: { id: string }) => !trial.has(a.id))
      .slice(0, 3);
    const ids: string[] = [];
    for (const [i, a] of actors.entries()) {
      const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/fees/invoices`, {
        actorId: a.id,
        categoryId: small.id,
        issuedOn: '2026-01-10',
        dueOn: i === 0 ? '2099-12-31' : '2026-02-10',
      });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    expect(
      (
        await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/fees/invoices/${ids[1]}/paid`, {
          paidOn: '2026-02-01',
        })
      ).statusCode,
    ).toBe(200);
    const list = (await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/fees/invoices`)).json();
    expect(list.invoices.map((i: { status: string }) => i.status).sort()).toEqual([
      'issued',
      'overdue',
      'paid',
    ]);
    expect(list.summary.EUR).toEqual({ issued: 250.5, paid: 250.5, overdue: 250.5, total: 751.5 });
    const early = await as(ctx.app, manager).put(`/api/v1/workspaces/${ws}/fees/invoices/${ids[2]}/paid`, {
      paidOn: '2025-12-31',
    });
    expect(early.statusCode).toBe(400);
    const badDue = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/fees/invoices`, {
      actorId: actors[0].id,
      categoryId: small.id,
      issuedOn: '2026-03-10',
      dueOn: '2026-03-01',
    });
    expect(badDue.json().error.details[0].field).toBe('body.dueOn');
  });

  it('keeps fees from members', async () => {
    const member = await signIn(ctx.app, 'member@demo.agglomera.org');
    expect((await as(ctx.app, member).get(`/api/v1/workspaces/${ws}/fees/invoices`)).statusCode).toBe(403);
  });
});
