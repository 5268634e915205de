import { Type } from 'typebox';
import type { WorkspaceRole } from '../../http/policy.js';

export const tags = ['selection'];
/**
 * Experts recommend; national or regional actors and donors decide (UNIDO 002:224–228). The people
 * who run an exercise are its workspace's owners, managers and programme officers.
 */
export const SELECTION_MANAGERS: readonly WorkspaceRole[] = ['owner', 'manager', 'officer'];
export const ExerciseParams = Type.Object({
  workspaceId: Type.String(),
  exerciseId: Type.String({ format: 'uuid' }),
});

/** Metrics a computed criterion can use, taken from the mapping record of the candidate. */
export const CANDIDATE_METRICS = [
  'employment',
  'establishments',
  'lq',
  'share',
  'cagr',
  'employment_change',
  'average_wage',
  'strong',
] as const;
