import type { Database } from '../db/database.js';
import { asLocale, msg, render, type Locale } from '../i18n/index.js';
import { sendEach, type Mailer } from '../mail/mailer.js';

/**
 * The e-mail to a posting's team when another initiative expresses interest in it (docs/connect.md).
 * It goes to the posting's author and to the initiative's owners and managers, each in their own
 * language, with the interested initiative, the sender as contact, the message and the link to
 * answer. Who hears of it is the platform's choice (the guides say nothing of notifications). Sent
 * after the answer has left (app.afterReply): the interest stands whether or not the mail goes, as
 * the screen of interests received shows it either way.
 */
export async function notifyInterest(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  interestId: string,
): Promise<{ sent: number; failed: { to: string; error: string }[] }> {
  const interest = await db
    .selectFrom('partner_interests as i')
    .innerJoin('partner_postings as p', 'p.id', 'i.posting_id')
    .innerJoin('workspaces as from', 'from.id', 'i.workspace_id')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select([
      'i.message',
      'p.title',
      'p.created_by',
      'p.workspace_id as postingWorkspaceId',
      'from.name as initiative',
      'u.name as sender',
      'u.email as senderEmail',
    ])
    .where('i.id', '=', interestId)
    .executeTakeFirst();
  if (!interest) return { sent: 0, failed: [] };
  const team = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.email', 'u.locale'])
    .where('m.workspace_id', '=', interest.postingWorkspaceId)
    .where((eb) =>
      eb.or([
        eb('m.role', 'in', ['owner', 'manager']),
        ...(interest.created_by ? [eb('m.user_id', '=', interest.created_by)] : []),
      ]),
    )
    .orderBy('u.email')
    .execute();
  const link = `${publicUrl}/w/${interest.postingWorkspaceId}/connect/interests`;
  return sendEach(
    mailer,
    team.map((to) => ({ to: to.email, ...interestMail(asLocale(to.locale) ?? 'en', interest, link) })),
  );
}

/** The mail in the reader's language. */
export function interestMail(
  locale: Locale,
  d: { title: string; initiative: string; sender: string; senderEmail: string; message: string },
  link: string,
): { subject: string; text: string } {
  return {
    subject: render(locale, msg`Interest in your posting “${d.title}”`),
    text: [
      render(locale, msg`${d.initiative} expressed interest in your posting “${d.title}”.`),
      '',
      render(locale, msg`From: ${d.sender} <${d.senderEmail}>`),
      '',
      d.message,
      '',
      render(locale, msg`Accept or decline it in Agglomera: ${link}`),
    ].join('\n'),
  };
}

/**
 * The e-mail to the person who expressed an interest when the posting's team answers it, in their
 * language: accepted with the contact of whoever accepted it, or declined. Sent after the answer
 * has left, like the first; each decision sends one (the team can change its answer).
 */
export async function notifyDecision(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  interestId: string,
): Promise<{ sent: number; failed: { to: string; error: string }[] }> {
  const d = await db
    .selectFrom('partner_interests as i')
    .innerJoin('partner_postings as p', 'p.id', 'i.posting_id')
    .innerJoin('workspaces as owner', 'owner.id', 'i.posting_workspace_id')
    .innerJoin('users as sender', 'sender.id', 'i.user_id')
    .leftJoin('users as decider', 'decider.id', 'i.decided_by')
    .select([
      'i.status',
      'i.workspace_id as senderWorkspaceId',
      'i.user_id as senderId',
      'p.title',
      'owner.name as initiative',
      'sender.email as to',
      'sender.locale',
      'decider.name as decider',
      'decider.email as deciderEmail',
    ])
    .where('i.id', '=', interestId)
    .executeTakeFirst();
  if (!d || d.status === 'pending') return { sent: 0, failed: [] };
  // The sender hears only while still in the team of the initiative that sent it.
  const stillThere = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', d.senderWorkspaceId)
    .where('user_id', '=', d.senderId)
    .executeTakeFirst();
  if (!stillThere) return { sent: 0, failed: [] };
  const locale = asLocale(d.locale) ?? 'en';
  const link = `${publicUrl}/w/${d.senderWorkspaceId}/connect/interests`;
  const lines =
    d.status === 'accepted'
      ? [
          render(locale, msg`${d.initiative} accepted your interest in “${d.title}”.`),
          ...(d.decider && d.deciderEmail
            ? ['', render(locale, msg`Contact: ${d.decider} <${d.deciderEmail}>`)]
            : []),
        ]
      : [render(locale, msg`${d.initiative} declined your interest in “${d.title}”.`)];
  return sendEach(mailer, [
    {
      to: d.to,
      subject:
        d.status === 'accepted'
          ? render(locale, msg`Your interest in “${d.title}” was accepted`)
          : render(locale, msg`Your interest in “${d.title}” was declined`),
      text: [...lines, '', render(locale, msg`Your initiative’s interests in Agglomera: ${link}`)].join('\n'),
    },
  ]);
}
