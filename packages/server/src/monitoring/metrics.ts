import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * Indicators computed from the platform's own records (issue 7: "computed from platform records").
 * A registry: metric key → how to compute it for a workspace at the end of a period (YYYY-MM-DD,
 * inclusive). Other modules add their metrics here (events_held, services_delivered, …) with
 * `registerMetric`.
 */
export interface PlatformMetric {
  /** What the number counts, in English; the web app translates the key. */
  description: string;
  compute(db: Database, workspaceId: string, periodEnd: string): Promise<number>;
}

const endOfDay = (date: string) => `${date}T23:59:59.999Z`;

export const PLATFORM_METRICS: Record<string, PlatformMetric> = {
  members_count: {
    description:
      'Actors who are members at the end of the period: by their last membership stage change, or, for actors recorded as members without one, since they were recorded',
    async compute(db, workspaceId, periodEnd) {
      const row = await sql<{ n: string }>`
        SELECT count(*)::text AS n FROM actors a
        WHERE a.workspace_id = ${workspaceId}
          AND a.created_at <= ${endOfDay(periodEnd)}::timestamptz
          AND coalesce(
            (SELECT c.to_stage = 'member' FROM membership_stage_changes c
              WHERE c.actor_id = a.id AND c.changed_at <= ${endOfDay(periodEnd)}::timestamptz
              ORDER BY c.changed_at DESC LIMIT 1),
            (NOT EXISTS (SELECT 1 FROM membership_stage_changes c WHERE c.actor_id = a.id)
              AND a.status = 'member'),
            false)`.execute(db);
      return Number(row.rows[0]?.n ?? 0);
    },
  },
  actors_count: {
    description: 'Actors in the register at the end of the period',
    async compute(db, workspaceId, periodEnd) {
      const row = await db
        .selectFrom('actors')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('created_at', '<=', new Date(endOfDay(periodEnd)))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  },
  network_ties: {
    description: 'Ties between actors at the latest network observation on or before the end of the period',
    async compute(db, workspaceId, periodEnd) {
      const row = await sql<{ n: string }>`
        SELECT count(*)::text AS n FROM actor_ties
        WHERE workspace_id = ${workspaceId}
          AND observed_on = (SELECT max(observed_on) FROM actor_ties
                             WHERE workspace_id = ${workspaceId} AND observed_on <= ${periodEnd}::date)`.execute(
        db,
      );
      return Number(row.rows[0]?.n ?? 0);
    },
  },
};

export function registerMetric(key: string, metric: PlatformMetric): void {
  if (PLATFORM_METRICS[key]) throw new Error(`metric ${key} is registered already`);
  PLATFORM_METRICS[key] = metric;
}
