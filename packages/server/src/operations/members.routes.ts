import { sql } from 'kysely';
import { ACTOR_TYPES, MEMBERSHIP_STAGES, allowedMoves, type MembershipStage } from '@agglomera/methods';
import { Type } from 'typebox';
import { EMAIL } from '../diagnose/actors/service.js';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { sendTable } from '../http/export.js';
import { newSecret, sha256 } from '../auth/secrets.js';
import { getActor, presentActor } from '../diagnose/actors/service.js';
import { iso } from '../http/schemas.js';
import {
  ApplicationDecided,
  ApplicationForm,
  ApplicationLinkCreated,
  ApplicationSent,
  Applications,
  MemberList,
  Pipeline,
} from './members.schemas.js';
import { Actor } from '../diagnose/diagnose.schemas.js';
import { msg, oneOf, word } from '../i18n/index.js';
import { applicationDeciders } from '../organisation/governance.service.js';
import { moveActor } from './membership.service.js';
import { containsPattern } from '../db/sql.js';

const tags = ['operations'];
const initiative = ['cluster_initiative'] as const;
const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/**
 * The board decides on applications (001:3350–3378): the body the statutes name (docs/organisation.md,
 * "Board role"); without one, owners and managers.
 */
const BOARD: readonly WorkspaceRole[] = ['owner', 'manager'];
/** Who may call the decision route; the seats of the deciding body are checked inside it. */
const ANY_INITIATIVE_ROLE: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'member', 'viewer'];

