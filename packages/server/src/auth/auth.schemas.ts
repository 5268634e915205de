import { Type } from 'typebox';
import { WORKSPACE_ROLES } from '../http/policy.js';
import { DateTime, Email, Locale, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the auth routes answer (response schemas): documentation of the API, from which the web
 * app's types are generated (npm run api-types), checked against every answer in the tests
 * (http/response-check.ts).
 */

/** The signed-in user, as signing in, accepting an invitation and /me give it. */
export const SignedInUser = Row({
  id: Uuid,
  email: Email,
  name: Type.String(),
  locale: Locale,
  isPlatformAdmin: Type.Boolean(),
});
/** A workspace of the user and their role in it (the first is where sign-in lands). */
const UserWorkspace = Row({
  id: Uuid,
  name: Type.String(),
  kind: OneOf(['programme', 'cluster_initiative']),
  is_demo: Type.Boolean(),
  role: OneOf(WORKSPACE_ROLES),
});
export const SignedIn = Row({
  user: SignedInUser,
  csrf: Type.String(),
  workspaces: Type.Array(UserWorkspace),
});
export const Me = Row({
  user: SignedInUser,
  /** The session's CSRF token; null when called with an API token. */
  csrf: Nullable(Type.String()),
  workspaces: Type.Array(UserWorkspace),
});

const Scope = OneOf(['read', 'write']);
const tokenFields = {
  id: Uuid,
  name: Type.String(),
  scope: Scope,
  /** The one workspace the token works on, or null for all of the user's. */
  workspace_id: Nullable(Uuid),
  created_at: DateTime,
  expires_at: DateTime,
};
export const TokenList = Row({
  tokens: Type.Array(
    Row({
      ...tokenFields,
      workspace_name: Nullable(Type.String()),
      last_used_at: Nullable(DateTime),
      revoked_at: Nullable(DateTime),
    }),
  ),
});
/** A new token, with its secret shown this once. */
export const CreatedToken = Row({ ...tokenFields, token: Type.String() });
