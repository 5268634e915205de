import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { formatDateTime } from '../i18n';
import { ActionNotice, useAction } from '../useAction';

type Links = ApiGet<'/workspaces/{workspaceId}/membership/application-links'>;
type ApplicationLink = Links['links'][number];

/**
 * The links prospects use to apply for membership: create one, see those handed out with the
 * applications each brought, revoke one (after confirming) so that it opens nothing any more.
 */
export function ApplicationLinks({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const base = `/workspaces/${workspaceId}/membership/application-links`;
  const { data, reload } = useApi<Links>(base);
  const { message, act } = useAction(reload);
  const [created, setCreated] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ApplicationLink | null>(null);
  const when = (s: string) => formatDateTime(s, i18n.language);
  return (
    <div className="panel">
      <h2 id="links-title">{t('members.links')}</h2>
      <button
        type="button"
        onClick={() =>
          act(async () => setCreated((await post<{ link: string }>(base)).link), t('members.linkCreated'))
        }
      >
        {t('members.createLink')}
      </button>
      {created && (
        <p>
          {t('members.linkHelp')} <code data-testid="application-link">{created}</code>
        </p>
      )}
      <ActionNotice message={message} />
      {data?.links.length ? (
        <table aria-labelledby="links-title">
          <thead>
            <tr>
              <th scope="col">{t('members.linkCreatedCol')}</th>
              <th scope="col">{t('members.linkApplications')}</th>
              <th scope="col">{t('members.linkState')}</th>
            </tr>
          </thead>
          <tbody>
            {data.links.map((l) => (
              <tr key={l.id}>
                <td>
                  {when(l.createdAt)} · {l.createdBy ?? '—'}
                </td>
                <td>{l.applications}</td>
                <td>
                  {l.revokedAt ? (
                    t('members.linkRevokedOn', { date: when(l.revokedAt), by: l.revokedBy ?? '—' })
                  ) : (
                    <button type="button" className="secondary" onClick={() => setConfirm(l)}>
                      {t('members.revokeLink')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('members.noLinks')}</p>
      )}
      {confirm && (
        <div className="panel confirm" role="alertdialog" aria-labelledby="confirm-link">
          <p id="confirm-link">{t('members.confirmRevokeLink', { date: when(confirm.createdAt) })}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                const id = confirm.id;
                setConfirm(null);
                setCreated(null);
                void act(() => del(`${base}/${id}`), t('members.linkRevoked'));
              }}
            >
              {t('members.revokeLink')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
