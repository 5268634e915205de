import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The organisation module's tables: profile, legal form and governance (issue 14; GIZ
 * 001:1177–1230, 001:257–310, 001:2297–2390; UNIDO 002:271–291; MarketMakers 000:171–201).
 * The lists of values (driver types, shapes, forms, kinds of body) are checked by the routes
 * against @agglomera/methods, and here again so that no other writer stores an unknown value.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    CREATE TABLE organisation_profiles (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      driver_type text CHECK (driver_type IN ('business', 'entrepreneur', 'policy', 'donor', 'intermediary', 'research')),
      implementation_shape text CHECK (implementation_shape IN ('inter_firm_network', 'industrial_district',
        'growth_pole', 'business_association', 'special_economic_zone', 'science_technology_park',
        'industrial_park', 'eco_industrial_park')),
      characteristics jsonb NOT NULL DEFAULT '{}',
      formality text CHECK (formality IN ('formal', 'informal')),
      notes text NOT NULL DEFAULT '',
      reminder_days integer NOT NULL DEFAULT 90 CHECK (reminder_days BETWEEN 1 AND 730),
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE legal_form_decisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      answers jsonb NOT NULL DEFAULT '{}',
      form text NOT NULL CHECK (form IN ('cooperation_agreement', 'association', 'foundation', 'ltd',
        'corporation', 'joint_stock_company', 'hybrid')),
      reasons text NOT NULL CHECK (length(trim(reasons)) > 0),
      decided_on date NOT NULL,
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX legal_form_decisions_workspace ON legal_form_decisions(workspace_id, decided_on, created_at);
    CREATE TABLE governance_bodies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('general_assembly', 'executive_board', 'chair', 'steering_committee',
        'advisory_board', 'managing_office', 'cluster_commission', 'unido_steering_committee', 'other')),
      name text NOT NULL CHECK (length(trim(name)) > 0),
      parent_id uuid REFERENCES governance_bodies(id) ON DELETE SET NULL,
      min_size integer CHECK (min_size >= 0),
      max_size integer CHECK (max_size > 0),
      term_years integer CHECK (term_years BETWEEN 1 AND 20),
      election_rule text NOT NULL DEFAULT '',
      tasks text NOT NULL DEFAULT '',
      decides_applications boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (min_size IS NULL OR max_size IS NULL OR min_size <= max_size),
      CHECK (parent_id IS NULL OR parent_id <> id)
    );
    CREATE UNIQUE INDEX governance_bodies_name ON governance_bodies(workspace_id, lower(name));
    CREATE UNIQUE INDEX governance_bodies_decider ON governance_bodies(workspace_id) WHERE decides_applications;
    CREATE TABLE governance_seats (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      body_id uuid NOT NULL REFERENCES governance_bodies(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      holder_name text NOT NULL DEFAULT '',
      role_in_body text NOT NULL DEFAULT '',
      term_start date,
      term_end date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (term_start IS NULL OR term_end IS NULL OR term_end >= term_start)
    );
    CREATE INDEX governance_seats_body ON governance_seats(body_id);
    CREATE INDEX governance_seats_user ON governance_seats(workspace_id, user_id);
    CREATE TABLE governance_meetings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      body_id uuid NOT NULL REFERENCES governance_bodies(id) ON DELETE CASCADE,
      held_on date NOT NULL,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      agenda text NOT NULL DEFAULT '',
      minutes text NOT NULL DEFAULT '',
      decisions jsonb NOT NULL DEFAULT '[]',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX governance_meetings_workspace ON governance_meetings(workspace_id, held_on);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    'DROP TABLE governance_meetings, governance_seats, governance_bodies, legal_form_decisions, organisation_profiles',
  );
}
