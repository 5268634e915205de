import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { WORKSPACE_ROLES, requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { Email, Ok, WorkspaceParams, iso } from '../http/schemas.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../auth/authenticate.js';
import { DEVICE_COOKIE, deviceCookieOptions } from '../auth/throttle.js';
import { localeOf } from '../i18n/index.js';
import {
  acceptInvitation,
  changeMemberRole,
  createWorkspace,
  describeInvitation,
  invite,
  removeMember,
} from './service.js';
import {
  AcceptedInvitation,
  CreatedInvitation,
  CreatedWorkspace,
  InvitationList,
  InvitationOffer,
  MemberList,
  Workspace,
} from './workspaces.schemas.js';

const tags = ['workspaces'];
const Role = Type.Union(WORKSPACE_ROLES.map((r) => Type.Literal(r)));
const Kind = Type.Union([Type.Literal('programme'), Type.Literal('cluster_initiative')]);
const MemberParams = Type.Object({ workspaceId: Type.String(), userId: Type.String({ format: 'uuid' }) });

/** Workspaces, their members and roles, and invitations by link. */
export async function workspaceRoutes(app: App) {
  app.delete(
    '/workspaces/:workspaceId',
    {
      // Only an owner deletes a workspace, and only by typing its name: staff and managers cannot.
      config: { policy: { access: 'workspace', roles: ['owner'] } },
      schema: {
        tags,
        summary: 'Delete the workspace and everything in it (owners only; confirm with the exact name)',
        params: WorkspaceParams,
        body: Type.Object({ confirmName: Type.String({ maxLength: 300 }) }, { additionalProperties: false }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      if (request.body.confirmName !== ws.name)
        throw badRequest('confirmation_mismatch', 'Type the workspace’s exact name to delete it', [
          { field: 'body.confirmName', message: 'does not match the workspace name' },
        ]);
      await app.db.transaction().execute(async (trx) => {
        // Follows name an initiative without a foreign key (a request reveals nothing): remove them here.
        await trx.deleteFrom('programme_follows').where('initiative_id', '=', ws.id).execute();
        await trx.deleteFrom('workspaces').where('id', '=', ws.id).execute();
        // kept outside the workspace, whose own log goes with it
        await recordAudit(trx, {
          workspaceId: null,
          userId: requireAuth(request).user.id,
          action: 'workspace.delete',
          entity: 'workspace',
          entityId: ws.id,
          oldValue: { name: ws.name, kind: ws.kind },
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/workspaces',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'Create a programme or cluster initiative workspace; the caller becomes its owner',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            kind: Kind,
            organisationName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: CreatedWorkspace },
      },
    },
    async (request, reply) => {
      const ws = await createWorkspace(app.db, requireAuth(request).user.id, request.body);
      reply.status(201);
      return ws;
    },
  );

  app.get(
    '/workspaces/:workspaceId',
    {
      config: { policy: { access: 'workspace', roles: 'any' } },
      schema: {
        tags,
        summary: 'A workspace and the caller’s role in it',
        params: WorkspaceParams,
        response: { 200: Workspace },
      },
    },
    async (request) => requireWorkspace(request),
  );

  app.patch(
    '/workspaces/:workspaceId',
    {
      config: { policy: { access: 'workspace', roles: ['owner'] } },
      schema: {
        tags,
        summary: 'Rename a workspace',
        params: WorkspaceParams,
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('workspaces')
          .set({ name: request.body.name })
          .where('id', '=', ws.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'workspace.rename',
          entity: 'workspace',
          entityId: ws.id,
          oldValue: { name: ws.name },
          newValue: request.body,
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/workspaces/:workspaceId/members',
    {
      // Programme officers see the users too: they put panel members on selection exercises;
      // staff see them to give project tasks an owner.
      config: { policy: { access: 'workspace', roles: ['owner', 'manager', 'staff', 'officer'] } },
      schema: {
        tags,
        summary: 'Users of the workspace with their roles',
        params: WorkspaceParams,
        response: { 200: MemberList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const members = await app.db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at'])
        .where('memberships.workspace_id', '=', ws.id)
        .orderBy('users.name')
        .execute();
      // memberships.role holds one of the roles (http/policy.ts).
      return {
        members: members.map((m) => ({ ...m, role: m.role as WorkspaceRole, created_at: iso(m.created_at) })),
      };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/members/:userId',
    {
      config: { policy: { access: 'workspace', roles: ['owner'] } },
      schema: {
        tags,
        summary: 'Change a user’s role',
        params: MemberParams,
        body: Type.Object({ role: Role }, { additionalProperties: false }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await changeMemberRole(
        app.db,
        ws,
        requireAuth(request).user.id,
        request.params.userId,
        request.body.role as WorkspaceRole,
      );
      return { ok: true as const };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/members/:userId',
    {
      config: { policy: { access: 'workspace', roles: ['owner'] } },
      schema: {
        tags,
        summary: 'Remove a user from the workspace',
        params: MemberParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await removeMember(app.db, ws.id, requireAuth(request).user.id, request.params.userId);
      return { ok: true as const };
    },
  );

  app.get(
    '/workspaces/:workspaceId/invitations',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'] } },
      schema: {
        tags,
        summary: 'Open invitations',
        params: WorkspaceParams,
        response: { 200: InvitationList },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const invitations = await app.db
        .selectFrom('invitations')
        .select(['id', 'email', 'role', 'created_at', 'expires_at'])
        .where('workspace_id', '=', ws.id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .orderBy('created_at', 'desc')
        .execute();
      return {
        invitations: invitations.map((i) => ({
          ...i,
          role: i.role as WorkspaceRole,
          created_at: iso(i.created_at),
          expires_at: iso(i.expires_at),
        })),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/invitations',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'] } },
      schema: {
        tags,
        summary: 'Invite someone by email; the link is delivered by the mailer',
        params: WorkspaceParams,
        body: Type.Object(
          { email: Email, role: Role, organisationId: Type.Optional(Type.String({ format: 'uuid' })) },
          { additionalProperties: false },
        ),
        response: { 201: CreatedInvitation },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const inv = await invite(
        app.db,
        app.mailer,
        app.settings,
        ws,
        requireAuth(request).user.id,
        {
          email: request.body.email,
          role: request.body.role as WorkspaceRole,
          organisationId: request.body.organisationId,
        },
        localeOf(request),
      );
      if (inv.mailError)
        request.log.error({ mailError: inv.mailError }, 'the invitation could not be mailed');
      reply.status(201);
      // The link is returned only to owners/managers who created it, so they can pass it on by hand.
      return {
        ...inv,
        role: inv.role as WorkspaceRole,
        created_at: iso(inv.created_at),
        expires_at: iso(inv.expires_at),
      };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/invitations/:invitationId',
    {
      config: { policy: { access: 'workspace', roles: ['owner', 'manager'] } },
      schema: {
        tags,
        summary: 'Revoke an invitation',
        params: Type.Object({ workspaceId: Type.String(), invitationId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('invitations')
          .set({ revoked_at: new Date() })
          .where('id', '=', request.params.invitationId)
          .where('workspace_id', '=', ws.id)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (!r.numUpdatedRows) throw notFound('Invitation');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'invitation.revoke',
          entity: 'invitation',
          entityId: request.params.invitationId,
        });
      });
      return { ok: true as const };
    },
  );

  const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });
  app.get(
    '/invitations/:token',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'What an invitation link offers',
        params: TokenParams,
        response: { 200: InvitationOffer },
      },
    },
    async (request) => describeInvitation(app.db, request.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary:
          'Accept an invitation: creates the account if needed, or checks its password under the sign-in throttle (429 with Retry-After), and signs in',
        params: TokenParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: AcceptedInvitation },
      },
    },
    async (request, reply) => {
      const session = await acceptInvitation(app.db, app.settings, request.params.token, request.body, {
        ip: request.ip,
        deviceCookie: request.cookies[DEVICE_COOKIE],
      });
      reply.setCookie(SESSION_COOKIE, session.sessionToken, sessionCookieOptions(app.settings));
      if (session.deviceCookie)
        reply.setCookie(DEVICE_COOKIE, session.deviceCookie, deviceCookieOptions(app.settings));
      return { user: session.user, csrf: session.csrf };
    },
  );
}
