import { sql } from 'kysely';
import { suggestMatches, type PartnerTheme, type PostingKind } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/service.js';
import { badRequest, notFound } from '../http/errors.js';
import { isCalendarDate } from '../strategy/canvas.service.js';
import { today } from './shared.js';

/**
 * A cluster initiative's own partner-search postings (docs/connect.md): create, edit, close,
 * delete, each audited. A posting is open while its status is open and its closing date, when it
 * has one, is not past: the closing date is optional and is the platform's choice, not a guide's
 * (the seeds give no rule for how long a posting stays open).
 */

export interface PostingInput {
  kind?: PostingKind;
  title?: string;
  description?: string;
  themes?: string[];
  sector?: string;
  closesOn?: string | null;
  status?: 'open' | 'closed';
}

interface Actor {
  workspaceId: string;
  userId: string;
}

const COLUMNS = [
  'p.id',
  'p.workspace_id',
  'p.kind',
  'p.title',
  'p.description',
  'p.themes',
  'p.sector',
  'p.closes_on',
  'p.status',
  'p.closed_at',
  'p.created_at',
  'p.updated_at',
] as const;

type PostingRow = {
  id: string;
  workspace_id: string;
  kind: PostingKind;
  title: string;
  description: string;
  themes: string[];
  sector: string;
  closes_on: string | null;
  status: 'open' | 'closed';
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

/** Open: the status is open and the closing date, if any, is today or later. */
export const isOpen = (p: { status: string; closes_on: string | null }) =>
  p.status === 'open' && (!p.closes_on || p.closes_on >= today());

const asDay = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d as string | null));
/** Only themes of the list are stored (shared.ts, Themes). */
const asThemes = (themes: readonly string[]) => themes as PartnerTheme[];

const view = (p: PostingRow, counts?: { interests: number; pending: number }) => ({
  id: p.id,
  kind: p.kind,
  title: p.title,
  description: p.description,
  themes: asThemes(p.themes),
  sector: p.sector,
  closesOn: asDay(p.closes_on),
  status: p.status,
  open: isOpen({ status: p.status, closes_on: asDay(p.closes_on) }),
  closedAt: p.closed_at ? new Date(p.closed_at).toISOString() : null,
  createdAt: new Date(p.created_at).toISOString(),
  updatedAt: new Date(p.updated_at).toISOString(),
  interests: counts?.interests ?? 0,
  pendingInterests: counts?.pending ?? 0,
});
export type PostingView = ReturnType<typeof view>;

/** Checks what no schema can: a title that is not blank, a closing date of the calendar not past. */
function check(b: PostingInput, creating: boolean) {
  if (b.title !== undefined && !b.title.trim())
    throw badRequest('validation_failed', 'A posting needs a title', [
      { field: 'body.title', message: 'is empty' },
    ]);
  if (b.closesOn) {
    if (!isCalendarDate(b.closesOn))
      throw badRequest('validation_failed', 'The closing date is not a day of the calendar', [
        { field: 'body.closesOn', message: 'is not a day of the calendar' },
      ]);
    if (b.closesOn < today())
      throw badRequest('validation_failed', 'The closing date is already past', [
        { field: 'body.closesOn', message: 'is in the past' },
      ]);
  }
  if (creating && (!b.themes || !b.themes.length))
    throw badRequest('validation_failed', 'Choose at least one theme', [
      { field: 'body.themes', message: 'is empty' },
    ]);
  if (!creating && b.themes && !b.themes.length)
    throw badRequest('validation_failed', 'Choose at least one theme', [
      { field: 'body.themes', message: 'is empty' },
    ]);
}

export async function listPostings(db: Database, workspaceId: string) {
  const rows = (await db
    .selectFrom('partner_postings as p')
    .select(COLUMNS)
    .select((eb) => [
      eb
        .selectFrom('partner_interests as i')
        .whereRef('i.posting_id', '=', 'p.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('interests'),
      eb
        .selectFrom('partner_interests as i')
        .whereRef('i.posting_id', '=', 'p.id')
        .where('i.status', '=', 'pending')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('pending'),
    ])
    .where('p.workspace_id', '=', workspaceId)
    .orderBy('p.created_at', 'desc')
    .execute()) as (PostingRow & { interests: number | null; pending: number | null })[];
  return {
    postings: rows.map((r) => view(r, { interests: r.interests ?? 0, pending: r.pending ?? 0 })),
  };
}

async function ownRow(db: Database, workspaceId: string, postingId: string) {
  const row = (await db
    .selectFrom('partner_postings as p')
    .select(COLUMNS)
    .where('p.id', '=', postingId)
    .where('p.workspace_id', '=', workspaceId)
    .executeTakeFirst()) as PostingRow | undefined;
  if (!row) throw notFound('Posting');
  return row;
}

export async function getPosting(db: Database, workspaceId: string, postingId: string) {
  return view(await ownRow(db, workspaceId, postingId));
}

export async function createPosting(
  db: Database,
  actor: Actor,
  b: Required<Pick<PostingInput, 'kind' | 'title'>> & PostingInput,
) {
  check(b, true);
  const values = {
    kind: b.kind,
    title: b.title.trim(),
    description: (b.description ?? '').trim(),
    themes: JSON.stringify(b.themes ?? []),
    sector: (b.sector ?? '').trim(),
    closes_on: b.closesOn ?? null,
  };
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('partner_postings')
      .values({ workspace_id: actor.workspaceId, created_by: actor.userId, ...values })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'connect.posting.create',
      entity: 'partner_posting',
      entityId: row.id,
      newValue: { ...values, themes: b.themes ?? [] },
    });
    return row.id;
  });
  return getPosting(db, actor.workspaceId, id);
}

