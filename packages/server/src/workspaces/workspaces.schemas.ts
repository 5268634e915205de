import { Type } from 'typebox';
import { WORKSPACE_ROLES } from '../http/policy.js';
import { SignedInUser } from '../auth/auth.schemas.js';
import { DateTime, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the workspace routes answer (response schemas): documentation of the API, from which the
 * web app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts). Columns are as the database gives them (snake_case) where a route
 * returns rows as they are.
 */

const KINDS = ['programme', 'cluster_initiative'] as const;
const Kind = OneOf(KINDS);
const Role = OneOf(WORKSPACE_ROLES);
/** What an initiative may share; `benchmarking` (migration 0058): its signed benchmarking assessments. */
export const SHARE_SCOPES = ['lifecycle', 'indicators', 'reports', 'benchmarking'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];
const FOLLOW_STATUSES = ['requested', 'active', 'ended'] as const;

// Workspaces, members and invitations (routes.ts).
export const CreatedWorkspace = Row({ id: Uuid, name: Type.String(), kind: Kind });
/** The workspace and the caller's role in it. */
export const Workspace = Row({ id: Uuid, name: Type.String(), kind: Kind, role: Role });
export const MemberList = Row({
  members: Type.Array(
    Row({ id: Uuid, name: Type.String(), email: Type.String(), role: Role, created_at: DateTime }),
  ),
});
const invitationFields = {
  id: Uuid,
  email: Type.String(),
  role: Role,
  created_at: DateTime,
  expires_at: DateTime,
};
export const InvitationList = Row({ invitations: Type.Array(Row(invitationFields)) });
export const CreatedInvitation = Row({
  ...invitationFields,
  /** The link, shown to the inviter so that they can pass it on by hand. */
  link: Type.String(),
  mailed: Type.Boolean(),
  mailError: Nullable(Type.String()),
});
export const InvitationOffer = Row({
  email: Type.String(),
  role: Role,
  workspace: Row({ name: Type.String(), kind: Kind }),
  accountExists: Type.Boolean(),
});
export const AcceptedInvitation = Row({ user: SignedInUser, csrf: Type.String() });

// Programmes following initiatives (follows.routes.ts).
const Scope = OneOf(SHARE_SCOPES);
export const FollowRequested = Row({ id: Uuid, status: OneOf(['requested', 'active']) });
export const FollowList = Row({
  follows: Type.Array(
    Row({
      id: Uuid,
      status: OneOf(FOLLOW_STATUSES),
      /** The name shows only once the initiative has accepted. */
      initiative: Row({ id: Uuid, name: Nullable(Type.String()) }),
      shares: Type.Array(Scope),
      /** Only where the initiative shares its lifecycle. */
      lifecycle: Nullable(
        Row({
          stage: Nullable(Type.String()),
          unidoPhase: Nullable(Type.Integer()),
          blueprintStep: Nullable(Type.Integer()),
        }),
      ),
    }),
  ),
});
export const FollowerList = Row({
  followers: Type.Array(
    Row({
      id: Uuid,
      status: OneOf(FOLLOW_STATUSES),
      programme: Row({ id: Uuid, name: Type.String() }),
      shares: Type.Array(Scope),
    }),
  ),
});

// Verification by a platform admin (verification.routes.ts).
export const AdminWorkspaceList = Row({
  workspaces: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      kind: Kind,
      isDemo: Type.Boolean(),
      organisation: Type.String(),
      createdAt: DateTime,
      verifiedAt: Nullable(DateTime),
      verifiedBy: Nullable(Type.String()),
    }),
  ),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export const Verification = Row({ id: Uuid, verified: Type.Boolean() });
