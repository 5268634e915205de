import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/service.js';

/**
 * Backup and restore of one workspace (hardening issue, item 17).
 *
 * The archive is gzip'd text: a first line of JSON (format, version, the schema's migrations, the
 * workspace), then one line per batch of rows, `<table>\t<JSON array of rows>`, the rows as
 * PostgreSQL writes them with `to_jsonb` and reads them back with `jsonb_populate_recordset`, so that
 * numbers, dates and JSON keep their exact value (the rows are never parsed in JavaScript).
 * Uploaded files live in the database (datasets, geographies, reports), so they are in the rows.
 * Serial identifiers (audit entries, stage changes) are left out and given anew on restore.
 *
 * What belongs to a workspace is read from the schema itself: every table with a `workspace_id`
 * column (or, for a programme's own records, a `programme_id` column: issue 15), then every table whose foreign key leads to one of those, and the organisation and the
 * users the rows name (their password hashes included: the archive is as sensitive as the
 * database). Links between two workspaces (a programme following an initiative, an interest one
 * initiative expressed in another's partner-search posting) are not in it: the other side is
 * another workspace's data.
 */
export const BACKUP_FORMAT = 'agglomera-workspace-backup';
export const BACKUP_VERSION = 1;
const BATCH = 2000;
/** The columns that name the workspace a row belongs to, in order of preference. */
const OWNER_COLUMNS = ['workspace_id', 'programme_id'];
/** Tables that never belong to a workspace's archive. */
const NOT_WORKSPACE_DATA = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'sessions',
  'api_tokens',
  'calendar_feeds',
  'known_devices',
  'login_failures',
  'password_resets',
  'password_reset_requests',
  'invitations',
  'programme_follows',
  'follow_shares',
  'partner_interests',
]);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  migrations: string[];
  workspace: { id: string; name: string; kind: string };
  tables: { name: string; rows: number }[];
}

export type BackupProgress = (done: number, total: number, table: string) => void;

export class BackupError extends Error {}

interface ForeignKey {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
  /** Whether the column is NOT NULL: a row belongs to the parent it cannot be without. */
  notNull: boolean;
}

async function foreignKeys(db: Kysely<unknown>): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    SELECT c.conrelid::regclass::text AS "table", a.attname AS "column",
           c.confrelid::regclass::text AS "refTable", r.attname AS "refColumn",
           a.attnotnull AS "notNull"
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1
      AND c.connamespace = 'public'::regnamespace
    ORDER BY 1, 2`.execute(db);
  return rows;
}

async function publicTables(db: Kysely<unknown>): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT c.relname AS "table", a.attname AS "column"
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
      AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`.execute(db);
  const tables = new Map<string, string[]>();
  for (const r of rows) tables.set(r.table, [...(tables.get(r.table) ?? []), r.column]);
  return tables;
}

const q = (name: string) => sql.id(name);

/**
 * For every table of a workspace, the condition that picks its rows (in SQL over alias `t`), and
 * an order in which parents come before children.
 */
