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
