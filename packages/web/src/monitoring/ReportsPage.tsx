import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import type { ApiAnswer, ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { MonitoringNav, useWorkspaceKind } from './MonitoringNav';
import { ChecksNotice } from './ChecksNotice';
import { IatiExport } from './IatiExport';

/** The reports and member satisfaction surveys (GET …/monitoring/reports). */
type Reports = ApiGet<'/workspaces/{workspaceId}/monitoring/reports'>;
type ReportCreated = ApiAnswer<'/workspaces/{workspaceId}/monitoring/reports', 'post', 201>;
type SatisfactionSurveyCreated = ApiAnswer<
  '/workspaces/{workspaceId}/monitoring/satisfaction-survey',
  'post',
  201
>;

/** Monitoring reports by period, the IATI export and the ready member satisfaction survey. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const kind = useWorkspaceKind();
  const base = `/workspaces/${workspaceId}/monitoring`;
  const reports = useApi<Reports>(`${base}/reports`);
  const { message, act } = useAction(reports.reload);
  const year = new Date().getFullYear() - 1;
  const [form, setForm] = useState({
    title: '',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    tolerance: '',
  });
  const [deadline, setDeadline] = useState('');
  if (reports.error) return <ErrorMessage error={reports.error} />;
  if (!reports.data) return <Loading />;
  const r = reports.data;
  const lang = i18n.language as 'en' | 'fr' | 'es';
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports.title')}</h1>
      <MonitoringNav />
      <ChecksNotice />
      <ActionNotice message={message} />
      <h2 id="reports-list">{t('reports.list')}</h2>
      {r.reports.length === 0 ? (
        <p className="muted">{t('reports.none')}</p>
      ) : (
        <ul aria-labelledby="reports-list">
          {r.reports.map((x) => (
            <li key={x.id}>
              <Link to={`/w/${workspaceId}/monitoring/reports/${x.id}`}>{x.title}</Link>{' '}
              <span className="muted">
                {x.startsOn} – {x.endsOn}
              </span>
            </li>
          ))}
        </ul>
      )}
      {r.canEdit && (
        <form
          className="panel"
          aria-labelledby="report-new"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              const created = await post<ReportCreated>(`${base}/reports`, {
                title: form.title,
                startsOn: form.startsOn,
                endsOn: form.endsOn,
                ...(form.tolerance.trim() ? { tolerance: Number(form.tolerance) } : {}),
              });
              void navigate(`/w/${workspaceId}/monitoring/reports/${created.id}`);
            }, t('reports.created'));
          }}
        >
          <h2 id="report-new">{t('reports.new')}</h2>
          <label>
            {t('reports.field.title')}
            <input
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
          </label>
          <label>
            {t('reports.field.startsOn')}
            <input
              type="date"
              required
              value={form.startsOn}
              onChange={(e) => setForm({ ...form, startsOn: e.target.value })}
            />
          </label>
          <label>
            {t('reports.field.endsOn')}
            <input
              type="date"
              required
              value={form.endsOn}
              onChange={(e) => setForm({ ...form, endsOn: e.target.value })}
            />
          </label>
          <label>
            {t('reports.field.tolerance')}
            <input
              type="number"
              min={0}
              max={100}
              step="any"
              placeholder={String(r.defaultTolerance)}
              value={form.tolerance}
              onChange={(e) => setForm({ ...form, tolerance: e.target.value })}
            />
          </label>
          <p className="muted small">{t('reports.toleranceHint', { tolerance: r.defaultTolerance })}</p>
          <button type="submit">{t('reports.create')}</button>
        </form>
      )}
      <IatiExport base={base} />
      {kind === 'cluster_initiative' && (
        <>
          <h2 id="satisfaction-title">{t('reports.satisfaction.title')}</h2>
          <p className="muted">{t('reports.satisfaction.intro')}</p>
          <ul aria-labelledby="satisfaction-title">
            {r.satisfactionSurveys.map((s) => (
              <li key={s.id}>
                <Link to={`/w/${workspaceId}/monitoring/surveys/${s.id}`}>{s.title[lang] ?? s.title.en}</Link>
                {' · '}
                <Link to={`/w/${workspaceId}/monitoring/satisfaction/${s.id}`}>
                  {t('reports.satisfaction.compare')}
                </Link>
              </li>
            ))}
          </ul>
          {r.canEdit && (
            <form
              className="panel"
              aria-labelledby="satisfaction-new"
              onSubmit={(e) => {
                e.preventDefault();
                void act(async () => {
                  const s = await post<SatisfactionSurveyCreated>(`${base}/satisfaction-survey`, {
                    deadline: new Date(`${deadline}T23:59:59`).toISOString(),
                  });
                  void navigate(`/w/${workspaceId}/monitoring/surveys/${s.id}`);
                }, t('reports.satisfaction.created'));
              }}
            >
              <h3 id="satisfaction-new">{t('reports.satisfaction.create')}</h3>
              <label>
                {t('reports.satisfaction.deadline')}
                <input type="date" required value={deadline} onChange={(e) => setDeadline(e.target.value)} />
              </label>
              <button type="submit">{t('reports.satisfaction.createButton')}</button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
