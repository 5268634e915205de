import {
  ACTOR_STATUS_OF_STAGE,
  MEMBERSHIP_STAGES,
  PROSPECT_SOURCES,
  type MembershipStage,
} from '@agglomera/methods';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { anyOf } from '../db/sql.js';
import { AppError } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { ACTOR_FIELDS, checkActor } from '../diagnose/actors/service.js';
import { schemaProblem } from '../http/validator.js';
import {
  IMPORT_MAX_ROWS,
  InputError,
  isIntegerText,
  isNumberText,
  quoted,
  readImportRows,
  type TabularRow,
} from '../map/tabular.js';
import { EVENT_BODY, EVENT_KINDS } from './events.routes.js';
import { SERVICE_BODY } from './services.routes.js';
import { checkService, toRow, type ServiceInput } from './services.service.js';
import { msg, type Text } from '../i18n/index.js';
import type { ImportProgress } from '../jobs/imports.js';

interface UploadedFile {
  path: string;
  label: string;
}

/** Rows per INSERT: far below the 32,767 bind parameters a statement may carry, for any column count. */
const IMPORT_CHUNK = 500;

const readAll = (file: UploadedFile, required: readonly string[], allowed: readonly string[]) =>
  readImportRows(file, { required, allowed }, IMPORT_MAX_ROWS);

function once(file: UploadedFile, rows: TabularRow[], column: string) {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = (r.values[column] ?? '').trim().toLowerCase();
    const earlier = seen.get(key);
    if (key && earlier !== undefined)
      throw new InputError(
        file.label,
        r.line,
        column,
        msg`"${r.values[column]}" appears twice (also on line ${earlier})`,
      );
    seen.set(key, r.line);
  }
}

/**
 * Writes the changes of the actors a members import names, a chunk of rows per statement: the rows
 * that change the same columns go together, each chunk as one JSON parameter that PostgreSQL turns
 * into actors rows (`jsonb_populate_recordset`, which casts every column as the table declares it).
 * One UPDATE per actor took 6 ms each on a server, 12 s for 2,000 members (bench/load).
 */
