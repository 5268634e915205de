/**
 * The two service portfolios compared (the match tolerance is the platform's rule: the guide gives
 * none, 001:3838) and the platform's service rules of a workspace, beside services.routes.ts.
 */
import { MAX_MATCH_TOLERANCE, serviceWhiteSpots, servicePortfolio } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { recordAudit } from '../audit/service.js';
import { TEAM, initiative, tags } from './shared.js';
import { getServiceRules, serviceMatrix } from './services.service.js';
import { ServicePortfolio, ServiceRules } from './services.schemas.js';

const Params = Type.Object({ workspaceId: Type.String() });

export async function servicePortfolioRoutes(app: App) {
  const matrix = (workspaceId: string) => serviceMatrix(app.db, workspaceId);

  app.get(
    '/workspaces/:workspaceId/service-portfolio',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'The two portfolios: effort × relevance (management) and expectation × satisfaction (members), match or mismatch (within the workspace’s tolerance: the platform’s rule, the guide gives none, 001:3838), and white spots',
        params: Params,
        response: { 200: ServicePortfolio },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const services = await app.db
        .selectFrom('services as s')
        .innerJoin('service_fields as f', 'f.id', 's.field_id')
        .select([
          's.id',
          's.name',
          's.status',
          's.effort_min',
          's.effort_max',
          's.relevance',
          'f.name as field',
        ])
        .where('s.workspace_id', '=', ws.id)
        .where('s.status', '<>', 'retired')
        .orderBy('s.name')
        .execute();
      const answers = services.length
        ? await app.db
            .selectFrom('service_answers')
            .select(['service_id', 'expectation', 'satisfaction'])
            .where(
              'service_id',
              'in',
              services.map((s) => s.id),
            )
            .execute()
        : [];
      const rules = await getServiceRules(app.db, ws.id);
      const points = servicePortfolio(
        services.map((s) => ({
          id: s.id,
          fieldOfAction: s.field,
          effortMin: s.effort_min,
          effortMax: s.effort_max,
          relevance: s.relevance,
        })),
        answers.map((a) => ({
          serviceId: a.service_id,
          expectation: a.expectation,
          satisfaction: a.satisfaction,
        })),
        { matchTolerance: rules.matchTolerance },
      );
      const objectives = await matrix(ws.id);
      const fields = objectives.flatMap((o) => o.fields.map((f) => f.name));
      return {
        services: points.map((p) => {
          const s = services.find((x) => x.id === p.id)!;
          return { ...p, name: s.name, status: s.status, fieldOfAction: s.field };
        }),
        whiteSpots: serviceWhiteSpots(
          fields,
          services.map((s) => ({ fieldOfAction: s.field })),
        ),
        objectives,
        matchTolerance: rules.matchTolerance,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/service-rules',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'The platform’s service rules (the guides give none): warn when members pay more than non-members, and the tolerance of a portfolio match',
        params: Params,
        response: { 200: ServiceRules },
      },
    },
    async (request) => getServiceRules(app.db, requireWorkspace(request).id),
  );

  app.put(
    '/workspaces/:workspaceId/service-rules',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'], kinds: initiative } },
      schema: {
        tags,
        summary: 'Set the platform’s service rules of this workspace',
        params: Params,
        body: Type.Object(
          {
            memberPriceWarning: Type.Optional(Type.Boolean()),
            matchTolerance: Type.Optional(Type.Number({ minimum: 0, maximum: MAX_MATCH_TOLERANCE })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ServiceRules },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      return app.db.transaction().execute(async (trx) => {
        const before = await getServiceRules(trx, ws.id);
        const after = { ...before, ...request.body };
        await trx
          .insertInto('service_rules')
          .values({
            workspace_id: ws.id,
            member_price_warning: after.memberPriceWarning,
            match_tolerance: after.matchTolerance,
          })
          .onConflict((oc) =>
            oc.column('workspace_id').doUpdateSet({
              member_price_warning: after.memberPriceWarning,
              match_tolerance: after.matchTolerance,
              updated_at: new Date(),
            }),
          )
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'service.rules',
          entity: 'service_rules',
          oldValue: before,
          newValue: after,
        });
        return after;
      });
    },
  );
}
