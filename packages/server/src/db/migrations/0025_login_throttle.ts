import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Sign-in throttling that a stranger cannot turn against the owner (hardening issue): a failed
 * attempt remembers the known-device cookie it carried, if any, so that failures are counted per
 * (account, address), per account, per address, and separately per known device; known devices
 * are the browsers a user has signed in from (only the SHA-256 of the cookie is stored).
 * Password-reset requests are counted per email and per address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE login_failures ADD COLUMN device text;
    CREATE INDEX login_failures_device ON login_failures(device, at) WHERE device IS NOT NULL;
    CREATE TABLE known_devices (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX known_devices_user ON known_devices(user_id);
    CREATE TABLE password_reset_requests (
      id bigserial PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX password_reset_requests_email ON password_reset_requests(email, at);
    CREATE INDEX password_reset_requests_ip ON password_reset_requests(ip, at);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE password_reset_requests, known_devices;
    ALTER TABLE login_failures DROP COLUMN device;
  `,
  );
}
