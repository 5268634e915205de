import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { MonitoringNav } from './MonitoringNav';
import { ChecksNotice } from './ChecksNotice';
import { IndicatorFields } from './IndicatorFields';
import { LEVELS, type Chain, type IndicatorSummary, type Item } from './types';

const PAGE = 20;

/** The results chain (UNIDO 002:256–258; GIZ 001:2944–2968): items by level, hypotheses, indicators. */
export function ResultsChainPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/monitoring`;
  const chain = useApi<Chain>(`${base}/chain`);
  const [offset, setOffset] = useState(0);
  const indicators = useApi<{ indicators: IndicatorSummary[]; total: number }>(
    `${base}/indicators?limit=${PAGE}&offset=${offset}`,
  );
  const { message, act } = useAction(() => Promise.all([chain.reload(), indicators.reload()]));
  const [item, setItem] = useState({ level: 'activities', title: '' });
  const [hyp, setHyp] = useState({ fromItemId: '', toItemId: '', statement: '' });
  const [editItem, setEditItem] = useState<Item | null>(null);
  const [removeItem, setRemoveItem] = useState<Item | null>(null);
  const year = new Date().getFullYear();
  const [ind, setInd] = useState({
    name: '',
    definition: '',
    level: 'outcomes',
    unit: 'number',
    currency: '',
    disaggregation: '',
    baselineValue: '',
    baselineDate: '',
    dataSource: '',
    method: '',
    source: 'manual',
    metricKey: '',
    responsibleUserId: '',
    frequency: 'annual',
    evaluationLevel: 'cluster',
    startsOn: `${year}-01-01`,
    endsOn: `${year + 2}-12-31`,
  });
  if (chain.error) return <ErrorMessage error={chain.error} />;
  if (!chain.data) return <Loading />;
  const c = chain.data;
  const titleOf = (id: string) => c.items.find((i) => i.id === id)?.title ?? '?';

  return (
    <section aria-labelledby="chain-title">
      <h1 id="chain-title">{t('monitoring.chain.title')}</h1>
      <MonitoringNav />
      <ChecksNotice />
      <p className="muted">{t('monitoring.chain.intro')}</p>
      <ActionNotice message={message} />
      <ol className="results-chain" aria-label={t('monitoring.chain.title')}>
        {LEVELS.map((level, i) => (
          <li key={level} className="chain-level" data-testid={`level-${level}`}>
            <h2 className="h-small">{t(`monitoring.level.${level}`)}</h2>
            {c.items.filter((x) => x.level === level).length === 0 ? (
              <p className="small muted">{t('monitoring.chain.emptyLevel')}</p>
            ) : (
              <ul>
                {c.items
                  .filter((x) => x.level === level)
                  .map((x) => (
                    <li key={x.id} className="chain-item">
                      {editItem?.id === x.id ? (
                        <form
                          aria-label={t('monitoring.chain.editItem', { title: x.title })}
                          onSubmit={(e) => {
                            e.preventDefault();
                            const it = editItem;
                            void act(async () => {
                              await patch(`${base}/items/${x.id}`, {
                                title: it.title,
                                description: it.description,
                              });
                              setEditItem(null);
                            }, t('monitoring.chain.saved'));
                          }}
                        >
                          <label>
                            {t('monitoring.field.itemTitle')}
                            <input
                              value={editItem.title}
                              onChange={(e) => setEditItem({ ...editItem, title: e.target.value })}
                              required
                            />
                          </label>
                          <label>
                            {t('monitoring.field.itemDescription')}
                            <input
                              value={editItem.description}
                              onChange={(e) => setEditItem({ ...editItem, description: e.target.value })}
                            />
                          </label>
                          <button type="submit">{t('common.save')}</button>{' '}
                          <button type="button" className="secondary" onClick={() => setEditItem(null)}>
                            {t('common.cancel')}
                          </button>
                        </form>
                      ) : (
                        <>
                          {x.title}
                          {x.description && <div className="small muted">{x.description}</div>}
                          {c.canEdit && (
                            <>
                              <button
                                type="button"
                                className="link small"
                                aria-label={t('monitoring.chain.editItem', { title: x.title })}
                                onClick={() => setEditItem(x)}
                              >
                                ✎
                              </button>
                              <button
                                type="button"
                                className="link small"
                                aria-label={t('monitoring.chain.removeItem', { title: x.title })}
                                onClick={() => setRemoveItem(x)}
                              >
                                ×
                              </button>
                            </>
                          )}
                        </>
                      )}
                    </li>
                  ))}
              </ul>
            )}
            {i < LEVELS.length - 1 && (
              <span className="chain-arrow" aria-hidden="true">
                →
              </span>
            )}
          </li>
        ))}
      </ol>

      {removeItem && (
        <div className="panel confirm" role="alertdialog" aria-labelledby="confirm-item">
          <p id="confirm-item">{t('monitoring.chain.confirmRemove', { title: removeItem.title })}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                const x = removeItem;
                setRemoveItem(null);
                void act(() => del(`${base}/items/${x.id}`), t('monitoring.chain.removed'));
              }}
            >
              {t('monitoring.chain.remove')}
            </button>
            <button type="button" className="secondary" onClick={() => setRemoveItem(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      <h2>{t('monitoring.hypotheses.title')}</h2>
      {c.hypotheses.length === 0 ? (
        <p className="muted">{t('monitoring.hypotheses.empty')}</p>
      ) : (
        <ul>
          {c.hypotheses.map((h) => (
            <li key={h.id}>
              <strong>{titleOf(h.fromItemId)}</strong> → <strong>{titleOf(h.toItemId)}</strong>
              {h.statement && `: ${h.statement}`}
            </li>
          ))}
        </ul>
      )}

      {c.canEdit && (
        <div className="grid-2">
          <form
            className="panel"
            onSubmit={(e) => (
              e.preventDefault(),
              act(() => post(`${base}/items`, item), t('monitoring.chain.added')).then(() =>
                setItem({ ...item, title: '' }),
              )
            )}
          >
            <h2 className="h-small">{t('monitoring.chain.addItem')}</h2>
            <label>
              {t('monitoring.field.level')}
              <select value={item.level} onChange={(e) => setItem({ ...item, level: e.target.value })}>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`monitoring.level.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('monitoring.field.itemTitle')}
              <input
                value={item.title}
                onChange={(e) => setItem({ ...item, title: e.target.value })}
                required
              />
            </label>
            <button type="submit">{t('monitoring.chain.addItem')}</button>
          </form>
          <form
            className="panel"
            onSubmit={(e) => (
              e.preventDefault(),
              act(() => post(`${base}/hypotheses`, hyp), t('monitoring.hypotheses.added'))
            )}
          >
            <h2 className="h-small">{t('monitoring.hypotheses.add')}</h2>
            <label>
              {t('monitoring.hypotheses.from')}
              <select
                value={hyp.fromItemId}
                onChange={(e) => setHyp({ ...hyp, fromItemId: e.target.value })}
                required
              >
                <option value="">—</option>
                {c.items.map((x) => (
                  <option key={x.id} value={x.id}>
                    {t(`monitoring.level.${x.level}`)}: {x.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('monitoring.hypotheses.to')}
              <select
                value={hyp.toItemId}
                onChange={(e) => setHyp({ ...hyp, toItemId: e.target.value })}
                required
              >
                <option value="">—</option>
                {c.items.map((x) => (
                  <option key={x.id} value={x.id}>
                    {t(`monitoring.level.${x.level}`)}: {x.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('monitoring.hypotheses.statement')}
              <input value={hyp.statement} onChange={(e) => setHyp({ ...hyp, statement: e.target.value })} />
            </label>
            <button type="submit">{t('monitoring.hypotheses.add')}</button>
          </form>
        </div>
      )}

      <h2>{t('monitoring.indicators.title')}</h2>
      {indicators.data && indicators.data.indicators.length === 0 && (
        <p className="muted">{t('monitoring.indicators.empty')}</p>
      )}
      {indicators.data && indicators.data.indicators.length > 0 && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('monitoring.field.name')}</th>
                <th scope="col">{t('monitoring.field.level')}</th>
                <th scope="col">{t('monitoring.field.unit')}</th>
                <th scope="col">{t('monitoring.field.frequency')}</th>
                <th scope="col">{t('monitoring.field.source')}</th>
                <th scope="col">{t('monitoring.indicators.latest')}</th>
                <th scope="col">{t('monitoring.indicators.computedToday')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.data.indicators.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link to={`/w/${workspaceId}/monitoring/indicators/${i.id}`}>{i.name}</Link>
                  </td>
                  <td>{t(`monitoring.level.${i.level}`)}</td>
                  <td>{t(`monitoring.unit.${i.unit}`)}</td>
                  <td>{t(`monitoring.frequency.${i.frequency}`)}</td>
                  <td>
                    {t(`monitoring.source.${i.source}`)}
                    {i.metricKey && (
                      <span className="small muted"> ({t(`monitoring.metric.${i.metricKey}`)})</span>
                    )}
                  </td>
                  <td className="num">
                    {i.latestValue === null
                      ? '—'
                      : `${formatNumber(i.latestValue, i18n.language, 2)} (${i.latestPeriod})`}
                  </td>
                  <td className="num" data-testid={`computed-${i.name}`}>
                    {i.computedToday === null ? '—' : formatNumber(i.computedToday, i18n.language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {indicators.data.total > PAGE && (
            <p>
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('common.previous')}
              </button>{' '}
              <button
                type="button"
                disabled={offset + PAGE >= indicators.data.total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t('common.next')}
              </button>
            </p>
          )}
        </>
      )}

      {c.canEdit && (
        <form
          className="panel"
          aria-labelledby="new-indicator"
          onSubmit={(e) => {
            e.preventDefault();
            const body = {
              name: ind.name,
              definition: ind.definition,
              level: ind.level,
              unit: ind.unit,
              ...(ind.unit === 'currency' ? { currency: ind.currency } : {}),
              disaggregation: ind.disaggregation
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
              baselineValue: ind.baselineValue === '' ? null : Number(ind.baselineValue),
              baselineDate: ind.baselineDate || null,
              dataSource: ind.dataSource,
              method: ind.method,
              source: ind.source,
              ...(ind.source === 'platform' ? { metricKey: ind.metricKey } : {}),
              responsibleUserId: ind.responsibleUserId || null,
              frequency: ind.frequency,
              evaluationLevel: ind.evaluationLevel,
              startsOn: ind.startsOn,
              endsOn: ind.endsOn,
            };
            void act(() => post(`${base}/indicators`, body), t('monitoring.indicators.added')).then(() =>
              setInd((s) => ({ ...s, name: '', definition: '' })),
            );
          }}
        >
          <h2 id="new-indicator" className="h-small">
            {t('monitoring.indicators.add')}
          </h2>
          <div className="grid-2">
            <IndicatorFields
              value={ind}
              onChange={(next) => setInd(next)}
              people={c.people}
              afterDefinition={
                <label>
                  {t('monitoring.field.level')}
                  <select value={ind.level} onChange={(e) => setInd({ ...ind, level: e.target.value })}>
                    {LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {t(`monitoring.level.${l}`)}
                      </option>
                    ))}
                  </select>
                </label>
              }
              afterBaseline={
                <>
                  <label>
                    {t('monitoring.field.source')}
                    <select value={ind.source} onChange={(e) => setInd({ ...ind, source: e.target.value })}>
                      <option value="manual">{t('monitoring.source.manual')}</option>
                      <option value="platform">{t('monitoring.source.platform')}</option>
                    </select>
                  </label>
                  {ind.source === 'platform' && (
                    <label>
                      {t('monitoring.field.metric')}
                      <select
                        value={ind.metricKey}
                        onChange={(e) => setInd({ ...ind, metricKey: e.target.value })}
                        required
                      >
                        <option value="">—</option>
                        {c.metrics.map((m) => (
                          <option key={m.key} value={m.key}>
                            {t(`monitoring.metric.${m.key}`, { defaultValue: m.key })}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                </>
              }
            />
            <label>
              {t('monitoring.field.startsOn')}
              <input
                type="date"
                value={ind.startsOn}
                onChange={(e) => setInd({ ...ind, startsOn: e.target.value })}
                required
              />
            </label>
            <label>
              {t('monitoring.field.endsOn')}
              <input
                type="date"
                value={ind.endsOn}
                onChange={(e) => setInd({ ...ind, endsOn: e.target.value })}
                required
              />
            </label>
          </div>
          <button type="submit">{t('monitoring.indicators.add')}</button>
        </form>
      )}
      <p>
        <a href={`/api/v1${base}/values/export?format=csv`}>{t('monitoring.indicators.exportCsv')}</a> ·{' '}
        <a href={`/api/v1${base}/values/export?format=xlsx`}>{t('monitoring.indicators.exportXlsx')}</a>
      </p>
    </section>
  );
}
