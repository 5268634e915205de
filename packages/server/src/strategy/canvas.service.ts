/**
 * The cluster business canvas (GIZ 001:1647–1653): its versions, read and checked, beside the
 * routes of canvas.routes.ts.
 */
import { CANVAS_BLOCK_KEYS, emptyCanvasBlocks, type CanvasBlockKey } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { badRequest, notFound } from '../http/errors.js';

export interface CanvasBody {
  name: string;
  organisation?: string;
  date: string;
  blocks: Partial<Record<CanvasBlockKey, string>>;
  note?: string;
}

/** A real calendar day written YYYY-MM-DD (the schema checks only the form). */
export const isCalendarDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** The ten blocks of a stored version, each present ('' when left empty), in the guide's order. */
export const blocksOf = (stored: unknown): Record<CanvasBlockKey, string> => {
  const o = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return Object.fromEntries(
    CANVAS_BLOCK_KEYS.map((k) => [k, typeof o[k] === 'string' ? (o[k] as string) : '']),
  ) as Record<CanvasBlockKey, string>;
};

/** The versions of a workspace's canvas, newest first, without their blocks. */
export async function listCanvasVersions(db: Database, workspaceId: string) {
  const rows = await db
    .selectFrom('business_canvases as c')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .select([
      'c.id',
      'c.version',
      'c.name',
      'c.canvas_date',
      'c.note',
      'c.blocks',
      'c.created_at',
      'u.name as author',
    ])
    .where('c.workspace_id', '=', workspaceId)
    .orderBy('c.version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    name: r.name,
    date: r.canvas_date,
    note: r.note,
    filledBlocks: CANVAS_BLOCK_KEYS.length - emptyCanvasBlocks(blocksOf(r.blocks)).length,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.author ?? null,
  }));
}

/** One version with its header and ten blocks; 404 when it is not this workspace's. */
export async function getCanvas(db: Database, workspaceId: string, id: string) {
  const r = await db
    .selectFrom('business_canvases as c')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select('u.name as author')
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('Canvas version');
  const blocks = blocksOf(r.blocks);
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    organisation: r.organisation,
    date: r.canvas_date,
    blocks,
    emptyBlocks: emptyCanvasBlocks(blocks),
    note: r.note,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.author ?? null,
  };
}

/**
 * Checks a version before it is stored: a name (the header's NAME, 001:1651), a real date, and at
 * least one block filled in (the platform's rule: an empty canvas is no version; the guide gives
 * none).
 */
export function checkCanvas(b: CanvasBody) {
  if (!b.name.trim())
    throw badRequest('validation_failed', 'The canvas needs the name of the cluster', [
      { field: 'body.name', message: 'is empty' },
    ]);
  if (!isCalendarDate(b.date))
    throw badRequest('validation_failed', 'The canvas date is not a day of the calendar', [
      { field: 'body.date', message: 'is not a day of the calendar' },
    ]);
  if (emptyCanvasBlocks(b.blocks).length === CANVAS_BLOCK_KEYS.length)
    throw badRequest('validation_failed', 'Fill in at least one block of the canvas', [
      { field: 'body.blocks', message: 'every block is empty' },
    ]);
}
