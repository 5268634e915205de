import type { Kysely } from 'kysely';

/** The organisation module's tables: the financial plan, its monthly lines and the financing mix (issue 14; GIZ 001:2067–2229; MarketMakers 000:137, 147–153). Reserved; filled in by its slice. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
