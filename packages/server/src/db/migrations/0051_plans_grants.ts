import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Cluster development plans, investment panels and rounds, grants in tranches (issue 15, slice C;
 * docs/programme.md). IDB / Compete Caribbean: plans pitched to independent investment panels in
 * three rounds, a separate panel for tourism, several funded (003:310–314). MarketMakers: the
 * cash injection in tranches triggered by progress milestones, with co-investment (000:139–141),
 * scaled down through the ~12-month partnership (000:143), re-engagement with ring-fenced funding
 * for new activities or member services only, never operations and recurrent costs (000:145).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE programme_panels (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      focus text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, name)
    );
    CREATE TABLE programme_panel_members (
      panel_id uuid NOT NULL REFERENCES programme_panels(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      added_by uuid REFERENCES users(id) ON DELETE SET NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (panel_id, user_id)
    );
    CREATE TABLE programme_rounds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      pitch_date date NOT NULL,
      panel_id uuid NOT NULL REFERENCES programme_panels(id),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','decided')),
      score_min integer NOT NULL DEFAULT 1,
      score_max integer NOT NULL DEFAULT 5,
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      decided_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, name),
      CHECK (score_min < score_max)
    );
    CREATE TABLE programme_plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      applicant_id uuid NOT NULL REFERENCES programme_applicants(id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      sector text NOT NULL DEFAULT '',
      country text NOT NULL DEFAULT '',
      summary text NOT NULL DEFAULT '',
      budget numeric(16,2) NOT NULL DEFAULT 0 CHECK (budget >= 0),
      currency text NOT NULL DEFAULT 'USD',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','funded','declined')),
      round_id uuid REFERENCES programme_rounds(id),
      submitted_at timestamptz,
      decision_reason text NOT NULL DEFAULT '',
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      initiative_id uuid REFERENCES workspaces(id) ON DELETE SET NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX programme_plans_round ON programme_plans(round_id);
    CREATE INDEX programme_plans_programme ON programme_plans(programme_id);
    CREATE TABLE programme_plan_indicators (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES programme_plans(id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      unit text NOT NULL,
      baseline numeric,
      target numeric,
      indicator_id uuid REFERENCES indicators(id) ON DELETE SET NULL,
      UNIQUE (plan_id, name)
    );
    CREATE TABLE programme_plan_scores (
      plan_id uuid NOT NULL REFERENCES programme_plans(id) ON DELETE CASCADE,
      round_id uuid NOT NULL REFERENCES programme_rounds(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      score integer NOT NULL,
      comment text NOT NULL DEFAULT '',
      scored_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (plan_id, user_id)
    );
    CREATE TABLE programme_grants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      plan_id uuid NOT NULL UNIQUE REFERENCES programme_plans(id),
      currency text NOT NULL,
      starts_on date NOT NULL,
      co_investment numeric(16,2) NOT NULL DEFAULT 0 CHECK (co_investment >= 0),
      co_investment_kind text NOT NULL DEFAULT 'financial' CHECK (co_investment_kind IN ('financial','non_financial')),
      co_investment_note text NOT NULL DEFAULT '',
      taper boolean NOT NULL DEFAULT true,
      notes text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE programme_tranches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      grant_id uuid NOT NULL REFERENCES programme_grants(id) ON DELETE CASCADE,
      position integer NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      amount numeric(16,2) NOT NULL CHECK (amount > 0),
      purpose text NOT NULL CHECK (purpose IN ('start_up','operating','new_service')),
      re_engagement boolean NOT NULL DEFAULT false,
      service text NOT NULL DEFAULT '',
      due_on date NOT NULL,
      milestone text NOT NULL CHECK (length(milestone) BETWEEN 1 AND 1000),
      milestone_met_on date,
      milestone_evidence text NOT NULL DEFAULT '',
      met_by uuid REFERENCES users(id) ON DELETE SET NULL,
      UNIQUE (grant_id, position)
    );
    CREATE TABLE programme_disbursements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tranche_id uuid NOT NULL REFERENCES programme_tranches(id) ON DELETE CASCADE,
      amount numeric(16,2) NOT NULL CHECK (amount > 0),
      paid_on date NOT NULL,
      reference text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE programme_disbursements, programme_tranches, programme_grants, programme_plan_scores,
      programme_plan_indicators, programme_plans, programme_rounds, programme_panel_members, programme_panels;
  `,
  );
}
