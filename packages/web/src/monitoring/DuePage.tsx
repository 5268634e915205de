import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { MonitoringNav } from './MonitoringNav';

interface DueRow {
  indicatorId: string;
  indicator: string;
  period: string;
  startsOn: string;
  endsOn: string;
  responsible: string | null;
}

/** What is due from me, and which values are late or missing (issue 7: data collection). */
export function DuePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const due = useApi<{ due: DueRow[]; late: DueRow[] }>(`/workspaces/${workspaceId}/monitoring/due`);
  if (due.error) return <ErrorMessage error={due.error} />;
  if (!due.data) return <Loading />;
  const table = (rows: DueRow[], id: string) => (
    <table aria-labelledby={id}>
      <thead>
        <tr>
          <th scope="col">{t('monitoring.field.name')}</th>
          <th scope="col">{t('monitoring.periods.period')}</th>
          <th scope="col">{t('monitoring.due.ends')}</th>
          <th scope="col">{t('monitoring.field.responsible')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.indicatorId}-${r.period}`}>
            <td>
              <Link to={`/w/${workspaceId}/monitoring/indicators/${r.indicatorId}`}>{r.indicator}</Link>
            </td>
            <td>{r.period}</td>
            <td>{r.endsOn}</td>
            <td>{r.responsible ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="due-title">
      <h1 id="due-title">{t('monitoring.due.title')}</h1>
      <MonitoringNav />
      <h2 id="due-mine">{t('monitoring.due.mine')}</h2>
      {due.data.due.length === 0 ? (
        <p className="muted">{t('monitoring.due.nothing')}</p>
      ) : (
        table(due.data.due, 'due-mine')
      )}
      <h2 id="due-late">{t('monitoring.due.late')}</h2>
      {due.data.late.length === 0 ? (
        <p className="muted">{t('monitoring.due.noneLate')}</p>
      ) : (
        table(due.data.late, 'due-late')
      )}
    </section>
  );
}