async function plan(db: Kysely<unknown>) {
  const tables = await publicTables(db);
  const fks = await foreignKeys(db);
  const owned = new Map<string, { via: 'workspace'; column: string } | { via: 'parent'; fk: ForeignKey }>();
  for (const [name, columns] of tables) {
    if (NOT_WORKSPACE_DATA.has(name)) continue;
    const column = OWNER_COLUMNS.find((c) => columns.includes(c));
    if (column) owned.set(name, { via: 'workspace', column });
  }
  // Children reached through a foreign key to a table already owned, until nothing changes: first
  // through the parents a row cannot be without (NOT NULL), then through optional links. A plan's
  // indicator belongs to its plan (the programme's), not to the initiative's indicator it names.
  for (const mandatory of [true, false])
    for (let changed = true; changed;) {
      changed = false;
      for (const fk of fks)
        if (
          (!mandatory || fk.notNull) &&
          !owned.has(fk.table) &&
          !NOT_WORKSPACE_DATA.has(fk.table) &&
          fk.table !== 'workspaces' &&
          owned.has(fk.refTable)
        ) {
          owned.set(fk.table, { via: 'parent', fk });
          changed = true;
        }
    }
  // Parents first: a table comes after every owned table it refers to (self-references aside).
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (order.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const fk of fks)
      if (fk.table === name && fk.refTable !== name && owned.has(fk.refTable)) visit(fk.refTable);
    visiting.delete(name);
    order.push(name);
  };
  for (const name of [...owned.keys()].sort()) visit(name);
  const userColumns = fks.filter((fk) => fk.refTable === 'users' && owned.has(fk.table));
  // Optional links that may lead outside the archive (the initiative a programme funds, the
  // initiative's indicator a plan's indicator became): a restore keeps them only where the row
  // they name exists. The owning column or parent, links to users (restored with the archive) and
  // links within one table (inserted in the same statement) are not among them.
  const workspaceLinks = fks.filter((fk) => {
    const how = owned.get(fk.table);
    if (!how || fk.notNull || fk.refTable === fk.table || fk.refTable === 'users') return false;
    if (how.via === 'workspace') return how.column !== fk.column;
    return how.fk.column !== fk.column;
  });
  // Serial identifiers (the audit log's, for instance) are numbers of one installation: they are
  // left out of the archive and given anew on restore, so that a restore never collides with the
  // rows already there and a restored workspace archives the same again.
  const { rows: serialRows } = await sql<{ table: string; column: string }>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`.execute(db);
  const serials = new Map<string, string[]>();
  for (const r of serialRows) serials.set(r.table, [...(serials.get(r.table) ?? []), r.column]);
  return { tables, owned, order, userColumns, serials, workspaceLinks };
}

/** SQL condition selecting the workspace's rows of `table` (alias `t`). */
function condition(
  owned: Awaited<ReturnType<typeof plan>>['owned'],
  table: string,
  workspaceId: string,
  alias = 't',
): ReturnType<typeof sql> {
  const how = owned.get(table)!;
  if (how.via === 'workspace') return sql`${sql.ref(`${alias}.${how.column}`)} = ${workspaceId}`;
  const parentAlias = `${alias}p`;
  return sql`EXISTS (SELECT 1 FROM ${q(how.fk.refTable)} AS ${sql.id(parentAlias)}
    WHERE ${sql.ref(`${parentAlias}.${how.fk.refColumn}`)} = ${sql.ref(`${alias}.${how.fk.column}`)}
    AND ${condition(owned, how.fk.refTable, workspaceId, parentAlias)})`;
}

async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Rows of `table` matching `where`, as PostgreSQL's JSON text without the serial columns, in
 * batches in an order given by their content alone.
 */
async function* batches(db: Kysely<unknown>, table: string, where: ReturnType<typeof sql>, serial: string[]) {
  const drop = sql`${sql.val(serial)}::text[]`;
  for (let offset = 0; ; offset += BATCH) {
    const { rows } = await sql<{ batch: string | null; n: number }>`
      SELECT jsonb_agg(s.row ORDER BY s.key)::text AS batch, count(*)::int AS n FROM (
        SELECT to_jsonb(t) - ${drop} AS row, (to_jsonb(t) - ${drop})::text AS key
        FROM ${q(table)} AS t WHERE ${where}
        ORDER BY 2 LIMIT ${BATCH} OFFSET ${offset}
      ) s`.execute(db);
    const { batch, n } = rows[0]!;
    if (!batch || n === 0) return;
    yield { batch, n };
    if (n < BATCH) return;
  }
}

/** The whole workspace as a gzip'd archive. */
export async function backupWorkspace(
  database: Database,
  workspaceId: string,
  onProgress?: BackupProgress,
): Promise<Buffer> {
  const db = database as unknown as Kysely<unknown>;
  // One snapshot for every table, so that the archive is consistent while others keep writing.
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const ws = (
        await sql<{ id: string; name: string; kind: string; organisation_id: string }>`
        SELECT id, name, kind, organisation_id FROM workspaces WHERE id = ${workspaceId}`.execute(trx)
      ).rows[0];
      if (!ws) throw new BackupError(`No workspace ${workspaceId}`);
      const { owned, order, userColumns, serials } = await plan(trx);
      const lines: string[] = [];
      const counts: { name: string; rows: number }[] = [];
      const steps = order.length + 3;
      let step = 0;
      const take = async (table: string, where: ReturnType<typeof sql>) => {
        let n = 0;
        for await (const b of batches(trx, table, where, serials.get(table) ?? [])) {
          lines.push(`${table}\t${b.batch}`);
          n += b.n;
        }
        counts.push({ name: table, rows: n });
        onProgress?.(++step, steps, table);
      };
      // The users the workspace's rows name: its members and every author, responsible person, etc.
      const userIds = userColumns.map(
        (fk) =>
          sql`SELECT ${sql.ref(`t.${fk.column}`)} AS id FROM ${q(fk.table)} AS t WHERE ${sql.ref(`t.${fk.column}`)} IS NOT NULL AND ${condition(owned, fk.table, ws.id)}`,
      );
      const usersWhere = userIds.length
        ? sql`t.id IN (${sql.join(userIds, sql` UNION `)} UNION SELECT verified_by FROM workspaces WHERE id = ${ws.id})`
        : sql`false`;
      await take('organisations', sql`t.id = ${ws.organisation_id}`);
      await take('users', usersWhere);
      await take('workspaces', sql`t.id = ${ws.id}`);
      for (const table of order) await take(table, condition(owned, table, ws.id));
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        migrations: await appliedMigrations(trx),
        workspace: { id: ws.id, name: ws.name, kind: ws.kind },
        tables: counts,
      };
      return gzipSync(`${JSON.stringify(header)}\n${lines.join('\n')}\n`);
    });
}

/** Reads an archive's header without restoring it. */
export function readBackupHeader(archive: Buffer): BackupHeader {
  let text: string;
  try {
    text = gunzipSync(archive).toString('utf8');
  } catch {
    throw new BackupError('This file is not an Agglomera workspace backup (it is not gzip-compressed)');
  }
  const end = text.indexOf('\n');
  let header: BackupHeader;
  try {
    header = JSON.parse(end < 0 ? text : text.slice(0, end)) as BackupHeader;
  } catch {
    throw new BackupError('This file is not an Agglomera workspace backup (no header)');
  }
  if (header.format !== BACKUP_FORMAT)
    throw new BackupError('This file is not an Agglomera workspace backup (unknown format)');
  if (header.version !== BACKUP_VERSION)
    throw new BackupError(
      `This backup is of format version ${header.version}; this version of Agglomera reads version ${BACKUP_VERSION}`,
    );
  return header;
}

/**
 * Restores an archive into this installation, all or nothing. The schema must be the archive's
 * (same migrations: restore with the version that made the backup, then upgrade), and none of the
 * workspace's rows may exist already; users whose e-mail already exists here are refused too, so
 * that a restore never merges two people.
 */
export async function restoreWorkspace(
  database: Database,
  archive: Buffer,
  onProgress?: BackupProgress,
): Promise<BackupHeader> {
  const header = readBackupHeader(archive);
  const text = gunzipSync(archive).toString('utf8');
  const lines = text.split('\n').slice(1).filter(Boolean);
  const db = database as unknown as Kysely<unknown>;
  return db.transaction().execute(async (trx) => {
    const here = await appliedMigrations(trx);
    if (here.join() !== header.migrations.join())
      throw new BackupError(
        `The backup was made with another schema (${header.migrations.at(-1)}; here ${here.at(-1)}): restore it with the same version of Agglomera, then upgrade`,
      );
    const exists = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM workspaces WHERE id = ${header.workspace.id}`.execute(trx);
    if (exists.rows[0]!.n)
      throw new BackupError(`The workspace "${header.workspace.name}" already exists in this installation`);
    const { tables, serials, workspaceLinks } = await plan(trx);
    let done = 0;
    for (const line of lines) {
      const tab = line.indexOf('\t');
      const table = line.slice(0, tab);
      const columns = tables.get(table);
      if (tab < 0 || !columns)
        throw new BackupError(`The backup names a table this installation does not have: ${table}`);
      const serial = serials.get(table) ?? [];
      const kept = columns.filter((c) => !serial.includes(c));
      const cols = sql.join(kept.map((c) => q(c)));
      const links = workspaceLinks.filter((fk) => fk.table === table);
      const values = sql.join(
        kept.map((c) => {
          const link = links.find((fk) => fk.column === c);
          return link
            ? sql`CASE WHEN EXISTS (SELECT 1 FROM ${q(link.refTable)} x WHERE x.${q(link.refColumn)} = r.${q(c)}) THEN r.${q(c)} END`
            : sql`r.${q(c)}`;
        }),
      );
      if (table === 'users') {
        const clash = await sql<{ email: string }>`
          SELECT u.email FROM users u JOIN jsonb_populate_recordset(null::users, ${line.slice(tab + 1)}::jsonb) r
          ON u.id = r.id OR lower(u.email) = lower(r.email) LIMIT 1`.execute(trx);
        if (clash.rows[0])
          throw new BackupError(
            `A user with the e-mail ${clash.rows[0].email} already exists in this installation`,
          );
      }
      await sql`INSERT INTO ${q(table)} (${cols}) OVERRIDING SYSTEM VALUE
        SELECT ${values} FROM jsonb_populate_recordset(null::${q(table)}, ${line.slice(tab + 1)}::jsonb) r`.execute(
        trx,
      );
      onProgress?.(++done, lines.length, table);
    }
    // The platform's log (outside every workspace, so that the restored workspace stays identical).
    await recordAudit(trx as unknown as Database, {
      workspaceId: null,
      userId: null,
      action: 'workspace.restore',
      entity: 'workspace',
      entityId: header.workspace.id,
      newValue: { name: header.workspace.name, tables: header.tables.length },
    });
    return header;
  });
}
