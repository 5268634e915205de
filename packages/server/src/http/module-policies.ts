import { Type, type TSchema } from 'typebox';
import type { WorkspaceRole } from './policy.js';

/**
 * What the route files of an initiative's planning modules share (strategy, organisation): the
 * workspaces they serve, who reads, who edits and who decides, and common schemas. Each module's
 * `shared.ts` re-exports these with its own tag, so a route file imports from one place.
 */
/** These modules belong to a cluster initiative. */
export const initiative = ['cluster_initiative'] as const;
/** The cluster management team writes. */
export const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** The team and the initiative's viewers read. */
export const READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'viewer'];
/** Recording a decision (a strategy agreed, a legal form chosen, a plan agreed) is a manager's act. */
export const MANAGERS: readonly WorkspaceRole[] = ['owner', 'manager'];

export const read = { access: 'workspace' as const, roles: READERS, kinds: initiative };
export const write = { access: 'workspace' as const, roles: TEAM, kinds: initiative };
export const manage = { access: 'workspace' as const, roles: MANAGERS, kinds: initiative };

export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const Params = Type.Object({ workspaceId: Type.String() });
export const Uuid = Type.String({ format: 'uuid' });
export const Text = (max: number) => Type.String({ maxLength: max });
export const lit = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as TSchema;
export const today = () => new Date().toISOString().slice(0, 10);
