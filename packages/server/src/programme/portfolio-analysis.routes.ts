import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest } from '../http/errors.js';
import { msg } from '../i18n/index.js';
import { Params, portfolioRead, tags } from './shared.js';
import { listPortfolio, sharedIndicators, type SharedIndicator } from './portfolio.service.js';
import { getFundedInitiatives } from './funding.service.js';
import { compareIndicators, rollUp } from './portfolio-analysis.js';
import { Comparison, Rollups } from './funding.schemas.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Roll-ups of the portfolio by the four evaluation levels, country and sector, and the comparison
 * of chosen initiatives on the indicators they share (issue 15, slice A). Only what each initiative
 * shares enters; an agent's figures cover the initiatives assigned to them.
 */
export function portfolioAnalysisRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/portfolio';

  /** The shared indicators of each initiative of the portfolio that shares them. */
  const indicatorsOf = async (initiatives: { id: string; shares: string[] }[]) => {
    const map = new Map<string, SharedIndicator[]>();
    for (const i of initiatives)
      if (i.shares.includes('indicators')) map.set(i.id, await sharedIndicators(app.db, i.id));
    return map;
  };

  app.get(
    `${base}/rollups`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          'Roll-ups of the portfolio: indicators and traffic lights by the four evaluation levels, initiatives and grants by country and by sector',
        params: Params,
        response: { 200: Rollups },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const initiatives = await listPortfolio(app.db, ws, requireAuth(request).user.id);
      const funded = await getFundedInitiatives(app.db, ws.id);
      const visible = new Set(initiatives.map((i) => i.id));
      return rollUp(
        initiatives,
        await indicatorsOf(initiatives),
        // An agent's roll-up counts only the grants of their initiatives.
        ws.role === 'agent' ? funded.filter((f) => f.initiativeId && visible.has(f.initiativeId)) : funded,
      );
    },
  );

  app.get(
    `${base}/compare`,
    {
      config: { policy: portfolioRead },
      schema: {
        tags,
        summary:
          'Compare followed initiatives side by side on the indicators they share, matched by name and unit (ids: two to six initiative ids, comma-separated)',
        params: Params,
        querystring: Type.Object({ ids: Type.String({ maxLength: 300 }) }, { additionalProperties: false }),
        response: { 200: Comparison },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const ids = [...new Set(request.query.ids.split(',').map((s) => s.trim().toLowerCase()))].filter(
        Boolean,
      );
      const wrong = ids.findIndex((id) => !UUID.test(id));
      if (wrong >= 0)
        throw badRequest('validation_failed', msg`ids[${wrong}] is not an identifier`, [
          { field: 'querystring.ids', message: msg`ids[${wrong}] is not an identifier` },
        ]);
      if (ids.length < 2 || ids.length > 6)
        throw badRequest('validation_failed', 'Choose two to six initiatives to compare', [
          { field: 'querystring.ids', message: 'needs two to six initiatives' },
        ]);
      const portfolio = await listPortfolio(app.db, ws, requireAuth(request).user.id);
      const chosen = ids.map((id) => portfolio.find((i) => i.id === id));
      const missing = chosen.findIndex((c) => !c);
      if (missing >= 0)
        throw badRequest('not_followed', msg`ids[${missing}] is not an initiative of the portfolio`, [
          { field: 'querystring.ids', message: msg`ids[${missing}] is not an initiative of the portfolio` },
        ]);
      const found = chosen as NonNullable<(typeof chosen)[number]>[];
      const indicators = await indicatorsOf(found);
      return {
        initiatives: found.map((i) => ({ id: i.id, name: i.name, sharesIndicators: indicators.has(i.id) })),
        indicators: compareIndicators(
          found.map((i) => ({ id: i.id, indicators: indicators.get(i.id) ?? [] })),
        ),
      };
    },
  );
}
