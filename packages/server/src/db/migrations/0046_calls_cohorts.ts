import type { Kysely } from 'kysely';

/** Reserved for slice B — calls, applications, assessment, selection, training cohorts (docs/programme.md). */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
