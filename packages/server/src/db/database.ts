import { mkdirSync } from 'node:fs';
import { Kysely, Migrator, PostgresDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DB } from './schema.js';
import { guarded } from './guarded-dialect.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_map_select.js';
import * as m0003 from './migrations/0003_actors.js';
import * as m0004 from './migrations/0004_needs.js';
import * as m0005 from './migrations/0005_stakeholders.js';
import * as m0006 from './migrations/0006_value_chains.js';
import * as m0007 from './migrations/0007_analyses.js';
import * as m0008 from './migrations/0008_member_cards.js';
import * as m0009 from './migrations/0009_assessments.js';
import * as m0010 from './migrations/0010_membership.js';
import * as m0011 from './migrations/0011_fees.js';
import * as m0012 from './migrations/0012_portal_events.js';
import * as m0013 from './migrations/0013_services.js';
import * as m0014 from './migrations/0014_projects_joint_actions.js';
import * as m0015 from './migrations/0015_communication.js';
import * as m0016 from './migrations/0016_search.js';
import * as m0020 from './migrations/0020_results_chain.js';
import * as m0021 from './migrations/0021_surveys.js';
import * as m0022 from './migrations/0022_reports.js';
import * as m0023 from './migrations/0023_indicator_baseline_source.js';
import * as m0024 from './migrations/0024_processes.js';
import * as m0025 from './migrations/0025_login_throttle.js';
import * as m0026 from './migrations/0026_fidelity.js';
import * as m0027 from './migrations/0027_jobs.js';
import * as m0028 from './migrations/0028_peer_verification.js';
import * as m0029 from './migrations/0029_token_scopes.js';
import * as m0035 from './migrations/0035_one_membership.js';
import * as m0030 from './migrations/0030_calendar_feeds.js';
import * as m0036 from './migrations/0036_strategy.js';
import * as m0037 from './migrations/0037_action_plans.js';
import * as m0038 from './migrations/0038_strategy_documents.js';
import * as m0039 from './migrations/0039_organisation.js';
import * as m0040 from './migrations/0040_staff.js';
import * as m0041 from './migrations/0041_financial_plan.js';
import * as m0042 from './migrations/0042_agreements.js';
import * as m0043 from './migrations/0043_service_objective_goals.js';
import * as m0044 from './migrations/0044_programme.js';
import * as m0045 from './migrations/0045_portfolio.js';
import * as m0046 from './migrations/0046_calls_cohorts.js';
import * as m0047 from './migrations/0047_plans_grants.js';
import * as m0048 from './migrations/0048_selection_thresholds.js';
import * as m0049 from './migrations/0049_portfolio.js';
import * as m0050 from './migrations/0050_calls_cohorts.js';
import * as m0051 from './migrations/0051_plans_grants.js';
import * as m0052 from './migrations/0052_actor_roles.js';
import * as m0053 from './migrations/0053_member_card_service.js';
import * as m0054 from './migrations/0054_event_members_first.js';
import * as m0055 from './migrations/0055_evaluation_period.js';
import * as m0056 from './migrations/0056_needs_actor_votes.js';
import * as m0057 from './migrations/0057_diagnosis_revisions.js';
import * as m0058 from './migrations/0058_benchmark_external.js';
import * as m0059 from './migrations/0059_survey_respondent_lists.js';
import * as m0060 from './migrations/0060_survey_answer_codes.js';
import * as m0061 from './migrations/0061_survey_forms.js';
import * as m0062 from './migrations/0062_import_jobs.js';
import * as m0063 from './migrations/0063_connect.js';
import * as m0064 from './migrations/0064_task_reminders.js';
import * as m0065 from './migrations/0065_map_dataset_writing.js';
import * as m0066 from './migrations/0066_initiative_profiles.js';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  /** `pglite` for the embedded database, `postgres` for a server reached through DATABASE_URL. */
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** Every migration, in order. The same files run on PGlite and on a PostgreSQL server. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_map_select': m0002,
  '0003_actors': m0003,
  '0004_needs': m0004,
  '0005_stakeholders': m0005,
  '0006_value_chains': m0006,
  '0007_analyses': m0007,
  '0008_member_cards': m0008,
  '0009_assessments': m0009,
  '0010_membership': m0010,
  '0011_fees': m0011,
  '0012_portal_events': m0012,
  '0013_services': m0013,
  '0014_projects_joint_actions': m0014,
  '0015_communication': m0015,
  '0016_search': m0016,
  '0020_results_chain': m0020,
  '0021_surveys': m0021,
  '0022_reports': m0022,
  '0023_indicator_baseline_source': m0023,
  '0024_processes': m0024,
  '0025_login_throttle': m0025,
  '0026_fidelity': m0026,
  '0027_jobs': m0027,
  '0028_peer_verification': m0028,
  '0029_token_scopes': m0029,
  '0035_one_membership': m0035,
  '0030_calendar_feeds': m0030,
  '0036_strategy': m0036,
  '0037_action_plans': m0037,
  '0038_strategy_documents': m0038,
  '0039_organisation': m0039,
  '0040_staff': m0040,
  '0041_financial_plan': m0041,
  '0042_agreements': m0042,
  '0043_service_objective_goals': m0043,
  '0044_programme': m0044,
  '0045_portfolio': m0045,
  '0046_calls_cohorts': m0046,
  '0047_plans_grants': m0047,
  '0048_selection_thresholds': m0048,
  '0049_portfolio': m0049,
  '0050_calls_cohorts': m0050,
  '0051_plans_grants': m0051,
  '0052_actor_roles': m0052,
  '0053_member_card_service': m0053,
  '0054_event_members_first': m0054,
  '0055_evaluation_period': m0055,
  '0056_needs_actor_votes': m0056,
  '0057_diagnosis_revisions': m0057,
  '0058_benchmark_external': m0058,
  '0059_survey_respondent_lists': m0059,
  '0060_survey_answer_codes': m0060,
  '0061_survey_forms': m0061,
  '0062_import_jobs': m0062,
  '0063_connect': m0063,
  '0064_task_reminders': m0064,
  '0065_map_dataset_writing': m0065,
  '0066_initiative_profiles': m0066,
};

