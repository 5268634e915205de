import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WorkspaceKind } from '../db/schema.js';
import { AppError, forbidden, notFound } from './errors.js';
import { authenticate } from '../auth/authenticate.js';
import type { AuthContext } from '../auth/context.js';
import { msg, word } from '../i18n/index.js';

export type { AuthContext } from '../auth/context.js';

/** Roles a user may hold in a workspace (issue 3). Programmes add officer, panel member, evaluator, assessor, cluster development agent and project coordinator (issue 15). */
export const WORKSPACE_ROLES = [
  'owner',
  'manager',
  'staff',
  'member',
  'viewer',
  'officer',
  'panel_member',
  'evaluator',
  'assessor',
  'agent',
  'coordinator',
] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
export const PROGRAMME_ONLY_ROLES: readonly WorkspaceRole[] = [
  'officer',
  'panel_member',
  'evaluator',
  'assessor',
  'agent',
  'coordinator',
];

/**
 * Who may call a route. Every route declares one beside its definition (`config.policy`);
 * a route without one answers 500 and fails the route-policy test.
 * - public: anyone, signed in or not;
 * - authenticated: any signed-in user, acting on their own account;
 * - platform_admin: a platform administrator (others get 404, as for a route that is not there);
 * - workspace: a member of the workspace named by the `:workspaceId` parameter holding one of `roles`.
 *   Non-members get 404, so that other workspaces' existence is not revealed.
 */
export type Policy =
  | { access: 'public' }
  | { access: 'authenticated' }
  | { access: 'platform_admin' }
  | { access: 'workspace'; roles: readonly WorkspaceRole[] | 'any'; kinds?: readonly WorkspaceKind[] };

export const isPolicy = (value: unknown): value is Policy =>
  typeof value === 'object' &&
  value !== null &&
  ['public', 'authenticated', 'platform_admin', 'workspace'].includes(
    (value as { access?: string }).access ?? '',
  );

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: Policy | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy;
  }
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    workspace: WorkspaceContext | null;
  }
}

export interface WorkspaceContext {
  id: string;
  kind: WorkspaceKind;
  name: string;
  role: WorkspaceRole;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError(401, 'unauthenticated', 'Sign in first');
  return request.auth;
}

/** Refuses API tokens: some things (managing tokens) need a person signed in with a password. */
export function requireSession(auth: AuthContext): void {
  if (auth.via !== 'session')
    throw new AppError(
      403,
      'session_required',
      'Manage API tokens from a signed-in session, not with an API token',
    );
}

export function requireWorkspace(request: FastifyRequest): WorkspaceContext {
  if (!request.workspace) throw new AppError(500, 'internal', 'Route has no workspace policy');
  return request.workspace;
}

/** Records every route and enforces its declared policy before the handler runs. */
export function installAccessPolicies(app: FastifyInstance): void {
  app.decorate('registeredRoutes', [] as RegisteredRoute[]);
  app.decorateRequest('auth', null);
  app.decorateRequest('workspace', null);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      app.registeredRoutes.push({ method, url: route.url, policy: route.config?.policy });
    }
  });
  app.addHook('preHandler', async (request) => {
    // No route matched: the not-found handler answers 404 and reads nothing.
    if (request.is404) return;
    const policy = request.routeOptions.config.policy;
    if (!isPolicy(policy)) throw new AppError(500, 'no_policy', 'This route declares no access policy');
    request.auth = await authenticate(app, request);
    if (policy.access === 'public') return;
    const auth = requireAuth(request);
    // CSRF: a browser session must echo its token on every state-changing request.
    if (auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== auth.csrfToken)
        throw new AppError(403, 'csrf_failed', 'Missing or wrong x-csrf-token header');
    }
    if (auth.token) {
      if (auth.token.scope === 'read' && !SAFE_METHODS.has(request.method))
        throw new AppError(
          403,
          'token_read_only',
          'This API token may only read; create a write token to change data',
        );
      // A token limited to one workspace reaches that workspace's routes and who it belongs to.
      if (
        auth.token.workspaceId &&
        policy.access !== 'workspace' &&
        request.routeOptions.url !== '/api/v1/me'
      )
        throw new AppError(403, 'token_workspace_only', 'This API token is limited to one workspace');
    }
    if (policy.access === 'authenticated') return;
    if (policy.access === 'platform_admin') {
      if (!auth.user.isPlatformAdmin) throw notFound('Route');
      return;
    }
    const workspaceId = (request.params as Record<string, string | undefined>).workspaceId;
    if (!workspaceId) throw new AppError(500, 'internal', 'Workspace policy on a route without :workspaceId');
    const found = await app.db
      .selectFrom('memberships')
      .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
      .select(['workspaces.id', 'workspaces.kind', 'workspaces.name', 'memberships.role'])
      .where('memberships.user_id', '=', auth.user.id)
      .where('workspaces.id', '=', isUuid(workspaceId) ? workspaceId : '00000000-0000-0000-0000-000000000000')
      .executeTakeFirst();
    if (!found) throw notFound('Workspace');
    if (auth.token?.workspaceId && auth.token.workspaceId !== found.id) throw notFound('Workspace');
    if (policy.kinds && !policy.kinds.includes(found.kind)) throw notFound('Workspace');
    const role = found.role as WorkspaceRole;
    if (policy.roles !== 'any' && !policy.roles.includes(role))
      throw forbidden(msg`Your role (${word(role)}) does not allow this in this workspace`);
    request.workspace = { id: found.id, kind: found.kind, name: found.name, role };
  });
}

export const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
