import { EVALUATION_LEVELS, FREQUENCIES, INDICATOR_UNITS, RESULTS_LEVELS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { DateString, EDITORS, IndicatorParams, MANAGERS, Params, kinds, lit, tags } from './shared.js';
import { checkTargets, validateIndicator, type IndicatorInput } from './indicators.js';
import {
  createIndicator,
  deleteIndicator,
  listIndicators,
  presentIndicator,
  readIndicator,
  setIndicatorTargets,
  takeBaselineFromDiagnostic,
} from './indicators.service.js';
import { updateIndicator } from './indicator-edit.service.js';
import { Ok } from '../http/schemas.js';
import {
  BaselineFromDiagnostic,
  IndicatorCreated,
  IndicatorDetail,
  IndicatorPage,
  IndicatorUpdated,
} from './monitoring.schemas.js';

const TargetsBody = Type.Array(
  Type.Object(
    { period: Type.String({ minLength: 1 }), value: Type.Number() },
    { additionalProperties: false },
  ),
  { maxItems: 240 },
);

/** The fields of an indicator, as created; an edit sends any of them (issue 7). */
const indicatorProps = {
  name: Type.String({ minLength: 1, maxLength: 300 }),
  definition: Type.Optional(Type.String({ maxLength: 4000 })),
  itemId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  level: lit(RESULTS_LEVELS),
  unit: lit(INDICATOR_UNITS),
  currency: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z]{3}$' }), Type.Null()])),
  disaggregation: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 10 })),
  baselineValue: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  baselineDate: Type.Optional(Type.Union([DateString, Type.Null()])),
  dataSource: Type.Optional(Type.String({ maxLength: 1000 })),
  method: Type.Optional(Type.String({ maxLength: 1000 })),
  source: Type.Optional(lit(['manual', 'platform', 'survey'] as const)),
  metricKey: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  responsibleUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  frequency: lit(FREQUENCIES),
  evaluationLevel: lit(EVALUATION_LEVELS),
  startsOn: DateString,
  endsOn: DateString,
  targets: Type.Optional(TargetsBody),
  goalIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20, uniqueItems: true })),
};

/** An edit changes the definition; the goals an indicator measures are edited from the goals. */
const editProps = Object.fromEntries(
  Object.entries(indicatorProps).filter(([key]) => key !== 'goalIds'),
) as Omit<typeof indicatorProps, 'goalIds'>;

/** Indicators of the results chain: their definition, baseline and targets by period (issue 7). */
export function indicatorRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/monitoring/indicators',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Indicators, a page at a time, with their latest value and, when computed, the value today',
        params: Params,
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: IndicatorPage },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { limit = 50, offset = 0 } = request.query;
      return { ...(await listIndicators(app.db, ws.id, limit, offset)), limit, offset };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Define an indicator (UNIDO 002:256–258): level, unit, baseline, targets by period, source and method, responsible person, frequency, evaluation level (003:835). An indicator computed from platform records without a baseline takes it from the first diagnostic baseline when one exists.',
        params: Params,
        body: Type.Object(indicatorProps, { additionalProperties: false }),
        response: { 201: IndicatorCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const b = request.body as IndicatorInput;
      const periods = validateIndicator(b);
      const targets = b.targets ?? [];
      checkTargets(b.unit, targets, new Set(periods.map((p) => p.key)));
      const created = await createIndicator(app.db, ws.id, requireAuth(request).user.id, b, periods, targets);
      const fromDiagnostic = created.fromDiagnostic;
      reply.status(201);
      return {
        id: created.id,
        periods: periods.map((p) => p.key),
        baselineFromDiagnostic: fromDiagnostic
          ? { value: fromDiagnostic.value, date: fromDiagnostic.date, note: fromDiagnostic.note }
          : null,
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'An indicator with its periods (upcoming, open, late, closed), targets, values with who entered them and when, and computed values',
        params: IndicatorParams,
        response: { 200: IndicatorDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const { ind, responsible, periods } = await readIndicator(app.db, ws.id, request.params.indicatorId);
      return {
        indicator: { ...presentIndicator(ind), responsible },
        canEdit: EDITORS.includes(ws.role),
        canClose: MANAGERS.includes(ws.role),
        canEnter: EDITORS.includes(ws.role) || ind.responsible_user_id === requireAuth(request).user.id,
        periods,
      };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Edit an indicator: any field of its definition, checked as on creation; the frequency and dates change only while no value is recorded (409 otherwise)',
        params: IndicatorParams,
        body: Type.Partial(Type.Object(editProps), { additionalProperties: false }),
        response: { 200: IndicatorUpdated },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const patch = request.body as Partial<IndicatorInput>;
      return updateIndicator(app.db, ws.id, userId, request.params.indicatorId, patch);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Delete an indicator with its periods, targets and values (the audit log keeps them)',
        params: IndicatorParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await deleteIndicator(app.db, ws.id, requireAuth(request).user.id, request.params.indicatorId);
      return { ok: true as const };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/baseline/diagnostic',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary:
          'Take the baseline from the diagnostic: the platform metric computed at the date of the first diagnostic recorded as a baseline (409 without one)',
        params: IndicatorParams,
        response: { 200: BaselineFromDiagnostic },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return takeBaselineFromDiagnostic(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.indicatorId,
      );
    },
  );

  app.put(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/targets',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Set targets by period (a percentage target above 100 is refused and nothing is stored)',
        params: IndicatorParams,
        body: Type.Object({ targets: TargetsBody }, { additionalProperties: false }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await setIndicatorTargets(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.indicatorId,
        request.body.targets,
      );
      return { ok: true as const };
    },
  );
}
