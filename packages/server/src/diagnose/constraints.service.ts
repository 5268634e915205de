import { pathwayScore } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import { msg } from '../i18n/index.js';

/** The app's handle or a transaction of it. */
type Db = Database;

/**
 * The constraint diagnosis of a workspace: constraints (with the actors holding each, 000:62),
 * their cause → effect links and the pathways ranked by their score (000:54).
 */
export async function constraintDiagnosis(db: Db, workspaceId: string) {
  const constraints = await db
    .selectFrom('constraints')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('tier')
    .orderBy('created_at')
    .execute();
  const ids = constraints.map((c) => c.id);
  const [links, holders] = ids.length
    ? await Promise.all([
        db.selectFrom('constraint_links').selectAll().where('cause_id', 'in', ids).execute(),
        db
          .selectFrom('constraint_actors as ca')
          .innerJoin('actors as a', 'a.id', 'ca.actor_id')
          .select(['ca.constraint_id', 'a.id', 'a.name'])
          .where('ca.constraint_id', 'in', ids)
          .orderBy('a.name')
          .execute(),
      ])
    : [[], []];
  const pathways = (
    await db.selectFrom('constraint_pathways').selectAll().where('workspace_id', '=', workspaceId).execute()
  )
    .map((p) => ({
      ...p,
      score: pathwayScore({ abilityToAct: p.ability_to_act, expectedEffect: p.expected_effect }),
    }))
    .sort((a, b) => b.score - a.score);
  return {
    constraints: constraints.map((c) => {
      const actors = holders.filter((h) => h.constraint_id === c.id).map((h) => ({ id: h.id, name: h.name }));
      return { ...c, actorIds: actors.map((a) => a.id), actors };
    }),
    links: links.map((l) => ({ causeId: l.cause_id, effectId: l.effect_id })),
    pathways,
  };
}

const iso = (d: Date | string) => new Date(d).toISOString();
/** A constraint as it is sent: its moments as ISO text (the same JSON). */
export const presentConstraint = <C extends { revised_at: Date | null; created_at: Date }>(c: C) => ({
  ...c,
  revised_at: c.revised_at && iso(c.revised_at),
  created_at: iso(c.created_at),
});
/** A pathway as it is sent: its moment as ISO text. */
export const presentPathway = <P extends { created_at: Date }>(p: P) => ({
  ...p,
  created_at: iso(p.created_at),
});

/** Refuses (400, naming the entry) an actor id that is not of this workspace's register. */
export async function checkActors(db: Db, workspaceId: string, actorIds: string[]) {
  if (actorIds.length === 0) return;
  const found = await db
    .selectFrom('actors')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', actorIds)
    .execute();
  const missing = actorIds.findIndex((id) => !found.some((f) => f.id === id));
  if (missing >= 0)
    throw badRequest('unknown_actor', msg`actorIds[${missing}] is not an actor of this workspace`, [
      { field: `body.actorIds[${missing}]`, message: 'is not an actor of this workspace' },
    ]);
}

/** Replaces the actors holding a constraint. */
export async function setConstraintActors(db: Db, constraintId: string, actorIds: string[]) {
  await db.deleteFrom('constraint_actors').where('constraint_id', '=', constraintId).execute();
  if (actorIds.length)
    await db
      .insertInto('constraint_actors')
      .values(actorIds.map((actor_id) => ({ constraint_id: constraintId, actor_id })))
      .execute();
}

/** The pathways in which `causeId` is immediately followed by `effectId` (they use that link). */
export async function pathwaysUsingLink(db: Db, workspaceId: string, causeId: string, effectId: string) {
  const pathways = await db
    .selectFrom('constraint_pathways')
    .select(['name', 'constraint_ids'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return pathways.filter((p) =>
    p.constraint_ids.some((id, i) => id === causeId && p.constraint_ids[i + 1] === effectId),
  );
}
