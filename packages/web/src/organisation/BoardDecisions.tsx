import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';

/**
 * The board role on membership applications (issue 14, item 3; docs/organisation.md "Board
 * role"): which body decides, and whether the signed-in user is one of its seated members.
 */
export type Deciders = ApiGet<'/workspaces/{workspaceId}/organisation/governance/application-deciders'>;

export function useApplicationDeciders(workspaceId: string) {
  return useApi<Deciders>(`/workspaces/${workspaceId}/organisation/governance/application-deciders`);
}

/** "Decided by: Executive board" beside the applications, for everyone who sees them. */
export function DecidingBody({ deciders }: { deciders: Deciders | null }) {
  const { t } = useTranslation();
  if (!deciders) return null;
  return (
    <p className="small" data-testid="deciding-body">
      {deciders.body
        ? t('boardDecisions.decidedBy', { name: deciders.body.name })
        : t('boardDecisions.decidedByManagers')}
      {deciders.body && !deciders.canDecide && (
        <> — {t('boardDecisions.notYou', { name: deciders.body.name })}</>
      )}
    </p>
  );
}

/**
 * The applications a seated member of the deciding body decides on, for logins that do not see the
 * members screen (a board member whose login is a member's): nothing for anyone else.
 */
export function BoardDecisions() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const deciders = useApplicationDeciders(workspaceId);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const d = deciders.data;
  if (!d?.canDecide || !d.body) return null;
  const decide = (id: string, name: string, decision: 'approve' | 'reject') =>
    post(`/workspaces/${workspaceId}/membership/applications/${id}/decision`, { decision }).then(
      async () => {
        await deciders.reload();
        setMessage({
          ok: true,
          text: t(`boardDecisions.${decision === 'approve' ? 'approved' : 'rejected'}`, { name }),
        });
      },
      (e) => setMessage({ ok: false, text: (e as Error).message }),
    );
  return (
    <section aria-labelledby="board-decisions-title" className="panel">
      <h2 id="board-decisions-title">{t('boardDecisions.title')}</h2>
      <DecidingBody deciders={d} />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
          {message.text}
        </p>
      )}
      {d.applications.length === 0 ? (
        <p className="muted">{t('boardDecisions.none')}</p>
      ) : (
        <ul>
          {d.applications.map((a) => (
            <li key={a.id} data-testid="application">
              <strong>{a.organisation}</strong> — {a.contact_name}, {a.email}
              {a.message && <p>{a.message}</p>}
              <div className="actions">
                <button type="button" onClick={() => decide(a.id, a.organisation, 'approve')}>
                  {t('boardDecisions.approve')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => decide(a.id, a.organisation, 'reject')}
                >
                  {t('boardDecisions.reject')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
