import { rankCandidates, type SelectionCriterion } from '@agglomera/methods';
import type { Database } from '../../db/database.js';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import type { WorkspaceContext } from '../../http/policy.js';
import { msg } from '../../i18n/index.js';
import { iso, presentCandidate, presentCriterion } from './present.js';

export { CANDIDATE_METRICS } from './policies.js';

export async function getExercise(db: Database, workspaceId: string, exerciseId: string) {
  const ex = await db
    .selectFrom('selection_exercises')
    .selectAll()
    .where('id', '=', exerciseId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!ex) throw notFound('Selection exercise');
  return ex;
}

export const assertOpen = (ex: { status: string }) => {
  if (ex.status !== 'open') throw conflict('This selection has been decided; it can no longer change');
};

/** A scored criterion's threshold is a mean score, so it lies on the criterion's scale. */
export function checkThreshold(threshold: number | null | undefined, scaleMax: number) {
  if (threshold !== null && threshold !== undefined && !(threshold >= 0 && threshold <= scaleMax))
    throw badRequest(
      'validation_failed',
      msg`The threshold of a scored criterion lies on its scale, 0 to ${scaleMax}`,
      [{ field: 'body.threshold', message: msg`must be between 0 and ${scaleMax}` }],
    );
}

export interface CriterionInput {
  name: string;
  kind: 'computed' | 'scored';
  weight: number;
  metric?: string;
  lowerIsBetter?: boolean;
  scaleMax?: number;
  threshold?: number | null;
}

export async function addCriterion(
  db: Database,
  workspaceId: string,
  userId: string,
  exerciseId: string,
  b: CriterionInput,
) {
  return db.transaction().execute(async (trx) => {
    const c = await trx
      .insertInto('selection_criteria')
      .values({
        exercise_id: exerciseId,
        name: b.name,
        kind: b.kind,
        weight: b.weight,
        metric: b.kind === 'computed' ? (b.metric ?? null) : null,
        lower_is_better: b.lowerIsBetter ?? false,
        scale_max: b.kind === 'scored' ? b.scaleMax! : null,
        threshold: b.threshold ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'selection.criterion',
      entity: 'selection_exercise',
      entityId: exerciseId,
      newValue: b,
    });
    return presentCriterion(c);
  });
}

/** Changes a criterion's name, weight or threshold while its selection is open (under a lock on the exercise). */
export async function updateCriterion(
  db: Database,
  workspaceId: string,
  userId: string,
  exerciseId: string,
  criterionId: string,
  b: { name?: string; weight?: number; threshold?: number | null },
) {
  return db.transaction().execute(async (trx) => {
    const ex = await trx
      .selectFrom('selection_exercises')
      .selectAll()
      .where('id', '=', exerciseId)
      .where('workspace_id', '=', workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!ex) throw notFound('Selection exercise');
    assertOpen(ex);
    const old = await trx
      .selectFrom('selection_criteria')
      .selectAll()
      .where('id', '=', criterionId)
      .where('exercise_id', '=', ex.id)
      .executeTakeFirst();
    if (!old) throw notFound('Criterion');
    if (old.kind === 'scored') checkThreshold(b.threshold, old.scale_max!);
    const updated = await trx
      .updateTable('selection_criteria')
      .set({
        ...(b.name !== undefined && { name: b.name }),
        ...(b.weight !== undefined && { weight: b.weight }),
        ...(b.threshold !== undefined && { threshold: b.threshold }),
      })
      .where('id', '=', old.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'selection.criterion.update',
      entity: 'selection_exercise',
      entityId: ex.id,
      oldValue: { name: old.name, weight: old.weight, threshold: old.threshold },
      newValue: b,
    });
    return presentCriterion(updated);
  });
}

/** Metrics of a region's cluster in the exercise's dataset and year, to carry into the selection. */
export async function mappingMetrics(
  db: Database,
  datasetId: string,
  year: number | null,
  region: string,
  clusterCode: string,
) {
  let q = db
    .selectFrom('map_records')
    .selectAll()
    .where('dataset_id', '=', datasetId)
    .where('region', '=', region)
    .where('cluster_code', '=', clusterCode);
  q = year === null ? q.where('year', 'is', null) : q.where('year', '=', year);
  const r = await q.executeTakeFirst();
  if (!r) return null;
  return {
    record: r,
    metrics: {
      employment: r.employment,
      establishments: r.establishments,
      lq: r.lq,
      share: r.share,
      cagr: r.cagr,
      employment_change: r.employment_change,
      average_wage: r.average_wage,
      strong: r.strong ? 1 : 0,
    },
  };
}

type CandidateRow = { id: string; metrics: unknown };
type CriterionRow = {
  id: string;
  kind: 'computed' | 'scored';
  weight: number;
  metric: string | null;
  lower_is_better: boolean;
  scale_max: number | null;
  threshold: number | null;
};
type ScoreRow = { candidate_id: string; criterion_id: string; scorer_id: string; score: number };

/** The exercise's ranking: weighted totals, the panel's spread and the knock-out thresholds. */
export function rank(candidates: CandidateRow[], criteria: CriterionRow[], scores: ScoreRow[]) {
  return rankCandidates(
    candidates.map((c) => ({ id: c.id, metrics: c.metrics as Record<string, number | null> })),
    criteria.map((c): SelectionCriterion => ({
      id: c.id,
      kind: c.kind,
      weight: c.weight,
      metric: c.metric ?? undefined,
      lowerIsBetter: c.lower_is_better,
      scaleMax: c.scale_max ?? undefined,
      threshold: c.threshold,
    })),
    scores.map((s) => ({
      candidateId: s.candidate_id,
      criterionId: s.criterion_id,
      scorerId: s.scorer_id,
      score: s.score,
    })),
  );
}

