import type { Kysely } from 'kysely';

/** The organisation module's tables: profile, legal form and governance (issue 14; GIZ 001:1177–1230, 001:257–310, 001:2297–2390; UNIDO 002:271–291; MarketMakers 000:171–201). Reserved; filled in by its slice. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
