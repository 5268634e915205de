import { sql } from 'kysely';
import type { PartnerTheme, PostingKind } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { forbidden, notFound } from '../http/errors.js';
import { TEAM, today } from './shared.js';
import { containsPattern } from '../db/sql.js';

/**
 * The partner-search board (docs/connect.md): the open postings of every cluster initiative on the
 * platform, the point of partner search (ECCP guide 004:677: "find partners in Europe and
 * beyond"). It is read across workspaces on purpose, so it has its own routes and checks here
 * who may read it: the team (owner, manager, staff) of at least one cluster initiative. A posting
 * shows only what it publishes and the initiative's name; closed postings never show.
 */

/** The workspaces of cluster initiatives whose team the user is in; 403 when there is none. */
export async function teamInitiatives(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select('w.id')
    .where('m.user_id', '=', userId)
    .where('w.kind', '=', 'cluster_initiative')
    .where('m.role', 'in', [...TEAM])
    .execute();
  if (!rows.length)
    throw forbidden('Partner search is open to the team of a cluster initiative (owner, manager or staff)');
  return rows.map((r) => r.id);
}

export interface BoardQuery {
  q?: string;
  kind?: PostingKind;
  theme?: string;
  offset?: number;
  limit?: number;
}

/** The postings on the board: open, not past their closing date, of a cluster initiative. */
export function openPostings(db: Database) {
  return db
    .selectFrom('partner_postings as p')
    .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
    .where('w.kind', '=', 'cluster_initiative')
    .where('p.status', '=', 'open')
    .where((eb) => eb.or([eb('p.closes_on', 'is', null), eb('p.closes_on', '>=', today())]));
}

const PUBLISHED = [
  'p.id',
  'p.workspace_id',
  'p.kind',
  'p.title',
  'p.description',
  'p.themes',
  'p.sector',
  'p.closes_on',
  'p.created_at',
  'w.name as initiative_name',
] as const;

type Published = {
  id: string;
  workspace_id: string;
  kind: PostingKind;
  title: string;
  description: string;
  themes: string[];
  sector: string;
  closes_on: string | Date | null;
  created_at: Date;
  initiative_name: string;
};

/** What a posting publishes: never the initiative's id or any of its internal data. */
const published = (p: Published, mine: string[]) => ({
  id: p.id,
  kind: p.kind,
  title: p.title,
  description: p.description,
  // Only themes of the list are stored (shared.ts, Themes).
  themes: p.themes as PartnerTheme[],
  sector: p.sector,
  closesOn: p.closes_on instanceof Date ? p.closes_on.toISOString().slice(0, 10) : p.closes_on,
  publishedAt: new Date(p.created_at).toISOString(),
  initiativeName: p.initiative_name,
  own: mine.includes(p.workspace_id),
});

export async function board(db: Database, userId: string, query: BoardQuery) {
  const mine = await teamInitiatives(db, userId);
  let base = openPostings(db);
  if (query.kind) base = base.where('p.kind', '=', query.kind);
  if (query.theme) base = base.where(sql<boolean>`p.themes ? ${query.theme}`);
  const q = query.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    base = base.where((eb) =>
      eb.or([
        eb('p.title', 'ilike', pattern),
        eb('p.description', 'ilike', pattern),
        eb('p.sector', 'ilike', pattern),
        eb('w.name', 'ilike', pattern),
      ]),
    );
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 25;
  const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = (await base
    .select(PUBLISHED)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .offset(offset)
    .limit(limit)
    .execute()) as Published[];
  return { postings: rows.map((r) => published(r, mine)), total: total.n, offset, limit };
}

export async function boardPosting(db: Database, userId: string, postingId: string) {
  const mine = await teamInitiatives(db, userId);
  const row = (await openPostings(db).select(PUBLISHED).where('p.id', '=', postingId).executeTakeFirst()) as
    Published | undefined;
  if (!row) throw notFound('Posting');
  return published(row, mine);
}
