import { sql } from 'kysely';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ACTOR_STATUSES,
  ACTOR_TYPES,
  GOVERNMENT_LEVELS,
  SIZE_CLASSES,
  TIE_TYPES,
  networkMetrics,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { Database } from '../../db/database.js';
import { anyOf } from '../../db/sql.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { enterRegisterMembers } from './membership.js';
import { recordAudit } from '../../audit/service.js';
import { schemaProblem } from '../../http/validator.js';
import { IMPORT_MAX_ROWS, InputError, readImportRows } from '../../map/tabular.js';
import { msg, oneOf, type Text } from '../../i18n/index.js';
import type { ImportProgress } from '../../jobs/imports.js';

export const ACTOR_FIELDS = [
  'name',
  'kind',
  'actor_type',
  'size_class',
  'government_level',
  'sector',
  'location',
  'roles',
  'status',
  'contact_name',
  'email',
  'phone',
  'website',
  'notes',
] as const;
/** `roles` is a list in JSON and a text of roles separated by ";" in an imported file. */
export type ActorInput = Partial<Record<(typeof ACTOR_FIELDS)[number], string | string[] | null>> & {
  /** The one-role column of files exported before actors could hold several roles. */
  role?: string | null;
};
/** How the roles of an actor are written in a cell of an exported or imported file. */
export const ROLES_SEPARATOR = '; ';

const Text = (max = 2000) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));
/** The JSON body of an actor in the API, also the rule of every imported actor row (item 12). */
const actorBody = (partial: boolean) =>
  Type.Object(
    {
      name: partial
        ? Type.Optional(Type.String({ minLength: 1, maxLength: 300 }))
        : Type.String({ minLength: 1, maxLength: 300 }),
      kind: Text(20),
      actor_type: partial ? Type.Optional(Type.String({ minLength: 1 })) : Type.String({ minLength: 1 }),
      size_class: Text(20),
      government_level: Text(20),
      sector: Text(300),
      location: Text(300),
      roles: Type.Optional(
        Type.Union([
          Type.Array(Type.String({ maxLength: 30 }), { maxItems: ACTOR_ROLES.length }),
          Type.String({ maxLength: 200 }),
          Type.Null(),
        ]),
      ),
      status: Text(30),
      contact_name: Text(300),
      email: Text(300),
      phone: Text(100),
      website: Text(500),
      notes: Text(),
    },
    { additionalProperties: false },
  );
export const ACTOR_BODY = actorBody(false);
export const ACTOR_PATCH = actorBody(true);

const CHOICES: Record<string, readonly string[]> = {
  kind: ACTOR_KINDS,
  actor_type: ACTOR_TYPES,
  size_class: SIZE_CLASSES,
  government_level: GOVERNMENT_LEVELS,
  status: ACTOR_STATUSES,
};
/** A plausible email address: something, an @, a domain with a dot (no spaces). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;

/**
 * Checks one actor and returns it with defaults. `fail(column, problem)` names where the problem is
 * (a JSON field, or a row and column of an imported file).
 */
export function checkActor(
  input: ActorInput,
  fail: (column: string, problem: Text) => never,
  partial = false,
) {
  const out: Record<string, string | null> & { roles?: string[] } = {};
  if (!('roles' in input) && 'role' in input) input = { ...input, roles: input.role ?? null };
  for (const field of ACTOR_FIELDS) {
    if (!(field in input)) continue;
    const raw = input[field];
    if (field === 'roles') {
      out.roles = checkRoles(raw, (problem) => fail('roles', problem));
      continue;
    }
    const value = raw === null || raw === undefined ? '' : String(raw).trim();
    const choices = CHOICES[field];
    if (choices) {
      const normalised = value.toLowerCase().replace(/[\s-]+/g, '_');
      if (!value) {
        if (field === 'actor_type') fail(field, 'actor type is required');
        out[field] = field === 'kind' ? 'organisation' : field === 'status' ? 'stakeholder' : null;
      } else if (!choices.includes(normalised))
        fail(field, msg`"${value}" is not one of ${choices.join(', ')}`);
      else out[field] = normalised;
    } else {
      if (field === 'name' && !value) fail('name', 'name is required');
      if (field === 'email' && value && !EMAIL.test(value))
        fail('email', msg`"${value}" is not an email address`);
      // Only web addresses: a `javascript:` or `data:` link would run in the reader's page.
      if (field === 'website' && value && !WEB_ADDRESS.test(value))
        fail('website', msg`"${value}" is not a web address: it must start with http:// or https://`);
      if (value.length > 2000) fail(field, 'is longer than 2,000 characters');
      out[field] = value;
    }
  }
  if (!partial) {
    if (!('name' in out)) fail('name', 'name is required');
    if (!('actor_type' in out)) fail('actor_type', 'actor type is required');
  }
  // The API's own schema for the same fields (lengths above all), so an import holds no actor
  // the API would refuse.
  const problem = schemaProblem(partial ? ACTOR_PATCH : ACTOR_BODY, out);
  if (problem) fail(problem.field, problem.message);
  return out;
}

/**
 * The roles of an actor, from a list (JSON) or a text separated by ";" or "," (a file): each one of
 * the register's roles, each once. An actor may hold several (an instigator that is also an anchor
 * firm: "individual instigators, anchor firms and interested policy makers", 001:546).
 */
function checkRoles(raw: unknown, fail: (problem: Text) => never): string[] {
  if (raw === null || raw === undefined) return [];
  const parts = Array.isArray(raw) ? raw.map(String) : String(raw).split(/[;,]/);
  const roles: string[] = [];
  for (const part of parts) {
    const value = part.trim();
    if (!value) continue;
    const normalised = value.toLowerCase().replace(/[\s-]+/g, '_');
    if (!(ACTOR_ROLES as readonly string[]).includes(normalised))
      fail(msg`"${value}" is not one of ${ACTOR_ROLES.join(', ')}`);
    if (!roles.includes(normalised)) roles.push(normalised);
  }
  return roles;
}

