import { Type } from 'typebox';
import { POSTING_KINDS, PARTNER_THEMES } from '@agglomera/methods';
import { initiative, lit, Params, Uuid, Text, DateString, today } from '../http/module-policies.js';
import type { WorkspaceRole } from '../http/policy.js';

/**
 * What the connect routes share (docs/connect.md): their tag, their policies and schemas.
 * Partner search is the cluster management team's work (owner, manager, staff): members and
 * viewers of an initiative, and programme workspaces, do not use it (the platform's choice).
 */
export const tags = ['connect'];
export const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** The team of a cluster initiative reads and writes its own postings and interests. */
export const team = { access: 'workspace' as const, roles: TEAM, kinds: initiative };
/**
 * The board is deliberately read across workspaces: any signed-in user reaches the route, and the
 * service refuses (403) whoever is not in the team of at least one cluster initiative.
 */
export const boardPolicy = { access: 'authenticated' as const };

export { Params, Uuid, Text, DateString, today };
export const PostingParams = Type.Object({ workspaceId: Type.String(), postingId: Uuid });
export const InterestParams = Type.Object({ workspaceId: Type.String(), interestId: Uuid });
export const Kind = lit(POSTING_KINDS);
export const Theme = lit(PARTNER_THEMES);
export const Themes = Type.Array(Theme, { maxItems: PARTNER_THEMES.length, uniqueItems: true });
