import { shareCosts } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { MONEY_14_2, NUMERIC_14_4 } from '../http/input.js';
import { sendTable } from '../http/export.js';
import { recordAudit } from '../audit/service.js';
import { DateString, ExportFormatQuery, TEAM, initiative, tags } from './shared.js';
import { iso } from '../http/schemas.js';
import {
  JOINT_ACTION_KINDS,
  JointAction,
  JointActionList,
  type JointActionKind,
} from './projects.schemas.js';

const KINDS = JOINT_ACTION_KINDS;
const Params = Type.Object({ workspaceId: Type.String() });
const ActionParams = Type.Object({ workspaceId: Type.String(), actionId: Type.String({ format: 'uuid' }) });
const Body = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union(KINDS.map((k) => Type.Literal(k))),
    relation: Type.Union([Type.Literal('enterprise_enterprise'), Type.Literal('enterprise_institution')]),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    startsOn: DateString,
    status: Type.Optional(
      Type.Union([Type.Literal('planned'), Type.Literal('running'), Type.Literal('completed')]),
    ),
    totalCost: Type.Number({ minimum: 0, maximum: MONEY_14_2 }),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
    costSharing: Type.Union([Type.Literal('equal'), Type.Literal('pro_rata')]),
    results: Type.Optional(Type.String({ maxLength: 8000 })),
    participants: Type.Array(
      Type.Object(
        {
          actorId: Type.String({ format: 'uuid' }),
          weight: Type.Optional(Type.Number({ minimum: 0, maximum: NUMERIC_14_4 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 2, maxItems: 500 },
    ),
  },
  { additionalProperties: false },
);
type JointActionBody = {
  title: string;
  kind: JointActionKind;
  relation: 'enterprise_enterprise' | 'enterprise_institution';
  description?: string;
  startsOn: string;
  status?: 'planned' | 'running' | 'completed';
  totalCost: number;
  currency?: string;
  costSharing: 'equal' | 'pro_rata';
  results?: string;
  participants: { actorId: string; weight?: number }[];
};

/** Validates the participants and computes each one's share of the cost (000:187). */
async function shares(db: Database, workspaceId: string, b: JointActionBody) {
  const ids = b.participants.map((p) => p.actorId);
  const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (dup >= 0)
    throw badRequest('validation_failed', 'An actor takes part only once', [
      { field: `body.participants[${dup}].actorId`, message: 'is listed twice' },
    ]);
  const found = await db
    .selectFrom('actors')
    .select(['id', 'actor_type'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const missing = ids.findIndex((id) => !found.some((a) => a.id === id));
  if (missing >= 0)
    throw badRequest('validation_failed', 'Participants come from the actor register of this workspace', [
      { field: `body.participants[${missing}].actorId`, message: 'is not an actor of this workspace' },
    ]);
  if (b.costSharing === 'pro_rata') {
    const noWeight = b.participants.findIndex((p) => p.weight === undefined);
    if (noWeight >= 0)
      throw badRequest('validation_failed', 'A pro-rata share needs a weight for every participant', [
        { field: `body.participants[${noWeight}].weight`, message: 'is required for a pro-rata share' },
      ]);
    if (b.participants.every((p) => p.weight === 0))
      throw badRequest('validation_failed', 'The weights of a pro-rata share cannot all be 0', [
        { field: 'body.participants', message: 'all weights are 0' },
      ]);
  }
  const firms = new Set(['firm', 'start_up', 'anchor_firm']);
  const isFirm = (id: string) => firms.has(found.find((a) => a.id === id)!.actor_type);
  // enterprise–enterprise: only enterprises; enterprise–institution: at least one enterprise and one institution (002:159)
  if (b.relation === 'enterprise_enterprise' && !ids.every(isFirm))
    throw badRequest(
      'validation_failed',
      'An enterprise–enterprise action has only enterprises as participants',
      [{ field: 'body.relation', message: 'does not match the participants' }],
    );
  if (b.relation === 'enterprise_institution' && (ids.every(isFirm) || !ids.some(isFirm)))
    throw badRequest(
      'validation_failed',
      'An enterprise–institution action joins enterprises and institutions',
      [{ field: 'body.relation', message: 'does not match the participants' }],
    );
  return shareCosts(
    Math.round(b.totalCost * 100),
    b.participants.map((p) => ({ id: p.actorId, weight: p.weight })),
    b.costSharing,
  );
}

/** Joint actions of cluster enterprises and institutions (UNIDO 002:159) with shared costs. */
export async function jointActionRoutes(app: App) {
  /** Joint actions of a workspace (all, of a kind, or one) with their participants: two queries. */
  const load = async (workspaceId: string, filter: { kind?: string; id?: string } = {}) => {
    let q = app.db.selectFrom('joint_actions').selectAll().where('workspace_id', '=', workspaceId);
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.id) q = q.where('id', '=', filter.id);
    const actions = await q.orderBy('starts_on', 'desc').execute();
    const participants = actions.length
      ? await app.db
          .selectFrom('joint_action_participants as p')
          .innerJoin('actors as a', 'a.id', 'p.actor_id')
          .select(['p.joint_action_id', 'a.id', 'a.name', 'a.actor_type', 'p.weight', 'p.share'])
          .where(
            'p.joint_action_id',
            'in',
            actions.map((a) => a.id),
          )
          .orderBy('a.name')
          .execute()
      : [];
    return actions.map((a) => ({
      ...a,
      kind: a.kind as JointActionKind,
      total_cost: Number(a.total_cost),
      created_at: iso(a.created_at),
      participants: participants
        .filter((p) => p.joint_action_id === a.id)
        .map(({ joint_action_id: _action, ...p }) => ({
          ...p,
          weight: p.weight === null ? null : Number(p.weight),
          share: Number(p.share),
        })),
    }));
  };
  const detail = async (workspaceId: string, actionId: string) => {
    const [a] = await load(workspaceId, { id: actionId });
    if (!a) throw notFound('Joint action');
    return a;
  };

  app.get(
    '/workspaces/:workspaceId/joint-actions',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Joint actions with participants and cost shares; ?format=csv|xlsx exports one row per participant',
        params: Params,
        querystring: Type.Object({
          kind: Type.Optional(Type.Union(KINDS.map((k) => Type.Literal(k)))),
          format: ExportFormatQuery,
        }),
        response: { 200: JointActionList },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const actions = await load(ws.id, { kind: request.query.kind });
      if (request.query.format)
        return sendTable(
          reply,
          request.query.format,
          'joint-actions',
          [
            'action',
            'kind',
            'relation',
            'starts_on',
            'status',
            'currency',
            'total_cost',
            'participant',
            'weight',
            'share',
          ],
          actions.flatMap((a) =>
            a.participants.map((p) => [
              a.title,
              a.kind,
              a.relation,
              a.starts_on,
              a.status,
              a.currency,
              a.total_cost,
              p.name,
              p.weight,
              p.share,
            ]),
          ),
        );
      return { jointActions: actions };
    },
  );

  app.post(
    '/workspaces/:workspaceId/joint-actions',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Record a joint action with its participants and cost sharing',
        params: Params,
        body: Body,
        response: { 201: JointAction },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const b = request.body as JointActionBody;
      const id = await app.db.transaction().execute(async (trx) => {
        const split = await shares(trx, ws.id, b);
        const a = await trx
          .insertInto('joint_actions')
          .values({
            workspace_id: ws.id,
            title: b.title.trim(),
            kind: b.kind,
            relation: b.relation,
            description: b.description?.trim() ?? '',
            starts_on: b.startsOn,
            status: b.status ?? 'planned',
            total_cost: b.totalCost,
            currency: b.currency ?? 'EUR',
            cost_sharing: b.costSharing,
            results: b.results?.trim() ?? '',
            created_by: user.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const [i, s] of split.entries())
          await trx
            .insertInto('joint_action_participants')
            .values({
              joint_action_id: a.id,
              actor_id: s.id,
              weight: b.participants[i]!.weight ?? null,
              share: s.cents / 100,
            })
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'joint_action.create',
          entity: 'joint_action',
          entityId: a.id,
          newValue: { ...b, shares: split },
        });
        return a.id;
      });
      reply.status(201);
      return detail(ws.id, id);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/joint-actions/:actionId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Update the status and results of a joint action',
        params: ActionParams,
        body: Type.Object(
          {
            status: Type.Optional(
              Type.Union([Type.Literal('planned'), Type.Literal('running'), Type.Literal('completed')]),
            ),
            results: Type.Optional(Type.String({ maxLength: 8000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: JointAction },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const user = requireAuth(request).user;
      const before = await detail(ws.id, request.params.actionId);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('joint_actions')
          .set({
            ...(request.body.status ? { status: request.body.status } : {}),
            ...(request.body.results !== undefined ? { results: request.body.results.trim() } : {}),
          })
          .where('id', '=', before.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: user.id,
          action: 'joint_action.update',
          entity: 'joint_action',
          entityId: before.id,
          oldValue: { status: before.status, results: before.results },
          newValue: request.body,
        });
      });
      return detail(ws.id, request.params.actionId);
    },
  );
}
