import type { Kysely } from 'kysely';

/** Reserved for slice A — portfolio, follow invitations, agents, programme report (docs/programme.md). */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