async function moveActors(
  trx: Kysely<DB>,
  workspaceId: string,
  moves: { id: string; changes: Record<string, unknown> }[],
  progress?: (done: number) => Promise<void>,
) {
  const groups = new Map<string, { id: string; changes: Record<string, unknown> }[]>();
  for (const m of moves) {
    const key = Object.keys(m.changes).sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  let done = 0;
  for (const [key, group] of groups) {
    const columns = key.split(',').filter(Boolean);
    for (let i = 0; i < group.length; i += IMPORT_CHUNK) {
      const chunk = group.slice(i, i + IMPORT_CHUNK);
      const json = JSON.stringify(chunk.map((m) => ({ id: m.id, ...m.changes })));
      await sql`UPDATE actors AS a SET ${sql.join(
        [...columns.map((c) => sql`${sql.ref(c)} = v.${sql.ref(c)}`), sql`updated_at = now()`],
        sql`, `,
      )} FROM jsonb_populate_recordset(null::actors, ${json}::jsonb) AS v
        WHERE a.id = v.id AND a.workspace_id = ${workspaceId}`.execute(trx);
      done += chunk.length;
      await progress?.(done);
    }
  }
}

const MEMBER_COLUMNS = [...ACTOR_FIELDS, 'membership_stage', 'prospect_source'] as const;

/**
 * Members and prospects from CSV or XLSX, all or nothing: a row naming an actor already in the
 * register moves it to the stage given; other rows add actors to the register at that stage.
 */
export async function importMembers(
  db: Database,
  workspaceId: string,
  userId: string,
  file: UploadedFile,
  progress?: ImportProgress,
) {
  const rows = await readAll(file, ['name', 'membership_stage'], MEMBER_COLUMNS);
  once(file, rows, 'name');
  const names = rows.map((r) => (r.values.name ?? '').trim().toLowerCase()).filter(Boolean);
  return db.transaction().execute(async (trx) => {
    const existing = new Map(
      (
        await trx
          .selectFrom('actors')
          .select(['id', 'name', 'membership_stage'])
          .where('workspace_id', '=', workspaceId)
          .where(sql<string>`lower(name)`, '=', anyOf(names))
          .execute()
      ).map((a) => [a.name.toLowerCase(), a]),
    );
    // Every row is checked before anything is written; then new actors go in by chunks.
    const moves: { id: string; from: string | null; to: string; changes: Record<string, unknown> }[] = [];
    const additions: { to: string; actor: Record<string, unknown> }[] = [];
    for (const { line, values } of rows) {
      const fail = (column: string, problem: Text): never => {
        throw new InputError(file.label, line, column, problem);
      };
      const stage = (values.membership_stage ?? '').trim().toLowerCase();
      if (!(MEMBERSHIP_STAGES as readonly string[]).includes(stage))
        fail(
          'membership_stage',
          msg`"${values.membership_stage ?? ''}" is not one of ${MEMBERSHIP_STAGES.join(', ')}`,
        );
      const source =
        (values.prospect_source ?? '')
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_') || null;
      if (source && !(PROSPECT_SOURCES as readonly string[]).includes(source))
        fail(
          'prospect_source',
          msg`"${values.prospect_source}" is not one of ${PROSPECT_SOURCES.join(', ')}`,
        );
      const actorValues = Object.fromEntries(
        Object.entries(values).filter(([k]) => k !== 'membership_stage' && k !== 'prospect_source'),
      );
      const found = existing.get((values.name ?? '').trim().toLowerCase());
      const membership = {
        membership_stage: stage,
        status: ACTOR_STATUS_OF_STAGE[stage as MembershipStage],
        ...(source ? { prospect_source: source } : {}),
      };
      if (found) {
        const changes = checkActor(
          Object.fromEntries(Object.entries(actorValues).filter(([k, v]) => k !== 'name' && v !== '')),
          fail,
          true,
        );
        moves.push({
          id: found.id,
          from: found.membership_stage,
          to: stage,
          changes: { ...changes, ...membership },
        });
      } else additions.push({ to: stage, actor: { ...checkActor(actorValues, fail), ...membership } });
    }
    const stageChanges: { actor_id: string; from_stage: string | null; to_stage: string }[] = [];
    await moveActors(trx, workspaceId, moves, progress && ((done) => progress(done, rows.length)));
    for (const move of moves)
      if (move.from !== move.to)
        stageChanges.push({ actor_id: move.id, from_stage: move.from, to_stage: move.to });
    await progress?.(moves.length, rows.length);
    for (let i = 0; i < additions.length; i += IMPORT_CHUNK) {
      await progress?.(moves.length + i, rows.length);
      const chunk = additions.slice(i, i + IMPORT_CHUNK);
      const ids = await trx
        .insertInto('actors')
        .values(chunk.map((a) => ({ ...a.actor, workspace_id: workspaceId }) as never))
        .returning(['id', 'name'])
        .execute();
      // Matched by name (unique in the file), not by the order RETURNING happens to keep.
      const stageOf = new Map(chunk.map((a) => [String(a.actor.name).toLowerCase(), a.to]));
      for (const { id, name } of ids)
        stageChanges.push({ actor_id: id, from_stage: null, to_stage: stageOf.get(name.toLowerCase())! });
    }
    for (let i = 0; i < stageChanges.length; i += IMPORT_CHUNK)
      await trx
        .insertInto('membership_stage_changes')
        .values(
          stageChanges.slice(i, i + IMPORT_CHUNK).map((c) => ({
            ...c,
            workspace_id: workspaceId,
            note: `import of ${file.label}`,
            changed_by: userId,
          })),
        )
        .execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'members.import',
      entity: 'actor',
      newValue: { file: file.label, added: additions.length, updated: moves.length },
    });
    await progress?.(rows.length, rows.length);
    return { imported: rows.length, added: additions.length, updated: moves.length };
  });
}