/** Edits a posting; `status` closes it (or opens it again). */
export async function updatePosting(db: Database, actor: Actor, postingId: string, b: PostingInput) {
  check(b, false);
  if (!Object.values(b).some((v) => v !== undefined))
    throw badRequest('validation_failed', 'Name at least one field to change', [
      { field: 'body', message: 'names no field' },
    ]);
  await db.transaction().execute(async (trx) => {
    const old = (await trx
      .selectFrom('partner_postings as p')
      .select(COLUMNS)
      .where('p.id', '=', postingId)
      .where('p.workspace_id', '=', actor.workspaceId)
      .forUpdate()
      .executeTakeFirst()) as PostingRow | undefined;
    if (!old) throw notFound('Posting');
    const set: Record<string, unknown> = { updated_at: new Date() };
    if (b.kind !== undefined) set.kind = b.kind;
    if (b.title !== undefined) set.title = b.title.trim();
    if (b.description !== undefined) set.description = b.description.trim();
    if (b.themes !== undefined) set.themes = JSON.stringify(b.themes);
    if (b.sector !== undefined) set.sector = b.sector.trim();
    if (b.closesOn !== undefined) set.closes_on = b.closesOn;
    if (b.status !== undefined && b.status !== old.status) {
      set.status = b.status;
      set.closed_at = b.status === 'closed' ? new Date() : null;
    }
    await trx.updateTable('partner_postings').set(set).where('id', '=', postingId).execute();
    const closing = b.status === 'closed' && old.status !== 'closed';
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: closing ? 'connect.posting.close' : 'connect.posting.update',
      entity: 'partner_posting',
      entityId: postingId,
      oldValue: {
        kind: old.kind,
        title: old.title,
        description: old.description,
        themes: old.themes,
        sector: old.sector,
        closes_on: asDay(old.closes_on),
        status: old.status,
      },
      newValue: { ...set, themes: b.themes ?? old.themes, updated_at: undefined },
    });
  });
  return getPosting(db, actor.workspaceId, postingId);
}

/** Deletes a posting with the interests expressed in it (the web asks first). */
export async function deletePosting(db: Database, actor: Actor, postingId: string) {
  await db.transaction().execute(async (trx) => {
    const old = (await trx
      .selectFrom('partner_postings as p')
      .select(COLUMNS)
      .where('p.id', '=', postingId)
      .where('p.workspace_id', '=', actor.workspaceId)
      .forUpdate()
      .executeTakeFirst()) as PostingRow | undefined;
    if (!old) throw notFound('Posting');
    const interests = await trx
      .selectFrom('partner_interests')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('posting_id', '=', postingId)
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('partner_postings').where('id', '=', postingId).execute();
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'connect.posting.delete',
      entity: 'partner_posting',
      entityId: postingId,
      oldValue: { kind: old.kind, title: old.title, status: old.status, interests: interests.n },
    });
  });
}

/**
 * Suggested matches of an own posting: other initiatives' open postings of the complementary kind
 * sharing a theme or a word of the title (the platform's rule, @agglomera/methods suggestMatches).
 */
export async function postingMatches(db: Database, workspaceId: string, postingId: string) {
  const own = await ownRow(db, workspaceId, postingId);
  const others = (await db
    .selectFrom('partner_postings as p')
    .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
    .select(COLUMNS)
    .select('w.name as initiative_name')
    .where('p.workspace_id', '<>', workspaceId)
    .where('w.kind', '=', 'cluster_initiative')
    .where('p.status', '=', 'open')
    .where((eb) => eb.or([eb('p.closes_on', 'is', null), eb('p.closes_on', '>=', today())]))
    .orderBy('p.created_at', 'desc')
    .limit(500)
    .execute()) as (PostingRow & { initiative_name: string })[];
  const matches = suggestMatches(
    { id: own.id, workspaceId: own.workspace_id, kind: own.kind, title: own.title, themes: own.themes },
    others.map((o) => ({ ...o, workspaceId: o.workspace_id })),
  );
  return {
    rule: 'platform' as const,
    matches: matches.slice(0, 20).map((m) => ({
      id: m.posting.id,
      kind: m.posting.kind,
      title: m.posting.title,
      themes: asThemes(m.posting.themes),
      sector: m.posting.sector,
      closesOn: asDay(m.posting.closes_on),
      initiativeName: m.posting.initiative_name,
      sharedThemes: asThemes(m.sharedThemes),
      sharedWords: m.sharedWords,
    })),
  };
}
