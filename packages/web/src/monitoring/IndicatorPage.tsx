import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { Form, useForm } from '../layout/forms';
import { ErrorMessage, Loading } from '../layout/common';
import { MonitoringNav } from './MonitoringNav';
import type { ApiAnswer, ApiGet } from '../api/types';
import { type Chain } from './types';
import { IndicatorFields } from './IndicatorFields';

/** An indicator with its periods, as GET …/monitoring/indicators/{indicatorId} answers it. */
type Detail = ApiGet<'/workspaces/{workspaceId}/monitoring/indicators/{indicatorId}'>;
type BaselineTaken = ApiAnswer<
  '/workspaces/{workspaceId}/monitoring/indicators/{indicatorId}/baseline/diagnostic',
  'post'
>;

type EditForm = ReturnType<typeof formOf>;

/** The edit form's fields from an indicator. */
function formOf(ind: Detail['indicator']) {
  return {
    name: ind.name,
    definition: ind.definition,
    unit: ind.unit,
    currency: ind.currency ?? '',
    disaggregation: ind.disaggregation.join(', '),
    baselineValue: ind.baselineValue === null ? '' : String(ind.baselineValue),
    baselineDate: ind.baselineDate ?? '',
    dataSource: ind.dataSource,
    method: ind.method,
    responsibleUserId: ind.responsible?.id ?? '',
    frequency: ind.frequency,
    evaluationLevel: ind.evaluationLevel,
  };
}

/** Only what changed goes to the server (a baseline left alone keeps its source). */
function changes(before: EditForm, after: EditForm) {
  const body: Record<string, unknown> = {};
  const changed = (k: keyof EditForm) => before[k] !== after[k];
  for (const k of [
    'name',
    'definition',
    'unit',
    'dataSource',
    'method',
    'frequency',
    'evaluationLevel',
  ] as const)
    if (changed(k)) body[k] = after[k];
  if (changed('currency') || (changed('unit') && after.unit === 'currency'))
    body.currency = after.currency || null;
  if (changed('disaggregation'))
    body.disaggregation = after.disaggregation
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (changed('baselineValue') || changed('baselineDate')) {
    body.baselineValue = after.baselineValue === '' ? null : Number(after.baselineValue);
    body.baselineDate = after.baselineDate || null;
  }
  if (changed('responsibleUserId')) body.responsibleUserId = after.responsibleUserId || null;
  return body;
}

/** One indicator: definition, periods with targets and values, value entry, closing, computing. */
export function IndicatorPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', indicatorId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/monitoring/indicators/${indicatorId}`;
  const detail = useApi<Detail>(base);
  const { message, setMessage, act } = useAction(detail.reload);
  const [entry, setEntry] = useState({ period: '', value: '', segment: '', sourceNote: '' });
  const [target, setTarget] = useState({ period: '', value: '' });
  const navigate = useNavigate();
  const chain = useApi<Chain>(`/workspaces/${workspaceId}/monitoring/chain`);
  const [edit, setEdit] = useState<EditForm | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const editForm = useForm();
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (!detail.data) return <Loading />;
  const { indicator: ind, periods } = detail.data;
  const fmt = (v: number | null) =>
    v === null ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(v);
  const enterable = periods.filter((p) => p.state !== 'closed');
  const hasValues = periods.some((p) => p.values.length > 0 || p.state === 'closed');
  const original = formOf(ind);

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
          <dd data-testid="baseline">
            {fmt(ind.baselineValue)} {ind.baselineDate && `(${ind.baselineDate})`}
            {ind.baselineSource && (
              <span className="small muted" title={ind.baselineNote || undefined}>
                {' '}
                — {t(`monitoring.baseline.source.${ind.baselineSource}`)}
              </span>
            )}
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
      {detail.data.canEdit && (
        <p className="actions">
          {ind.source === 'platform' && (
            <button
              type="button"
              onClick={() =>
                act(
                  () => post<BaselineTaken>(`${base}/baseline/diagnostic`),
                  (r) =>
                    t('monitoring.baseline.taken', { value: fmt(r.baselineValue), date: r.baselineDate }),
                )
              }
            >
              {t('monitoring.baseline.fromDiagnostic')}
            </button>
          )}{' '}
          <button type="button" className="secondary" onClick={() => setEdit(edit ? null : original)}>
            {t('monitoring.indicators.edit')}
          </button>{' '}
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            {t('monitoring.indicators.delete')}
          </button>
        </p>
      )}
      {confirmDelete && (
        <div className="panel confirm" role="alertdialog" aria-labelledby="confirm-indicator">
          <p id="confirm-indicator">{t('monitoring.indicators.confirmDelete', { name: ind.name })}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirmDelete(false);
                del(base)
                  .then(() => navigate(`/w/${workspaceId}/monitoring`))
                  .catch((err: Error) => setMessage({ ok: false, text: err.message }));
              }}
            >
              {t('monitoring.indicators.delete')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {edit && (
        <Form
          form={editForm}
          className="panel"
          aria-labelledby="edit-indicator"
          onSubmit={() =>
            editForm.submit(
              () => patch(base, changes(original, edit)),
              null,
              async () => {
                await detail.reload();
                setEdit(null);
                setMessage({ ok: true, text: t('monitoring.indicators.saved') });
              },
            )
          }
        >
          <h2 id="edit-indicator" className="h-small">
            {t('monitoring.indicators.edit')}
          </h2>
          <div className="grid-2">
            <IndicatorFields
              value={edit}
              onChange={(next) => setEdit(next)}
              people={chain.data?.people ?? []}
              frequencyLocked={hasValues}
            />
          </div>
          <div className="actions">
            <button type="submit" disabled={editForm.busy}>
              {t('monitoring.indicators.save')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => (setEdit(null), editForm.clear())}>
              {t('common.cancel')}
            </button>
          </div>
        </Form>
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
