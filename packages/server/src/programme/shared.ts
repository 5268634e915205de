import type { WorkspaceRole } from '../http/policy.js';

export { DateString, Params, Uuid, Text, lit, today } from '../http/module-policies.js';

/**
 * Who may call the programme's routes (issue 15; docs/programme.md). Programme workspaces only.
 * Every route declares one of these policies, or its own said beside it.
 */
export const programme = ['programme'] as const;
export const tags = ['programme'];

/** Those who run the programme: they publish calls, select, run cohorts, fund and disburse. */
export const RUNNERS: readonly WorkspaceRole[] = ['owner', 'manager', 'officer'];
/** Those who read the programme's records: the runners, the project coordinator, evaluators, viewers. */
export const READERS: readonly WorkspaceRole[] = [...RUNNERS, 'coordinator', 'evaluator', 'viewer'];
/**
 * Those who read the portfolio. A cluster development agent reads only the initiatives assigned to
 * them; the coordinator reads every agent's initiatives and reports (UNIDO 002:269–283).
 */
export const PORTFOLIO_READERS: readonly WorkspaceRole[] = [...READERS, 'agent'];

export const run = { access: 'workspace' as const, roles: RUNNERS, kinds: programme };
export const read = { access: 'workspace' as const, roles: READERS, kinds: programme };
export const portfolioRead = { access: 'workspace' as const, roles: PORTFOLIO_READERS, kinds: programme };
/** Assessors score applications (and declare conflicts of interest); runners may too. */
export const assess = {
  access: 'workspace' as const,
  roles: [...RUNNERS, 'assessor'] as WorkspaceRole[],
  kinds: programme,
};
/** Panel members score the plans of the rounds they sit on; the service checks the seat. */
export const panel = {
  access: 'workspace' as const,
  roles: [...RUNNERS, 'panel_member'] as WorkspaceRole[],
  kinds: programme,
};
