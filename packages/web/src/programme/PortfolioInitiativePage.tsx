import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import type { ApiGet } from '../api/types';
import { ServerChart } from '../layout/ServerChart';
import { ErrorMessage, Loading, ScrollTable } from '../layout/common';
import { formatNumber } from '../i18n';
import { ProgrammeNav } from './ProgrammeNav';
import { TrafficLight, countryName, type PortfolioInitiative } from './portfolioShared';

import { InitiativeAgents } from './portfolioAgents';
import { PortfolioBenchmarking } from './PortfolioBenchmarking';

/** What an initiative shares, as the portfolio reads it (programme/funding.schemas.ts on the server). */
type SharedIndicators = ApiGet<'/workspaces/{workspaceId}/portfolio/{initiativeId}/indicators'>;
export type SharedIndicator = SharedIndicators['indicators'][number];
type SharedLifecycle = ApiGet<'/workspaces/{workspaceId}/portfolio/{initiativeId}/lifecycle'>;
type SharedReports = ApiGet<'/workspaces/{workspaceId}/portfolio/{initiativeId}/reports'>;

const fmt = (v: number | null, unit: string, language: string) =>
  v === null
    ? '—'
    : `${formatNumber(v, language, Number.isInteger(v) ? 0 : 1)}${unit === 'percentage' ? ' %' : ''}`;

function Indicators({ url }: { url: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading } = useApi<SharedIndicators>(url);
  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <Loading />;
  const indicators = data?.indicators ?? [];
  const charts = data?.charts;
  if (!indicators.length) return <p className="muted">{t('programmePortfolio.noIndicators')}</p>;
  return (
    <>
      <ScrollTable label={t('share.indicators')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('monitoring.field.name')}</th>
              <th scope="col">{t('programmePortfolio.evaluationLevel')}</th>
              <th scope="col">{t('monitoring.field.baselineValue')}</th>
              <th scope="col">{t('monitoring.periods.period')}</th>
              <th scope="col">{t('reports.target')}</th>
              <th scope="col">{t('reports.actual')}</th>
              <th scope="col">{t('reports.status')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.name}</th>
                <td>{t(`monitoring.evaluationLevel.${i.evaluationLevel}`)}</td>
                <td>{fmt(i.baselineValue, i.unit, i18n.language)}</td>
                <td>{i.latest?.period ?? '—'}</td>
                <td>{fmt(i.latest?.target ?? null, i.unit, i18n.language)}</td>
                <td>{fmt(i.latest?.value ?? null, i.unit, i18n.language)}</td>
                <td>
                  <TrafficLight light={i.latest?.light ?? 'none'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="muted small">{t('reports.lightRule', { tolerance: 10 })}</p>
      <h3>{t('reports.trends')}</h3>
      <div className="trend-grid">
        {indicators
          .filter((i) => i.periods.some((p) => p.value !== null))
          .map((i) => (
            <figure key={i.id} className="panel">
              <figcaption>{i.name}</figcaption>
              {/* The initiative's own report draws the same picture (the server's ECharts SVG). */}
              <ServerChart
                className="trend-chart"
                svg={charts?.[i.id]}
                alt={t('reports.trendAlt', { name: i.name })}
                width={560}
                height={240}
              />
            </figure>
          ))}
      </div>
    </>
  );
}

function Lifecycle({ url }: { url: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<SharedLifecycle>(url);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  return (
    <dl className="facts">
      <dt>{t('lifecycle.currentStage')}</dt>
      <dd>{t(`stage.${data.stage}`)}</dd>
      <dt>{t('lifecycle.unidoPhase')}</dt>
      <dd>{data.unidoPhase}</dd>
      <dt>{t('lifecycle.blueprintStep')}</dt>
      <dd>
        {data.blueprintStep === null
          ? t('lifecycle.noBlueprint')
          : `${data.blueprintStep}. ${t(`blueprint.${data.blueprintStep}`)}`}
      </dd>
    </dl>
  );
}

function Reports({ url }: { url: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useApi<SharedReports>(url);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  if (!data.reports.length) return <p className="muted">{t('programmePortfolio.noReports')}</p>;
  const d = (s: string) => new Date(`${s}T00:00:00`).toLocaleDateString(i18n.language);
  return (
    <ul>
      {data.reports.map((r) => (
        <li key={r.id}>
          {r.title} ({d(r.startsOn)} – {d(r.endsOn)}) <a href={`/api/v1${url}/${r.id}?format=pdf`}>PDF</a>{' '}
          <a href={`/api/v1${url}/${r.id}?format=docx`}>DOCX</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * A followed initiative's page (issue 15, slice A): its shared lifecycle, indicators (values,
 * targets, traffic lights by the monitoring module's rule, trends) and monitoring reports — each
 * only when the initiative shares it — and its agents with their reports.
 */
export function PortfolioInitiativePage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', initiativeId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/portfolio/${initiativeId}`;
  const { data, error, loading, reload } = useApi<PortfolioInitiative>(base);
  if (error)
    return (
      <section>
        <ProgrammeNav />
        <h1>{t('module.portfolio')}</h1>
        <ErrorMessage error={error} />
      </section>
    );
  if (loading && !data) return <Loading />;
  if (!data) return null;
  const shares = (s: PortfolioInitiative['shares'][number]) => data.shares.includes(s);
  const notShared = <p className="muted">{t('programmePortfolio.notSharedPart')}</p>;
  return (
    <section aria-labelledby="initiative-title">
      <ProgrammeNav />
      <p className="small">
        <Link to={`/w/${workspaceId}/portfolio`}>← {t('module.portfolio')}</Link>
      </p>
      <h1 id="initiative-title">{data.name}</h1>
      <p className="lead">
        {countryName(data.country, i18n.language, t('programmePortfolio.regional'))}
        {data.sector ? ` — ${data.sector}` : ''} — {t('portfolio.shares')}:{' '}
        {data.shares.map((s) => t(`share.${s}`)).join(', ') || '—'}
      </p>
      <h2>{t('share.lifecycle')}</h2>
      {shares('lifecycle') ? <Lifecycle url={`${base}/lifecycle`} /> : notShared}
      <h2>{t('share.indicators')}</h2>
      {shares('indicators') ? <Indicators url={`${base}/indicators`} /> : notShared}
      <h2>{t('share.reports')}</h2>
      {shares('reports') ? <Reports url={`${base}/reports`} /> : notShared}
      <h2>{t('share.benchmarking')}</h2>
      {shares('benchmarking') ? <PortfolioBenchmarking url={`${base}/benchmarking`} /> : notShared}
      <InitiativeAgents workspaceId={workspaceId} initiative={data} onChanged={reload} />
    </section>
  );
}
