/**
 * Cluster strategy versions (issue 13, item 2; GIZ 001:1701–1842, 3769–3799): the queries and
 * transactions behind strategies.routes.ts. A version holds a vision, the five components of
 * 001:1719–1725 and its elements (strategic objectives → competitiveness initiatives → measures, the
 * Côte d'Ivoire structure of 001:1750–1842). A draft is edited; an agreed version is a record:
 * agreeing one supersedes the one agreed before; a realignment starts a new draft from it.
 */
import {
  ALLOWED_PARENTS,
  STRATEGY_COMPONENTS,
  type StrategyComponent,
  type StrategyElementKind,
} from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg, word } from '../i18n/index.js';

export type Components = Partial<Record<StrategyComponent, string>>;

export interface Element {
  id: string;
  kind: StrategyElementKind;
  parentId: string | null;
  title: string;
  description: string;
  goalId: string | null;
  goal: string | null;
  position: number;
}

const SUMMARY = [
  's.id',
  's.version',
  's.title',
  's.status',
  's.based_on_id',
  's.agreed_on',
  's.agreed_by',
  's.created_at',
  's.updated_at',
] as const;

const presentSummary = (s: {
  id: string;
  version: number;
  title: string;
  status: 'draft' | 'agreed' | 'superseded';
  based_on_id: string | null;
  agreed_on: string | null;
  agreed_by: string;
  created_at: Date;
  updated_at: Date;
}) => ({
  id: s.id,
  version: s.version,
  title: s.title,
  status: s.status,
  basedOnId: s.based_on_id,
  agreedOn: s.agreed_on ? String(s.agreed_on).slice(0, 10) : null,
  agreedBy: s.agreed_by,
  createdAt: new Date(s.created_at).toISOString(),
  updatedAt: new Date(s.updated_at).toISOString(),
});

export async function listStrategies(db: Database, workspaceId: string) {
  const rows = await db
    .selectFrom('strategies as s')
    .select([...SUMMARY, sql<string>`s.agreed_on::text`.as('agreed_on')])
    .where('s.workspace_id', '=', workspaceId)
    .orderBy('s.version', 'desc')
    .execute();
  return rows.map(presentSummary);
}

export async function elementsOf(db: Database, strategyId: string): Promise<Element[]> {
  const rows = await db
    .selectFrom('strategy_elements as e')
    .leftJoin('strategy_goals as g', 'g.id', 'e.goal_id')
    .select([
      'e.id',
      'e.kind',
      'e.parent_id',
      'e.title',
      'e.description',
      'e.goal_id',
      'g.title as goal',
      'e.position',
    ])
    .where('e.strategy_id', '=', strategyId)
    .orderBy('e.position')
    .orderBy('e.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    parentId: r.parent_id,
    title: r.title,
    description: r.description,
    goalId: r.goal_id,
    goal: r.goal ?? null,
    position: r.position,
  }));
}

