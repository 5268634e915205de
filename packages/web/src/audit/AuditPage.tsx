import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { get } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { actionInWords, describeChange } from './describe';

type Page = ApiGet<'/workspaces/{workspaceId}/audit'>;
type Entry = Page['entries'][number];

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const first = useApi<Page>(`/workspaces/${workspaceId}/audit?limit=50`);
  const [more, setMore] = useState<Entry[]>([]);
  const [next, setNext] = useState<string | null | undefined>(undefined);

  if (first.error)
    return (
      <section>
        <h1>{t('module.audit')}</h1>
        <ErrorMessage error={first.error} />
      </section>
    );
  if (!first.data) return <Loading />;
  const entries = [...first.data.entries, ...more];
  const cursor = next === undefined ? first.data.nextBefore : next;

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('module.audit')}</h1>
      <p>
        <a href={`/api/v1/workspaces/${workspaceId}/audit?format=csv`} download>
          {t('common.exportCsv')}
        </a>{' '}
        ·{' '}
        <a href={`/api/v1/workspaces/${workspaceId}/audit?format=xlsx`} download>
          {t('common.exportXlsx')}
        </a>
      </p>
      {entries.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <table data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('common.when')}</th>
              <th scope="col">{t('common.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at, i18n.language)}</td>
                <td>{e.user?.name ?? '—'}</td>
                <td>{actionInWords(e.action, t)}</td>
                <td>
                  <ul className="plain">
                    {describeChange(e.oldValue, e.newValue, t, i18n.language).map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && (
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            const page = await get<Page>(`/workspaces/${workspaceId}/audit?limit=50&before=${cursor}`);
            setMore((m) => [...m, ...page.entries]);
            setNext(page.nextBefore);
          }}
        >
          {t('common.loadMore')}
        </button>
      )}
    </section>
  );
}
