import type { Database } from '../db/database.js';
import type { WorkspaceKind } from '../db/schema.js';
import type { Settings } from '../settings.js';
import type { Mailer } from '../mail/mailer.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { PROGRAMME_ONLY_ROLES, type WorkspaceRole } from '../http/policy.js';
import { recordAudit } from '../audit/service.js';
import { checkPasswordStrength, createSession } from '../auth/service.js';
import { hashPassword, newSecret, sha256 } from '../auth/secrets.js';
import { checkPasswordThrottled } from '../auth/throttle.js';
import { msg, render, word, type Locale } from '../i18n/index.js';

export function checkRoleFitsKind(role: WorkspaceRole, kind: WorkspaceKind): void {
  if (kind === 'cluster_initiative' && PROGRAMME_ONLY_ROLES.includes(role))
    throw badRequest('invalid_role', msg`The role "${word(role)}" exists only in programme workspaces`, {
      field: 'body.role',
    });
}

export async function createWorkspace(
  db: Database,
  userId: string,
  input: { name: string; kind: WorkspaceKind; organisationName?: string },
) {
  return db.transaction().execute((trx) => insertWorkspace(trx, userId, input));
}

/**
 * Creates a workspace, its organisation, the creator's ownership and (for a cluster initiative) its
 * lifecycle, inside the caller's transaction (a funded plan becomes an initiative: programme/plans).
 */
export async function insertWorkspace(
  trx: Database,
  userId: string,
  input: { name: string; kind: WorkspaceKind; organisationName?: string },
) {
  {
    const org = await trx
      .insertInto('organisations')
      .values({ name: input.organisationName ?? input.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ws = await trx
      .insertInto('workspaces')
      .values({ organisation_id: org.id, kind: input.kind, name: input.name })
      .returning(['id', 'name', 'kind'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('memberships')
      .values({ workspace_id: ws.id, user_id: userId, role: 'owner' })
      .execute();
    if (input.kind === 'cluster_initiative') {
      await trx
        .insertInto('lifecycle_states')
        .values({ workspace_id: ws.id, stage: 'initiation', unido_phase: 1, blueprint_step: null })
        .execute();
    }
    await recordAudit(trx, {
      workspaceId: ws.id,
      userId,
      action: 'workspace.create',
      entity: 'workspace',
      entityId: ws.id,
      newValue: input,
    });
    return ws;
  }
}

async function ownerCount(db: Database, workspaceId: string) {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function changeMemberRole(
  db: Database,
  ws: { id: string; kind: WorkspaceKind },
  actorId: string,
  userId: string,
  role: WorkspaceRole,
) {
  checkRoleFitsKind(role, ws.kind);
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', ws.id)
      .where('user_id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('Member');
    if (current.role === 'owner' && role !== 'owner' && (await ownerCount(trx, ws.id)) <= 1)
      throw conflict('A workspace keeps at least one owner; make someone else owner first');
    await trx
      .updateTable('memberships')
      .set({ role })
      .where('workspace_id', '=', ws.id)
      .where('user_id', '=', userId)
      .execute();
    await recordAudit(trx, {
      workspaceId: ws.id,
      userId: actorId,
      action: 'membership.role',
      entity: 'membership',
      entityId: userId,
      oldValue: { role: current.role },
      newValue: { role },
    });
  });
}

export async function removeMember(db: Database, workspaceId: string, actorId: string, userId: string) {
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('Member');
    if (current.role === 'owner' && (await ownerCount(trx, workspaceId)) <= 1)
      throw conflict('The last owner cannot be removed');
    await trx
      .deleteFrom('memberships')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute();
    await recordAudit(trx, {
      workspaceId,
      userId: actorId,
      action: 'membership.remove',
      entity: 'membership',
      entityId: userId,
      oldValue: { role: current.role },
    });
  });
}

export async function invite(
  db: Database,
  mailer: Mailer,
  settings: Settings,
  ws: { id: string; kind: WorkspaceKind; name: string; role: WorkspaceRole },
  actorId: string,
  input: { email: string; role: WorkspaceRole; organisationId?: string },
  /** The mail's language: the inviter's (the invitee has no account yet to say theirs). */
  locale: Locale = 'en',
) {
  checkRoleFitsKind(input.role, ws.kind);
  if (input.role === 'owner' && ws.role !== 'owner')
    throw forbidden('Only an owner can invite another owner');
  const email = input.email.trim().toLowerCase();
  const token = newSecret();
  const invitation = await db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('users.id')
      .where('memberships.workspace_id', '=', ws.id)
      .where('users.email', '=', email)
      .executeTakeFirst();
    if (already) throw conflict(msg`${email} is already a member of this workspace`, { field: 'body.email' });
    if (input.organisationId) {
      // A member login can speak for one organisation of the actor register (member portal, issue 6).
      const org = await trx
        .selectFrom('actors')
        .select('id')
        .where('id', '=', input.organisationId)
        .where('workspace_id', '=', ws.id)
        .executeTakeFirst();
      if (!org)
        throw badRequest('validation_failed', 'No such organisation in this workspace', [
          { field: 'body.organisationId', message: 'is not an actor of this workspace' },
        ]);
    }
    const row = await trx
      .insertInto('invitations')
      .values({
        workspace_id: ws.id,
        email,
        role: input.role,
        token_hash: sha256(token),
        invited_by: actorId,
        expires_at: new Date(Date.now() + 14 * 24 * 3_600_000),
        accepted_at: null,
        revoked_at: null,
        actor_id: input.organisationId ?? null,
      })
      .returning(['id', 'email', 'role', 'created_at', 'expires_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      workspaceId: ws.id,
      userId: actorId,
      action: 'invitation.create',
      entity: 'invitation',
      entityId: row.id,
      newValue: { email, role: input.role },
    });
    return row;
  });
  const link = `${settings.publicUrl}/invitations/${token}`;
  // The invitation stands even when the message cannot be sent: the inviter gets the link and
  // is told to pass it on.
  let mailError: string | null = null;
  try {
    await mailer.send({
      to: email,
      subject: render(locale, msg`You are invited to ${ws.name} on Agglomera`),
      text: `${render(locale, msg`You have been invited to join “${ws.name}” as ${word(input.role)}. Accept within 14 days:`)}\n${link}`,
    });
  } catch (e) {
    mailError = (e as Error).message;
  }
  return { ...invitation, link, mailed: mailError === null, mailError };
}

