import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { AppError, badRequest } from '../http/errors.js';
import { sendTable } from '../http/export.js';
import { EDITORS, MANAGERS, Params, IndicatorParams, kinds, num, tags } from './shared.js';
import { loadIndicator } from './indicators.service.js';
import {
  closePeriod,
  computePeriodValue,
  dueValues,
  indicatorValueRows,
  storeValue,
} from './measurements.service.js';
import { msg } from '../i18n/index.js';
import { Ok } from '../http/schemas.js';
import { DueValues, ValueComputed } from './monitoring.schemas.js';

/** Measurements: values by period, computed values, closed periods, what is due, the values table (issue 7). */
export function measurementRoutes(app: App) {
  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/values',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'Enter a value for a period by hand (the management team or the responsible person); refused for a closed period',
        params: IndicatorParams,
        body: Type.Object(
          {
            period: Type.String({ minLength: 1 }),
            value: Type.Number(),
            segment: Type.Optional(Type.String({ maxLength: 200 })),
            sourceNote: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Ok },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const auth = requireAuth(request);
      const ind = await loadIndicator(app.db, ws.id, request.params.indicatorId);
      if (!EDITORS.includes(ws.role) && ind.responsible_user_id !== auth.user.id)
        throw new AppError(
          403,
          'forbidden',
          'Only the management team or the person responsible enters values',
        );
      const b = request.body;
      const segment = (b.segment ?? '').trim();
      if (segment) {
        const dim = segment.split(':')[0]!.trim();
        const dims = ind.disaggregation as string[];
        if (!segment.includes(':') || !dims.includes(dim))
          throw badRequest(
            'validation_failed',
            msg`A segment is written dimension:category with a dimension of this indicator (${dims.length ? dims.join(', ') : msg`none`})`,
            [{ field: 'body.segment', message: 'is not dimension:category of this indicator' }],
          );
      }
      if (!Number.isFinite(b.value))
        throw badRequest('validation_failed', 'The value must be a number', [
          { field: 'body.value', message: 'is not a number' },
        ]);
      if (ind.unit === 'percentage' && (b.value < 0 || b.value > 100))
        throw badRequest('validation_failed', msg`A percentage must be between 0 and 100, got ${b.value}`, [
          { field: 'body.value', message: 'is above 100 % or below 0 %' },
        ]);
      await storeValue(app.db, {
        workspaceId: ws.id,
        userId: auth.user.id,
        indicatorId: ind.id,
        period: b.period,
        segment,
        value: b.value,
        origin: 'manual',
        sourceNote: b.sourceNote?.trim() ?? '',
      });
      reply.status(201);
      return { ok: true as const };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/periods/:period/compute',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds } },
      schema: {
        tags,
        summary: 'Compute an indicator from platform records for a period and record the value',
        params: Type.Object({
          workspaceId: Type.String(),
          indicatorId: Type.String({ format: 'uuid' }),
          period: Type.String(),
        }),
        response: { 200: ValueComputed },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const value = await computePeriodValue(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.indicatorId,
        request.params.period,
      );
      return { value };
    },
  );

  app.post(
    '/workspaces/:workspaceId/monitoring/indicators/:indicatorId/periods/:period/close',
    {
      config: { policy: { access: 'workspace', roles: MANAGERS, kinds } },
      schema: {
        tags,
        summary: 'Close a period: no value can be entered or changed afterwards',
        params: Type.Object({
          workspaceId: Type.String(),
          indicatorId: Type.String({ format: 'uuid' }),
          period: Type.String(),
        }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await closePeriod(
        app.db,
        ws.id,
        requireAuth(request).user.id,
        request.params.indicatorId,
        request.params.period,
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/due',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary:
          'What is due: open periods without a value for which I am responsible, and every late value (period ended, no value)',
        params: Params,
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
          { additionalProperties: false },
        ),
        response: { 200: DueValues },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const me = requireAuth(request).user.id;
      const limit = request.query.limit ?? 100;
      return dueValues(app.db, ws.id, me, limit);
    },
  );

  app.get(
    '/workspaces/:workspaceId/monitoring/values/export',
    {
      config: { policy: { access: 'workspace', roles: 'any', kinds } },
      schema: {
        tags,
        summary: 'Every indicator period with target and values, as CSV or XLSX',
        params: Params,
        querystring: Type.Object(
          { format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const rows = await indicatorValueRows(app.db, ws.id);
      return sendTable(
        reply,
        request.query.format,
        'indicator-values',
        [
          'indicator',
          'level',
          'unit',
          'period',
          'starts_on',
          'ends_on',
          'target',
          'segment',
          'value',
          'origin',
          'source',
          'entered_by',
          'entered_at',
          'closed',
        ],
        rows.map((r) => [
          r.name,
          r.level,
          r.unit,
          r.period_key,
          r.starts_on,
          r.ends_on,
          num(r.target),
          r.segment,
          r.value === null ? null : Number(r.value),
          r.origin,
          r.source_note,
          r.entered_by,
          r.entered_at,
          r.closed,
        ]),
      );
    },
  );
}
