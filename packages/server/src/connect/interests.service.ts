import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/service.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { today } from './shared.js';

/**
 * "Express interest" in another initiative's open posting, ECCP style (docs/connect.md): the
 * interested initiative's team sends a short message; the posting's team accepts or declines it.
 * One interest per initiative and posting: the unique constraint (posting_id, workspace_id) decides
 * between two sent at once, and the second gets 409.
 */

interface Actor {
  workspaceId: string;
  userId: string;
}

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

export async function expressInterest(db: Database, actor: Actor, postingId: string, message: string) {
  const text = message.trim();
  if (!text)
    throw badRequest('validation_failed', 'Write a short message to the posting’s team', [
      { field: 'body.message', message: 'is empty' },
    ]);
  const posting = await db
    .selectFrom('partner_postings as p')
    .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
    .select(['p.id', 'p.workspace_id', 'p.status', 'p.closes_on', 'p.title'])
    .where('p.id', '=', postingId)
    .where('w.kind', '=', 'cluster_initiative')
    .executeTakeFirst();
  if (posting?.workspace_id === actor.workspaceId)
    throw conflict('This is a posting of your own initiative: interest comes from other initiatives', [
      { field: 'body.postingId', message: 'is a posting of your own initiative' },
    ]);
  const closesOn = posting?.closes_on as string | Date | null | undefined;
  const closesDay = closesOn instanceof Date ? closesOn.toISOString().slice(0, 10) : closesOn;
  // Anything but an open posting of another initiative: not found, saying no more.
  if (!posting || posting.status !== 'open' || (closesDay && closesDay < today())) throw notFound('Posting');
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('partner_interests')
        .values({
          posting_id: posting.id,
          posting_workspace_id: posting.workspace_id,
          workspace_id: actor.workspaceId,
          user_id: actor.userId,
          message: text,
        })
        .returning(['id', 'status', 'created_at'])
        .executeTakeFirstOrThrow();
      // Both initiatives' audit trails hold the interest.
      for (const workspaceId of [actor.workspaceId, posting.workspace_id])
        await recordAudit(trx, {
          workspaceId,
          userId: actor.userId,
          action: 'connect.interest.create',
          entity: 'partner_interest',
          entityId: row.id,
          newValue: { postingId: posting.id, postingTitle: posting.title, message: text },
        });
      return {
        id: row.id,
        postingId: posting.id,
        status: row.status,
        createdAt: new Date(row.created_at).toISOString(),
      };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict('Your initiative has already expressed interest in this posting', [
        { field: 'body.postingId', message: 'has an interest of your initiative already' },
      ]);
    throw e;
  }
}

/**
 * The interests on one side of an initiative: those other initiatives expressed in its postings
 * ('received', with whom to contact) or those it expressed itself ('sent', with the posting's
 * initiative). One query for both: the side decides the join, the filter and the person shown.
 */
async function interestRows(
  db: Database,
  side: 'received' | 'sent',
  workspaceId: string,
  interestId?: string,
) {
  let query = db
    .selectFrom('partner_interests as i')
    .innerJoin('partner_postings as p', 'p.id', 'i.posting_id')
    .innerJoin('workspaces as w', 'w.id', side === 'received' ? 'i.workspace_id' : 'p.workspace_id')
    .leftJoin('users as u', 'u.id', 'i.user_id')
    .select([
      'i.id',
      'i.posting_id',
      'p.title as posting_title',
      'p.kind as posting_kind',
      'w.name as initiative_name',
      'u.name as person_name',
      'u.email as person_email',
      'i.message',
      'i.status',
      'i.decided_at',
      'i.created_at',
    ]);
  query =
    side === 'received'
      ? query.where('i.posting_workspace_id', '=', workspaceId).where('p.workspace_id', '=', workspaceId)
      : query.where('i.workspace_id', '=', workspaceId);
  if (interestId) query = query.where('i.id', '=', interestId);
  const rows = await query.orderBy('i.created_at', 'desc').execute();
  return rows.map((r) => ({
    common: {
      id: r.id,
      postingId: r.posting_id,
      postingTitle: r.posting_title,
      postingKind: r.posting_kind,
      initiativeName: r.initiative_name,
    },
    person: { name: r.person_name ?? '', email: r.person_email ?? '' },
    state: {
      message: r.message,
      status: r.status,
      decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
      createdAt: new Date(r.created_at).toISOString(),
    },
  }));
}

/** The interests other initiatives expressed in this initiative's postings, with who to contact. */
export async function interestsReceived(db: Database, workspaceId: string, interestId?: string) {
  const rows = await interestRows(db, 'received', workspaceId, interestId);
  return {
    interests: rows.map((r) => ({
      ...r.common,
      contactName: r.person.name,
      contactEmail: r.person.email,
      ...r.state,
    })),
  };
}

/** The interests this initiative expressed, with their status (the posting's title and initiative). */
export async function interestsSent(db: Database, workspaceId: string) {
  const rows = await interestRows(db, 'sent', workspaceId);
  return { interests: rows.map((r) => ({ ...r.common, sentBy: r.person.name, ...r.state })) };
}

/**
 * Accepts or declines an interest in one of this initiative's postings (its team only). Giving the
 * answer the interest already has changes nothing: no audit entry, and `changed` false, so that its
 * sender is not told twice.
 */
export async function decideInterest(
  db: Database,
  actor: Actor,
  interestId: string,
  decision: 'accepted' | 'declined',
) {
  const changed = await db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('partner_interests')
      .select(['id', 'status', 'workspace_id', 'posting_id'])
      .where('id', '=', interestId)
      .where('posting_workspace_id', '=', actor.workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!old) throw notFound('Interest');
    if (old.status === decision) return false;
    await trx
      .updateTable('partner_interests')
      .set({ status: decision, decided_by: actor.userId, decided_at: new Date() })
      .where('id', '=', interestId)
      .execute();
    for (const workspaceId of [actor.workspaceId, old.workspace_id])
      await recordAudit(trx, {
        workspaceId,
        userId: actor.userId,
        action: `connect.interest.${decision === 'accepted' ? 'accept' : 'decline'}`,
        entity: 'partner_interest',
        entityId: interestId,
        oldValue: { status: old.status },
        newValue: { status: decision },
      });
    return true;
  });
  const { interests } = await interestsReceived(db, actor.workspaceId, interestId);
  return { interest: interests[0]!, changed };
}