/** All-or-nothing import of actors from CSV or XLSX: the first bad row rejects the file. */
export async function importActors(
  db: Database,
  workspaceId: string,
  userId: string,
  file: { path: string; label: string },
  progress?: ImportProgress,
) {
  const fileRows = await readImportRows(
    file,
    { required: ['name', 'actor_type'], allowed: [...ACTOR_FIELDS, 'role'] },
    IMPORT_MAX_ROWS,
  );
  const rows: { line: number; actor: Record<string, string | null> }[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of fileRows) {
    const actor = checkActor(values, (column, problem) => {
      throw new InputError(file.label, line, column, problem);
    });
    const key = actor.name!.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new InputError(
        file.label,
        line,
        'name',
        msg`"${actor.name}" appears twice (also on line ${earlier})`,
      );
    seen.set(key, line);
    rows.push({ line, actor });
  }
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('actors')
      .select('name')
      .where('workspace_id', '=', workspaceId)
      .where(sql<string>`lower(name)`, '=', anyOf([...seen.keys()]))
      .execute();
    if (existing.length) {
      const clash = rows.find((r) => r.actor.name!.toLowerCase() === existing[0]!.name.toLowerCase())!;
      throw new InputError(
        file.label,
        clash.line,
        'name',
        msg`"${clash.actor.name}" is already in the actor register`,
      );
    }
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('actors')
        .values(rows.slice(i, i + 500).map((r) => ({ ...r.actor, workspace_id: workspaceId }) as never))
        .execute();
      await progress?.(Math.min(i + 500, rows.length), rows.length);
    }
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'actors.import',
      entity: 'actor',
      newValue: { file: file.label, actors: rows.length },
    });
    await enterRegisterMembers(trx, workspaceId, userId);
    return { imported: rows.length };
  });
}

/** An actor as it is sent: its moments as ISO text (the same JSON). */
export const presentActor = <A extends { created_at: Date; updated_at: Date }>(a: A) => ({
  ...a,
  created_at: new Date(a.created_at).toISOString(),
  updated_at: new Date(a.updated_at).toISOString(),
});

export async function getActor(db: Database, workspaceId: string, actorId: string) {
  const actor = await db
    .selectFrom('actors')
    .selectAll()
    .where('id', '=', actorId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!actor) throw notFound('Actor');
  return actor;
}

export async function addTie(
  db: Database,
  workspaceId: string,
  userId: string,
  input: {
    sourceActorId: string;
    targetActorId: string;
    tieType: string;
    strength?: number;
    observedOn: string;
  },
) {
  if (!(TIE_TYPES as readonly string[]).includes(input.tieType))
    throw badRequest('validation_failed', msg`tieType must be one of ${oneOf(TIE_TYPES)}`, [
      { field: 'body.tieType', message: 'is invalid' },
    ]);
  if (input.sourceActorId === input.targetActorId)
    throw badRequest('validation_failed', 'A tie links two different actors', [
      { field: 'body.targetActorId', message: 'is the same actor' },
    ]);
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('actors')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [input.sourceActorId, input.targetActorId])
      .execute();
    for (const [field, id] of [
      ['body.sourceActorId', input.sourceActorId],
      ['body.targetActorId', input.targetActorId],
    ] as const)
      if (!found.some((f) => f.id === id))
        throw badRequest('unknown_actor', msg`${field} names an actor that is not in this actor register`, [
          { field, message: 'is not an actor of this cluster initiative' },
        ]);
    const duplicate = await trx
      .selectFrom('actor_ties')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('tie_type', '=', input.tieType)
      .where(sql<string>`observed_on::text`, '=', input.observedOn)
      .where((eb) =>
        eb.or([
          eb.and([
            eb('source_actor_id', '=', input.sourceActorId),
            eb('target_actor_id', '=', input.targetActorId),
          ]),
          eb.and([
            eb('source_actor_id', '=', input.targetActorId),
            eb('target_actor_id', '=', input.sourceActorId),
          ]),
        ]),
      )
      .executeTakeFirst();
    if (duplicate) throw conflict('This tie is already recorded for that date');
    const tie = await trx
      .insertInto('actor_ties')
      .values({
        workspace_id: workspaceId,
        source_actor_id: input.sourceActorId,
        target_actor_id: input.targetActorId,
        tie_type: input.tieType,
        strength: input.strength ?? 1,
        observed_on: input.observedOn,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'ties.create',
      entity: 'actor_tie',
      entityId: tie.id,
      newValue: input,
    });
    return tie;
  });
}

/** The network as it stood on a date: every actor, and the ties observed on or before it. */
export async function networkAt(db: Database, workspaceId: string, at: string | undefined, tieType?: string) {
  const actors = await db
    .selectFrom('actors')
    .select(['id', 'name', 'actor_type', 'status', 'roles'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  let q = db
    .selectFrom('actor_ties')
    .select([
      'id',
      'source_actor_id',
      'target_actor_id',
      'tie_type',
      'strength',
      sql<string>`observed_on::text`.as('observed_on'),
    ])
    .where('workspace_id', '=', workspaceId);
  if (at) q = q.where(sql<string>`observed_on::text`, '<=', at);
  if (tieType) q = q.where('tie_type', '=', tieType);
  const ties = await q.orderBy('observed_on').execute();
  const metrics = networkMetrics({
    nodes: actors.map((a) => a.id),
    edges: ties.map((t) => ({ source: t.source_actor_id, target: t.target_actor_id, weight: t.strength })),
  });
  return { at: at ?? null, actors, ties, metrics };
}
