import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * An actor may hold several roles (fidelity issue 16, item 12): the GIZ guide names "individual
 * instigators, anchor firms and interested policy makers" as vital from the very beginning
 * (001:546) and an instigator may well be an anchor firm too, so one role column becomes a set.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE actors ADD COLUMN roles text[] NOT NULL DEFAULT '{}'
      CHECK (roles <@ ARRAY['instigator', 'anchor', 'multiplier', 'free_rider', 'objector']::text[]);
    UPDATE actors SET roles = ARRAY[role] WHERE role IS NOT NULL;
    ALTER TABLE actors DROP COLUMN role;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE actors ADD COLUMN role text
      CHECK (role IN ('instigator', 'anchor', 'multiplier', 'free_rider', 'objector'));
    UPDATE actors SET role = roles[1];
    ALTER TABLE actors DROP COLUMN roles;
  `,
  );
}
