import { DEFAULT_TAPER_RATIO, taperSchedule } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest } from '../http/errors.js';
import { CO_INVESTMENT_KINDS, TRANCHE_PURPOSES } from '../db/schema-plans.js';
import { DateString, Params, Text, Uuid, lit, read, run, tags } from './shared.js';
import {
  createGrant,
  deleteTranche,
  disburse,
  meetMilestone,
  saveTranche,
  updateGrant,
  type GrantInput,
  type TrancheInput,
} from './grants.service.js';
import { grantDetail, listGrants } from './grants.queries.js';
import { GrantDetail, GrantList, TaperSchedule } from './funding.schemas.js';

/**
 * Grant agreements of funded plans in tranches (issue 15, item 5; MarketMakers 000:139–151):
 * milestones that release tranches, co-investment recorded, a taper, the year-two refusal of
 * operating funds, re-engagement ring-fenced for new services, disbursements against met
 * milestones, what is due next.
 */

const Currency = Type.String({ pattern: '^[A-Z]{3}$' });
const Money = Type.Number({ minimum: 0, maximum: 1e12 });
const TrancheProps = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  amount: Type.Number({ exclusiveMinimum: 0, maximum: 1e12 }),
  purpose: lit(TRANCHE_PURPOSES),
  reEngagement: Type.Optional(Type.Boolean()),
  service: Type.Optional(Text(300)),
  dueOn: DateString,
  milestone: Type.String({ minLength: 1, maxLength: 1000 }),
};
const TrancheBody = Type.Object(TrancheProps, { additionalProperties: false });
const GrantProps = {
  currency: Type.Optional(Currency),
  coInvestment: Money,
  coInvestmentKind: Type.Optional(lit(CO_INVESTMENT_KINDS)),
  coInvestmentNote: Type.Optional(Text(2000)),
  taper: Type.Optional(Type.Boolean()),
  notes: Type.Optional(Text(4000)),
};
const GrantParams = Type.Object({ workspaceId: Type.String(), grantId: Uuid });
const TrancheParams = Type.Object({ workspaceId: Type.String(), grantId: Uuid, trancheId: Uuid });

export function grantsRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/programme/grants';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The grant agreements with awarded, disbursed, co-investment and what is due next; the funded plans still without an agreement',
        params: Params,
        response: { 200: GrantList },
      },
    },
    async (request) => listGrants(app.db, requireWorkspace(request).id),
  );

  app.get(
    `${base}/taper`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'A taper schedule: the total split into tranches that scale down (each the ratio of the one before; the platform’s default 0.75, the guide gives no number)',
        params: Params,
        querystring: Type.Object(
          {
            total: Type.Number({ exclusiveMinimum: 0, maximum: 1e12 }),
            count: Type.Integer({ minimum: 1, maximum: 24 }),
            ratio: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: TaperSchedule },
      },
    },
    async (request) => {
      const q = request.query as { total: number; count: number; ratio?: number };
      const ratio = q.ratio ?? DEFAULT_TAPER_RATIO;
      try {
        return { ratio, amounts: taperSchedule(q.total, q.count, ratio) };
      } catch (e) {
        throw badRequest('validation_failed', (e as Error).message, [
          { field: 'querystring', message: (e as Error).message },
        ]);
      }
    },
  );

  app.post(
    base,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'The grant agreement of a funded plan: currency, start, co-investment (financial or non-financial), taper, and its tranches with their milestones',
        params: Params,
        body: Type.Object(
          {
            planId: Uuid,
            startsOn: DateString,
            ...GrantProps,
            tranches: Type.Optional(Type.Array(TrancheBody, { maxItems: 24 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: GrantDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const id = await app.db
        .transaction()
        .execute((trx) => createGrant(trx, ws.id, userId, request.body as GrantInput));
      reply.status(201);
      return grantDetail(app.db, ws.id, id);
    },
  );

  app.get(
    `${base}/:grantId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'A grant with its tranches, milestones, disbursements and what is due next',
        params: GrantParams,
        response: { 200: GrantDetail },
      },
    },
    async (request) => grantDetail(app.db, requireWorkspace(request).id, request.params.grantId),
  );

  app.put(
    `${base}/:grantId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Edit the agreement: co-investment, taper, notes',
        params: GrantParams,
        body: Type.Object(GrantProps, { additionalProperties: false }),
        response: { 200: GrantDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) =>
          updateGrant(trx, ws.id, userId, request.params.grantId, request.body as GrantInput),
        );
      return grantDetail(app.db, ws.id, request.params.grantId);
    },
  );

  app.post(
    `${base}/:grantId/tranches`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary:
          'Add a tranche at the end (refused: operating funds from the second year, re-engagement other than for a new service, a tranche larger than the one before under the taper)',
        params: GrantParams,
        body: TrancheBody,
        response: { 201: GrantDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) =>
          saveTranche(trx, ws.id, userId, request.params.grantId, request.body as TrancheInput),
        );
      reply.status(201);
      return grantDetail(app.db, ws.id, request.params.grantId);
    },
  );

  app.put(
    `${base}/:grantId/tranches/:trancheId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Edit a tranche whose milestone is not met yet',
        params: TrancheParams,
        body: TrancheBody,
        response: { 200: GrantDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) =>
          saveTranche(
            trx,
            ws.id,
            userId,
            request.params.grantId,
            request.body as TrancheInput,
            request.params.trancheId,
          ),
        );
      return grantDetail(app.db, ws.id, request.params.grantId);
    },
  );

  app.delete(
    `${base}/:grantId/tranches/:trancheId`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'Delete a tranche whose milestone is not met yet',
        params: TrancheParams,
        response: { 200: GrantDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) =>
          deleteTranche(trx, ws.id, userId, request.params.grantId, request.params.trancheId),
        );
      return grantDetail(app.db, ws.id, request.params.grantId);
    },
  );

  app.post(
    `${base}/:grantId/tranches/:trancheId/milestone`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'The tranche’s milestone is met (in order): the tranche is released',
        params: TrancheParams,
        body: Type.Object(
          { metOn: DateString, evidence: Type.Optional(Text(2000)) },
          { additionalProperties: false },
        ),
        response: { 200: GrantDetail },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) =>
          meetMilestone(trx, ws.id, userId, request.params.grantId, request.params.trancheId, request.body),
        );
      return grantDetail(app.db, ws.id, request.params.grantId);
    },
  );

  app.post(
    `${base}/:grantId/tranches/:trancheId/disbursements`,
    {
      config: { policy: run },
      schema: {
        tags,
        summary: 'A payment against a released tranche, never beyond the tranche',
        params: TrancheParams,
        body: Type.Object(
          {
            amount: Type.Number({ exclusiveMinimum: 0, maximum: 1e12 }),
            paidOn: DateString,
            reference: Type.Optional(Text(300)),
          },
          { additionalProperties: false },
        ),
        response: { 201: GrantDetail },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db
        .transaction()
        .execute((trx) =>
          disburse(trx, ws.id, userId, request.params.grantId, request.params.trancheId, request.body),
        );
      reply.status(201);
      return grantDetail(app.db, ws.id, request.params.grantId);
    },
  );
}
