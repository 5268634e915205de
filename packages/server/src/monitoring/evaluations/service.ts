import {
  DEFAULT_CRITERIA_GRACE_DAYS,
  EVALUATION_TARGETS,
  criteriaTiming,
  implementationRate,
  type EvaluationKind,
  type RecommendationStatus,
} from '@agglomera/methods';
import { sql } from 'kysely';
import { Type, type TSchema } from 'typebox';
import type { Database } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import type { WorkspaceRole } from '../../http/policy.js';
import { iso } from '../../http/schemas.js';

/**
 * Evaluations (GIZ, 001_2b00e659d173dc60.txt:3553–3587): internal or external, a requesting body,
 * criteria fixed at the start (001:3568: defined at the beginning, so they cannot change once the
 * evaluation has started), findings, recommendations agreed by the evaluators, the evaluated cluster
 * and the requesting body (001:3574), jointly selected (001:3575) and followed to implementation
 * (001:3576).
 */
export const tags = ['evaluations'];
export const kinds = ['cluster_initiative', 'programme'] as const;
export const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'officer', 'evaluator'];
export const lit = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as TSchema;
export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const Params = Type.Object({ workspaceId: Type.String() });
export const EvalParams = Type.Object({
  workspaceId: Type.String(),
  evaluationId: Type.String({ format: 'uuid' }),
});
export const Criteria = Type.Array(
  Type.Object(
    { text: Type.String({ minLength: 1, maxLength: 1000 }), target: lit(EVALUATION_TARGETS) },
    { additionalProperties: false },
  ),
  { maxItems: 100 },
);

export interface Criterion {
  text: string;
  target: string;
}

export async function loadEvaluation(db: Database, workspaceId: string, id: string) {
  const e = await db
    .selectFrom('evaluations')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!e) throw notFound('Evaluation');
  return e;
}

export async function present(db: Database, workspaceId: string) {
  const evals = await db
    .selectFrom('evaluations')
    .selectAll()
    .select([
      sql<string | null>`period_start::text`.as('period_start_day'),
      sql<string | null>`criteria_set_on::text`.as('criteria_set_on_day'),
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .execute();
  const recs = await db
    .selectFrom('evaluation_recommendations as r')
    .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
    .select([
      'r.id',
      'r.evaluation_id',
      'r.text',
      'r.agreed_by_evaluators',
      'r.agreed_by_cluster',
      'r.agreed_by_requester',
      'r.selected',
      'r.status',
      'r.status_note',
      'r.responsible_user_id',
      'u.name as responsible',
      sql<string | null>`r.due_on::text`.as('due_on'),
    ])
    .where('r.workspace_id', '=', workspaceId)
    .orderBy('r.created_at')
    .execute();
  return evals.map((e) => {
    const mine = recs.filter((r) => r.evaluation_id === e.id);
    return {
      id: e.id,
      title: e.title,
      kind: e.kind as EvaluationKind,
      requestingBody: e.requesting_body,
      purpose: e.purpose,
      evaluator: e.evaluator,
      criteria: e.criteria as { text: string; target: (typeof EVALUATION_TARGETS)[number] }[],
      criteriaFixed: e.status !== 'planned',
      periodStart: e.period_start_day,
      criteriaSetOn: e.criteria_set_on_day,
      // Criteria set more than the platform's grace after the period began are said to be late.
      criteriaTiming: criteriaTiming(e.period_start_day, e.criteria_set_on_day),
      criteriaGraceDays: DEFAULT_CRITERIA_GRACE_DAYS,
      status: e.status as 'planned' | 'started' | 'completed',
      startedAt: iso(e.started_at),
      completedAt: iso(e.completed_at),
      findings: e.findings,
      implementationRate: implementationRate(
        mine.map((r) => ({ selected: r.selected, status: r.status as RecommendationStatus })),
      ),
      recommendations: mine.map((r) => ({
        id: r.id,
        text: r.text,
        agreedByEvaluators: r.agreed_by_evaluators,
        agreedByCluster: r.agreed_by_cluster,
        agreedByRequester: r.agreed_by_requester,
        selected: r.selected,
        status: r.status as RecommendationStatus,
        statusNote: r.status_note,
        responsibleUserId: r.responsible_user_id,
        responsible: r.responsible,
        dueOn: r.due_on,
      })),
    };
  });
}
