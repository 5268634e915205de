import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The financial plan (issue 14; GIZ 001:2067–2229; MarketMakers 000:137): versions of a plan of
 * income and expenditure "for the planning period (e.g. 12 months)" (001:2081; the platform asks
 * for at least 12 months) with an opening balance, draft or agreed (at most one agreed per
 * workspace; an agreed plan that a newer one replaces is superseded), and its lines: income by the
 * sources of 001:2097–2098 (projects public or private), expenditure by the cost categories of
 * 001:2081, one amount per month.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE financial_plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version > 0),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      start_month text NOT NULL CHECK (start_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      months integer NOT NULL CHECK (months BETWEEN 12 AND 60),
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      opening_balance numeric(14,2) NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'superseded')),
      agreed_on date,
      agreed_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, version)
    );
    CREATE UNIQUE INDEX financial_plans_one_agreed ON financial_plans(workspace_id) WHERE status = 'agreed';
    CREATE TABLE financial_plan_lines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES financial_plans(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('income', 'expenditure')),
      label text NOT NULL CHECK (length(trim(label)) > 0),
      source text CHECK (source IN ('baseline_public', 'membership_fees', 'service_fees', 'sponsoring', 'projects')),
      public_funding boolean NOT NULL DEFAULT false,
      category text CHECK (category IN ('personnel', 'rent', 'operating_supplies', 'equipment', 'start_up', 'other')),
      amounts jsonb NOT NULL DEFAULT '[]',
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'income' AND source IS NOT NULL AND category IS NULL)
        OR (kind = 'expenditure' AND category IS NOT NULL AND source IS NULL))
    );
    CREATE INDEX financial_plan_lines_plan ON financial_plan_lines(plan_id, kind, position);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'DROP TABLE financial_plan_lines, financial_plans');
}
