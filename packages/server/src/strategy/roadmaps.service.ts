/**
 * Visual roadmaps (GIZ 001:4301–4323): roadmaps with their items in the four lanes, the strategy
 * elements an item may link to, and the checks of years and links, beside roadmaps.routes.ts.
 */
import {
  ROADMAP_MAX_YEARS,
  ROADMAP_YEAR_RANGE,
  roadmapItemProblems,
  roadmapSpanProblems,
  type RoadmapLane,
  type SpanProblem,
} from '@agglomera/methods';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { msg, type Text } from '../i18n/index.js';

export interface RoadmapBody {
  title: string;
  topic?: string;
  fromYear: number;
  toYear: number;
  recommendedActions?: string;
}
export interface RoadmapItemBody {
  lane: RoadmapLane;
  startYear: number;
  endYear: number;
  title: string;
  description?: string;
  elementId?: string | null;
}

/** A problem of years in words, for the field it names. */
function problemText(p: SpanProblem, span?: { fromYear: number; toYear: number }): Text {
  switch (p.problem) {
    case 'out_of_range':
      return msg`must be a year from ${ROADMAP_YEAR_RANGE.min} to ${ROADMAP_YEAR_RANGE.max}`;
    case 'before_start':
      return 'comes before the start year';
    case 'too_long':
      return msg`makes the roadmap longer than ${ROADMAP_MAX_YEARS} years`;
    case 'outside_roadmap':
      return msg`lies outside the roadmap’s years (${String(span?.fromYear)}–${String(span?.toYear)})`;
  }
}

/** The roadmaps of a workspace (or one of them) with their items, lane by lane, by years. */
export async function listRoadmaps(db: Database, workspaceId: string, only?: string) {
  let q = db
    .selectFrom('roadmaps')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('from_year')
    .orderBy(sql`lower(title)`);
  if (only) q = q.where('id', '=', only);
  const roadmaps = await q.execute();
  if (!roadmaps.length) return [];
  const items = await db
    .selectFrom('roadmap_items as i')
    .leftJoin('strategy_elements as e', 'e.id', 'i.element_id')
    .select([
      'i.id',
      'i.roadmap_id',
      'i.lane',
      'i.start_year',
      'i.end_year',
      'i.title',
      'i.description',
      'i.element_id',
      'e.kind as element_kind',
      'e.title as element_title',
    ])
    .where(
      'i.roadmap_id',
      'in',
      roadmaps.map((r) => r.id),
    )
    .orderBy('i.start_year')
    .orderBy('i.end_year')
    .orderBy(sql`lower(i.title)`)
    .execute();
  return roadmaps.map((r) => ({
    id: r.id,
    title: r.title,
    topic: r.topic,
    fromYear: r.from_year,
    toYear: r.to_year,
    recommendedActions: r.recommended_actions,
    updatedAt: new Date(r.updated_at).toISOString(),
    items: items
      .filter((i) => i.roadmap_id === r.id)
      .map((i) => ({
        id: i.id,
        lane: i.lane,
        startYear: i.start_year,
        endYear: i.end_year,
        title: i.title,
        description: i.description,
        element:
          i.element_id && i.element_title
            ? { id: i.element_id, kind: i.element_kind!, title: i.element_title }
            : null,
      })),
  }));
}

export async function getRoadmap(db: Database, workspaceId: string, id: string) {
  const [r] = await listRoadmaps(db, workspaceId, id);
  if (!r) throw notFound('Roadmap');
  return r;
}

/**
 * The elements an item may link to: those of the workspace's current strategy (the agreed
 * version, else the newest draft), in the strategy's order.
 */
export async function linkableElements(db: Database, workspaceId: string) {
  const current = await db
    .selectFrom('strategies')
    .select(['id', 'version'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '!=', 'superseded')
    .orderBy(sql`status = 'agreed'`, 'desc')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!current) return [];
  return db
    .selectFrom('strategy_elements')
    .select(['id', 'kind', 'title', 'parent_id as parentId'])
    .where('strategy_id', '=', current.id)
    .orderBy('position')
    .execute();
}

/** Checks a roadmap: a title of its own, and years in range, in order, not too long. */
export async function checkRoadmap(db: Database, workspaceId: string, b: RoadmapBody, selfId?: string) {
  if (!b.title.trim())
    throw badRequest('validation_failed', 'A roadmap needs a title', [
      { field: 'body.title', message: 'is empty' },
    ]);
  const problems = roadmapSpanProblems(b.fromYear, b.toYear);
  if (problems.length)
    throw badRequest(
      'validation_failed',
      'The roadmap’s years are not valid',
      problems.map((p) => ({ field: `body.${p.field}`, message: problemText(p) })),
    );
  const taken = await db
    .selectFrom('roadmaps')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where(sql`lower(title)`, '=', b.title.trim().toLowerCase())
    .executeTakeFirst();
  if (taken && taken.id !== selfId)
    throw conflict(msg`A roadmap named "${b.title.trim()}" exists already`, [
      { field: 'body.title', message: 'is taken' },
    ]);
  if (selfId) {
    const outside = await db
      .selectFrom('roadmap_items')
      .select(['title', 'start_year', 'end_year'])
      .where('roadmap_id', '=', selfId)
      .where((eb) => eb.or([eb('start_year', '<', b.fromYear), eb('end_year', '>', b.toYear)]))
      .orderBy('start_year')
      .executeTakeFirst();
    if (outside)
      throw badRequest(
        'validation_failed',
        msg`"${outside.title}" (${String(outside.start_year)}–${String(outside.end_year)}) would fall outside the roadmap’s years: change or remove it first`,
        [
          {
            field: outside.start_year < b.fromYear ? 'body.fromYear' : 'body.toYear',
            message: 'leaves an item outside',
          },
        ],
      );
  }
}

/** Checks an item: a title, years inside its roadmap, and a link to an element of this workspace. */
export async function checkRoadmapItem(
  db: Database,
  workspaceId: string,
  roadmap: { fromYear: number; toYear: number },
  b: RoadmapItemBody,
) {
  if (!b.title.trim())
    throw badRequest('validation_failed', 'A roadmap item needs a title', [
      { field: 'body.title', message: 'is empty' },
    ]);
  const problems = roadmapItemProblems(b, roadmap);
  if (problems.length)
    throw badRequest(
      'validation_failed',
      msg`The item’s years must lie within the roadmap’s (${String(roadmap.fromYear)}–${String(roadmap.toYear)}), the start before the end`,
      problems.map((p) => ({ field: `body.${p.field}`, message: problemText(p, roadmap) })),
    );
  if (b.elementId) {
    const element = await db
      .selectFrom('strategy_elements')
      .select('id')
      .where('id', '=', b.elementId)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!element)
      throw badRequest(
        'validation_failed',
        'The linked measure is not part of this cluster initiative’s strategy',
        [{ field: 'body.elementId', message: 'is not an element of this strategy' }],
      );
  }
}
