import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Credentials (hardening issue, item 10): an API token reads only or reads and writes, may be
 * limited to one workspace, and expires. Tokens made before keep the power they had (write, every
 * workspace) but now expire 90 days after this migration. Application links record who revoked them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE api_tokens ADD COLUMN scope text NOT NULL DEFAULT 'write' CHECK (scope IN ('read', 'write'));
    ALTER TABLE api_tokens ADD COLUMN workspace_id uuid REFERENCES workspaces(id) ON DELETE CASCADE;
    ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
    UPDATE api_tokens SET expires_at = now() + interval '90 days';
    ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
    ALTER TABLE api_tokens ALTER COLUMN scope DROP DEFAULT;
    ALTER TABLE membership_application_links ADD COLUMN revoked_by uuid REFERENCES users(id) ON DELETE SET NULL;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    ALTER TABLE membership_application_links DROP COLUMN revoked_by;
    ALTER TABLE api_tokens DROP COLUMN expires_at;
    ALTER TABLE api_tokens DROP COLUMN workspace_id;
    ALTER TABLE api_tokens DROP COLUMN scope;
  `,
  );
}
