import { GOVERNANCE_BODY_KINDS, REMINDER_DAYS_RANGE } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import type { WorkspaceRole } from '../http/policy.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { conflict } from '../http/errors.js';
import { iso } from '../http/schemas.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';
import { MANAGERS, Params, Text, Uuid, initiative, lit, manage, read, tags, write } from './shared.js';
import {
  applicationDeciders,
  checkName,
  checkParent,
  checkSizes,
  checkUniqueName,
  getGovernance,
  lockBody,
  seatCount,
} from './governance.service.js';
import { governanceSeatRoutes } from './governance.seats.routes.js';
import { ApplicationDeciders, Governance, GovernanceCreated } from './organisation.schemas.js';

/**
 * Governance bodies (issue 14, item 3; GIZ 001:2337–2390, UNIDO 002:271–291), the team's reminder
 * window for expiring terms, and the body that decides on membership applications (the board
 * role). Seats and meetings are in governance.seats.routes.ts.
 */

const Size = Type.Union([Type.Integer({ minimum: 0, maximum: 10000 }), Type.Null()]);
const BodyFields = {
  kind: lit(GOVERNANCE_BODY_KINDS),
  name: Text(200),
  parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  minSize: Type.Optional(Size),
  maxSize: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 10000 }), Type.Null()])),
  termYears: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 20 }), Type.Null()])),
  electionRule: Type.Optional(Text(5000)),
  tasks: Type.Optional(Text(5000)),
};
const CreateBody = Type.Object(BodyFields, { additionalProperties: false });
const PatchBody = Type.Partial(Type.Object(BodyFields), { additionalProperties: false });
const BodyParams = Type.Object({ workspaceId: Type.String(), bodyId: Uuid });

interface BodyInput {
  kind?: string;
  name?: string;
  parentId?: string | null;
  minSize?: number | null;
  maxSize?: number | null;
  termYears?: number | null;
  electionRule?: string;
  tasks?: string;
}

/** Every role of a cluster initiative: the board role is checked against the seats, not the role. */
const ANY_INITIATIVE_ROLE: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'member', 'viewer'];

