import type { Kysely } from 'kysely';

/** Reserved for the strategy module (issue 13): filled by its own slice. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
