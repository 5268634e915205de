import { groupScores, type Scores } from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { badRequest } from '../../http/errors.js';

// The queries of the initiative's benchmarking screen (routes.ts): its trusted peer group and the
// fields of activity it can be narrowed to, its recommendations, and who may be responsible for one.

/**
 * Group means of the latest shared assessment of every other cluster initiative that opted in and
 * is a trusted peer: verified by a platform admin, or actively followed by a verified programme
 * (hardening issue, item 8: fake workspaces must not make up a peer group around a victim).
 */
export async function peerGroupMeans(db: Database, workspaceId: string, field?: string) {
  const rows = await sql<{ workspace_id: string; scores: unknown }>`
    SELECT DISTINCT ON (a.workspace_id) a.workspace_id, a.scores
    FROM benchmark_assessments a JOIN workspaces w ON w.id = a.workspace_id
    WHERE a.share_with_peers AND a.workspace_id <> ${workspaceId} AND w.kind = 'cluster_initiative'
      AND (${field ?? null}::text IS NULL OR lower(trim(w.sector)) = lower(trim(${field ?? null}::text)))
      AND (w.verified_at IS NOT NULL OR EXISTS (
        SELECT 1 FROM programme_follows f JOIN workspaces p ON p.id = f.programme_id
        WHERE f.initiative_id = w.id AND f.status = 'active' AND p.verified_at IS NOT NULL))
    ORDER BY a.workspace_id, a.assessed_on DESC, a.created_at DESC`.execute(db);
  return rows.rows.map((r) => groupScores(r.scores as Scores));
}

/**
 * The fields of activity a peer group can be narrowed to: the initiative's own, and those of at
 * least `minPeers` trusted peers sharing an assessment (a smaller field would not be shown anyway).
 */
export async function peerFields(db: Database, workspaceId: string, minPeers: number) {
  const rows = await sql<{ field: string }>`
    SELECT min(trim(w.sector)) AS field FROM workspaces w
    WHERE w.id <> ${workspaceId} AND w.kind = 'cluster_initiative' AND trim(w.sector) <> ''
      AND EXISTS (SELECT 1 FROM benchmark_assessments a WHERE a.workspace_id = w.id AND a.share_with_peers)
      AND (w.verified_at IS NOT NULL OR EXISTS (
        SELECT 1 FROM programme_follows f JOIN workspaces p ON p.id = f.programme_id
        WHERE f.initiative_id = w.id AND f.status = 'active' AND p.verified_at IS NOT NULL))
    GROUP BY lower(trim(w.sector)) HAVING count(*) >= ${minPeers}
    ORDER BY 1`.execute(db);
  return rows.rows.map((r) => r.field);
}

export async function recommendations(db: Database, workspaceId: string) {
  return db
    .selectFrom('benchmark_recommendations as r')
    .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
    .innerJoin('benchmark_assessments as a', 'a.id', 'r.assessment_id')
    .leftJoin('users as c', 'c.id', 'r.created_by')
    .select([
      'c.name as author',
      // Recommended by the external assessor who conducted the assessment (001:3654: "especially
      // important for ... the development of recommendations for actions").
      sql<boolean>`(a.conducted_by = 'external' AND r.created_by IS NOT NULL AND r.created_by = a.assessor_user_id)`.as(
        'byAssessor',
      ),
      'r.id',
      'r.assessment_id as assessmentId',
      'r.group_key as groupKey',
      'r.text',
      'r.responsible_user_id as responsibleUserId',
      'u.name as responsible',
      sql<string | null>`r.due_on::text`.as('dueOn'),
      'r.status',
      'r.created_at as createdAt',
    ])
    .where('r.workspace_id', '=', workspaceId)
    .orderBy(sql`CASE r.status WHEN 'done' THEN 1 ELSE 0 END`)
    .orderBy('r.due_on')
    .orderBy('r.created_at')
    .execute();
}

export async function checkResponsible(db: Database, workspaceId: string, userId: string | null | undefined) {
  if (!userId) return;
  const m = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!m)
    throw badRequest('validation_failed', 'The responsible person must belong to this workspace', [
      { field: 'body.responsibleUserId', message: 'is not in this workspace' },
    ]);
}