/** Members and prospects: the pipeline, the application link and the board's decisions (issue 6). */
export async function memberRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/membership/pipeline',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Actors in each stage of the membership pipeline (the first perStage by name, with the count of each stage)',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object({
          perStage: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
        }),
        response: { 200: Pipeline },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const perStage = request.query.perStage ?? 200;
      const stages = await Promise.all(
        MEMBERSHIP_STAGES.map(async (stage) => {
          const base = app.db
            .selectFrom('actors')
            .where('workspace_id', '=', ws.id)
            .where('membership_stage', '=', stage);
          const [actors, total] = await Promise.all([
            base
              .select([
                'id',
                'name',
                'actor_type',
                'membership_stage',
                'prospect_source',
                'left_reason',
                'updated_at',
              ])
              .orderBy('name')
              .limit(perStage)
              .execute(),
            base.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
          ]);
          return {
            stage,
            next: [...allowedMoves(stage)],
            actors: actors.map((a) => ({ ...a, updated_at: iso(a.updated_at) })),
            total: Number(total.n),
          };
        }),
      );
      return { stages };
    },
  );

  app.get(
    '/workspaces/:workspaceId/membership/members',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Members and prospects as a list: filter by stage, actor type and text, sort, paginate, or export (?format=csv|xlsx)',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object({
          stage: Type.Optional(Type.Union(MEMBERSHIP_STAGES.map((m) => Type.Literal(m)))),
          type: Type.Optional(Type.Union(ACTOR_TYPES.map((a) => Type.Literal(a)))),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          sort: Type.Optional(
            Type.Union([
              Type.Literal('name'),
              Type.Literal('actor_type'),
              Type.Literal('membership_stage'),
              Type.Literal('location'),
              Type.Literal('updated_at'),
            ]),
          ),
          order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('xlsx')])),
        }),
        response: { 200: MemberList },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { stage, type, q, sort = 'name', order = 'asc', limit = 50, offset = 0, format } = request.query;
      let base = app.db
        .selectFrom('actors')
        .where('workspace_id', '=', ws.id)
        .where('membership_stage', 'is not', null);
      if (stage) base = base.where('membership_stage', '=', stage);
      if (type) base = base.where('actor_type', '=', type);
      if (q?.trim()) {
        const like = containsPattern(q.trim());
        // one trigram-indexed expression (migration 0016) for name, sector and place
        base = base.where(sql<string>`name || ' ' || sector || ' ' || location`, 'ilike', like);
      }
      const columns = [
        'id',
        'name',
        'actor_type',
        'size_class',
        'membership_stage',
        'prospect_source',
        'sector',
        'location',
        'contact_name',
        'email',
        'updated_at',
      ] as const;
      let rows = base.select(columns).orderBy(sort, order).orderBy('id');
      if (!format) rows = rows.limit(limit).offset(offset);
      else rows = rows.limit(100_000);
      const [members, total] = await Promise.all([
        rows.execute(),
        base.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ]);
      if (format)
        return sendTable(
          reply,
          format,
          'members',
          columns.filter((c) => c !== 'id'),
          members.map((m) =>
            columns
              .filter((c) => c !== 'id')
              .map((c) =>
                c === 'updated_at' ? new Date(m.updated_at).toISOString() : (m[c] as string | null),
              ),
          ),
        );
      return {
        members: members.map((m) => ({ ...m, updated_at: iso(m.updated_at) })),
        total: Number(total.n),
        limit,
        offset,
      };
    },
  );

  app.put(
    '/workspaces/:workspaceId/actors/:actorId/membership',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Move an actor in the membership pipeline (leaving needs a reason)',
        params: Type.Object({ workspaceId: Type.String(), actorId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            stage: Type.Union([
              Type.Literal('prospect'),
              Type.Literal('contacted'),
              Type.Literal('applied'),
              Type.Literal('trial'),
              Type.Literal('member'),
              Type.Literal('left'),
            ]),
            source: Type.Optional(
              Type.Union([
                Type.Literal('desk_research'),
                Type.Literal('inbound'),
                Type.Literal('recommendation'),
              ]),
            ),
            reason: Type.Optional(Type.String({ maxLength: 2000 })),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Actor },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const body = request.body;
      await app.db
        .transaction()
        .execute((trx) =>
          moveActor(trx, ws.id, requireAuth(request).user.id, request.params.actorId, body.stage, body),
        );
      return presentActor(await getActor(app.db, ws.id, request.params.actorId));
    },
  );

  app.post(
    '/workspaces/:workspaceId/membership/application-links',
    {
      config: { policy: { access: 'workspace', roles: BOARD, kinds: initiative } },
      schema: {
        tags,
        summary: 'Create a link that prospects use to apply for membership',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 201: ApplicationLinkCreated },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const token = newSecret();
      await app.db.transaction().execute(async (trx) => {
        const link = await trx
          .insertInto('membership_application_links')
          .values({
            workspace_id: ws.id,
            token_hash: sha256(token),
            created_by: requireAuth(request).user.id,
            revoked_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'membership.link',
          entity: 'application_link',
          entityId: link.id,
        });
      });
      reply.status(201);
      return { link: `${app.settings.publicUrl}/apply/${token}`, token };
    },
  );

  const openLink = async (token: string) => {
    const link = await app.db
      .selectFrom('membership_application_links as l')
      .innerJoin('workspaces as w', 'w.id', 'l.workspace_id')
      .select(['l.id', 'l.workspace_id', 'w.name'])
      .where('l.token_hash', '=', sha256(token))
      .where('l.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!link) throw notFound('Application link (unknown or revoked)');
    return link;
  };
  const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

  app.get(
    '/apply/:token',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'The cluster an application link is for',
        params: TokenParams,
        response: { 200: ApplicationForm },
      },
    },
    async (request) => ({
      cluster: (await openLink(request.params.token)).name,
      actorTypes: [...ACTOR_TYPES],
    }),
  );

  app.post(
    '/apply/:token',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'Apply for membership through a link (no account needed)',
        params: TokenParams,
        body: Type.Object(
          {
            organisation: Type.String({ minLength: 1, maxLength: 300 }),
            contactName: Type.String({ minLength: 1, maxLength: 200 }),
            email: Type.String({ minLength: 3, maxLength: 254 }),
            actorType: Type.String(),
            message: Type.Optional(Type.String({ maxLength: 3000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: ApplicationSent },
      },
    },
    async (request, reply) => {
      const link = await openLink(request.params.token);
      const b = request.body;
      if (!EMAIL.test(b.email.trim()))
        throw badRequest('validation_failed', msg`"${b.email}" is not an email address`, [
          { field: 'body.email', message: 'is not an email address' },
        ]);
      if (!(ACTOR_TYPES as readonly string[]).includes(b.actorType))
        throw badRequest('validation_failed', msg`actorType must be one of ${oneOf(ACTOR_TYPES)}`, [
          { field: 'body.actorType', message: 'is not an actor type' },
        ]);
      const pending = await app.db
        .selectFrom('membership_applications')
        .select('id')
        .where('link_id', '=', link.id)
        .where('status', '=', 'submitted')
        .execute();
      if (pending.length >= 200)
        throw new AppError(429, 'rate_limited', 'Too many open applications on this link; try again later');
      const row = await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('membership_applications')
          .values({
            workspace_id: link.workspace_id,
            link_id: link.id,
            organisation: b.organisation.trim(),
            contact_name: b.contactName.trim(),
            email: b.email.trim().toLowerCase(),
            actor_type: b.actorType,
            message: b.message?.trim() ?? '',
            decided_by: null,
            decided_at: null,
            actor_id: null,
          })
          .returning(['id', 'status'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: link.workspace_id,
          userId: null,
          action: 'membership.apply',
          entity: 'membership_application',
          entityId: r.id,
          newValue: { organisation: b.organisation, email: b.email },
        });
        return r;
      });
      reply.status(201);
      return row;
    },
  );

  app.get(
    '/workspaces/:workspaceId/membership/applications',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Membership applications, newest first',
        params: Type.Object({ workspaceId: Type.String() }),
        response: { 200: Applications },
      },
    },
    async (request) => ({
      applications: (
        await app.db
          .selectFrom('membership_applications')
          .selectAll()
          .where('workspace_id', '=', requireWorkspace(request).id)
          .orderBy('created_at', 'desc')
          .execute()
      ).map((a) => ({ ...a, decided_at: iso(a.decided_at), created_at: iso(a.created_at) })),
    }),
  );

  app.post(
    '/workspaces/:workspaceId/membership/applications/:applicationId/decision',
    {
      config: { policy: { access: 'workspace', roles: ANY_INITIATIVE_ROLE, kinds: initiative } },
      schema: {
        tags,
        summary:
          'The board approves (the applicant becomes a trial member) or rejects an application: the seated members of the body that decides on applications, else the owner and manager',
        params: Type.Object({ workspaceId: Type.String(), applicationId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ApplicationDecided },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      return app.db.transaction().execute(async (trx) => {
        const deciders = await applicationDeciders(trx, ws.id);
        if (deciders.body && !deciders.userIds.includes(userId))
          throw forbidden(
            msg`Membership applications are decided by ${deciders.body.name}: only its seated members decide`,
          );
        if (!deciders.body && !BOARD.includes(ws.role)) throw forbidden();
        const appRow = await trx
          .selectFrom('membership_applications')
          .selectAll()
          .where('id', '=', request.params.applicationId)
          .where('workspace_id', '=', ws.id)
          .forUpdate()
          .executeTakeFirst();
        if (!appRow) throw notFound('Application');
        if (appRow.status !== 'submitted')
          throw conflict(msg`This application was already ${word(appRow.status)}`);
        let actorId: string | null = null;
        if (request.body.decision === 'approve') {
          const existing = await trx
            .selectFrom('actors')
            .select('id')
            .where('workspace_id', '=', ws.id)
            .where((eb) => eb(eb.fn('lower', ['name']), '=', appRow.organisation.toLowerCase()))
            .executeTakeFirst();
          actorId =
            existing?.id ??
            (
              await trx
                .insertInto('actors')
                .values({
                  workspace_id: ws.id,
                  name: appRow.organisation,
                  actor_type: appRow.actor_type,
                  size_class: null,
                  government_level: null,
                  contact_name: appRow.contact_name,
                  email: appRow.email,
                  membership_stage: null,
                  prospect_source: 'inbound',
                })
                .returning('id')
                .executeTakeFirstOrThrow()
            ).id;
          const current = await getActor(trx, ws.id, actorId);
          const stage = current.membership_stage as MembershipStage | null;
          if (stage === 'trial' || stage === 'member')
            throw conflict(msg`${appRow.organisation} is already in the cluster (${word(stage)})`);
          // The application is a stage of the pipeline; the approval starts the trial partnership.
          if (stage === 'left')
            await moveActor(trx, ws.id, userId, actorId, 'prospect', { note: 'Applies again' });
          if (stage !== 'applied')
            await moveActor(trx, ws.id, userId, actorId, 'applied', { note: 'Application received' });
          await moveActor(trx, ws.id, userId, actorId, 'trial', {
            note: request.body.note ?? 'Approved by the board',
          });
        }
        await trx
          .updateTable('membership_applications')
          .set({
            status: request.body.decision === 'approve' ? 'approved' : 'rejected',
            decision_note: request.body.note ?? '',
            decided_by: userId,
            decided_at: new Date(),
            actor_id: actorId,
          })
          .where('id', '=', appRow.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'membership.decision',
          entity: 'membership_application',
          entityId: appRow.id,
          newValue: {
            decision: request.body.decision,
            note: request.body.note,
            organisation: appRow.organisation,
          },
        });
        return {
          status: request.body.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
          actorId,
        };
      });
    },
  );
}
