import type { Kysely } from 'kysely';

/** The organisation module's tables: membership, trial partnership and MoU agreements and their tracking (issue 14; GIZ 001:2497–2516; MarketMakers 000:137). Reserved; filled in by its slice. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