export async function loadExercise(
  db: Database,
  ws: WorkspaceContext,
  userId: string,
  exerciseId: string,
  canManage: boolean,
) {
  const ex = await getExercise(db, ws.id, exerciseId);
  const candidates = await db
    .selectFrom('selection_candidates')
    .selectAll()
    .where('exercise_id', '=', ex.id)
    .orderBy('created_at')
    .execute();
  const criteria = await db
    .selectFrom('selection_criteria')
    .selectAll()
    .where('exercise_id', '=', ex.id)
    .orderBy('created_at')
    .execute();
  const scorers = await db
    .selectFrom('selection_scorers')
    .innerJoin('users', 'users.id', 'selection_scorers.user_id')
    .select(['users.id', 'users.name', 'users.email'])
    .where('selection_scorers.exercise_id', '=', ex.id)
    .orderBy('users.name')
    .execute();
  const allScores = await db
    .selectFrom('selection_scores')
    .selectAll()
    .where('exercise_id', '=', ex.id)
    .execute();
  const isScorer = scorers.some((s) => s.id === userId);
  // Scorers score independently: each sees only their own scores until the decision.
  const visibleScores =
    canManage || ex.status === 'decided' ? allScores : allScores.filter((s) => s.scorer_id === userId);
  const scoredCount = new Map<string, number>();
  for (const s of allScores) scoredCount.set(s.scorer_id, (scoredCount.get(s.scorer_id) ?? 0) + 1);
  const expected = candidates.length * criteria.filter((c) => c.kind === 'scored').length;
  const decisions = await db
    .selectFrom('selection_decisions')
    .leftJoin('users', 'users.id', 'selection_decisions.decided_by')
    .selectAll('selection_decisions')
    .select('users.name as decided_by_name')
    .where('exercise_id', '=', ex.id)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  const ranking =
    (canManage || ex.status === 'decided') && candidates.length && criteria.length
      ? rank(candidates, criteria, allScores)
      : null;
  return {
    ...ex,
    created_at: iso(ex.created_at),
    candidates: candidates.map(presentCandidate),
    criteria: criteria.map(presentCriterion),
    scorers: scorers.map((s) => ({ ...s, scored: scoredCount.get(s.id) ?? 0, expected })),
    isScorer,
    canManage,
    scores: visibleScores.map((s) => ({ ...s, updated_at: iso(s.updated_at) })),
    ranking,
    decisions: decisions.map((d) => ({ ...d, decided_at: iso(d.decided_at) })),
  };
}

export async function submitScores(
  db: Database,
  ws: WorkspaceContext,
  userId: string,
  exerciseId: string,
  scores: { candidateId: string; criterionId: string; score: number; comment?: string }[],
) {
  await db.transaction().execute(async (trx) => {
    const ex = await getExercise(trx, ws.id, exerciseId);
    assertOpen(ex);
    const scorer = await trx
      .selectFrom('selection_scorers')
      .select('user_id')
      .where('exercise_id', '=', ex.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!scorer) throw forbidden('You are not on the panel of this selection');
    const criteria = new Map(
      (await trx.selectFrom('selection_criteria').selectAll().where('exercise_id', '=', ex.id).execute()).map(
        (c) => [c.id, c],
      ),
    );
    const candidates = new Set(
      (
        await trx.selectFrom('selection_candidates').select('id').where('exercise_id', '=', ex.id).execute()
      ).map((c) => c.id),
    );
    for (const [i, s] of scores.entries()) {
      const c = criteria.get(s.criterionId);
      if (!c)
        throw badRequest('validation_failed', msg`scores[${i}]: unknown criterion`, [
          { field: `body.scores[${i}].criterionId`, message: 'is not a criterion of this selection' },
        ]);
      if (c.kind !== 'scored')
        throw badRequest(
          'validation_failed',
          msg`scores[${i}]: "${c.name}" is computed from the mapping, not scored`,
          [{ field: `body.scores[${i}].criterionId`, message: 'is not a scored criterion' }],
        );
      if (!candidates.has(s.candidateId))
        throw badRequest('validation_failed', msg`scores[${i}]: unknown candidate`, [
          { field: `body.scores[${i}].candidateId`, message: 'is not a candidate of this selection' },
        ]);
      if (!(s.score >= 0 && s.score <= c.scale_max!))
        throw badRequest(
          'validation_failed',
          msg`scores[${i}]: ${s.score} is outside the scale 0–${c.scale_max} of "${c.name}"`,
          [{ field: `body.scores[${i}].score`, message: msg`must be between 0 and ${c.scale_max}` }],
        );
      await trx
        .insertInto('selection_scores')
        .values({
          exercise_id: ex.id,
          candidate_id: s.candidateId,
          criterion_id: s.criterionId,
          scorer_id: userId,
          score: s.score,
          comment: s.comment ?? '',
        })
        .onConflict((oc) =>
          oc
            .columns(['candidate_id', 'criterion_id', 'scorer_id'])
            .doUpdateSet({ score: s.score, comment: s.comment ?? '', updated_at: new Date() }),
        )
        .execute();
    }
    await recordAudit(trx, {
      workspaceId: ws.id,
      userId,
      action: 'selection.scores',
      entity: 'selection_exercise',
      entityId: ex.id,
      newValue: { scores: scores.length },
    });
  });
}
