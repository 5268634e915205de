import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The organisation module's agreements (issue 14; GIZ 001:2497–2516; MarketMakers 000:137): the
 * organisation's choices that fill the clauses of the membership / cooperation agreement (one row
 * per workspace), and each member's agreement — membership, trial partnership (a declaration of
 * intent, 001:2501) or MoU (000:137) — with its status and dates. One open agreement of a kind per
 * actor (an ended one does not count).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE agreement_settings (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      fee_category_id uuid REFERENCES fee_categories(id) ON DELETE SET NULL,
      payment_days integer NOT NULL DEFAULT 30 CHECK (payment_days BETWEEN 0 AND 365),
      term_months integer CHECK (term_months IS NULL OR term_months BETWEEN 1 AND 240),
      notice_months integer NOT NULL DEFAULT 3 CHECK (notice_months BETWEEN 0 AND 240),
      trademark_use text NOT NULL DEFAULT 'with_approval' CHECK (trademark_use IN ('allowed', 'with_approval', 'not_allowed')),
      services text NOT NULL DEFAULT '',
      disclosed_information text NOT NULL DEFAULT '',
      data_protection text NOT NULL DEFAULT '',
      applicable_law text NOT NULL DEFAULT '',
      contract_language text NOT NULL DEFAULT '',
      mediation boolean NOT NULL DEFAULT true,
      mediator text NOT NULL DEFAULT '',
      arbitration boolean NOT NULL DEFAULT false,
      arbitration_venue text NOT NULL DEFAULT '',
      court text NOT NULL DEFAULT '',
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (term_months IS NULL OR notice_months <= term_months)
    );
    CREATE TABLE member_agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('membership', 'trial', 'mou')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'signed', 'ended')),
      sent_on date,
      signed_on date,
      ended_on date,
      notes text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (sent_on IS NULL OR signed_on IS NULL OR signed_on >= sent_on),
      CHECK (signed_on IS NULL OR ended_on IS NULL OR ended_on >= signed_on)
    );
    CREATE UNIQUE INDEX member_agreements_open ON member_agreements (workspace_id, actor_id, kind) WHERE status <> 'ended';
    CREATE INDEX member_agreements_status ON member_agreements (workspace_id, status);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE member_agreements, agreement_settings');
}
