import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The guides' rules as they are written (issue 16):
 * - constraint pathways are prioritised on the two criteria of MarketMakers (000:54): ability to act,
 *   which already includes the presence of quality partners, and the expected employment effect.
 *   The separate partner score counted partners twice and is dropped; ability to act is kept as
 *   it was scored.
 * - services can be tested before they go live ("test services before implementing them broadly",
 *   004:532): a pilot status between draft and live; a service says whether it engages trainers,
 *   since the trainers point of the checklist applies only then ("If clusters are looking for
 *   suitable trainers", 004:532).
 * - value-chain templates offered as what they are: "manufacturing" becomes "cluster" (stages of the
 *   platform's choice; the guide only names two missing links, 001:1313) and "services" becomes
 *   "firm", the firm-level value chain of the internal analysis (001:1329).
 * - service rules of the platform, per workspace (the guides give no rule for them): whether to warn
 *   when members pay more than non-members, and how far the members' mean expectation may lie from
 *   the management's relevance for the two portfolios to match.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE constraint_pathways DROP COLUMN partner_availability;
    ALTER TABLE services DROP CONSTRAINT services_status_check;
    ALTER TABLE services ADD CONSTRAINT services_status_check
      CHECK (status IN ('draft', 'pilot', 'live', 'retired'));
    ALTER TABLE services ADD COLUMN engages_trainers boolean NOT NULL DEFAULT false;
    ALTER TABLE value_chains DROP CONSTRAINT value_chains_template_check;
    UPDATE value_chains SET template = CASE template WHEN 'manufacturing' THEN 'cluster' WHEN 'services' THEN 'firm' ELSE template END;
    ALTER TABLE value_chains ADD CONSTRAINT value_chains_template_check CHECK (template IN ('cluster', 'firm', 'empty'));
    CREATE TABLE service_rules (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      member_price_warning boolean NOT NULL DEFAULT true,
      match_tolerance numeric NOT NULL DEFAULT 0.5 CHECK (match_tolerance >= 0 AND match_tolerance <= 2),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE service_rules;
    ALTER TABLE value_chains DROP CONSTRAINT value_chains_template_check;
    UPDATE value_chains SET template = CASE template WHEN 'cluster' THEN 'manufacturing' WHEN 'firm' THEN 'services' ELSE template END;
    ALTER TABLE value_chains ADD CONSTRAINT value_chains_template_check
      CHECK (template IN ('manufacturing', 'services', 'empty'));
    ALTER TABLE services DROP COLUMN engages_trainers;
    UPDATE services SET status = 'draft' WHERE status = 'pilot';
    ALTER TABLE services DROP CONSTRAINT services_status_check;
    ALTER TABLE services ADD CONSTRAINT services_status_check CHECK (status IN ('draft', 'live', 'retired'));
    ALTER TABLE constraint_pathways ADD COLUMN partner_availability integer NOT NULL DEFAULT 3
      CHECK (partner_availability BETWEEN 1 AND 5);
  `,
  );
}
