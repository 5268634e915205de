import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The member portal and the organisation's day-to-day life (issue 6; GIZ ICT-based membership
 * management, 001:3486–3509): which organisation a member login speaks for, the competence atlas,
 * working groups with meeting notes, events with capacity, waiting list, attendance and feedback.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE memberships ADD COLUMN actor_id uuid REFERENCES actors(id) ON DELETE SET NULL;
    ALTER TABLE invitations ADD COLUMN actor_id uuid REFERENCES actors(id) ON DELETE SET NULL;
    CREATE TABLE competences (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('competence', 'offer', 'need')),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text NOT NULL DEFAULT '',
      keywords text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX competences_workspace ON competences(workspace_id, kind);
    CREATE TABLE working_groups (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      topic text NOT NULL DEFAULT '',
      open_to_members boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (workspace_id, name)
    );
    CREATE TABLE working_group_members (
      working_group_id uuid NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      joined_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (working_group_id, actor_id)
    );
    CREATE TABLE working_group_meetings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      working_group_id uuid NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
      held_on date NOT NULL,
      notes text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(trim(title)) > 0),
      kind text NOT NULL DEFAULT 'event' CHECK (kind IN ('networking', 'workshop', 'information', 'training', 'company_visit', 'trade_fair', 'general_assembly', 'event')),
      description text NOT NULL DEFAULT '',
      agenda text NOT NULL DEFAULT '',
      location text NOT NULL DEFAULT '',
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      capacity integer CHECK (capacity IS NULL OR capacity > 0),
      open_to_non_members boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at)
    );
    CREATE INDEX events_workspace ON events(workspace_id, starts_at);
    CREATE TABLE event_registrations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      actor_id uuid REFERENCES actors(id) ON DELETE SET NULL,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      participant text NOT NULL,
      status text NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
      attended boolean NOT NULL DEFAULT false,
      registered_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX event_registrations_user ON event_registrations(event_id, user_id) WHERE user_id IS NOT NULL AND status <> 'cancelled';
    CREATE INDEX event_registrations_event ON event_registrations(event_id, status, registered_at);
    CREATE INDEX event_registrations_actor ON event_registrations(actor_id);
    CREATE TABLE event_feedback (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      registration_id uuid NOT NULL UNIQUE REFERENCES event_registrations(id) ON DELETE CASCADE,
      rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
      useful text NOT NULL DEFAULT '',
      improve text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE event_feedback, event_registrations, events, working_group_meetings, working_group_members, working_groups, competences;
     ALTER TABLE invitations DROP COLUMN actor_id;
     ALTER TABLE memberships DROP COLUMN actor_id`,
  );
}
