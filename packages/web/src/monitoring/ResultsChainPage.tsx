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
import { NewIndicatorForm } from './NewIndicatorForm';
import { DataList, EmptyState } from '../layout/DataList';
import { NewButton } from '../layout/Dialog';
import { LEVELS, type Chain, type IndicatorPage, type Item } from './types';

const PAGE = 20;

/** The results chain (UNIDO 002:256–258; GIZ 001:2944–2968): items by level, hypotheses, indicators. */
export function ResultsChainPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/monitoring`;
  const chain = useApi<Chain>(`${base}/chain`);
  const [offset, setOffset] = useState(0);
  const indicators = useApi<IndicatorPage>(`${base}/indicators?limit=${PAGE}&offset=${offset}`);
  const { message, act } = useAction(() => Promise.all([chain.reload(), indicators.reload()]));
  const [item, setItem] = useState({ level: 'activities', title: '' });
  const [hyp, setHyp] = useState({ fromItemId: '', toItemId: '', statement: '' });
  const [editItem, setEditItem] = useState<Item | null>(null);
  const [removeItem, setRemoveItem] = useState<Item | null>(null);
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
                          <MeasuredBy
                            indicators={c.indicators.filter((ind) => ind.itemId === x.id)}
                            base={`/w/${workspaceId}/monitoring/indicators`}
                          />
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

      <h2 id="indicators-title">{t('monitoring.indicators.title')}</h2>
      {indicators.error && <ErrorMessage error={indicators.error} />}
      {indicators.data && (
        <DataList
          label={t('monitoring.indicators.title')}
          testId="indicator-list"
          rows={indicators.data.indicators}
          rowKey={(i) => i.id}
          search={false}
          server={{ total: indicators.data.total, offset, limit: PAGE, onPage: setOffset }}
          exportLinks={[
            { label: t('monitoring.indicators.exportCsv'), href: `/api/v1${base}/values/export?format=csv` },
            {
              label: t('monitoring.indicators.exportXlsx'),
              href: `/api/v1${base}/values/export?format=xlsx`,
            },
          ]}
          empty={<EmptyState text={t('list.indicatorsEmpty')} />}
          toolbar={
            c.canEdit && (
              <NewButton label={t('list.newIndicator')} title={t('monitoring.indicators.add')}>
                {(close) => (
                  <NewIndicatorForm
                    base={base}
                    chain={c}
                    onCreated={async (notice) => {
                      await indicators.reload();
                      close(notice);
                    }}
                  />
                )}
              </NewButton>
            )
          }
          columns={[
            {
              key: 'name',
              header: t('monitoring.field.name'),
              rowHeader: true,
              value: (i) => i.name,
              render: (i) => <Link to={`/w/${workspaceId}/monitoring/indicators/${i.id}`}>{i.name}</Link>,
            },
            {
              key: 'level',
              header: t('monitoring.field.level'),
              value: (i) => t(`monitoring.level.${i.level}`),
            },
            { key: 'unit', header: t('monitoring.field.unit'), value: (i) => t(`monitoring.unit.${i.unit}`) },
            {
              key: 'frequency',
              header: t('monitoring.field.frequency'),
              value: (i) => t(`monitoring.frequency.${i.frequency}`),
            },
            {
              key: 'source',
              header: t('monitoring.field.source'),
              value: (i) => t(`monitoring.source.${i.source}`),
              render: (i) => (
                <>
                  {t(`monitoring.source.${i.source}`)}
                  {i.metricKey && (
                    <span className="small muted"> ({t(`monitoring.metric.${i.metricKey}`)})</span>
                  )}
                </>
              ),
            },
            {
              key: 'latest',
              header: t('monitoring.indicators.latest'),
              numeric: true,
              value: (i) => i.latestValue,
              render: (i) =>
                i.latestValue === null
                  ? '—'
                  : `${formatNumber(i.latestValue, i18n.language, 2)} (${i.latestPeriod})`,
            },
            {
              key: 'computed',
              header: t('monitoring.indicators.computedToday'),
              numeric: true,
              value: (i) => i.computedToday,
              render: (i) => (
                <span data-testid={`computed-${i.name}`}>
                  {i.computedToday === null ? '—' : formatNumber(i.computedToday, i18n.language)}
                </span>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

/** The indicators that measure a chain box, each opening its page (issue 12, item 11). */
/** The indicators measuring a box, each with the strategy goals it serves (issue 13). */
function MeasuredBy({
  indicators,
  base,
}: {
  indicators: { id: string; name: string; goals?: { id: string; title: string }[] }[];
  base: string;
}) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  if (indicators.length === 0) return null;
  return (
    <ul className="plain small" aria-label={t('monitoring.chain.measuredBy')}>
      {indicators.map((ind) => (
        <li key={ind.id}>
          <span aria-hidden="true">◆ </span>
          <Link to={`${base}/${ind.id}`}>{ind.name}</Link>
          {!!ind.goals?.length && (
            <span className="muted">
              {' '}
              · {t('goals.serves')}{' '}
              {ind.goals.map((g, i) => (
                <span key={g.id}>
                  {i > 0 && ', '}
                  <Link to={`/w/${workspaceId}/strategy/goals#goal-${g.id}`}>{g.title}</Link>
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
