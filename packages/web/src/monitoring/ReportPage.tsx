import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { put } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { MonitoringNav } from './MonitoringNav';
import { ChecksNotice } from './ChecksNotice';
import { ServerChart } from '../layout/ServerChart';

const NARRATIVE = ['summary', 'progress', 'challenges', 'nextSteps'] as const;
/** A monitoring report in JSON, with each indicator's trend chart as SVG drawn by the server. */
type Report = ApiGet<'/workspaces/{workspaceId}/monitoring/reports/{reportId}'>;

/** One monitoring report: indicator table with traffic lights, trend charts, narrative, downloads. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', reportId = '' } = useParams();
  const url = `/workspaces/${workspaceId}/monitoring/reports/${reportId}`;
  const report = useApi<Report>(url);
  const { message, act } = useAction(report.reload);
  const [narrative, setNarrative] = useState<Report['narrative']>({});
  const [tolerance, setTolerance] = useState('');
  useEffect(() => {
    if (report.data) {
      setNarrative(report.data.narrative);
      setTolerance(String(report.data.tolerance));
    }
  }, [report.data]);
  if (report.error) return <ErrorMessage error={report.error} />;
  if (!report.data) return <Loading />;
  const r = report.data;
  const fmt = (v: number | null, i: Report['indicators'][number]) =>
    v === null
      ? '—'
      : `${formatNumber(v, i18n.language, 2)}${i.unit === 'percentage' ? ' %' : i.unit === 'currency' ? ` ${i.currency ?? ''}` : ''}`;
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{r.title}</h1>
      <MonitoringNav />
      <p>
        {t('reports.period', { from: r.startsOn, to: r.endsOn })}
        {' · '}
        <a href={`/api/v1${url}?format=html`} target="_blank" rel="noreferrer">
          {t('reports.download.html')}
        </a>
        {' · '}
        <a href={`/api/v1${url}?format=pdf`} download data-testid="download-pdf">
          {t('reports.download.pdf')}
        </a>
        {' · '}
        <a href={`/api/v1${url}?format=docx`} download data-testid="download-docx">
          {t('reports.download.docx')}
        </a>
      </p>
      {r.checks && <ChecksNotice checks={{ ...r.checks, canEdit: r.canEdit }} />}
      <ActionNotice message={message} />
      <h2 id="report-indicators">{t('reports.indicators')}</h2>
      <p>{t('reports.lightsSummary', r.lights)}</p>
      <table aria-labelledby="report-indicators">
        <thead>
          <tr>
            <th scope="col">{t('monitoring.field.name')}</th>
            <th scope="col">{t('monitoring.field.level')}</th>
            <th scope="col">{t('monitoring.field.baselineValue')}</th>
            <th scope="col">{t('monitoring.periods.period')}</th>
            <th scope="col">{t('reports.target')}</th>
            <th scope="col">{t('reports.actual')}</th>
            <th scope="col">{t('reports.status')}</th>
          </tr>
        </thead>
        <tbody>
          {r.indicators.map((i) => (
            <tr key={i.id}>
              <td>{i.name}</td>
              <td>{t(`monitoring.level.${i.level}`)}</td>
              <td>{fmt(i.baselineValue, i)}</td>
              <td>{i.period?.key ?? '—'}</td>
              <td>{fmt(i.target, i)}</td>
              <td>{fmt(i.actual, i)}</td>
              <td>
                <span className={`light light-${i.light}`} aria-hidden="true" />
                {t(`reports.light.${i.light}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('reports.lightRule', { tolerance: r.tolerance })}</p>
      <h2 id="report-trends">{t('reports.trends')}</h2>
      <div className="trend-grid">
        {r.indicators.map((i) => (
          <figure key={i.id} className="panel">
            <figcaption>{i.name}</figcaption>
            {r.charts?.[i.id] ? (
              // The chart the server draws once with ECharts, the same as in the HTML and PDF report.
              <ServerChart
                className="trend-chart"
                svg={r.charts[i.id]}
                alt={t('reports.trendAlt', { name: i.name })}
                width={560}
                height={240}
              />
            ) : (
              <p className="muted">{t('reports.noValues')}</p>
            )}
          </figure>
        ))}
      </div>
      <form
        className="panel"
        aria-labelledby="report-narrative"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => put(url, { narrative, tolerance: Number(tolerance) }), t('common.saved'));
        }}
      >
        <h2 id="report-narrative">{t('reports.narrative.title')}</h2>
        {NARRATIVE.map((f) => (
          <label key={f}>
            {t(`reports.narrative.${f}`)}
            <textarea
              rows={4}
              value={narrative[f] ?? ''}
              readOnly={!r.canEdit}
              onChange={(e) => setNarrative({ ...narrative, [f]: e.target.value })}
            />
          </label>
        ))}
        {r.canEdit && (
          <>
            <label>
              {t('reports.field.tolerance')}
              <input
                type="number"
                min={0}
                max={100}
                step="any"
                value={tolerance}
                onChange={(e) => setTolerance(e.target.value)}
              />
            </label>
            <button type="submit">{t('common.save')}</button>
          </>
        )}
      </form>
    </section>
  );
}
