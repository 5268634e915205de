import { COST_CATEGORIES, FINANCING_SOURCES } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { recordAudit } from '../audit/service.js';
import { planWithCharts } from './finance.charts.js';
import { badRequest } from '../http/errors.js';
import { MonthString, Params, Text, manage, read, tags, today, write } from './shared.js';
import {
  amountsOf,
  checkDraft,
  checkMonths,
  currentPlanId,
  getPlan,
  listPlans,
  planOf,
} from './finance.service.js';
import { PLAN_BASE, PlanParams, lineRoutes } from './finance.lines.routes.js';
import { sendPlanXlsx } from './finance.xlsx.js';
import { documentLocale } from '../i18n/documents.js';
import { FinancialPlan, FinancialPlanList, FinancialPlansLeft } from './organisation.schemas.js';

/**
 * The financial plan (issue 14; GIZ 001:2067–2229; MarketMakers 000:137): versions of a plan of
 * income and expenditure over 12 months or more (001:2081), draft or agreed (agreeing is a
 * manager's act; at most one agreed, a newer one supersedes it), its liquidity line, financing mix
 * and the platform's own records beside it. Lines: finance.lines.routes.ts.
 */

const PlanFields = {
  title: Text(200),
  startMonth: MonthString,
  months: Type.Integer({ minimum: 1, maximum: 1200 }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  opening: Type.Number({ minimum: -999_999_999_999, maximum: 999_999_999_999 }),
};
const PlanBody = Type.Object(PlanFields, { additionalProperties: false });
const PlanPatch = Type.Partial(PlanBody, { additionalProperties: false });

export function financeRoutes(app: App) {
  const base = PLAN_BASE;

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The financial plans, newest version first, the current one (agreed, else the newest draft), fee categories and paying members for the revenue scenario',
        params: Params,
        response: { 200: FinancialPlanList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const fees = await app.db
        .selectFrom('fee_categories')
        .select(['id', 'name', 'amount', 'currency', 'period'])
        .where('workspace_id', '=', ws.id)
        .orderBy('name')
        .execute();
      const members = await app.db
        .selectFrom('actors')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('workspace_id', '=', ws.id)
        .where('membership_stage', '=', 'member')
        .executeTakeFirstOrThrow();
      return {
        plans: await listPlans(app.db, ws.id),
        currentId: await currentPlanId(app.db, ws.id),
        feeCategories: fees.map((f) => ({ ...f, amount: Number(f.amount) })),
        members: Number(members.n),
        sources: [...FINANCING_SOURCES],
        categories: [...COST_CATEGORIES],
      };
    },
  );

  app.post(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Start a new version of the financial plan (a draft): title, first month, 12 months or more, currency, opening balance',
        params: Params,
        body: PlanBody,
        response: { 201: FinancialPlan },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      checkMonths(b.months);
      if (!b.title.trim()) throw emptyTitle();
      const id = await app.db.transaction().execute(async (trx) => {
        await trx.selectFrom('workspaces').select('id').where('id', '=', ws.id).forUpdate().execute();
        const version = await nextVersion(trx, ws.id);
        const row = await trx
          .insertInto('financial_plans')
          .values({
            workspace_id: ws.id,
            version,
            title: b.title.trim(),
            start_month: b.startMonth,
            months: b.months,
            currency: b.currency,
            opening_balance: b.opening,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.plan.create',
          entity: 'financial_plan',
          entityId: row.id,
          newValue: { version, ...b },
        });
        return row.id;
      });
      reply.status(201);
      return planWithCharts(app.db, ws.id, id, documentLocale(request));
    },
  );

  app.get(
    `${base}/:planId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'A financial plan in full: lines, monthly totals, liquidity line (first month below zero), financing mix, public share per plan year, costs by category, the platform’s records beside it',
        params: PlanParams,
        response: { 200: FinancialPlan },
      },
    },
    async (request) =>
      planWithCharts(app.db, requireWorkspace(request).id, request.params.planId, documentLocale(request)),
  );

  app.get(
    `${base}/:planId/xlsx`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'A financial plan as a spreadsheet: lines by month, totals, closing balance',
        params: PlanParams,
      },
    },
    async (request, reply) => {
      const p = await getPlan(app.db, requireWorkspace(request).id, request.params.planId);
      return sendPlanXlsx(reply, p, documentLocale(request));
    },
  );

  app.patch(
    `${base}/:planId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a draft plan’s title, months, currency or opening balance',
        params: PlanParams,
        body: PlanPatch,
        response: { 200: FinancialPlan },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body;
      if (b.months !== undefined) checkMonths(b.months);
      if (b.title !== undefined && !b.title.trim()) throw emptyTitle();
      await app.db.transaction().execute(async (trx) => {
        const old = await planOf(trx, ws.id, request.params.planId, true);
        checkDraft(old);
        await trx
          .updateTable('financial_plans')
          .set({
            ...(b.title !== undefined ? { title: b.title.trim() } : {}),
            ...(b.startMonth !== undefined ? { start_month: b.startMonth } : {}),
            ...(b.months !== undefined ? { months: b.months } : {}),
            ...(b.currency !== undefined ? { currency: b.currency } : {}),
            ...(b.opening !== undefined ? { opening_balance: b.opening } : {}),
            updated_at: new Date(),
          })
          .where('id', '=', old.id)
          .execute();
        if (b.months !== undefined && b.months !== old.months) {
          // Each line keeps its amounts; new months start at 0, months cut off are dropped.
          const lines = await trx
            .selectFrom('financial_plan_lines')
            .select(['id', 'amounts'])
            .where('plan_id', '=', old.id)
            .execute();
          for (const l of lines)
            await trx
              .updateTable('financial_plan_lines')
              .set({ amounts: JSON.stringify(amountsOf(l.amounts, b.months)) })
              .where('id', '=', l.id)
              .execute();
        }
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.plan.update',
          entity: 'financial_plan',
          entityId: old.id,
          oldValue: {
            title: old.title,
            startMonth: old.start_month,
            months: old.months,
            currency: old.currency,
            opening: Number(old.opening_balance),
          },
          newValue: b,
        });
      });
      return planWithCharts(app.db, ws.id, request.params.planId, documentLocale(request));
    },
  );

  app.delete(
    `${base}/:planId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Remove a draft plan (an agreed or superseded one stays on record)',
        params: PlanParams,
        response: { 200: FinancialPlansLeft },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const old = await planOf(trx, ws.id, request.params.planId, true);
        checkDraft(old);
        await trx.deleteFrom('financial_plans').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.plan.delete',
          entity: 'financial_plan',
          entityId: old.id,
          oldValue: { version: old.version, title: old.title },
        });
      });
      return { plans: await listPlans(app.db, ws.id) };
    },
  );

  app.post(
    `${base}/:planId/agree`,
    {
      // Agreeing a plan is a decision of the organisation: managers only (organisation/shared.ts).
      config: { policy: manage },
      schema: {
        tags,
        summary: 'Agree a draft plan; the plan agreed before it is superseded',
        params: PlanParams,
        response: { 200: FinancialPlan },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        await trx.selectFrom('workspaces').select('id').where('id', '=', ws.id).forUpdate().execute();
        const p = await planOf(trx, ws.id, request.params.planId, true);
        checkDraft(p);
        const before = await trx
          .updateTable('financial_plans')
          .set({ status: 'superseded', updated_at: new Date() })
          .where('workspace_id', '=', ws.id)
          .where('status', '=', 'agreed')
          .returning(['id', 'version'])
          .execute();
        await trx
          .updateTable('financial_plans')
          .set({ status: 'agreed', agreed_on: today(), agreed_by: userId, updated_at: new Date() })
          .where('id', '=', p.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.plan.agree',
          entity: 'financial_plan',
          entityId: p.id,
          oldValue: { status: 'draft', supersedes: before.map((b) => b.version) },
          newValue: { status: 'agreed', version: p.version },
        });
      });
      return planWithCharts(app.db, ws.id, request.params.planId, documentLocale(request));
    },
  );

  app.post(
    `${base}/:planId/copy`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Copy a plan with its lines as a new draft version',
        params: PlanParams,
        response: { 201: FinancialPlan },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const id = await app.db.transaction().execute(async (trx) => {
        await trx.selectFrom('workspaces').select('id').where('id', '=', ws.id).forUpdate().execute();
        const p = await planOf(trx, ws.id, request.params.planId);
        const version = await nextVersion(trx, ws.id);
        const row = await trx
          .insertInto('financial_plans')
          .values({
            workspace_id: ws.id,
            version,
            title: p.title,
            start_month: p.start_month,
            months: p.months,
            currency: p.currency,
            opening_balance: p.opening_balance,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const lines = await trx
          .selectFrom('financial_plan_lines')
          .selectAll()
          .where('plan_id', '=', p.id)
          .execute();
        if (lines.length)
          await trx
            .insertInto('financial_plan_lines')
            .values(
              lines.map((l) => ({
                plan_id: row.id,
                workspace_id: ws.id,
                kind: l.kind,
                label: l.label,
                source: l.source,
                public_funding: l.public_funding,
                category: l.category,
                amounts: JSON.stringify(l.amounts),
                position: l.position,
              })),
            )
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.plan.copy',
          entity: 'financial_plan',
          entityId: row.id,
          newValue: { version, from: p.version },
        });
        return row.id;
      });
      reply.status(201);
      return planWithCharts(app.db, ws.id, id, documentLocale(request));
    },
  );

  lineRoutes(app);
}

async function nextVersion(trx: Parameters<typeof planOf>[0], workspaceId: string) {
  const last = await trx
    .selectFrom('financial_plans')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(last?.v ?? 0) + 1;
}

const emptyTitle = () =>
  badRequest('validation_failed', 'A financial plan needs a title', [
    { field: 'body.title', message: 'is empty' },
  ]);
