/**
 * The membership pipeline of the GIZ guide (001_2b00e659d173dc60.txt:3350–3378): prospects found by
 * desk research, inbound interest or recommendation are contacted, apply, are decided on by the
 * board, go through a trial partnership (001:2499–2504) and become full members — or leave.
 */
export const MEMBERSHIP_STAGES = ['prospect', 'contacted', 'applied', 'trial', 'member', 'left'] as const;
export type MembershipStage = (typeof MEMBERSHIP_STAGES)[number];
export const PROSPECT_SOURCES = ['desk_research', 'inbound', 'recommendation'] as const;

/** The GIZ actor status that goes with each pipeline stage (stakeholder → committed actor → member, 001:2355). */
export const ACTOR_STATUS_OF_STAGE: Record<MembershipStage, 'stakeholder' | 'committed' | 'member'> = {
  prospect: 'stakeholder',
  contacted: 'stakeholder',
  applied: 'stakeholder',
  trial: 'committed',
  member: 'member',
  left: 'stakeholder',
};

/** The moves the pipeline allows; anyone may leave, and a former member may come back as a prospect. */
const NEXT: Record<MembershipStage | 'none', readonly MembershipStage[]> = {
  none: ['prospect', 'contacted', 'applied'],
  prospect: ['contacted', 'applied', 'left'],
  contacted: ['applied', 'prospect', 'left'],
  applied: ['trial', 'member', 'left'],
  trial: ['member', 'left'],
  member: ['left'],
  left: ['prospect'],
};

export function allowedMoves(from: MembershipStage | null): readonly MembershipStage[] {
  return NEXT[from ?? 'none'];
}

export function canMove(from: MembershipStage | null, to: MembershipStage): boolean {
  return allowedMoves(from).includes(to);
}
