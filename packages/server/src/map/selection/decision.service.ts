import type { Database } from '../../db/database.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import type { WorkspaceContext } from '../../http/policy.js';
import { msg } from '../../i18n/index.js';
import { assertOpen, rank } from './service.js';

// The decision that closes a selection exercise, and the cluster initiatives it opens
// (decision.routes.ts); the exercise, its criteria and scores are in service.ts.

/**
 * Records the decision (who decided, for which body, when and why) on one or several candidates —
 * IDB funded several plans in each round (003:314), and the GIZ guide wants the number limited
 * ("Number of clusters in a region shall be limited. Quality matters!", 001:959) — and, if asked,
 * opens a cluster initiative for each, whose diagnostic baseline carries the candidate's mapping
 * figures (UNIDO: the diagnostic provides the monitoring baseline, 002_1736815e2889461c.txt:242).
 * A candidate knocked out by a threshold cannot be selected (001:945).
 */
export async function decide(
  db: Database,
  ws: WorkspaceContext,
  userId: string,
  exerciseId: string,
  input: {
    candidateId?: string;
    candidateIds?: string[];
    decidingBody: string;
    reason: string;
    createInitiative: boolean;
    initiativeName?: string;
  },
) {
  const ids = input.candidateIds ?? (input.candidateId ? [input.candidateId] : []);
  if (!ids.length || (input.candidateId && input.candidateIds))
    throw badRequest(
      'validation_failed',
      'Name the candidate (candidateId) or the candidates (candidateIds) selected',
      [{ field: 'body.candidateIds', message: 'give one candidate or a list, not both' }],
    );
  if (new Set(ids).size !== ids.length)
    throw badRequest('validation_failed', 'A candidate is named twice', [
      { field: 'body.candidateIds', message: 'names a candidate twice' },
    ]);
  if (ids.length > 1 && input.initiativeName)
    throw badRequest('validation_failed', 'An initiative name is given only when one candidate is selected', [
      { field: 'body.initiativeName', message: 'each initiative takes its candidate’s name' },
    ]);
  if (!input.reason.trim())
    throw badRequest('validation_failed', 'Say why these candidates were chosen', [
      { field: 'body.reason', message: 'is required' },
    ]);
  return db.transaction().execute(async (trx) => {
    // Locked: two decisions at once would both find the exercise open.
    const ex = await trx
      .selectFrom('selection_exercises')
      .selectAll()
      .where('id', '=', exerciseId)
      .where('workspace_id', '=', ws.id)
      .forUpdate()
      .executeTakeFirst();
    if (!ex) throw notFound('Selection exercise');
    assertOpen(ex);
    const all = await trx
      .selectFrom('selection_candidates')
      .selectAll()
      .where('exercise_id', '=', ex.id)
      .execute();
    const chosen = ids.map((id, i) => {
      const c = all.find((k) => k.id === id);
      if (!c)
        throw badRequest('validation_failed', 'The chosen candidate is not part of this selection', [
          {
            field: input.candidateIds ? `body.candidateIds[${i}]` : 'body.candidateId',
            message: 'is not a candidate',
          },
        ]);
      return c;
    });
    const criteria = await trx
      .selectFrom('selection_criteria')
      .selectAll()
      .where('exercise_id', '=', ex.id)
      .execute();
    if (criteria.some((c) => c.threshold !== null)) {
      const scores = await trx
        .selectFrom('selection_scores')
        .selectAll()
        .where('exercise_id', '=', ex.id)
        .execute();
      const ranking = rank(all, criteria, scores);
      for (const c of chosen) {
        const out = ranking.find((r) => r.candidateId === c.id)!.knockedOut;
        if (out.length)
          throw conflict(
            msg`${c.name} does not reach the threshold of ${criteria
              .filter((k) => out.includes(k.id))
              .map((k) => k.name)
              .join(', ')}: a candidate knocked out cannot be selected`,
            { candidateId: c.id, criteria: out },
          );
      }
    }
    const initiatives: { candidateId: string; initiativeId: string | null }[] = [];
    for (const candidate of chosen) {
      const initiativeId = input.createInitiative
        ? await openInitiative(trx, ws, userId, ex, candidate, input.initiativeName?.trim() || candidate.name)
        : null;
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
      initiatives.push({ candidateId: candidate.id, initiativeId });
    }
    await trx.updateTable('selection_exercises').set({ status: 'decided' }).where('id', '=', ex.id).execute();
    await recordAudit(trx, {
      workspaceId: ws.id,
      userId,
      action: 'selection.decision',
      entity: 'selection_exercise',
      entityId: ex.id,
      newValue: {
        candidates: chosen.map((c) => c.name),
        decidingBody: input.decidingBody,
        reason: input.reason,
        initiativeIds: initiatives.map((i) => i.initiativeId).filter(Boolean),
      },
    });
    return { initiativeId: initiatives[0]!.initiativeId, initiatives };
  });
}

/** Opens the cluster initiative of a selected candidate, with its baseline from the mapping. */
async function openInitiative(
  trx: Database,
  ws: WorkspaceContext,
  userId: string,
  ex: { id: string; name: string; dataset_id: string | null; year: number | null },
  candidate: {
    id: string;
    name: string;
    region: string | null;
    cluster_code: string | null;
    metrics: unknown;
    source: string;
  },
  name: string,
): Promise<string> {
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
  return initiative.id;
}
