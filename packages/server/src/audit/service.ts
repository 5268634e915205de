import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface AuditEntry {
  workspaceId: string | null;
  userId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Records who changed what; call it inside the transaction of the change itself. */
export async function recordAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      workspace_id: entry.workspaceId,
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      old_value: entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
      new_value: entry.newValue === undefined ? null : JSON.stringify(entry.newValue),
    })
    .execute();
}

export interface AuditPage {
  entries: {
    id: string;
    at: Date;
    action: string;
    entity: string;
    entityId: string | null;
    user: { id: string; name: string; email: string } | null;
    oldValue: unknown;
    newValue: unknown;
  }[];
  nextBefore: string | null;
}

export async function listAudit(
  db: Kysely<DB>,
  workspaceId: string,
  options: { limit: number; before?: string },
): Promise<AuditPage> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.old_value',
      'audit_log.new_value',
      'users.id as user_id',
      'users.name as user_name',
      'users.email as user_email',
    ])
    .where('audit_log.workspace_id', '=', workspaceId)
    .orderBy('audit_log.id', 'desc')
    .limit(options.limit + 1);
  if (options.before) query = query.where('audit_log.id', '<', options.before);
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  return {
    entries: page.map((r) => ({
      id: String(r.id),
      at: r.at,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      user: r.user_id ? { id: r.user_id, name: r.user_name!, email: r.user_email! } : null,
      oldValue: r.old_value,
      newValue: r.new_value,
    })),
    nextBefore: rows.length > options.limit ? String(page[page.length - 1]!.id) : null,
  };
}
