import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../../api';
import { useApi } from '../../useApi';
import { useSession } from '../../session';
import { ErrorMessage, Loading } from '../../layout/common';
import { formatDateTime } from '../../i18n';
import type { ExerciseList } from './types';

export const SELECTION_MANAGERS = ['owner', 'manager', 'officer'];

export function SelectionListPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const list = useApi<ExerciseList>(`/workspaces/${workspaceId}/selections`);
  const datasets = useApi<{ datasets: { id: string; name: string; years: number[] }[] }>(
    `/workspaces/${workspaceId}/map/datasets`,
  );
  const [name, setName] = useState('');
  const [datasetId, setDatasetId] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  return (
    <section aria-labelledby="selection-title">
      <h1 id="selection-title">{t('module.selection')}</h1>
      <p className="lead">{t('selection.intro')}</p>
      {list.data.selections.length === 0 ? (
        <p className="muted">{t('selection.none')}</p>
      ) : (
        <ul>
          {list.data.selections.map((s) => (
            <li key={s.id}>
              <Link to={`/w/${workspaceId}/selection/${s.id}`}>{s.name}</Link> ·{' '}
              {t(`selection.status.${s.status}`)} · {formatDateTime(s.created_at, i18n.language)}
            </li>
          ))}
        </ul>
      )}
      {SELECTION_MANAGERS.includes(role) && (
        <form
          className="panel"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const ex = await post<{ id: string }>(`/workspaces/${workspaceId}/selections`, {
                name,
                ...(datasetId ? { datasetId } : {}),
              });
              navigate(`/w/${workspaceId}/selection/${ex.id}`);
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        >
          <h2 className="h-small">{t('selection.start')}</h2>
          <label>
            {t('common.name')}
            <input value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label>
            {t('selection.dataset')}
            <select value={datasetId} onChange={(e) => setDatasetId(e.target.value)}>
              <option value="">{t('selection.noDataset')}</option>
              {datasets.data?.datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
          <button type="submit">{t('selection.create')}</button>
        </form>
      )}
    </section>
  );
}