export function governanceRoutes(app: App) {
  const base = '/workspaces/:workspaceId/organisation/governance';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'Bodies with their seats and terms (expiring ones flagged), meetings, the good-governance checklist of 001:2357–2362 and the body deciding on applications',
        params: Params,
        response: { 200: Governance },
      },
    },
    async (request) => getGovernance(app.db, requireWorkspace(request).id),
  );

  app.put(
    `${base}/settings`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'The reminder window for terms ending soon, in days (the platform’s default is 90)',
        params: Params,
        body: Type.Object(
          {
            reminderDays: Type.Integer({
              minimum: REMINDER_DAYS_RANGE.min,
              maximum: REMINDER_DAYS_RANGE.max,
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Governance },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const days = request.body.reminderDays;
      await app.db.transaction().execute(async (trx) => {
        const old = await trx
          .selectFrom('organisation_profiles')
          .select('reminder_days')
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (old)
          await trx
            .updateTable('organisation_profiles')
            .set({ reminder_days: days })
            .where('workspace_id', '=', ws.id)
            .execute();
        else
          await trx
            .insertInto('organisation_profiles')
            .values({ workspace_id: ws.id, characteristics: '{}', reminder_days: days, updated_by: userId })
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.settings',
          entity: 'organisation_profile',
          entityId: ws.id,
          oldValue: old ? { reminderDays: old.reminder_days } : undefined,
          newValue: { reminderDays: days },
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );

  app.post(
    `${base}/bodies`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Add a governance body with its statute sizes, term and election rule',
        params: Params,
        body: CreateBody,
        response: { 201: GovernanceCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as BodyInput;
      const values = {
        kind: b.kind!,
        name: b.name!.trim(),
        parent_id: b.parentId ?? null,
        min_size: b.minSize ?? null,
        max_size: b.maxSize ?? null,
        term_years: b.termYears ?? null,
        election_rule: (b.electionRule ?? '').trim(),
        tasks: (b.tasks ?? '').trim(),
      };
      checkName(values.name);
      checkSizes(values.min_size, values.max_size);
      const id = await app.db.transaction().execute(async (trx) => {
        await checkParent(trx, ws.id, null, values.parent_id);
        await checkUniqueName(trx, ws.id, values.name);
        const row = await trx
          .insertInto('governance_bodies')
          .values({ workspace_id: ws.id, ...values })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.body.create',
          entity: 'governance_body',
          entityId: row.id,
          newValue: values,
        });
        return row.id;
      });
      reply.status(201);
      return { id, ...(await getGovernance(app.db, ws.id)) };
    },
  );

  app.patch(
    `${base}/bodies/:bodyId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Change a governance body',
        params: BodyParams,
        body: PatchBody,
        response: { 200: Governance },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as BodyInput;
      await app.db.transaction().execute(async (trx) => {
        const old = await lockBody(trx, ws.id, request.params.bodyId);
        const values = {
          kind: b.kind ?? old.kind,
          name: b.name !== undefined ? b.name.trim() : old.name,
          parent_id: b.parentId !== undefined ? b.parentId : old.parent_id,
          min_size: b.minSize !== undefined ? b.minSize : old.min_size,
          max_size: b.maxSize !== undefined ? b.maxSize : old.max_size,
          term_years: b.termYears !== undefined ? b.termYears : old.term_years,
          election_rule: b.electionRule !== undefined ? b.electionRule.trim() : old.election_rule,
          tasks: b.tasks !== undefined ? b.tasks.trim() : old.tasks,
        };
        checkName(values.name);
        checkSizes(values.min_size, values.max_size);
        await checkParent(trx, ws.id, old.id, values.parent_id);
        if (values.name.toLowerCase() !== old.name.toLowerCase())
          await checkUniqueName(trx, ws.id, values.name);
        const seats = await seatCount(trx, old.id);
        if (values.max_size !== null && seats > values.max_size)
          throw conflict(
            msg`${values.name} has ${seats} seats filled: free some before lowering its maximum to ${values.max_size}`,
            [{ field: 'body.maxSize', message: 'is below the number of seats filled' }],
          );
        await trx
          .updateTable('governance_bodies')
          .set({ ...values, updated_at: new Date() })
          .where('id', '=', old.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.body.update',
          entity: 'governance_body',
          entityId: old.id,
          oldValue: { ...old, created_at: undefined, updated_at: undefined },
          newValue: values,
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );

  app.delete(
    `${base}/bodies/:bodyId`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: 'Remove a governance body with its seats and meetings',
        params: BodyParams,
        response: { 200: Governance },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      await app.db.transaction().execute(async (trx) => {
        const old = await lockBody(trx, ws.id, request.params.bodyId);
        if (old.decides_applications && !MANAGERS.includes(ws.role))
          throw conflict(
            msg`${old.name} decides on membership applications: a manager moves that role before it is removed`,
          );
        await trx.deleteFrom('governance_bodies').where('id', '=', old.id).execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.body.delete',
          entity: 'governance_body',
          entityId: old.id,
          oldValue: { kind: old.kind, name: old.name },
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );

  app.get(
    `${base}/application-deciders`,
    {
      // Its own policy: every initiative role may ask whether it decides; the answer is checked
      // against the seats of the deciding body.
      config: { policy: { access: 'workspace', roles: ANY_INITIATIVE_ROLE, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Which body decides on membership applications, whether the caller may decide, and (if so) the applications waiting',
        params: Params,
        response: { 200: ApplicationDeciders },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const { body, userIds } = await applicationDeciders(app.db, ws.id);
      const canDecide = body ? userIds.includes(userId) : MANAGERS.includes(ws.role);
      const applications = canDecide
        ? await app.db
            .selectFrom('membership_applications')
            .select(['id', 'organisation', 'contact_name', 'email', 'actor_type', 'message', 'created_at'])
            .where('workspace_id', '=', ws.id)
            .where('status', '=', 'submitted')
            .orderBy('created_at', 'desc')
            .execute()
        : [];
      return {
        body,
        canDecide,
        applications: applications.map((a) => ({ ...a, created_at: iso(a.created_at) })),
      };
    },
  );

  app.put(
    `${base}/application-deciders`,
    {
      config: { policy: manage },
      schema: {
        tags,
        summary:
          'Name the body that decides on membership applications (null: the owner and manager decide); the mark moves from any other body in the same transaction',
        params: Params,
        body: Type.Object({ bodyId: Type.Union([Uuid, Type.Null()]) }, { additionalProperties: false }),
        response: { 200: Governance },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const bodyId = request.body.bodyId;
      await app.db.transaction().execute(async (trx) => {
        // Lock every body of the workspace: two managers moving the mark at once queue here.
        const bodies = await trx
          .selectFrom('governance_bodies')
          .select(['id', 'name', 'decides_applications'])
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .execute();
        const before = bodies.find((b) => b.decides_applications) ?? null;
        const target = bodyId ? bodies.find((b) => b.id === bodyId) : null;
        if (bodyId && !target)
          throw conflict('The body named is not a governance body of this organisation', [
            { field: 'body.bodyId', message: 'is not a governance body of this workspace' },
          ]);
        await trx
          .updateTable('governance_bodies')
          .set({ decides_applications: false })
          .where('workspace_id', '=', ws.id)
          .where('decides_applications', '=', true)
          .execute();
        if (target)
          await trx
            .updateTable('governance_bodies')
            .set({ decides_applications: true, updated_at: new Date() })
            .where('id', '=', target.id)
            .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'governance.deciders',
          entity: 'governance_body',
          entityId: target?.id ?? null,
          oldValue: before ? { id: before.id, name: before.name } : null,
          newValue: target ? { id: target.id, name: target.name } : null,
        });
      });
      return getGovernance(app.db, ws.id);
    },
  );

  governanceSeatRoutes(app);
}
