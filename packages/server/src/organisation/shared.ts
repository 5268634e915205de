import { Type, type TSchema } from 'typebox';
import type { WorkspaceRole } from '../http/policy.js';

/**
 * What the organisation routes share (issue 14): their tag, the workspaces they serve, who reads,
 * who edits and who decides, and common schemas.
 */
export const tags = ['organisation'];
/** Profile, legal form, governance, staff, agreements and the money plan belong to a cluster initiative. */
export const initiative = ['cluster_initiative'] as const;
/** The cluster management team keeps the organisation's records. */
export const TEAM: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
/** The team and the initiative's viewers read them. */
export const READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'viewer'];
/**
 * Recording a decision of the organisation (the legal form chosen, the body that decides on
 * membership applications, a financial plan agreed) is a manager's act.
 */
export const MANAGERS: readonly WorkspaceRole[] = ['owner', 'manager'];

export const read = { access: 'workspace' as const, roles: READERS, kinds: initiative };
export const write = { access: 'workspace' as const, roles: TEAM, kinds: initiative };
export const manage = { access: 'workspace' as const, roles: MANAGERS, kinds: initiative };

export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const MonthString = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
export const Params = Type.Object({ workspaceId: Type.String() });
export const Uuid = Type.String({ format: 'uuid' });
export const Text = (max: number) => Type.String({ maxLength: max });
export const lit = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as TSchema;
export const today = () => new Date().toISOString().slice(0, 10);