class StaticMigrations implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

export interface OpenDatabaseOptions {
  /** postgres://… connection string; when absent the embedded PGlite is used. */
  url?: string;
  /** Folder for the embedded database; `memory` keeps it in memory. */
  dataDir?: string | 'memory';
}

/**
 * Calendar dates (SQL `date`) come back as their ISO text, YYYY-MM-DD, on both drivers: a date has
 * no time zone, and turning it into a JavaScript Date would shift it across midnight.
 */
const DATE_OID = 1082;

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === DATE_OID
            ? (v: string) => v
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server closes (restart, admin command) must not bring the process
    // down: the pool drops it and opens a new one on the next query (node-postgres docs, "Pool").
    pool.on('error', (err) => console.warn(`database: idle connection closed: ${err.message}`));
    const db = new Kysely<DB>({ dialect: guarded(new PostgresDialect({ pool })) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dir = options.dataDir ?? './data';
  let client: PGlite;
  const parsers = { [DATE_OID]: (v: string) => v };
  // pg_trgm serves the member list's and the competence atlas's text search (migration 0016).
  const extensions = { pg_trgm };
  if (dir === 'memory') client = new PGlite({ parsers, extensions });
  else {
    mkdirSync(dir, { recursive: true });
    client = new PGlite(dir, { parsers, extensions });
  }
  await client.waitReady;
  const db = new Kysely<DB>({ dialect: guarded(new PGliteDialect(client)) });
  // A script runs whole on the one connection, while no other query holds it.
  scriptRunners.set(db, (script) =>
    db.connection().execute(async () => {
      await client.exec(script);
    }),
  );
  return { db, kind: 'pglite', close: () => db.destroy() };
}

const scriptRunners = new WeakMap<Database, (script: string) => Promise<void>>();

/**
 * Runs a script of several statements without parameters (pg-boss installs its schema so). A
 * PostgreSQL server takes it as one simple query; PGlite prepares each query, so there the script
 * goes through its `exec`, holding the connection as any query does.
 */
export async function executeScript(db: Database, script: string): Promise<void> {
  const run = scriptRunners.get(db);
  if (run) await run(script);
  else await sql.raw(script).execute(db);
}

/** Brings the schema up to date; safe to call from several processes at once (advisory lock). */
export async function migrateToLatest(db: Database): Promise<string[]> {
  // Migrations are numbered as they are written; branches may land out of number order, so an
  // installation that already ran a later number still takes an earlier one that landed after it.
  const migrator = new Migrator({ db, provider: new StaticMigrations(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
