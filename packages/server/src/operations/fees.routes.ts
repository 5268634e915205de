import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { MONEY_12_2 } from '../http/input.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { trialWithoutSignedMembership } from '../organisation/agreements.service.js';
import { iso, Ok } from '../http/schemas.js';
import { Created, FeeCategories, FeeCategory, FeeInvoices } from './members.schemas.js';

const tags = ['operations'];
const initiative = ['cluster_initiative'] as const;
/** Fees are the cluster management's business: members never see each other's fees (issue 6). */
const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const today = () => new Date().toISOString().slice(0, 10);

/** issued → paid, or overdue once the due date has passed unpaid. */
export function invoiceStatus(
  inv: { due_on: string; paid_on: string | null },
  on = today(),
): 'paid' | 'overdue' | 'issued' {
  if (inv.paid_on) return 'paid';
  return inv.due_on < on ? 'overdue' : 'issued';
}

export async function feeRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/fees/categories',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Membership fee categories',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: FeeCategories },
      },
    },
    async (request) => ({
      categories: (
        await app.db
          .selectFrom('fee_categories')
          .selectAll()
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('name')
          .execute()
      ).map((c) => ({ ...c, amount: Number(c.amount), created_at: iso(c.created_at) })),
    }),
  );

  app.post(
    '/workspaces/:workspaceId/fees/categories',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Add a fee category (e.g. small firms, large firms, research institutes)',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            amount: Type.Number({ maximum: MONEY_12_2 }),
            currency: Type.String({ pattern: '^[A-Z]{3}$' }),
            period: Type.Union([Type.Literal('year'), Type.Literal('quarter'), Type.Literal('month')]),
          },
          { additionalProperties: false },
        ),
        response: { 201: FeeCategory },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      if (!(b.amount >= 0) || !Number.isFinite(b.amount))
        throw badRequest('validation_failed', 'A fee cannot be negative', [
          { field: 'body.amount', message: 'must be 0 or more' },
        ]);
      if (Math.round(b.amount * 100) !== b.amount * 100)
        throw badRequest('validation_failed', 'Amounts have at most two decimals', [
          { field: 'body.amount', message: 'has more than two decimals' },
        ]);
      const exists = await app.db
        .selectFrom('fee_categories')
        .select('id')
        .where('workspace_id', '=', ws.id)
        .where('name', '=', b.name.trim())
        .executeTakeFirst();
      if (exists)
        throw conflict(msg`A fee category named "${b.name}" exists already`, { field: 'body.name' });
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('fee_categories')
          .values({
            workspace_id: ws.id,
            name: b.name.trim(),
            amount: b.amount,
            currency: b.currency,
            period: b.period,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'fees.category',
          entity: 'fee_category',
          entityId: r.id,
          newValue: b,
        });
        return r;
      });
      reply.status(201);
      return { ...row, amount: Number(row.amount), created_at: iso(row.created_at) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/fees/invoices',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Fee invoices with their status (issued, paid, overdue) and the fee-income summary by currency',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object(
          {
            status: Type.Optional(
              Type.Union([Type.Literal('issued'), Type.Literal('paid'), Type.Literal('overdue')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: FeeInvoices },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await app.db
        .selectFrom('fee_invoices as i')
        .innerJoin('actors as a', 'a.id', 'i.actor_id')
        .innerJoin('fee_categories as c', 'c.id', 'i.category_id')
        .select([
          'i.id',
          'i.amount',
          'i.currency',
          sql<string>`i.issued_on::text`.as('issued_on'),
          sql<string>`i.due_on::text`.as('due_on'),
          sql<string | null>`i.paid_on::text`.as('paid_on'),
          'a.id as actor_id',
          'a.name as actor_name',
          'c.name as category',
        ])
        .where('i.workspace_id', '=', ws.id)
        .orderBy('i.issued_on', 'desc')
        .orderBy('a.name')
        .execute();
      const invoices = rows.map((r) => ({ ...r, amount: Number(r.amount), status: invoiceStatus(r) }));
      const summary: Record<string, { issued: number; paid: number; overdue: number; total: number }> = {};
      for (const i of invoices) {
        const s = (summary[i.currency] ??= { issued: 0, paid: 0, overdue: 0, total: 0 });
        s[i.status] = Math.round((s[i.status] + i.amount) * 100) / 100;
        s.total = Math.round((s.total + i.amount) * 100) / 100;
      }
      return {
        invoices: request.query.status ? invoices.filter((i) => i.status === request.query.status) : invoices,
        summary,
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/fees/invoices',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Issue a fee invoice to an actor of the register, at the amount of its category',
        params: Type.Object({ workspaceId: Type.String() }),
        body: Type.Object(
          {
            actorId: Type.String({ format: 'uuid' }),
            categoryId: Type.String({ format: 'uuid' }),
            issuedOn: DateString,
            dueOn: DateString,
          },
          { additionalProperties: false },
        ),
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      if (b.dueOn < b.issuedOn)
        throw badRequest('validation_failed', 'The due date is before the issue date', [
          { field: 'body.dueOn', message: 'is before issuedOn' },
        ]);
      const row = await app.db.transaction().execute(async (trx) => {
        const actor = await trx
          .selectFrom('actors')
          .select(['id', 'name'])
          .where('id', '=', b.actorId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!actor)
          throw badRequest('unknown_actor', 'actorId is not an actor of this cluster initiative', [
            { field: 'body.actorId', message: 'is not an actor of this cluster initiative' },
          ]);
        // A trial partner is invoiced only once its membership agreement is signed (GIZ 001:2501–2502).
        const trial = await trialWithoutSignedMembership(trx, ws.id, actor.id);
        if (trial)
          throw conflict(
            msg`${trial} is a trial partner without a signed membership agreement: no fee is invoiced yet`,
            [{ field: 'body.actorId', message: 'is a trial partner without a signed membership agreement' }],
          );
        const cat = await trx
          .selectFrom('fee_categories')
          .selectAll()
          .where('id', '=', b.categoryId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!cat)
          throw badRequest('unknown_category', 'categoryId is not a fee category of this cluster', [
            { field: 'body.categoryId', message: 'is not a fee category' },
          ]);
        const r = await trx
          .insertInto('fee_invoices')
          .values({
            workspace_id: ws.id,
            actor_id: actor.id,
            category_id: cat.id,
            amount: cat.amount,
            currency: cat.currency,
            issued_on: b.issuedOn,
            due_on: b.dueOn,
            paid_on: null,
            created_by: requireAuth(request).user.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'fees.invoice',
          entity: 'fee_invoice',
          entityId: r.id,
          newValue: { actor: actor.name, category: cat.name, amount: Number(cat.amount), ...b },
        });
        return r;
      });
      reply.status(201);
      return row;
    },
  );

  app.put(
    '/workspaces/:workspaceId/fees/invoices/:invoiceId/paid',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Record the payment of an invoice (paidOn null undoes it)',
        params: Type.Object({ workspaceId: Type.String(), invoiceId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ paidOn: Type.Union([DateString, Type.Null()]) }, { additionalProperties: false }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const inv = await trx
          .selectFrom('fee_invoices')
          .select([
            'id',
            sql<string>`issued_on::text`.as('issued_on'),
            sql<string | null>`paid_on::text`.as('paid_on'),
          ])
          .where('id', '=', request.params.invoiceId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!inv) throw notFound('Invoice');
        if (request.body.paidOn && request.body.paidOn < inv.issued_on)
          throw badRequest('validation_failed', 'Paid before it was issued?', [
            { field: 'body.paidOn', message: 'is before the issue date' },
          ]);
        await trx
          .updateTable('fee_invoices')
          .set({ paid_on: request.body.paidOn })
          .where('id', '=', inv.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'fees.paid',
          entity: 'fee_invoice',
          entityId: inv.id,
          oldValue: { paidOn: inv.paid_on },
          newValue: request.body,
        });
      });
      return { ok: true as const };
    },
  );
}
