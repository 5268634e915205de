import { sql } from 'kysely';
import { registerMetric } from '../monitoring/metrics.js';

/**
 * What the operations module contributes to indicators computed from platform records (issue 7):
 * events held, participation, services, project spend and joint actions, counted up to the end of
 * the period (YYYY-MM-DD, inclusive).
 */
const endOfDay = (date: string) => `${date}T23:59:59.999Z`;
let registered = false;

export function registerOperationsMetrics(): void {
  if (registered) return;
  registered = true;
  registerMetric('events_held', {
    description: 'Events that ended on or before the end of the period',
    async compute(db, workspaceId, periodEnd) {
      const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM events
        WHERE workspace_id = ${workspaceId} AND ends_at <= ${endOfDay(periodEnd)}::timestamptz`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  });
  registerMetric('event_attendances', {
    description: 'Participants recorded as attending events that ended on or before the end of the period',
    async compute(db, workspaceId, periodEnd) {
      const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM event_registrations r
        JOIN events e ON e.id = r.event_id
        WHERE e.workspace_id = ${workspaceId} AND r.attended AND r.status = 'registered'
          AND e.ends_at <= ${endOfDay(periodEnd)}::timestamptz`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  });
  registerMetric('services_delivered', {
    description: 'Uses of services by actors recorded on or before the end of the period',
    async compute(db, workspaceId, periodEnd) {
      const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM service_uses u
        JOIN services s ON s.id = u.service_id
        WHERE s.workspace_id = ${workspaceId} AND u.used_on <= ${periodEnd}::date`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  });
  registerMetric('project_spend', {
    description:
      'Actual spending recorded on the budget lines of projects started on or before the end of the period',
    async compute(db, workspaceId, periodEnd) {
      const r = await sql<{
        n: string;
      }>`SELECT coalesce(sum(b.actual), 0)::text AS n FROM project_budget_lines b
        JOIN projects p ON p.id = b.project_id
        WHERE p.workspace_id = ${workspaceId} AND p.starts_on <= ${periodEnd}::date`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  });
  registerMetric('joint_actions', {
    description: 'Joint actions started on or before the end of the period',
    async compute(db, workspaceId, periodEnd) {
      const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM joint_actions
        WHERE workspace_id = ${workspaceId} AND starts_on <= ${periodEnd}::date`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  });
}
