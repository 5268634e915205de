import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/** Membership fees by category and their invoices (issue 6; financing mix, GIZ 001:2087–2098). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE fee_categories (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      amount numeric(12, 2) NOT NULL CHECK (amount >= 0),
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      period text NOT NULL CHECK (period IN ('year', 'quarter', 'month')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, name)
    );
    CREATE TABLE fee_invoices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      category_id uuid NOT NULL REFERENCES fee_categories(id),
      amount numeric(12, 2) NOT NULL CHECK (amount >= 0),
      currency text NOT NULL,
      issued_on date NOT NULL,
      due_on date NOT NULL,
      paid_on date,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (due_on >= issued_on)
    );
    CREATE INDEX fee_invoices_workspace ON fee_invoices(workspace_id, issued_on);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE fee_invoices, fee_categories');
}
