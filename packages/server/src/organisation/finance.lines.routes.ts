import { COST_CATEGORIES, FINANCING_SOURCES } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { planWithCharts } from './finance.charts.js';
import { documentLocale } from '../i18n/documents.js';
import { Text, Uuid, lit, tags, write } from './shared.js';
import { amountsOf, checkAmounts, checkDraft, checkMonthIndex, planOf } from './finance.service.js';
import { FinancialPlan } from './organisation.schemas.js';

/**
 * The lines of a financial plan (001:2081: "forecasting the income and expenditure for the
 * planning period"): income by source (001:2097–2098; projects public or private), expenditure by
 * cost category (001:2081), one amount per month; a whole line or one month at a time.
 */

export const PLAN_BASE = '/workspaces/:workspaceId/organisation/financial-plans';
export const PlanParams = Type.Object({ workspaceId: Type.String(), planId: Uuid });
/** What a numeric(14,2) column could hold; the plan keeps its amounts within it (negative ones are refused with their own message). */
export const Amount = Type.Number({ maximum: 999_999_999_999 });
const LineParams = Type.Object({ workspaceId: Type.String(), planId: Uuid, lineId: Uuid });
const LineFields = {
  kind: lit(['income', 'expenditure'] as const),
  label: Text(200),
  source: Type.Optional(Type.Union([lit(FINANCING_SOURCES), Type.Null()])),
  publicFunding: Type.Optional(Type.Boolean()),
  category: Type.Optional(Type.Union([lit(COST_CATEGORIES), Type.Null()])),
  amounts: Type.Array(Amount, { maxItems: 60 }),
};
const LineBody = Type.Object(LineFields, { additionalProperties: false });
const LinePatch = Type.Partial(LineBody, { additionalProperties: false });

interface LineInput {
  kind?: 'income' | 'expenditure';
  label?: string;
  source?: (typeof FINANCING_SOURCES)[number] | null;
  publicFunding?: boolean;
  category?: (typeof COST_CATEGORIES)[number] | null;
  amounts?: number[];
}

const field = (message: string, f: string, detail: string) =>
  badRequest('validation_failed', message, [{ field: f, message: detail }]);

/** Income has a source and no category; expenditure a category and no source. */
function shapeOf(b: Required<Pick<LineInput, 'kind'>> & LineInput) {
  if (b.label !== undefined && !b.label.trim()) throw field('A line needs a label', 'body.label', 'is empty');
  if (b.kind === 'income') {
    if (!b.source)
      throw field('An income line needs its source of financing', 'body.source', 'is required for income');
    return {
      source: b.source,
      category: null,
      public_funding: b.source === 'baseline_public' || (b.source === 'projects' && !!b.publicFunding),
    };
  }
  if (!b.category)
    throw field(
      'An expenditure line needs its cost category',
      'body.category',
      'is required for expenditure',
    );
  return { source: null, category: b.category, public_funding: false };
}

