import { FREQUENCIES, INDICATOR_UNITS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { createIndicator } from '../monitoring/indicators.service.js';
import { validateIndicator } from '../monitoring/indicators.js';
import { Text, Uuid, lit, tags, write } from './shared.js';
import { loadPlan, lockPlan, planDetail } from './actionplan.service.js';
import { ActionPlanDetail } from './strategy.schemas.js';

/**
 * The KPIs of a green action plan (issue 13, item 6; ECCP 004:267: "some cluster organisations
 * have established sustainability KPIs to keep track of their progress with their green action
 * plans"), kept as indicators of the monitoring module's results chain, linked or created there.
 */

const PlanParams = Type.Object({ workspaceId: Type.String(), planId: Uuid });
const KpiParams = Type.Object({ workspaceId: Type.String(), planId: Uuid, indicatorId: Uuid });

export function actionPlanKpiRoutes(app: App, base: string): void {
  app.post(
    `${base}/:planId/kpis`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Give a green action plan a KPI (ECCP 004:267, e.g. tonnes of CO₂): link an indicator of the results chain, or create one there',
        params: PlanParams,
        body: Type.Union([
          Type.Object({ indicatorId: Uuid }, { additionalProperties: false }),
          Type.Object(
            {
              name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
              definition: Type.Optional(Text(2000)),
              unit: Type.Optional(lit(INDICATOR_UNITS)),
              frequency: Type.Optional(lit(FREQUENCIES)),
              baselineValue: Type.Optional(Type.Number()),
            },
            { additionalProperties: false },
          ),
        ]),
        response: { 201: ActionPlanDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId } = request.params as { planId: string };
      const b = request.body as
        | { indicatorId: string }
        | { name: string; definition?: string; unit?: string; frequency?: string; baselineValue?: number };
      const plan = await loadPlan(app.db, ws.id, planId);
      if (plan.kind !== 'green')
        throw conflict(
          'KPIs belong to a green action plan; the general plan’s goals carry their own indicators',
        );
      let indicatorId: string;
      if ('indicatorId' in b) {
        const i = await app.db
          .selectFrom('indicators')
          .select('id')
          .where('id', '=', b.indicatorId)
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        if (!i)
          throw badRequest('validation_failed', 'No such indicator in this workspace', [
            { field: 'body.indicatorId', message: 'is unknown' },
          ]);
        indicatorId = i.id;
      } else {
        const input = {
          name: b.name,
          definition: b.definition ?? '',
          level: 'outcomes' as const,
          unit: b.unit ?? 'number',
          baselineValue: b.baselineValue ?? null,
          baselineDate: b.baselineValue !== undefined ? plan.starts_on : null,
          frequency: (b.frequency ?? 'annual') as 'annual',
          evaluationLevel: 'cluster',
          startsOn: plan.starts_on,
          endsOn: plan.ends_on,
          responsibleUserId: userId,
        };
        const periods = validateIndicator(input);
        indicatorId = (await createIndicator(app.db, ws.id, userId, input, periods, [])).id;
      }
      await app.db.transaction().execute(async (trx) => {
        await lockPlan(trx, ws.id, plan.id);
        await trx
          .insertInto('action_plan_kpis')
          .values({ plan_id: plan.id, indicator_id: indicatorId, workspace_id: ws.id })
          .onConflict((oc) => oc.doNothing())
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.kpi.link',
          entity: 'action_plan',
          entityId: plan.id,
          newValue: { indicatorId, ...('name' in b ? { name: b.name } : {}) },
        });
      });
      reply.status(201);
      return planDetail(app.db, await loadPlan(app.db, ws.id, plan.id));
    },
  );

  app.delete(
    `${base}/:planId/kpis/:indicatorId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Unlink a KPI from a green action plan (the indicator stays in the results chain)',
        params: KpiParams,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { planId, indicatorId } = request.params as { planId: string; indicatorId: string };
      await app.db.transaction().execute(async (trx) => {
        const plan = await lockPlan(trx, ws.id, planId);
        const gone = await trx
          .deleteFrom('action_plan_kpis')
          .where('plan_id', '=', plan.id)
          .where('indicator_id', '=', indicatorId)
          .executeTakeFirst();
        if (!gone.numDeletedRows) throw notFound('KPI');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'action_plan.kpi.unlink',
          entity: 'action_plan',
          entityId: plan.id,
          oldValue: { indicatorId },
        });
      });
      return planDetail(app.db, await loadPlan(app.db, ws.id, planId));
    },
  );
}
