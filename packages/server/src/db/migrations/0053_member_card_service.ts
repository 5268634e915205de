import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * A Cluster Member Card may be tied to the service whose value proposition it assesses (fidelity
 * issue 16, item 20): the ECCP guide offers the card as "a template to assess the value
 * proposition of new skills-related services" (004:500).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE member_cards ADD COLUMN service_id uuid REFERENCES services(id) ON DELETE SET NULL;
     CREATE INDEX member_cards_service ON member_cards(service_id);`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'ALTER TABLE member_cards DROP COLUMN service_id');
}
