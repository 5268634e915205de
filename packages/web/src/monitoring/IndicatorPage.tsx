import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { MonitoringNav } from './MonitoringNav';

interface Period {
  key: string;
  startsOn: string;
  endsOn: string;
  target: number | null;
  state: 'upcoming' | 'open' | 'late' | 'closed';
  value: number | null;
  computed: number | null;
  values: {
    segment: string;
    value: number;
    origin: string;
    sourceNote: string;
    enteredBy: string | null;
    enteredAt: string;
  }[];
}
interface Detail {
  indicator: {
    id: string;
    name: string;
    definition: string;
    level: string;
    unit: string;
    currency: string | null;
    disaggregation: string[];
    baselineValue: number | null;
    baselineDate: string | null;
    dataSource: string;
    method: string;
    source: string;
    metricKey: string | null;
    frequency: string;
    evaluationLevel: string;
    responsible: { id: string; name: string } | null;
  };
  canEdit: boolean;
  canClose: boolean;
  canEnter: boolean;
  periods: Period[];
}

/** One indicator: definition, periods with targets and values, value entry, closing, computing. */
export function IndicatorPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', indicatorId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/monitoring/indicators/${indicatorId}`;
  const detail = useApi<Detail>(base);
  const { message, act } = useAction(detail.reload);
  const [entry, setEntry] = useState({ period: '', value: '', segment: '', sourceNote: '' });
  const [target, setTarget] = useState({ period: '', value: '' });
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (!detail.data) return <Loading />;
  const { indicator: ind, periods } = detail.data;
  const fmt = (v: number | null) =>
    v === null ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(v);
  const enterable = periods.filter((p) => p.state !== 'closed');

  return (
    <section aria-labelledby="indicator-title">
      <h1 id="indicator-title">{ind.name}</h1>
      <MonitoringNav />
      <ActionNotice message={message} />
      <dl className="baseline">
        <div>
          <dt>{t('monitoring.field.level')}</dt>
          <dd>{t(`monitoring.level.${ind.level}`)}</dd>
        </div>
        <div>
          <dt>{t('monitoring.field.unit')}</dt>
          <dd>
            {t(`monitoring.unit.${ind.unit}`)} {ind.currency ?? ''}
          </dd>
        </div>
        <div>
          <dt>{t('monitoring.field.frequency')}</dt>
          <dd>{t(`monitoring.frequency.${ind.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('monitoring.field.evaluationLevel')}</dt>
          <dd>{t(`monitoring.evaluationLevel.${ind.evaluationLevel}`)}</dd>
        </div>
        <div>
          <dt>{t('monitoring.field.baselineValue')}</dt>
          <dd>
            {fmt(ind.baselineValue)} {ind.baselineDate && `(${ind.baselineDate})`}
          </dd>
        </div>
        <div>
          <dt>{t('monitoring.field.source')}</dt>
          <dd>
            {t(`monitoring.source.${ind.source}`)}
            {ind.metricKey &&
              ` — ${t(`monitoring.metric.${ind.metricKey}`, { defaultValue: ind.metricKey })}`}
          </dd>
        </div>
        <div>
          <dt>{t('monitoring.field.responsible')}</dt>
          <dd>{ind.responsible?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('monitoring.field.disaggregation')}</dt>
          <dd>{ind.disaggregation.join(', ') || '—'}</dd>
        </div>
      </dl>
      {ind.definition && <p>{ind.definition}</p>}
      {(ind.dataSource || ind.method) && (
        <p className="small muted">
          {ind.dataSource} {ind.method && `— ${ind.method}`}
        </p>
      )}
      <h2>{t('monitoring.periods.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.periods.period')}</th>
            <th scope="col">{t('monitoring.periods.target')}</th>
            <th scope="col">{t('monitoring.periods.value')}</th>
            {ind.source === 'platform' && <th scope="col">{t('monitoring.periods.computed')}</th>}
            <th scope="col">{t('monitoring.periods.state')}</th>
            <th scope="col">{t('monitoring.periods.enteredBy')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('monitoring.periods.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => {
            const total = p.values.find((v) => v.segment === '');
            return (
              <tr key={p.key} data-testid={`period-${p.key}`}>
                <th scope="row">{p.key}</th>
                <td className="num">{fmt(p.target)}</td>
                <td className="num">
                  {fmt(p.value)}
                  {p.values
                    .filter((v) => v.segment)
                    .map((v) => (
                      <div key={v.segment} className="small muted">
                        {v.segment}: {fmt(v.value)}
                      </div>
                    ))}
                </td>
                {ind.source === 'platform' && <td className="num">{fmt(p.computed)}</td>}
                <td>
                  <span className={`badge period-${p.state}`}>
                    {t(`monitoring.periods.states.${p.state}`)}
                  </span>
                </td>
                <td className="small">
                  {total &&
                    `${total.enteredBy ?? '—'}, ${new Date(total.enteredAt).toLocaleDateString(i18n.language)} (${t(`monitoring.source.${total.origin}`)}${total.sourceNote ? `: ${total.sourceNote}` : ''})`}
                </td>
                <td>
                  {ind.source === 'platform' &&
                    detail.data!.canEdit &&
                    p.state !== 'closed' &&
                    p.state !== 'upcoming' && (
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          act(
                            () => post(`${base}/periods/${p.key}/compute`),
                            t('monitoring.periods.computedOk'),
                          )
                        }
                      >
                        {t('monitoring.periods.compute', { period: p.key })}
                      </button>
                    )}{' '}
                  {detail.data!.canClose && p.state !== 'closed' && (
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        act(() => post(`${base}/periods/${p.key}/close`), t('monitoring.periods.closedOk'))
                      }
                    >
                      {t('monitoring.periods.close', { period: p.key })}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {detail.data.canEdit && (
        <form
          className="panel"
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () =>
                put(`${base}/targets`, { targets: [{ period: target.period, value: Number(target.value) }] }),
              t('monitoring.targets.saved'),
            );
          }}
        >
          <h2 className="h-small">{t('monitoring.targets.set')}</h2>
          <label>
            {t('monitoring.periods.period')}
            <select
              value={target.period}
              onChange={(e) => setTarget({ ...target, period: e.target.value })}
              required
            >
              <option value="">—</option>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.key}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('monitoring.periods.target')}
            <input
              type="number"
              step="any"
              value={target.value}
              onChange={(e) => setTarget({ ...target, value: e.target.value })}
              required
            />
          </label>
          <button type="submit">{t('monitoring.targets.save')}</button>
        </form>
      )}
      {detail.data.canEnter && enterable.length > 0 && (
        <form
          className="panel"
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () =>
                post(`${base}/values`, {
                  period: entry.period,
                  value: Number(entry.value),
                  ...(entry.segment ? { segment: entry.segment } : {}),
                  sourceNote: entry.sourceNote,
                }),
              t('monitoring.values.saved'),
            );
          }}
        >
          <h2 className="h-small">{t('monitoring.values.enter')}</h2>
          <label>
            {t('monitoring.periods.period')}
            <select
              value={entry.period}
              onChange={(e) => setEntry({ ...entry, period: e.target.value })}
              required
            >
              <option value="">—</option>
              {enterable.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.key}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('monitoring.periods.value')}
            <input
              type="number"
              step="any"
              value={entry.value}
              onChange={(e) => setEntry({ ...entry, value: e.target.value })}
              required
            />
          </label>
          {ind.disaggregation.length > 0 && (
            <label>
              {t('monitoring.values.segment')}
              <input
                value={entry.segment}
                placeholder={`${ind.disaggregation[0]}:…`}
                onChange={(e) => setEntry({ ...entry, segment: e.target.value })}
              />
            </label>
          )}
          <label>
            {t('monitoring.values.sourceNote')}
            <input
              value={entry.sourceNote}
              onChange={(e) => setEntry({ ...entry, sourceNote: e.target.value })}
            />
          </label>
          <button type="submit">{t('monitoring.values.save')}</button>
        </form>
      )}
    </section>
  );
}