async function openInvitation(db: Database, token: string) {
  const inv = await db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.role',
      'invitations.workspace_id',
      'invitations.actor_id',
      'workspaces.name as workspace_name',
      'workspaces.kind',
    ])
    .where('invitations.token_hash', '=', sha256(token))
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!inv) throw notFound('Invitation (unknown, used, revoked or expired)');
  return inv;
}

/**
 * What an open invitation offers. `accountExists` tells the link holder whether to type their
 * existing password or choose one: the invitation is addressed to that email, so the link holder
 * knows it already, and only an open invitation answers (404 once used, revoked or expired). The
 * password typed for an existing account is then throttled as a sign-in (acceptInvitation).
 */
export async function describeInvitation(db: Database, token: string) {
  const inv = await openInvitation(db, token);
  const user = await db.selectFrom('users').select('id').where('email', '=', inv.email).executeTakeFirst();
  return {
    email: inv.email,
    // invitations.role holds one of the roles (http/policy.ts).
    role: inv.role as WorkspaceRole,
    workspace: { name: inv.workspace_name, kind: inv.kind },
    accountExists: !!user,
  };
}

/**
 * Accepting creates the account when none exists (name + password) or checks the existing
 * password under the same throttle as signing in (failures count against the invited account and
 * the caller's address; a known-device cookie of that account counts on its own). Returns the
 * session and, when a password was checked, the known-device cookie value to set.
 */
export async function acceptInvitation(
  db: Database,
  settings: Settings,
  token: string,
  input: { name?: string; password: string },
  client: { ip: string; deviceCookie?: string },
) {
  const inv = await openInvitation(db, token);
  const existing = await db.selectFrom('users').selectAll().where('email', '=', inv.email).executeTakeFirst();
  let passwordHash: string | null = null;
  let deviceCookie: string | null = null;
  if (existing) {
    deviceCookie = await checkPasswordThrottled(db, settings, {
      email: inv.email,
      ip: client.ip,
      user: existing,
      password: input.password,
      deviceCookie: client.deviceCookie,
      wrong: () => new AppError(401, 'invalid_credentials', 'Wrong password for this account'),
    });
  } else {
    if (!input.name)
      throw badRequest('validation_failed', 'body.name is required to create your account', [
        { field: 'body.name', message: 'is required' },
      ]);
    checkPasswordStrength(input.password);
    passwordHash = await hashPassword(input.password);
  }
  const user = await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('invitations')
      .set({ accepted_at: new Date() })
      .where('id', '=', inv.id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (!claimed.numUpdatedRows) throw conflict('This invitation has just been used');
    const u =
      existing ??
      (await trx
        .insertInto('users')
        .values({ email: inv.email, name: input.name!, password_hash: passwordHash! })
        .returningAll()
        .executeTakeFirstOrThrow());
    await trx
      .insertInto('memberships')
      .values({ workspace_id: inv.workspace_id, user_id: u.id, role: inv.role, actor_id: inv.actor_id })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
      .execute();
    await recordAudit(trx, {
      workspaceId: inv.workspace_id,
      userId: u.id,
      action: 'invitation.accept',
      entity: 'membership',
      entityId: u.id,
      newValue: { role: inv.role },
    });
    return u;
  });
  return { ...(await createSession(db, settings, user)), deviceCookie };
}