const SERVICE_COLUMNS = [
  'name',
  'objective',
  'field_of_action',
  'description',
  'frequency',
  'beneficiaries',
  'effort_min',
  'effort_max',
  'relevance',
  'fee_model',
  'member_price',
  'non_member_price',
  'currency',
  'trust_level',
] as const;
const SERVICE_FIELD_COLUMN: Record<string, string> = {
  effortMin: 'effort_min',
  effortMax: 'effort_max',
  feeModel: 'fee_model',
  memberPrice: 'member_price',
  nonMemberPrice: 'non_member_price',
  trustLevel: 'trust_level',
  fieldId: 'field_of_action',
};
const CHOICE_COLUMNS: Record<string, readonly string[]> = {
  frequency: ['rarely', 'occasionally', 'frequently'],
  beneficiaries: ['few', 'many'],
  effort_min: ['low', 'medium', 'high'],
  effort_max: ['low', 'medium', 'high'],
  relevance: ['low', 'medium', 'high'],
  trust_level: ['low', 'medium', 'high'],
  fee_model: ['included', 'paid'],
};

/** Services as drafts from CSV or XLSX, all or nothing, placed on the workspace's matrix by name. */
export async function importServices(db: Database, workspaceId: string, userId: string, file: UploadedFile) {
  const rows = await readAll(
    file,
    [
      'name',
      'field_of_action',
      'frequency',
      'beneficiaries',
      'effort_min',
      'relevance',
      'fee_model',
      'trust_level',
    ],
    SERVICE_COLUMNS,
  );
  once(file, rows, 'name');
  return db.transaction().execute(async (trx) => {
    const fields = await trx
      .selectFrom('service_fields as f')
      .innerJoin('service_objectives as o', 'o.id', 'f.objective_id')
      .select(['f.id', 'f.name', 'o.name as objective'])
      .where('f.workspace_id', '=', workspaceId)
      .execute();
    const taken = new Set(
      (await trx.selectFrom('services').select('name').where('workspace_id', '=', workspaceId).execute()).map(
        (s) => s.name.toLowerCase(),
      ),
    );
    for (const { line, values } of rows) {
      const fail = (column: string, problem: Text): never => {
        throw new InputError(file.label, line, column, problem);
      };
      const v = (k: string) => (values[k] ?? '').trim();
      for (const [column, choices] of Object.entries(CHOICE_COLUMNS)) {
        const value =
          v(column).toLowerCase() || (column === 'effort_max' ? v('effort_min').toLowerCase() : '');
        if (!choices.includes(value)) fail(column, msg`"${v(column)}" is not one of ${choices.join(', ')}`);
      }
      if (!v('name')) fail('name', 'name is required');
      if (taken.has(v('name').toLowerCase())) fail('name', msg`"${v('name')}" is already in the catalogue`);
      const candidates = fields.filter(
        (f) =>
          f.name.toLowerCase() === v('field_of_action').toLowerCase() &&
          (!v('objective') || f.objective.toLowerCase() === v('objective').toLowerCase()),
      );
      if (candidates.length === 0)
        fail('field_of_action', msg`"${v('field_of_action')}" is not a field of action of the matrix`);
      if (candidates.length > 1)
        fail('objective', msg`"${v('field_of_action')}" exists under several objectives: name the objective`);
      // A decimal number as written in a spreadsheet (no hex, no Infinity); a decimal comma is read.
      const price = (k: string) => {
        if (!v(k)) return null;
        const n = Number(v(k).replace(',', '.'));
        if (!isNumberText(v(k).replace(',', '.')) || !Number.isFinite(n))
          fail(k, msg`${quoted(v(k))} is not a number`);
        return n;
      };
      const input: ServiceInput = {
        fieldId: candidates[0]!.id,
        name: v('name'),
        description: v('description'),
        frequency: v('frequency').toLowerCase() as ServiceInput['frequency'],
        beneficiaries: v('beneficiaries').toLowerCase() as ServiceInput['beneficiaries'],
        effortMin: v('effort_min').toLowerCase() as ServiceInput['effortMin'],
        effortMax: (v('effort_max') || v('effort_min')).toLowerCase() as ServiceInput['effortMax'],
        relevance: v('relevance').toLowerCase() as ServiceInput['relevance'],
        feeModel: v('fee_model').toLowerCase() as ServiceInput['feeModel'],
        memberPrice: price('member_price'),
        nonMemberPrice: price('non_member_price'),
        currency: v('currency').toUpperCase() || null,
        trustLevel: v('trust_level').toLowerCase() as ServiceInput['trustLevel'],
      };
      // The API's schema for the same fields (lengths, limits), then its rules.
      const problem = schemaProblem(SERVICE_BODY, input);
      if (problem) fail(SERVICE_FIELD_COLUMN[problem.field] ?? problem.field, problem.message);
      try {
        checkService(input);
      } catch (e) {
        const d = e instanceof AppError ? (e.details as { field: string }[] | undefined)?.[0] : undefined;
        if (!d) throw e;
        const field = d.field.replace(/^body\./, '');
        fail(SERVICE_FIELD_COLUMN[field] ?? field, (e as Error).message);
      }
      if (input.currency && !/^[A-Z]{3}$/.test(input.currency))
        fail('currency', msg`"${input.currency}" is not a currency code`);
      taken.add(input.name.toLowerCase());
      await trx
        .insertInto('services')
        .values({ workspace_id: workspaceId, ...toRow(input) })
        .execute();
    }
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'services.import',
      entity: 'service',
      newValue: { file: file.label, services: rows.length },
    });
    return { imported: rows.length };
  });
}

