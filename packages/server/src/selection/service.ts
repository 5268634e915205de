import { rankCandidates, type SelectionCriterion } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import type { WorkspaceContext } from '../http/policy.js';
import { msg } from '../i18n/index.js';

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
  const decision = await db
    .selectFrom('selection_decisions')
    .leftJoin('users', 'users.id', 'selection_decisions.decided_by')
    .selectAll('selection_decisions')
    .select('users.name as decided_by_name')
    .where('exercise_id', '=', ex.id)
    .executeTakeFirst();
  let ranking = null;
  if ((canManage || ex.status === 'decided') && candidates.length && criteria.length) {
    ranking = rankCandidates(
      candidates.map((c) => ({ id: c.id, metrics: c.metrics as Record<string, number | null> })),
      criteria.map((c): SelectionCriterion => ({
        id: c.id,
        kind: c.kind,
        weight: c.weight,
        metric: c.metric ?? undefined,
        lowerIsBetter: c.lower_is_better,
        scaleMax: c.scale_max ?? undefined,
      })),
      allScores.map((s) => ({
        candidateId: s.candidate_id,
        criterionId: s.criterion_id,
        scorerId: s.scorer_id,
        score: s.score,
      })),
    );
  }
  return {
    ...ex,
    candidates,
    criteria,
    scorers: scorers.map((s) => ({ ...s, scored: scoredCount.get(s.id) ?? 0, expected })),
    isScorer,
    canManage,
    scores: visibleScores,
    ranking,
    decision: decision ?? null,
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

/**
 * Records the decision (who decided, for which body, when and why) and, if asked, opens a cluster
 * initiative workspace whose diagnostic baseline carries the candidate's mapping figures
 * (UNIDO: the diagnostic provides the monitoring baseline, 002_1736815e2889461c.txt:242).
 */
export async function decide(
  db: Database,
  ws: WorkspaceContext,
  userId: string,
  exerciseId: string,
  input: {
    candidateId: string;
    decidingBody: string;
    reason: string;
    createInitiative: boolean;
    initiativeName?: string;
  },
) {
  return db.transaction().execute(async (trx) => {
    const ex = await getExercise(trx, ws.id, exerciseId);
    assertOpen(ex);
    const candidate = await trx
      .selectFrom('selection_candidates')
      .selectAll()
      .where('id', '=', input.candidateId)
      .where('exercise_id', '=', ex.id)
      .executeTakeFirst();
    if (!candidate)
      throw badRequest('validation_failed', 'The chosen candidate is not part of this selection', [
        { field: 'body.candidateId', message: 'is not a candidate' },
      ]);
    if (!input.reason.trim())
      throw badRequest('validation_failed', 'Say why this candidate was chosen', [
        { field: 'body.reason', message: 'is required' },
      ]);
    let initiativeId: string | null = null;
    if (input.createInitiative) {
      const name = input.initiativeName?.trim() || candidate.name;
      const org = await trx
        .insertInto('organisations')
        .values({ name })
        .returning('id')
        .executeTakeFirstOrThrow();
      const initiative = await trx
        .insertInto('workspaces')
        .values({ organisation_id: org.id, kind: 'cluster_initiative', name })
        .returning('id')
        .executeTakeFirstOrThrow();
      initiativeId = initiative.id;
      await trx
        .insertInto('memberships')
        .values({ workspace_id: initiative.id, user_id: userId, role: 'owner' })
        .execute();
      // The selection decided UNIDO phase 1; the initiative starts at initiation, phase 2 (002:230).
      await trx
        .insertInto('lifecycle_states')
        .values({ workspace_id: initiative.id, stage: 'initiation', unido_phase: 2, blueprint_step: null })
        .execute();
      const dataset = ex.dataset_id
        ? await trx
            .selectFrom('map_datasets')
            .select(['name', 'definitions', 'file_name'])
            .where('id', '=', ex.dataset_id)
            .executeTakeFirst()
        : null;
      await trx
        .insertInto('initiative_baselines')
        .values({
          workspace_id: initiative.id,
          source: candidate.source === 'mapping' ? 'cluster_mapping' : 'selection',
          description: dataset
            ? `Cluster mapping of ${dataset.name} (${dataset.file_name}, ${dataset.definitions} definitions)${ex.year ? `, ${ex.year}` : ''}: ${candidate.name}`
            : `Selection "${ex.name}": ${candidate.name}`,
          data: JSON.stringify({
            region: candidate.region,
            clusterCode: candidate.cluster_code,
            year: ex.year,
            metrics: candidate.metrics,
            selection: { id: ex.id, name: ex.name },
          }),
          created_by: userId,
        })
        .execute();
      if (ws.kind === 'programme')
        await trx
          .insertInto('programme_follows')
          .values({
            programme_id: ws.id,
            initiative_id: initiative.id,
            status: 'requested',
            requested_by: userId,
          })
          .execute();
      await recordAudit(trx, {
        workspaceId: initiative.id,
        userId,
        action: 'workspace.create',
        entity: 'workspace',
        entityId: initiative.id,
        newValue: { name, fromSelection: ex.id },
      });
    }
    await trx
      .insertInto('selection_decisions')
      .values({
        exercise_id: ex.id,
        candidate_id: candidate.id,
        deciding_body: input.decidingBody.trim(),
        reason: input.reason.trim(),
        decided_by: userId,
        initiative_id: initiativeId,
      })
      .execute();
    await trx.updateTable('selection_exercises').set({ status: 'decided' }).where('id', '=', ex.id).execute();
    await recordAudit(trx, {
      workspaceId: ws.id,
      userId,
      action: 'selection.decision',
      entity: 'selection_exercise',
      entityId: ex.id,
      newValue: {
        candidate: candidate.name,
        decidingBody: input.decidingBody,
        reason: input.reason,
        initiativeId,
      },
    });
    return { initiativeId };
  });
}
