import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading, NotAvailable, Pager } from '../layout/common';

const LIMIT = 50;

/**
 * Platform administration: which workspaces are verified. Benchmarking compares an initiative
 * only with verified initiatives (or those a verified programme follows), so that nobody can make
 * up a peer group out of workspaces of their own.
 */
export function VerificationPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<'' | 'true' | 'false'>('');
  const [offset, setOffset] = useState(0);
  const params = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
  if (query) params.set('q', query);
  if (filter) params.set('verified', filter);
  const { data, error, loading, reload } = useApi<ApiGet<'/admin/workspaces'>>(
    me?.user.isPlatformAdmin ? `/admin/workspaces?${params}` : null,
  );
  const { message, act } = useAction(reload);

  if (!me?.user.isPlatformAdmin) return <NotAvailable module="platform" />;
  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <Loading />;
  const date = (s: string) => new Date(s).toLocaleDateString(i18n.language);

  return (
    <section aria-labelledby="platform-title">
      <h1 id="platform-title">{t('platform.title')}</h1>
      <p className="lead">{t('platform.intro')}</p>
      <form
        className="panel form-row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setQuery(q.trim());
        }}
      >
        <label>
          {t('platform.search')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} maxLength={200} />
        </label>
        <label>
          {t('platform.show')}
          <select
            value={filter}
            onChange={(e) => {
              setOffset(0);
              setFilter(e.target.value as typeof filter);
            }}
          >
            <option value="">{t('platform.all')}</option>
            <option value="false">{t('platform.unverifiedOnly')}</option>
            <option value="true">{t('platform.verifiedOnly')}</option>
          </select>
        </label>
        <button type="submit">{t('platform.searchButton')}</button>
      </form>
      <ActionNotice message={message} />
      {data?.workspaces.length ? (
        <div className="table-scroll">
          <table aria-labelledby="platform-title">
            <thead>
              <tr>
                <th scope="col">{t('platform.workspace')}</th>
                <th scope="col">{t('platform.kind')}</th>
                <th scope="col">{t('platform.organisation')}</th>
                <th scope="col">{t('platform.created')}</th>
                <th scope="col">{t('platform.verified')}</th>
                <th scope="col">{t('platform.action')}</th>
              </tr>
            </thead>
            <tbody>
              {data.workspaces.map((w) => (
                <tr key={w.id}>
                  <td>
                    {w.name}
                    {w.isDemo && <span className="small muted"> · {t('platform.demo')}</span>}
                    <br />
                    <code className="small">{w.id}</code>
                  </td>
                  <td>{t(`kind.${w.kind}`)}</td>
                  <td>{w.organisation}</td>
                  <td>{date(w.createdAt)}</td>
                  <td>
                    {w.verifiedAt
                      ? t('platform.verifiedOn', { date: date(w.verifiedAt), by: w.verifiedBy ?? '—' })
                      : t('platform.notVerified')}
                  </td>
                  <td>
                    <button
                      type="button"
                      className={w.verifiedAt ? 'secondary' : undefined}
                      onClick={() =>
                        act(
                          () => put(`/admin/workspaces/${w.id}/verification`, { verified: !w.verifiedAt }),
                          t(w.verifiedAt ? 'platform.withdrawn' : 'platform.done', { name: w.name }),
                        )
                      }
                    >
                      {t(w.verifiedAt ? 'platform.withdraw' : 'platform.verify')}
                      <span className="visually-hidden"> {w.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('platform.empty')}</p>
      )}
      {data && <Pager offset={offset} limit={LIMIT} total={data.total} onChange={setOffset} />}
    </section>
  );
}
