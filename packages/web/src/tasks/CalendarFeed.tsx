import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, del, post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage } from '../layout/common';
import type { FeedCreated, FeedStatus } from '../home/homeTypes';

/** The secret calendar address of my tasks, on the account page: make, copy once, revoke. */
export function CalendarFeed() {
  const { t } = useTranslation();
  const status = useApi<FeedStatus>('/me/calendar-feed');
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = async (f: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await f();
      await status.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e), null));
    }
  };
  return (
    <section aria-labelledby="calendar-feed" id="calendar-feed-section">
      <h2 id="calendar-feed">{t('tasks.calendar.title')}</h2>
      <p>{t('tasks.calendar.intro')}</p>
      <ErrorMessage error={error ?? status.error} />
      {url && (
        <div className="notice">
          <label htmlFor="calendar-url">{t('tasks.calendar.url')}</label>
          <input id="calendar-url" readOnly value={url} onFocus={(e) => e.target.select()} />
          <p className="small">{t('tasks.calendar.once')}</p>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
      <p>{status.data?.active ? t('tasks.calendar.active') : t('tasks.calendar.inactive')}</p>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const r = await post<FeedCreated>('/me/calendar-feed');
              setUrl(r.url);
            })
          }
        >
          {status.data?.active ? t('tasks.calendar.renew') : t('tasks.calendar.create')}
        </button>
        {status.data?.active && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (!window.confirm(t('tasks.calendar.confirmRevoke'))) return;
              void run(async () => {
                await del('/me/calendar-feed');
                setUrl(null);
                setNotice(t('tasks.calendar.revoked'));
              });
            }}
          >
            {t('tasks.calendar.revoke')}
          </button>
        )}
      </div>
    </section>
  );
}
