import type { Database } from '../db/database.js';
import { PLATFORM_METRICS } from './metrics.js';

/** Baselines taken from the diagnostic: the first diagnostic recorded as a baseline of the initiative. */

/**
 * The initiative's first diagnostic recorded as a baseline (`POST diagnostic-report/baseline`
 * writes it to `initiative_baselines` with source 'diagnostic'; its data carries the diagnostic's
 * date), the one the diagnostic report compares with.
 */
export async function firstDiagnosticBaseline(db: Database, workspaceId: string) {
  const row = await db
    .selectFrom('initiative_baselines')
    .select(['id', 'description', 'data', 'recorded_at'])
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', 'diagnostic')
    .orderBy('recorded_at')
    .orderBy('id')
    .executeTakeFirst();
  if (!row) return null;
  const d = (row.data as { date?: unknown } | null)?.date;
  const date =
    typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : row.recorded_at.toISOString().slice(0, 10);
  return { id: row.id, description: row.description, date };
}

/** A platform metric computed at the date of the first diagnostic baseline, or null without one. */
export async function baselineFromDiagnostic(db: Database, workspaceId: string, metricKey: string) {
  const metric = PLATFORM_METRICS[metricKey];
  const diagnostic = await firstDiagnosticBaseline(db, workspaceId);
  if (!metric || !diagnostic) return null;
  return {
    value: await metric.compute(db, workspaceId, diagnostic.date),
    date: diagnostic.date,
    recordId: diagnostic.id,
    note: `${metricKey} computed on the platform's records at ${diagnostic.date}, the date of the first diagnostic recorded as a baseline (${diagnostic.description})`,
  };
}
