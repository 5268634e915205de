import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Cross-workspace hints (hardening issue, item 8).
 * - A platform admin verifies workspaces: benchmarking peers are verified initiatives, or
 *   initiatives that a verified programme follows, so that fake workspaces cannot make up a
 *   peer group around a victim.
 * - A follow request is recorded for whatever identifier a programme types, so that asking
 *   reveals nothing about whether an initiative exists: the reference to the initiative is no
 *   longer a foreign key (a deleted initiative's follows are deleted with it by the service).
 *   `decided_at` is when the initiative accepted or ended the follow; a refused programme may ask
 *   again only after a pause.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE workspaces ADD COLUMN verified_at timestamptz;
    ALTER TABLE workspaces ADD COLUMN verified_by uuid REFERENCES users(id) ON DELETE SET NULL;
    ALTER TABLE programme_follows DROP CONSTRAINT programme_follows_initiative_id_fkey;
    ALTER TABLE programme_follows ADD COLUMN decided_at timestamptz;
    CREATE INDEX programme_follows_initiative ON programme_follows(initiative_id);
    UPDATE workspaces SET verified_at = now() WHERE is_demo;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP INDEX programme_follows_initiative;
    DELETE FROM programme_follows f WHERE NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.id = f.initiative_id);
    ALTER TABLE programme_follows DROP COLUMN decided_at;
    ALTER TABLE programme_follows ADD CONSTRAINT programme_follows_initiative_id_fkey
      FOREIGN KEY (initiative_id) REFERENCES workspaces(id) ON DELETE CASCADE;
    ALTER TABLE workspaces DROP COLUMN verified_by;
    ALTER TABLE workspaces DROP COLUMN verified_at;
  `,
  );
}
