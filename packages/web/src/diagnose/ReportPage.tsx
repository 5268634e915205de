import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { formatDateTime } from '../i18n';
import { DiagnoseNav } from './DiagnoseNav';
import type { Baselines } from './diagnoseTypes';

/** The diagnostic report (HTML, PDF) and recording it as the initiative's baseline. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canRecord = ['owner', 'manager'].includes(
    me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '',
  );
  const baselines = useApi<Baselines>(`/workspaces/${workspaceId}/baselines`);
  const [confirm, setConfirm] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const base = `/api/v1/workspaces/${workspaceId}/diagnostic-report`;
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{t('report.title')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('report.intro')}</p>
      <p>
        <a href={`${base}?format=html`} target="_blank" rel="noreferrer">
          {t('report.openHtml')}
        </a>{' '}
        ·{' '}
        <a href={`${base}?format=pdf`} download>
          {t('report.downloadPdf')}
        </a>
      </p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
          {message.text}
        </p>
      )}
      {canRecord &&
        (confirm ? (
          <div className="panel confirm" role="alertdialog" aria-labelledby="confirm-baseline">
            <p id="confirm-baseline">{t('report.confirm')}</p>
            <div className="actions">
              <button
                type="button"
                onClick={async () => {
                  setConfirm(false);
                  try {
                    await post(`/workspaces/${workspaceId}/diagnostic-report/baseline`);
                    await baselines.reload();
                    setMessage({ ok: true, text: t('report.recorded') });
                  } catch (e) {
                    setMessage({ ok: false, text: (e as Error).message });
                  }
                }}
              >
                {t('report.record')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirm(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirm(true)}>
            {t('report.record')}
          </button>
        ))}
      <h2>{t('report.baselines')}</h2>
      {baselines.data?.baselines.length ? (
        <ul>
          {baselines.data.baselines.map((b) => (
            <li key={b.id}>
              {b.description}{' '}
              <span className="small muted">({formatDateTime(b.recorded_at, i18n.language)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('report.noBaseline')}</p>
      )}
    </section>
  );
}