export function lineRoutes(app: App) {
  const base = `${PLAN_BASE}/:planId/lines`;

  const lineOf = async (trx: Parameters<typeof planOf>[0], planId: string, wsId: string, lineId: string) => {
    const l = await trx
      .selectFrom('financial_plan_lines')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('workspace_id', '=', wsId)
      .where('id', '=', lineId)
      .forUpdate()
      .executeTakeFirst();
    if (!l) throw notFound('Plan line');
    return l;
  };

  app.post(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Add a line to a draft plan: income by source or expenditure by cost category, one amount per month',
        params: PlanParams,
        body: LineBody,
        response: { 201: FinancialPlan },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as Required<Pick<LineInput, 'kind' | 'label' | 'amounts'>> & LineInput;
      const shape = shapeOf(b);
      await app.db.transaction().execute(async (trx) => {
        const p = await planOf(trx, ws.id, request.params.planId, true);
        checkDraft(p);
        const amounts = checkAmounts(b.amounts, p.months);
        const last = await trx
          .selectFrom('financial_plan_lines')
          .select((eb) => eb.fn.max('position').as('n'))
          .where('plan_id', '=', p.id)
          .executeTakeFirst();
        const row = await trx
          .insertInto('financial_plan_lines')
          .values({
            plan_id: p.id,
            workspace_id: ws.id,
            kind: b.kind,
            label: b.label.trim(),
            ...shape,
            amounts: JSON.stringify(amounts),
            position: Number(last?.n ?? 0) + 1,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.line.create',
          entity: 'financial_plan_line',
          entityId: row.id,
          newValue: { ...b, amounts },
        });
      });
      reply.status(201);
      return planWithCharts(app.db, ws.id, request.params.planId, documentLocale(request));
    },
  );

  app.patch(
    `${base}/:lineId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a line of a draft plan',
        params: LineParams,
        body: LinePatch,
        response: { 200: FinancialPlan },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as LineInput;
      await app.db.transaction().execute(async (trx) => {
        const p = await planOf(trx, ws.id, request.params.planId, true);
        checkDraft(p);
        const old = await lineOf(trx, p.id, ws.id, request.params.lineId);
        const merged = {
          kind: b.kind ?? old.kind,
          label: b.label ?? old.label,
          source: b.source !== undefined ? b.source : old.source,
          category: b.category !== undefined ? b.category : old.category,
          publicFunding: b.publicFunding ?? old.public_funding,
        };
        const shape = shapeOf(merged);
        const amounts = b.amounts ? checkAmounts(b.amounts, p.months) : amountsOf(old.amounts, p.months);
        await trx
          .updateTable('financial_plan_lines')
          .set({ kind: merged.kind, label: merged.label.trim(), ...shape, amounts: JSON.stringify(amounts) })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.line.update',
          entity: 'financial_plan_line',
          entityId: old.id,
          oldValue: { label: old.label, source: old.source, category: old.category, amounts: old.amounts },
          newValue: { ...merged, amounts },
        });
      });
      return planWithCharts(app.db, ws.id, request.params.planId, documentLocale(request));
    },
  );

  app.put(
    `${base}/:lineId/amount`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Set one month’s amount of a line (months count from 0, the plan’s first month)',
        params: LineParams,
        body: Type.Object(
          { month: Type.Integer({ minimum: 0, maximum: 59 }), amount: Amount },
          { additionalProperties: false },
        ),
        response: { 200: FinancialPlan },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { month, amount } = request.body;
      await app.db.transaction().execute(async (trx) => {
        const p = await planOf(trx, ws.id, request.params.planId, true);
        checkDraft(p);
        checkMonthIndex(month, p.months);
        if (!Number.isFinite(amount) || amount < 0)
          throw field('An amount cannot be negative', 'body.amount', 'must not be negative');
        const old = await lineOf(trx, p.id, ws.id, request.params.lineId);
        const amounts = amountsOf(old.amounts, p.months);
        const before = amounts[month];
        amounts[month] = Math.round(amount * 100) / 100;
        await trx
          .updateTable('financial_plan_lines')
          .set({ amounts: JSON.stringify(amounts) })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.line.update',
          entity: 'financial_plan_line',
          entityId: old.id,
          oldValue: { month, amount: before },
          newValue: { month, amount: amounts[month] },
        });
      });
      return planWithCharts(app.db, ws.id, request.params.planId, documentLocale(request));
    },
  );

  app.delete(
    `${base}/:lineId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Remove a line of a draft plan',
        params: LineParams,
        response: { 200: FinancialPlan },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const p = await planOf(trx, ws.id, request.params.planId, true);
        checkDraft(p);
        const old = await lineOf(trx, p.id, ws.id, request.params.lineId);
        await trx.deleteFrom('financial_plan_lines').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'finance.line.delete',
          entity: 'financial_plan_line',
          entityId: old.id,
          oldValue: { label: old.label, amounts: old.amounts },
        });
      });
      return planWithCharts(app.db, ws.id, request.params.planId, documentLocale(request));
    },
  );
}
