import { Type, type TSchema } from 'typebox';
import type { WorkspaceRole } from '../http/policy.js';

/** What the monitoring routes share: their tag, the workspaces they serve, who edits, common schemas. */
export const tags = ['monitoring'];
/** Results chains exist for cluster initiatives and for programmes (issue 7, part 1). */
export const kinds = ['cluster_initiative', 'programme'] as const;
/** Who defines the results chain and its indicators: the management team, or a programme officer. */
export const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer'];
/** Closing a period is a manager's decision. */
export const MANAGERS: readonly WorkspaceRole[] = ['owner', 'manager', 'officer'];
export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const Params = Type.Object({ workspaceId: Type.String() });
export const IndicatorParams = Type.Object({
  workspaceId: Type.String(),
  indicatorId: Type.String({ format: 'uuid' }),
});
export const lit = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as TSchema;
export const today = () => new Date().toISOString().slice(0, 10);
export const num = (v: string | null) => (v === null ? null : Number(v));
