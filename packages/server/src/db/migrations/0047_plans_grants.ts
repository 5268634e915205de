import type { Kysely } from 'kysely';

/** Reserved for slice C — cluster development plans, panels and rounds, grants and tranches (docs/programme.md). */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
