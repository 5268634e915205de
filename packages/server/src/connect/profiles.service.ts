import { sql } from 'kysely';
import { matchProfiles, type PartnerTheme } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/service.js';
import { badRequest, notFound } from '../http/errors.js';
import { msg } from '../i18n/index.js';
import { openPostings, teamInitiatives } from './board.service.js';
import { containsPattern } from '../db/sql.js';

/**
 * Public profiles of cluster initiatives (docs/connect.md; methods.md §7: "profiles with
 * competences, offers and needs"). The team of an initiative writes its profile; while it is
 * published, the teams of every cluster initiative find it in the directory, read across
 * workspaces on purpose like the board (board.service.ts decides who may). A profile in the
 * directory shows what it publishes and the initiative's name, never the workspace's id.
 */

export interface ProfileInput {
  published: boolean;
  summary: string;
  sector: string;
  region: string;
  competences: string[];
  offers: string[];
  needs: string[];
  themes: string[];
  contactEmail: string | null;
  website: string | null;
}

interface Actor {
  workspaceId: string;
  userId: string;
}

type ProfileRow = {
  id: string;
  published: boolean;
  summary: string;
  sector: string;
  region: string;
  competences: string[];
  offers: string[];
  needs: string[];
  themes: string[];
  contact_email: string | null;
  website: string | null;
  published_at: Date | null;
  updated_at: Date;
  initiative_name: string;
};

const COLUMNS = [
  'p.id',
  'p.published',
  'p.summary',
  'p.sector',
  'p.region',
  'p.competences',
  'p.offers',
  'p.needs',
  'p.themes',
  'p.contact_email',
  'p.website',
  'p.published_at',
  'p.updated_at',
  'w.name as initiative_name',
] as const;

/** What a profile publishes. */
const view = (p: ProfileRow) => ({
  id: p.id,
  initiativeName: p.initiative_name,
  summary: p.summary,
  sector: p.sector,
  region: p.region,
  competences: p.competences,
  offers: p.offers,
  needs: p.needs,
  // Only themes of the list are stored (shared.ts, Themes).
  themes: p.themes as PartnerTheme[],
  contactEmail: p.contact_email,
  website: p.website,
  updatedAt: new Date(p.updated_at).toISOString(),
});

function profiles(db: Database) {
  return db.selectFrom('initiative_profiles as p').innerJoin('workspaces as w', 'w.id', 'p.workspace_id');
}

/** The initiative's own profile; an empty, unpublished one until it is first saved. */
export async function ownProfile(db: Database, workspaceId: string) {
  const row = (await profiles(db)
    .select(COLUMNS)
    .where('p.workspace_id', '=', workspaceId)
    .executeTakeFirst()) as ProfileRow | undefined;
  if (row)
    return {
      ...view(row),
      published: row.published,
      publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
      saved: true,
    };
  const ws = await db
    .selectFrom('workspaces')
    .select('name')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return {
    id: null,
    initiativeName: ws.name,
    summary: '',
    sector: '',
    region: '',
    competences: [] as string[],
    offers: [] as string[],
    needs: [] as string[],
    themes: [] as PartnerTheme[],
    contactEmail: null,
    website: null,
    updatedAt: null,
    published: false,
    publishedAt: null,
    saved: false,
  };
}

/** Lines as the team wrote them: trimmed, blank ones dropped; a line given twice is an error. */
function lines(values: string[], field: string): string[] {
  const out = values.map((v) => v.trim()).filter(Boolean);
  const seen = new Set<string>();
  // The field is named whole (the screen edits it as one text, a line each); the message names the line.
  out.forEach((line) => {
    const key = line.toLocaleLowerCase();
    if (seen.has(key))
      throw badRequest('validation_failed', msg`“${line}” is written twice`, [
        { field: `body.${field}`, message: 'is written twice' },
      ]);
    seen.add(key);
  });
  return out;
}

/**
 * Saves the profile (created on first save). A profile is published only with a summary and at
 * least one competence or offer and one theme: an empty card helps no one (the platform's rule).
 */