export async function getStrategy(db: Database, workspaceId: string, strategyId: string) {
  const s = await db
    .selectFrom('strategies as s')
    .leftJoin('users as u', 'u.id', 's.agreed_recorded_by')
    .select([
      ...SUMMARY,
      sql<string>`s.agreed_on::text`.as('agreed_on'),
      's.vision',
      's.components',
      's.realignment_notes',
      'u.name as agreedRecordedBy',
    ])
    .where('s.id', '=', strategyId)
    .where('s.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!s) throw notFound('Strategy');
  return {
    ...presentSummary(s),
    vision: s.vision,
    components: (s.components ?? {}) as Components,
    realignmentNotes: s.realignment_notes,
    agreedRecordedBy: s.agreedRecordedBy ?? null,
    elements: await elementsOf(db, s.id),
  };
}

/** The agreed version, else the newest draft; null when there is none. */
export async function currentStrategyId(db: Database, workspaceId: string): Promise<string | null> {
  const row = await db
    .selectFrom('strategies')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('status', 'in', ['agreed', 'draft'])
    .orderBy(sql`status = 'agreed'`, 'desc')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

const cleanComponents = (c: Components | undefined): Components =>
  Object.fromEntries(STRATEGY_COMPONENTS.map((k) => [k, (c?.[k] ?? '').trim()]).filter(([, v]) => v));

/** A version locked for a change: 404 when not of this workspace, 409 when it is no longer a draft. */
async function lockDraft(db: Database, workspaceId: string, strategyId: string) {
  const s = await db
    .selectFrom('strategies')
    .select(['id', 'version', 'status', 'title', 'vision', 'components', 'realignment_notes', 'updated_at'])
    .where('id', '=', strategyId)
    .where('workspace_id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirst();
  if (!s) throw notFound('Strategy');
  if (s.status !== 'draft')
    throw conflict(
      msg`Version ${s.version} is ${word(s.status)}: it is kept as it was. Start a new version (realignment) to change it`,
    );
  return s;
}

export interface NewStrategyInput {
  title: string;
  vision?: string;
  components?: Components;
  basedOnId?: string | null;
  realignmentNotes?: string;
}

export async function createStrategy(db: Database, workspaceId: string, userId: string, b: NewStrategyInput) {
  return db.transaction().execute(async (trx) => {
    // Versions are numbered in turn: two drafts started at once get 2 and 3, not 2 twice.
    await sql`select pg_advisory_xact_lock(hashtext(${`strategies:${workspaceId}`}))`.execute(trx);
    const base = b.basedOnId
      ? await trx
          .selectFrom('strategies')
          .select(['id', 'version', 'vision', 'components'])
          .where('id', '=', b.basedOnId)
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirst()
      : undefined;
    if (b.basedOnId && !base)
      throw badRequest('unknown_strategy', 'basedOnId is not a strategy version of this cluster initiative', [
        { field: 'body.basedOnId', message: 'is not a strategy version of this cluster initiative' },
      ]);
    const next = await trx
      .selectFrom('strategies')
      .select(sql<number>`coalesce(max(version), 0)::int + 1`.as('n'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('strategies')
      .values({
        workspace_id: workspaceId,
        version: next.n,
        title: b.title.trim(),
        vision: b.vision?.trim() ?? base?.vision ?? '',
        components: JSON.stringify(
          b.components ? cleanComponents(b.components) : ((base?.components ?? {}) as Components),
        ),
        based_on_id: base?.id ?? null,
        realignment_notes: (b.realignmentNotes ?? '').trim(),
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (base) {
      // The new version starts from the last one: its elements copied, parents mapped to the copies.
      const old = await elementsOf(trx, base.id);
      const ids = new Map<string, string>();
      for (const e of old) {
        const copy = await trx
          .insertInto('strategy_elements')
          .values({
            workspace_id: workspaceId,
            strategy_id: row.id,
            kind: e.kind,
            parent_id: e.parentId ? (ids.get(e.parentId) ?? null) : null,
            title: e.title,
            description: e.description,
            goal_id: e.goalId,
            position: e.position,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.set(e.id, copy.id);
      }
    }
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: base ? 'strategy.realign' : 'strategy.create',
      entity: 'strategy',
      entityId: row.id,
      newValue: { version: next.n, title: b.title.trim(), ...(base ? { basedOn: base.version } : {}) },
    });
    return row.id;
  });
}

export async function updateStrategy(
  db: Database,
  workspaceId: string,
  userId: string,
  strategyId: string,
  b: {
    title?: string;
    vision?: string;
    components?: Components;
    realignmentNotes?: string;
    updatedAt?: string;
  },
) {
  await db.transaction().execute(async (trx) => {
    const s = await lockDraft(trx, workspaceId, strategyId);
    if (b.updatedAt && new Date(s.updated_at).toISOString() !== b.updatedAt)
      throw conflict(
        'Someone changed this strategy while you were editing it: reload it and apply your change again',
      );
    await trx
      .updateTable('strategies')
      .set({
        ...(b.title !== undefined ? { title: b.title.trim() } : {}),
        ...(b.vision !== undefined ? { vision: b.vision.trim() } : {}),
        ...(b.components !== undefined ? { components: JSON.stringify(cleanComponents(b.components)) } : {}),
        ...(b.realignmentNotes !== undefined ? { realignment_notes: b.realignmentNotes.trim() } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', s.id)
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.update',
      entity: 'strategy',
      entityId: s.id,
      oldValue: { title: s.title, vision: s.vision },
      newValue: b,
    });
  });
}

export async function deleteStrategy(db: Database, workspaceId: string, userId: string, strategyId: string) {
  await db.transaction().execute(async (trx) => {
    const s = await lockDraft(trx, workspaceId, strategyId);
    await trx.deleteFrom('strategies').where('id', '=', s.id).execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.delete',
      entity: 'strategy',
      entityId: s.id,
      oldValue: { version: s.version, title: s.title },
    });
  });
}

/** Records who agreed a draft and when; the version agreed before becomes superseded. */
export async function agreeStrategy(
  db: Database,
  workspaceId: string,
  userId: string,
  strategyId: string,
  b: { agreedOn: string; agreedBy: string },
) {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`strategies:${workspaceId}`}))`.execute(trx);
    const s = await lockDraft(trx, workspaceId, strategyId);
    const elements = await elementsOf(trx, s.id);
    if (!s.vision.trim() || !elements.some((e) => e.kind === 'objective'))
      throw conflict(
        msg`Version ${s.version} needs a vision and at least one strategic objective before it can be agreed`,
        [{ field: s.vision.trim() ? 'elements' : 'vision', message: 'is missing' }],
      );
    const previous = await trx
      .updateTable('strategies')
      .set({ status: 'superseded', updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'agreed')
      .returning('version')
      .execute();
    await trx
      .updateTable('strategies')
      .set({
        status: 'agreed',
        agreed_on: b.agreedOn,
        agreed_by: b.agreedBy.trim(),
        agreed_recorded_by: userId,
        updated_at: new Date(),
      })
      .where('id', '=', s.id)
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.agree',
      entity: 'strategy',
      entityId: s.id,
      newValue: {
        version: s.version,
        agreedOn: b.agreedOn,
        agreedBy: b.agreedBy.trim(),
        supersedes: previous.map((p) => p.version),
      },
    });
  });
}

export interface ElementInput {
  kind: StrategyElementKind;
  parentId?: string | null;
  title: string;
  description?: string;
  goalId?: string | null;
  position?: number;
}

/** The structure's rule: an objective stands alone, an initiative under an objective or beside
 * them (cross-cutting), a measure under an initiative (001:1752–1842). */
async function checkElement(
  db: Database,
  workspaceId: string,
  strategyId: string,
  kind: StrategyElementKind,
  parentId: string | null,
  goalId: string | null | undefined,
) {
  let parentKind: StrategyElementKind | null = null;
  if (parentId) {
    const parent = await db
      .selectFrom('strategy_elements')
      .select('kind')
      .where('id', '=', parentId)
      .where('strategy_id', '=', strategyId)
      .executeTakeFirst();
    if (!parent)
      throw badRequest('unknown_parent', 'parentId is not an element of this strategy version', [
        { field: 'body.parentId', message: 'is not an element of this strategy version' },
      ]);
    parentKind = parent.kind;
  }
  const allowed = ALLOWED_PARENTS[kind];
  if (!allowed.includes(parentKind))
    throw badRequest(
      'invalid_parent',
      kind === 'measure'
        ? 'A measure stands under a competitiveness initiative'
        : kind === 'initiative'
          ? 'A competitiveness initiative stands under a strategic objective, or at the top when it serves them all'
          : 'A strategic objective stands at the top of the strategy',
      [{ field: 'body.parentId', message: parentKind ? 'is not allowed here' : 'is missing' }],
    );
  if (goalId) {
    const goal = await db
      .selectFrom('strategy_goals')
      .select('id')
      .where('id', '=', goalId)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!goal)
      throw badRequest('unknown_goal', 'goalId is not a goal of this cluster initiative', [
        { field: 'body.goalId', message: 'is not a goal of this cluster initiative' },
      ]);
  }
}

export async function addElement(
  db: Database,
  workspaceId: string,
  userId: string,
  strategyId: string,
  b: ElementInput,
) {
  return db.transaction().execute(async (trx) => {
    const s = await lockDraft(trx, workspaceId, strategyId);
    await checkElement(trx, workspaceId, s.id, b.kind, b.parentId ?? null, b.goalId);
    const next = await trx
      .selectFrom('strategy_elements')
      .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('n'))
      .where('strategy_id', '=', s.id)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('strategy_elements')
      .values({
        workspace_id: workspaceId,
        strategy_id: s.id,
        kind: b.kind,
        parent_id: b.parentId ?? null,
        title: b.title.trim(),
        description: (b.description ?? '').trim(),
        goal_id: b.goalId ?? null,
        position: b.position ?? next.n,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('strategies').set({ updated_at: new Date() }).where('id', '=', s.id).execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.element.create',
      entity: 'strategy_element',
      entityId: row.id,
      newValue: { version: s.version, kind: b.kind, title: b.title.trim() },
    });
    return row.id;
  });
}

export async function updateElement(
  db: Database,
  workspaceId: string,
  userId: string,
  strategyId: string,
  elementId: string,
  b: Partial<Omit<ElementInput, 'kind'>>,
) {
  await db.transaction().execute(async (trx) => {
    const s = await lockDraft(trx, workspaceId, strategyId);
    const old = await trx
      .selectFrom('strategy_elements')
      .selectAll()
      .where('id', '=', elementId)
      .where('strategy_id', '=', s.id)
      .executeTakeFirst();
    if (!old) throw notFound('Strategy element');
    const parentId = b.parentId !== undefined ? b.parentId : old.parent_id;
    if (parentId === elementId)
      throw badRequest('invalid_parent', 'An element cannot stand under itself', [
        { field: 'body.parentId', message: 'is the element itself' },
      ]);
    await checkElement(trx, workspaceId, s.id, old.kind, parentId, b.goalId);
    await trx
      .updateTable('strategy_elements')
      .set({
        ...(b.title !== undefined ? { title: b.title.trim() } : {}),
        ...(b.description !== undefined ? { description: b.description.trim() } : {}),
        ...(b.goalId !== undefined ? { goal_id: b.goalId } : {}),
        ...(b.position !== undefined ? { position: b.position } : {}),
        parent_id: parentId,
      })
      .where('id', '=', elementId)
      .execute();
    await trx.updateTable('strategies').set({ updated_at: new Date() }).where('id', '=', s.id).execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.element.update',
      entity: 'strategy_element',
      entityId: elementId,
      oldValue: { title: old.title, description: old.description },
      newValue: b,
    });
  });
}

export async function deleteElement(
  db: Database,
  workspaceId: string,
  userId: string,
  strategyId: string,
  elementId: string,
) {
  await db.transaction().execute(async (trx) => {
    const s = await lockDraft(trx, workspaceId, strategyId);
    const old = await trx
      .deleteFrom('strategy_elements')
      .where('id', '=', elementId)
      .where('strategy_id', '=', s.id)
      .returning(['kind', 'title'])
      .executeTakeFirst();
    if (!old) throw notFound('Strategy element');
    await trx.updateTable('strategies').set({ updated_at: new Date() }).where('id', '=', s.id).execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'strategy.element.delete',
      entity: 'strategy_element',
      entityId: elementId,
      oldValue: { version: s.version, kind: old.kind, title: old.title },
    });
  });
}

/** Each goal not yet served by an objective of this version becomes one (issue 13: "add the goals to the strategy"). */
export async function objectivesFromGoals(
  db: Database,
  workspaceId: string,
  userId: string,
  strategyId: string,
  goalIds: string[],
) {
  return db.transaction().execute(async (trx) => {
    const s = await lockDraft(trx, workspaceId, strategyId);
    const goals = await trx
      .selectFrom('strategy_goals')
      .select(['id', 'title', 'description'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', goalIds)
      .execute();
    const missing = goalIds.findIndex((id) => !goals.some((g) => g.id === id));
    if (missing >= 0)
      throw badRequest('unknown_goal', msg`goalIds[${missing}] is not a goal of this cluster initiative`, [
        { field: `body.goalIds[${missing}]`, message: 'is not a goal of this cluster initiative' },
      ]);
    const served = new Set(
      (
        await trx
          .selectFrom('strategy_elements')
          .select('goal_id')
          .where('strategy_id', '=', s.id)
          .where('kind', '=', 'objective')
          .where('goal_id', 'is not', null)
          .execute()
      ).map((e) => e.goal_id),
    );
    const next = await trx
      .selectFrom('strategy_elements')
      .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('n'))
      .where('strategy_id', '=', s.id)
      .executeTakeFirstOrThrow();
    let position = next.n;
    const added: string[] = [];
    for (const id of goalIds) {
      const g = goals.find((x) => x.id === id)!;
      if (served.has(g.id)) continue;
      served.add(g.id);
      await trx
        .insertInto('strategy_elements')
        .values({
          workspace_id: workspaceId,
          strategy_id: s.id,
          kind: 'objective',
          title: g.title,
          description: g.description,
          goal_id: g.id,
          position: position++,
        })
        .execute();
      added.push(g.title);
    }
    if (added.length) {
      await trx.updateTable('strategies').set({ updated_at: new Date() }).where('id', '=', s.id).execute();
      await recordAudit(trx, {
        workspaceId,
        userId,
        action: 'strategy.objectives_from_goals',
        entity: 'strategy',
        entityId: s.id,
        newValue: { version: s.version, objectives: added },
      });
    }
    return { added: added.length };
  });
}
