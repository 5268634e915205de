import { isUpwardLink, type ResultsLevel } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg } from '../i18n/index.js';

/**
 * The results chain of a workspace: its items by level and the impact hypotheses between them
 * (issue 7, part 1). Queries and transactions only; the routes in chain.routes.ts check and call.
 */

/** The people of a workspace, by name, with their role. */
export async function usersOfWorkspace(db: Database, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'memberships.role'])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('users.name')
    .execute();
}

/** An item as it is sent: its level is one of RESULTS_LEVELS (the routes take no other). */
const asItem = <I extends { level: string }>(i: I) => ({ ...i, level: i.level as ResultsLevel });

/** The items, hypotheses and indicators of the results chain, and the people who may answer for them. */
export async function readResultsChain(db: Database, workspaceId: string) {
  const [items, hypotheses, indicators, people, goals] = await Promise.all([
    db
      .selectFrom('results_items')
      .select(['id', 'level', 'title', 'description', 'position'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('impact_hypotheses')
      .select(['id', 'from_item_id as fromItemId', 'to_item_id as toItemId', 'statement'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('indicators')
      .select(['id', 'item_id as itemId', 'level', 'name', 'unit', 'source', 'frequency'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute(),
    usersOfWorkspace(db, workspaceId),
    // The strategy goal each indicator serves (issue 13): the chain shows which goal each box measures.
    db
      .selectFrom('strategy_goal_indicators as gi')
      .innerJoin('strategy_goals as g', 'g.id', 'gi.goal_id')
      .select(['gi.indicator_id', 'g.id', 'g.title'])
      .where('gi.workspace_id', '=', workspaceId)
      .orderBy('g.position')
      .orderBy('g.title')
      .execute(),
  ]);
  return {
    items: items.map(asItem),
    hypotheses,
    indicators: indicators.map((i) => ({
      ...i,
      goals: goals.filter((g) => g.indicator_id === i.id).map((g) => ({ id: g.id, title: g.title })),
    })),
    people,
  };
}

/** Adds an item at the end of its level; audited. */
export async function createResultsItem(
  db: Database,
  workspaceId: string,
  userId: string,
  b: { level: ResultsLevel; title: string; description?: string },
) {
  return db.transaction().execute(async (trx) => {
    const pos = await trx
      .selectFrom('results_items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('level', '=', b.level)
      .executeTakeFirst();
    const r = await trx
      .insertInto('results_items')
      .values({
        workspace_id: workspaceId,
        level: b.level,
        title: b.title.trim(),
        description: b.description?.trim() ?? '',
        position: Number(pos?.n ?? 0),
        created_by: userId,
      })
      .returning(['id', 'level', 'title', 'description', 'position'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'monitoring.item.create',
      entity: 'results_item',
      entityId: r.id,
      newValue: b,
    });
    return asItem(r);
  });
}

/** Removes an item (its hypotheses go; its indicators stay, unlinked); audited. */
export async function deleteResultsItem(db: Database, workspaceId: string, userId: string, itemId: string) {
  await db.transaction().execute(async (trx) => {
    const item = await trx
      .deleteFrom('results_items')
      .where('id', '=', itemId)
      .where('workspace_id', '=', workspaceId)
      .returning(['id', 'level', 'title'])
      .executeTakeFirst();
    if (!item) throw notFound('Results chain item');
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'monitoring.item.delete',
      entity: 'results_item',
      entityId: item.id,
      oldValue: item,
    });
  });
}

/** Edits the title or description of an item; audited with the old and new value. */
export async function updateResultsItem(
  db: Database,
  workspaceId: string,
  userId: string,
  itemId: string,
  b: { title?: string; description?: string },
) {
  return db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('results_items')
      .select(['id', 'level', 'title', 'description', 'position'])
      .where('id', '=', itemId)
      .where('workspace_id', '=', workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!old) throw notFound('Results chain item');
    const next = {
      title: b.title?.trim() ?? old.title,
      description: b.description !== undefined ? b.description.trim() : old.description,
    };
    const r = await trx
      .updateTable('results_items')
      .set(next)
      .where('id', '=', old.id)
      .returning(['id', 'level', 'title', 'description', 'position'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'monitoring.item.update',
      entity: 'results_item',
      entityId: old.id,
      oldValue: { title: old.title, description: old.description },
      newValue: next,
    });
    return asItem(r);
  });
}

/**
 * Adds an impact hypothesis: a lower-level item is expected to lead to a higher-level one
 * (001:2978–3001); both items belong to the chain, the link goes upward and is new. Audited.
 */
export async function createImpactHypothesis(
  db: Database,
  workspaceId: string,
  userId: string,
  b: { fromItemId: string; toItemId: string; statement: string },
) {
  return db.transaction().execute(async (trx) => {
    const items = await trx
      .selectFrom('results_items')
      .select(['id', 'level', 'title'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [b.fromItemId, b.toItemId])
      .execute();
    const from = items.find((i) => i.id === b.fromItemId);
    const to = items.find((i) => i.id === b.toItemId);
    if (!from)
      throw badRequest('unknown_item', 'fromItemId is not an item of this results chain', [
        { field: 'body.fromItemId', message: 'is not an item of this results chain' },
      ]);
    if (!to)
      throw badRequest('unknown_item', 'toItemId is not an item of this results chain', [
        { field: 'body.toItemId', message: 'is not an item of this results chain' },
      ]);
    if (!isUpwardLink(from.level as ResultsLevel, to.level as ResultsLevel))
      throw badRequest(
        'validation_failed',
        msg`An impact hypothesis leads from a lower level to a higher one; ${from.level} → ${to.level} does not`,
        [{ field: 'body.toItemId', message: msg`must be on a level above ${from.level}` }],
      );
    const exists = await trx
      .selectFrom('impact_hypotheses')
      .select('id')
      .where('from_item_id', '=', from.id)
      .where('to_item_id', '=', to.id)
      .executeTakeFirst();
    if (exists)
      throw conflict(msg`"${from.title}" is already linked to "${to.title}"`, { field: 'body.toItemId' });
    const r = await trx
      .insertInto('impact_hypotheses')
      .values({
        workspace_id: workspaceId,
        from_item_id: from.id,
        to_item_id: to.id,
        statement: b.statement.trim(),
        created_by: userId,
      })
      .returning(['id', 'from_item_id as fromItemId', 'to_item_id as toItemId', 'statement'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'monitoring.hypothesis.create',
      entity: 'impact_hypothesis',
      entityId: r.id,
      newValue: { from: from.title, to: to.title, statement: b.statement },
    });
    return r;
  });
}

/** Removes an impact hypothesis; audited. */
export async function deleteImpactHypothesis(
  db: Database,
  workspaceId: string,
  userId: string,
  hypothesisId: string,
) {
  await db.transaction().execute(async (trx) => {
    const h = await trx
      .deleteFrom('impact_hypotheses')
      .where('id', '=', hypothesisId)
      .where('workspace_id', '=', workspaceId)
      .returning(['id', 'statement'])
      .executeTakeFirst();
    if (!h) throw notFound('Impact hypothesis');
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'monitoring.hypothesis.delete',
      entity: 'impact_hypothesis',
      entityId: h.id,
      oldValue: h,
    });
  });
}