export async function saveProfile(db: Database, actor: Actor, input: ProfileInput) {
  const competences = lines(input.competences, 'competences');
  const offers = lines(input.offers, 'offers');
  const needs = lines(input.needs, 'needs');
  const website = input.website?.trim() || null;
  if (website && !/^https?:\/\/\S+$/.test(website))
    throw badRequest('validation_failed', 'The website must start with http:// or https://', [
      { field: 'body.website', message: 'is not a web address' },
    ]);
  if (input.published) {
    if (!input.summary.trim())
      throw badRequest('validation_failed', 'A published profile needs a summary', [
        { field: 'body.summary', message: 'is empty' },
      ]);
    if (!competences.length && !offers.length)
      throw badRequest('validation_failed', 'A published profile names at least one competence or offer', [
        { field: 'body.offers', message: 'is empty' },
      ]);
    if (!input.themes.length)
      throw badRequest('validation_failed', 'Choose at least one theme', [
        { field: 'body.themes', message: 'is empty' },
      ]);
  }
  const values = {
    published: input.published,
    summary: input.summary.trim(),
    sector: input.sector.trim(),
    region: input.region.trim(),
    competences: JSON.stringify(competences),
    offers: JSON.stringify(offers),
    needs: JSON.stringify(needs),
    themes: JSON.stringify(input.themes),
    contact_email: input.contactEmail?.trim() || null,
    website,
    updated_by: actor.userId,
    updated_at: new Date(),
  };
  await db.transaction().execute(async (trx) => {
    // Locked: two saves at once would both read the old state for the audit entry.
    const old = await trx
      .selectFrom('initiative_profiles')
      .selectAll()
      .where('workspace_id', '=', actor.workspaceId)
      .forUpdate()
      .executeTakeFirst();
    const publishedAt = input.published ? (old?.published ? old.published_at : new Date()) : null;
    const saved = await trx
      .insertInto('initiative_profiles')
      .values({ workspace_id: actor.workspaceId, ...values, published_at: publishedAt })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ ...values, published_at: publishedAt }))
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action:
        input.published && !old?.published
          ? 'connect.profile.publish'
          : !input.published && old?.published
            ? 'connect.profile.unpublish'
            : 'connect.profile.update',
      entity: 'initiative_profile',
      entityId: saved.id,
      oldValue: old
        ? { published: old.published, summary: old.summary, offers: old.offers, needs: old.needs }
        : null,
      newValue: { published: input.published, summary: values.summary, offers, needs },
    });
  });
  return ownProfile(db, actor.workspaceId);
}

export interface DirectoryQuery {
  q?: string;
  theme?: string;
  offset?: number;
  limit?: number;
}

/** The published profiles of every cluster initiative, searched and paged (teams of initiatives only). */
export async function directory(db: Database, userId: string, query: DirectoryQuery) {
  const mine = await teamInitiatives(db, userId);
  let base = profiles(db).where('w.kind', '=', 'cluster_initiative').where('p.published', '=', true);
  if (query.theme) base = base.where(sql<boolean>`p.themes ? ${query.theme}`);
  const q = query.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    base = base.where((eb) =>
      eb.or([
        eb('w.name', 'ilike', pattern),
        eb('p.summary', 'ilike', pattern),
        eb('p.sector', 'ilike', pattern),
        eb('p.region', 'ilike', pattern),
        eb(sql`p.competences::text`, 'ilike', pattern),
        eb(sql`p.offers::text`, 'ilike', pattern),
        eb(sql`p.needs::text`, 'ilike', pattern),
      ]),
    );
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 25;
  const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = (await base
    .select([...COLUMNS, 'p.workspace_id'])
    .orderBy('w.name')
    .orderBy('p.id')
    .offset(offset)
    .limit(limit)
    .execute()) as (ProfileRow & { workspace_id: string })[];
  return {
    profiles: rows.map((r) => ({ ...view(r), own: mine.includes(r.workspace_id) })),
    total: total.n,
    offset,
    limit,
  };
}

/** One published profile, with the open postings of its initiative (as the board shows them). */
export async function publishedProfile(db: Database, userId: string, profileId: string) {
  const mine = await teamInitiatives(db, userId);
  const row = (await profiles(db)
    .select([...COLUMNS, 'p.workspace_id'])
    .where('p.id', '=', profileId)
    .where('p.published', '=', true)
    .where('w.kind', '=', 'cluster_initiative')
    .executeTakeFirst()) as (ProfileRow & { workspace_id: string }) | undefined;
  if (!row) throw notFound('Profile');
  const postings = await openPostings(db)
    .select(['p.id', 'p.kind', 'p.title'])
    .where('p.workspace_id', '=', row.workspace_id)
    .orderBy('p.created_at', 'desc')
    .execute();
  return { ...view(row), own: mine.includes(row.workspace_id), postings };
}

/**
 * Possible partners of the initiative: the published profiles of other initiatives whose offers or
 * competences answer its needs, or whose needs its offers answer (matchProfiles, the platform's rule).
 */
export async function profileMatches(db: Database, workspaceId: string) {
  const own = await ownProfile(db, workspaceId);
  const others = (await profiles(db)
    .select(COLUMNS)
    .where('w.kind', '=', 'cluster_initiative')
    .where('p.published', '=', true)
    .where('p.workspace_id', '<>', workspaceId)
    .execute()) as ProfileRow[];
  const matches = matchProfiles(
    {
      id: own.id ?? '',
      competences: own.competences,
      offers: own.offers,
      needs: own.needs,
      themes: own.themes,
    },
    others.map(view),
  );
  return {
    matches: matches.map((m) => ({
      profile: { id: m.profile.id, initiativeName: m.profile.initiativeName, summary: m.profile.summary },
      theyOffer: m.theyOffer,
      weOffer: m.weOffer,
      sharedThemes: m.sharedThemes as PartnerTheme[],
    })),
  };
}
