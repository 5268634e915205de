import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The funder's programme (issue 15; docs/programme.md), the tables its parts share:
 * - the programme roles the issue adds: assessor (scores applications), agent (a cluster
 *   development agent, UNIDO 002:230–234) and coordinator (the project coordinator who monitors
 *   the agents, 002:269–283);
 * - where an initiative is (country, sector, a point for the portfolio map): the roll-ups by
 *   country and sector and the map read them;
 * - the register of applicant organisations (business support organisations and cluster
 *   initiatives, with country and type; IDB 003:263 — 24 applied, 10 selected);
 * - the associations a programme charts against the nine blueprint steps (MarketMakers Appendix 2,
 *   000:251–262), each cell's state: done, led by others, skipped, ongoing, repeated.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
    ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN
      ('owner','manager','staff','member','viewer','officer','panel_member','evaluator','assessor','agent','coordinator'));
    ALTER TABLE workspaces
      ADD COLUMN country text NOT NULL DEFAULT '',
      ADD COLUMN sector text NOT NULL DEFAULT '',
      ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90),
      ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180);
    CREATE TABLE programme_applicants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      short_name text NOT NULL DEFAULT '',
      country text NOT NULL DEFAULT '',
      type text NOT NULL CHECK (type IN ('bso','cluster_initiative','other')),
      initiative_id uuid REFERENCES workspaces(id) ON DELETE SET NULL,
      contact_name text NOT NULL DEFAULT '',
      contact_email text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, name)
    );
    CREATE TABLE programme_associations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      initiative_id uuid REFERENCES workspaces(id) ON DELETE SET NULL,
      applicant_id uuid REFERENCES programme_applicants(id) ON DELETE SET NULL,
      origin text NOT NULL CHECK (origin IN ('manual','assessment_create_new','assessment_partner','funded_plan')),
      partnership_note text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (programme_id, name)
    );
    CREATE TABLE blueprint_cells (
      association_id uuid NOT NULL REFERENCES programme_associations(id) ON DELETE CASCADE,
      step integer NOT NULL CHECK (step BETWEEN 1 AND 9),
      state text NOT NULL CHECK (state IN ('done','led_by_others','skipped','ongoing','repeated')),
      note text NOT NULL DEFAULT '',
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (association_id, step)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE blueprint_cells, programme_associations, programme_applicants;
    ALTER TABLE workspaces DROP COLUMN country, DROP COLUMN sector, DROP COLUMN latitude, DROP COLUMN longitude;
    ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
    ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN
      ('owner','manager','staff','member','viewer','officer','panel_member','evaluator'));
  `,
  );
}
