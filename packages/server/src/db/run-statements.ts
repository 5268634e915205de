import { sql, type Kysely } from 'kysely';

/** Runs a migration's SQL one statement at a time (PGlite prepares each statement separately). */
export async function runStatements(db: Kysely<unknown>, script: string): Promise<void> {
  for (const statement of script
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