const EVENT_COLUMNS = [
  'title',
  'kind',
  'starts_at',
  'ends_at',
  'location',
  'capacity',
  'description',
  'agenda',
] as const;
/** 2027-03-01T09:00, 2027-03-01 09:00 (read as UTC) or with an explicit offset. */
function parseMoment(text: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]}${m[3] ?? ':00'}${m[4] ?? 'Z'}`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Events from CSV or XLSX, all or nothing. */
export async function importEvents(db: Database, workspaceId: string, userId: string, file: UploadedFile) {
  const rows = await readAll(file, ['title', 'starts_at', 'ends_at'], EVENT_COLUMNS);
  const checked = rows.map(({ line, values }) => {
    const fail = (column: string, problem: Text): never => {
      throw new InputError(file.label, line, column, problem);
    };
    const v = (k: string) => (values[k] ?? '').trim();
    if (!v('title')) fail('title', 'title is required');
    const kind =
      v('kind')
        .toLowerCase()
        .replace(/[\s-]+/g, '_') || 'event';
    if (!(EVENT_KINDS as readonly string[]).includes(kind))
      fail('kind', msg`"${v('kind')}" is not one of ${EVENT_KINDS.join(', ')}`);
    const starts =
      parseMoment(v('starts_at')) ??
      fail('starts_at', msg`"${v('starts_at')}" is not a date and time like 2027-03-01 09:00`);
    const ends =
      parseMoment(v('ends_at')) ??
      fail('ends_at', msg`"${v('ends_at')}" is not a date and time like 2027-03-01 12:00`);
    if (ends <= starts) fail('ends_at', 'the event must end after it starts');
    let capacity: number | null = null;
    if (v('capacity')) {
      capacity = Number(v('capacity'));
      if (!isIntegerText(v('capacity')) || !Number.isInteger(capacity) || capacity < 1)
        fail('capacity', msg`${quoted(v('capacity'))} is not a whole number of seats (1 or more)`);
    }
    // The API's schema for the same fields (lengths, capacity, dates).
    const problem = schemaProblem(EVENT_BODY, {
      title: v('title'),
      kind,
      description: v('description'),
      agenda: v('agenda'),
      location: v('location'),
      startsAt: starts.toISOString(),
      endsAt: ends.toISOString(),
      capacity,
    });
    if (problem)
      fail(
        ({ startsAt: 'starts_at', endsAt: 'ends_at' } as Record<string, string>)[problem.field] ??
          problem.field,
        problem.message,
      );
    return {
      workspace_id: workspaceId,
      title: v('title'),
      kind,
      starts_at: starts,
      ends_at: ends,
      location: v('location'),
      capacity,
      description: v('description'),
      agenda: v('agenda'),
    };
  });
  return db.transaction().execute(async (trx) => {
    for (let i = 0; i < checked.length; i += 500)
      await trx
        .insertInto('events')
        .values(checked.slice(i, i + 500))
        .execute();
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'events.import',
      entity: 'event',
      newValue: { file: file.label, events: checked.length },
    });
    return { imported: checked.length };
  });
}
