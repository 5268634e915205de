import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';

interface Follow {
  id: string;
  status: string;
  /** The name shows once the initiative has accepted; until then, the identifier typed. */
  initiative: { id: string; name: string | null };
  shares: string[];
  lifecycle: { stage: string; unidoPhase: number; blueprintStep: number | null } | null;
}

/** The initiatives a programme follows, with only what each one shares. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role;
  const canFollow = role === 'owner' || role === 'officer';
  const { data, error, loading, reload } = useApi<{ follows: Follow[] }>(
    `/workspaces/${workspaceId}/follows`,
  );
  const [initiativeId, setInitiativeId] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <Loading />;

  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">{t('module.portfolio')}</h1>
      <p className="lead">{t('portfolio.intro')}</p>
      {data?.follows.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('portfolio.initiative')}</th>
              <th scope="col">{t('portfolio.status')}</th>
              <th scope="col">{t('lifecycle.currentStage')}</th>
              <th scope="col">{t('lifecycle.unidoPhase')}</th>
              <th scope="col">{t('portfolio.shares')}</th>
              {canFollow && <th scope="col">{t('portfolio.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {data.follows.map((f) => (
              <tr key={f.id}>
                <td>{f.initiative.name ?? t('portfolio.awaiting', { id: f.initiative.id })}</td>
                <td>{t(`portfolio.statuses.${f.status}`)}</td>
                <td>
                  {f.lifecycle ? (
                    t(`stage.${f.lifecycle.stage}`)
                  ) : (
                    <span className="muted">{t('portfolio.notShared')}</span>
                  )}
                </td>
                <td>{f.lifecycle ? f.lifecycle.unidoPhase : '—'}</td>
                <td>{f.shares.length ? f.shares.map((s) => t(`share.${s}`)).join(', ') : '—'}</td>
                {canFollow && (
                  <td>
                    {f.status === 'requested' && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={async () => {
                          try {
                            await del(`/workspaces/${workspaceId}/follows/${f.id}`);
                            await reload();
                            setMessage({ ok: true, text: t('portfolio.withdrawn') });
                          } catch (err) {
                            setMessage({ ok: false, text: (err as Error).message });
                          }
                        }}
                      >
                        {t('portfolio.withdraw')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('portfolio.empty')}</p>
      )}
      {canFollow && (
        <>
          <h2>{t('portfolio.follow')}</h2>
          <form
            className="panel form-row"
            onSubmit={async (e) => {
              e.preventDefault();
              try {
                await post(`/workspaces/${workspaceId}/follows`, { initiativeId: initiativeId.trim() });
                setInitiativeId('');
                await reload();
                setMessage({ ok: true, text: t('portfolio.requested') });
              } catch (err) {
                setMessage({ ok: false, text: (err as Error).message });
              }
            }}
          >
            <label>
              {t('portfolio.initiativeId')}
              <input value={initiativeId} onChange={(e) => setInitiativeId(e.target.value)} required />
            </label>
            <button type="submit">{t('portfolio.sendRequest')}</button>
          </form>
          {message && (
            <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
              {message.text}
            </p>
          )}
        </>
      )}
    </section>
  );
}
