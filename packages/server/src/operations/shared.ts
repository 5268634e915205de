import { Type } from 'typebox';
import type { Database } from '../db/database.js';
import type { WorkspaceRole } from '../http/policy.js';
import { AppError } from '../http/errors.js';

export const tags = ['operations'];
export const initiative = ['cluster_initiative'] as const;
/** The cluster management team: owners, managers and staff. */
export const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** Everyone who takes part in the organisation's life: the team and member logins. */
export const TEAM_AND_MEMBERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'member'];
export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};
export { ExportFormatQuery } from '../http/export.js';

/** The organisation (actor) a login speaks for in this workspace, or null. */
export async function linkedActorId(
  db: Database,
  workspaceId: string,
  userId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('memberships')
    .select('actor_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.actor_id ?? null;
}

/** Like linkedActorId, but a member login without an organisation gets a clear 409. */
export async function requireLinkedActor(db: Database, workspaceId: string, userId: string): Promise<string> {
  const id = await linkedActorId(db, workspaceId, userId);
  if (!id)
    throw new AppError(
      409,
      'no_organisation',
      'Your login is not linked to a member organisation yet; ask the cluster management to link it',
    );
  return id;
}
