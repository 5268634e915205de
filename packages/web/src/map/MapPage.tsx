import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, upload } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime, formatNumber } from '../i18n';
import type { DatasetImported, DatasetList } from './types';

const EDITORS = ['owner', 'manager', 'staff', 'officer'];

export function MapPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const list = useApi<DatasetList>(`/workspaces/${workspaceId}/map/datasets`);
  const [definitions, setDefinitions] = useState<'us-benchmark' | 'file'>('us-benchmark');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;

  return (
    <section aria-labelledby="map-title">
      <h1 id="map-title">{t('module.map')}</h1>
      <p className="lead">{t('map.intro')}</p>
      <h2>{t('map.datasets')}</h2>
      {list.data.datasets.length === 0 ? (
        <p className="muted">{t('map.noDatasets')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('map.file')}</th>
              <th scope="col">{t('map.definitions')}</th>
              <th scope="col">{t('map.rows')}</th>
              <th scope="col">{t('map.years')}</th>
              <th scope="col">{t('common.when')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.datasets.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/w/${workspaceId}/map/${d.id}`}>{d.name}</Link>
                </td>
                <td>{d.file_name}</td>
                <td>{d.definitions}</td>
                <td className="num">{formatNumber(d.input_rows, i18n.language)}</td>
                <td>{d.years.join(', ') || '—'}</td>
                <td>
                  {formatDateTime(d.created_at, i18n.language)}{' '}
                  {d.created_by_name && `· ${d.created_by_name}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to={`/w/${workspaceId}/selection`}>{t('selection.goTo')}</Link>
      </p>

      {EDITORS.includes(role) && (
        <>
          <h2>{t('map.upload')}</h2>
          <form
            ref={form}
            className="panel"
            onSubmit={async (e) => {
              e.preventDefault();
              setBusy(true);
              setError(null);
              setMessage(null);
              try {
                const res = await upload<DatasetImported>(
                  `/workspaces/${workspaceId}/map/datasets`,
                  new FormData(e.currentTarget),
                );
                setMessage(t('map.imported', { records: res.records }));
                form.current?.reset();
                await list.reload();
              } catch (err) {
                const d =
                  err instanceof ApiError ? (err.details as { line?: number; column?: string } | null) : null;
                setError(
                  `${(err as Error).message}${d?.line ? ` — ${t('map.fixLine', { line: d.line, column: d.column ?? '' })}` : ''}`,
                );
              } finally {
                setBusy(false);
              }
            }}
          >
            <p className="small">{t('map.uploadHelp')}</p>
            <label>
              {t('common.name')}
              <input name="name" required maxLength={200} />
            </label>
            <label>
              {t('map.dataFile')}
              <input name="file" type="file" accept=".csv,.xlsx,text/csv" required />
            </label>
            <fieldset>
              <legend>{t('map.definitions')}</legend>
              <label className="checkbox">
                <input
                  type="radio"
                  name="definitions"
                  value="us-benchmark"
                  checked={definitions === 'us-benchmark'}
                  onChange={() => setDefinitions('us-benchmark')}
                />
                {t('map.usBenchmark')}
              </label>
              <label className="checkbox">
                <input
                  type="radio"
                  name="definitions"
                  value="file"
                  checked={definitions === 'file'}
                  onChange={() => setDefinitions('file')}
                />
                {t('map.ownDefinitions')}
              </label>
              {definitions === 'file' && (
                <label>
                  {t('map.definitionsFile')}
                  <input name="definitionsFile" type="file" accept=".csv,.xlsx,text/csv" required />
                </label>
              )}
            </fieldset>
            {busy && <progress aria-label={t('map.importing')} />}
            {error && (
              <p role="alert" className="alert">
                {error}
              </p>
            )}
            {message && (
              <p role="status" className="ok">
                {message}
              </p>
            )}
            <button type="submit" disabled={busy}>
              {t('map.import')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
