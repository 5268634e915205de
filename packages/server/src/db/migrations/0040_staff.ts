import type { Kysely } from 'kysely';

/** The organisation module's tables: staff positions, the qualification scorecard, competence levels and training (issue 14; GIZ 001:2431–2489, 001:3995–4063; MarketMakers 000:205–212). Reserved; filled in by its slice. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
