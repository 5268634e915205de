import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../../api';
import type { ApiGet } from '../../api/types';
import { useApi } from '../../useApi';
import { ActionNotice, useAction } from '../../useAction';
import { ErrorMessage, Loading } from '../../layout/common';
import { MonitoringNav } from '../MonitoringNav';
import { GIZ_EVALUATION_TARGETS, IDB_EVALUATION_LEVELS } from '@agglomera/methods';
import { formatDate } from '../../i18n';
import { useConfirm } from '../../layout/Dialog';
import { del } from '../../api';

/** A criterion as the form writes it (its target chosen from a list). */
interface Criterion {
  text: string;
  target: string;
}
/** The evaluations with their recommendations (GET …/evaluations). */
type Evaluations = ApiGet<'/workspaces/{workspaceId}/evaluations'>;
type Evaluation = Evaluations['evaluations'][number];

/** Evaluations (GIZ 001:3553–3587): criteria fixed at the start, jointly agreed recommendations. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/evaluations`;
  const list = useApi<Evaluations>(base);
  const { message, act } = useAction(list.reload);
  const [form, setForm] = useState({
    title: '',
    kind: 'external',
    requestingBody: '',
    purpose: '',
    evaluator: '',
    periodStart: '',
  });
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const d = list.data;
  return (
    <section aria-labelledby="eval-title">
      <h1 id="eval-title">{t('evaluations.title')}</h1>
      <MonitoringNav />
      <p className="muted">{t('evaluations.intro')}</p>
      <ActionNotice message={message} />
      {d.evaluations.length === 0 && <p className="muted">{t('evaluations.none')}</p>}
      {d.evaluations.map((e) => (
        <EvaluationPanel key={e.id} e={e} d={d} base={base} act={act} />
      ))}
      {d.canEdit && (
        <form
          className="panel"
          aria-labelledby="eval-new"
          onSubmit={(ev) => {
            ev.preventDefault();
            void act(async () => {
              await post(base, { ...form, periodStart: form.periodStart || null });
              setForm({
                title: '',
                kind: 'external',
                requestingBody: '',
                purpose: '',
                evaluator: '',
                periodStart: '',
              });
            }, t('evaluations.created'));
          }}
        >
          <h2 id="eval-new">{t('evaluations.new')}</h2>
          <label>
            {t('evaluations.field.title')}
            <input
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
          </label>
          <label>
            {t('evaluations.field.kind')}
            <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
              <option value="external">{t('evaluations.kind.external')}</option>
              <option value="internal">{t('evaluations.kind.internal')}</option>
            </select>
          </label>
          <label>
            {t('evaluations.field.requestingBody')}
            <input
              required
              value={form.requestingBody}
              onChange={(e) => setForm({ ...form, requestingBody: e.target.value })}
            />
          </label>
          <label>
            {t('evaluations.field.purpose')}
            <textarea value={form.purpose} onChange={(e) => setForm({ ...form, purpose: e.target.value })} />
          </label>
          <label>
            {t('evaluations.field.evaluator')}
            <input value={form.evaluator} onChange={(e) => setForm({ ...form, evaluator: e.target.value })} />
          </label>
          <label>
            {t('evaluations.field.periodStart')}
            <input
              type="date"
              value={form.periodStart}
              onChange={(e) => setForm({ ...form, periodStart: e.target.value })}
            />
          </label>
          <p className="small muted">{t('evaluations.periodHint')}</p>
          <button type="submit">{t('evaluations.create')}</button>
        </form>
      )}
    </section>
  );
}

function EvaluationPanel({
  e,
  d,
  base,
  act,
}: {
  e: Evaluation;
  d: Evaluations;
  base: string;
  act: ReturnType<typeof useAction>['act'];
}) {
  const { t, i18n } = useTranslation();
  const [confirm, confirmDialog] = useConfirm();
  const [periodStart, setPeriodStart] = useState(e.periodStart ?? '');
  const [criterion, setCriterion] = useState<Criterion>({ text: '', target: 'cluster_organisation' });
  const [findings, setFindings] = useState(e.findings);
  const [recText, setRecText] = useState('');
  const url = `${base}/${e.id}`;
  const headingId = `eval-${e.id}`;
  return (
    <article className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {e.title} <span className="badge">{t(`evaluations.kind.${e.kind}`)}</span>{' '}
        <span className="badge">{t(`evaluations.status.${e.status}`)}</span>
      </h2>
      <p>
        {t('evaluations.field.requestingBody')}: {e.requestingBody}
        {e.evaluator && (
          <>
            {' · '}
            {t('evaluations.field.evaluator')}: {e.evaluator}
          </>
        )}
      </p>
      {e.purpose && <p>{e.purpose}</p>}
      <p data-testid="evaluation-period">
        {e.periodStart
          ? t('evaluations.periodFrom', { day: formatDate(e.periodStart, i18n.language) })
          : t('evaluations.noPeriod')}
        {e.criteriaSetOn &&
          ` · ${t('evaluations.criteriaSetOn', { day: formatDate(e.criteriaSetOn, i18n.language) })}`}
      </p>
      {e.criteriaTiming === 'late' && (
        <p className="alert" role="status" data-testid="criteria-late">
          {t('evaluations.criteriaLate', { days: e.criteriaGraceDays })}
        </p>
      )}
      {d.canEdit && e.status === 'planned' && (
        <form
          className="inline-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void act(() => put(url, { periodStart: periodStart || null }), t('common.saved'));
          }}
        >
          <label>
            {t('evaluations.field.periodStart')}
            <input type="date" value={periodStart} onChange={(ev) => setPeriodStart(ev.target.value)} />
          </label>{' '}
          <button type="submit" className="secondary">
            {t('evaluations.savePeriod')}
          </button>
        </form>
      )}
      <h3>{t('evaluations.criteria')}</h3>
      {e.criteriaFixed && <p className="muted small">{t('evaluations.criteriaFixed')}</p>}
      <ul>
        {e.criteria.map((c, i) => (
          <li key={i}>
            {c.text} <span className="muted">({t(`evaluations.target.${c.target}`)})</span>
          </li>
        ))}
      </ul>
      {d.canEdit && !e.criteriaFixed && (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            void act(async () => {
              await put(url, { criteria: [...e.criteria, criterion] });
              setCriterion({ ...criterion, text: '' });
            }, t('common.saved'));
          }}
        >
          <label>
            {t('evaluations.criterion')}
            <input
              required
              value={criterion.text}
              onChange={(ev) => setCriterion({ ...criterion, text: ev.target.value })}
            />
          </label>
          <label>
            {t('evaluations.targetLabel')}
            <select
              value={criterion.target}
              onChange={(ev) => setCriterion({ ...criterion, target: ev.target.value })}
            >
              {(
                [
                  ['giz', GIZ_EVALUATION_TARGETS],
                  ['idb', IDB_EVALUATION_LEVELS],
                ] as const
              ).map(([group, targets]) => (
                <optgroup key={group} label={t(`evaluations.targetGroup.${group}`)}>
                  {targets.map((x) => (
                    <option key={x} value={x}>
                      {t(`evaluations.target.${x}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit">{t('evaluations.addCriterion')}</button>
        </form>
      )}
      {d.canEdit && e.status !== 'completed' && (
        <button
          type="button"
          onClick={() =>
            void act(
              () => post(`${url}/status`, { status: e.status === 'planned' ? 'started' : 'completed' }),
              t('common.saved'),
            )
          }
        >
          {e.status === 'planned' ? t('evaluations.start') : t('evaluations.complete')}
        </button>
      )}{' '}
      {d.canEdit && e.status === 'planned' && (
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            if (
              await confirm({
                message: t('evaluations.confirmRemove', { title: e.title }),
                action: t('evaluations.remove'),
              })
            )
              void act(() => del(url), t('evaluations.removed'));
          }}
        >
          {t('evaluations.remove')}
        </button>
      )}
      {confirmDialog}
      {e.status !== 'planned' && (
        <>
          <h3>{t('evaluations.findings')}</h3>
          {d.canEdit ? (
            <form
              onSubmit={(ev) => {
                ev.preventDefault();
                void act(() => put(url, { findings }), t('common.saved'));
              }}
            >
              <label>
                {t('evaluations.findings')}
                <textarea rows={4} value={findings} onChange={(ev) => setFindings(ev.target.value)} />
              </label>
              <button type="submit">{t('common.save')}</button>
            </form>
          ) : (
            <p>{e.findings || '—'}</p>
          )}
          <h3>{t('evaluations.recommendations')}</h3>
          {e.implementationRate !== null && (
            <p>{t('evaluations.implementationRate', { rate: Math.round(e.implementationRate * 100) })}</p>
          )}
          <p className="muted small">{t('evaluations.jointly')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('evaluations.recommendation')}</th>
                <th scope="col">{t('evaluations.agreedEvaluators')}</th>
                <th scope="col">{t('evaluations.agreedCluster')}</th>
                <th scope="col">{t('evaluations.agreedRequester')}</th>
                <th scope="col">{t('evaluations.selected')}</th>
                <th scope="col">{t('evaluations.statusCol')}</th>
              </tr>
            </thead>
            <tbody>
              {e.recommendations.map((r) => {
                const flag = (
                  key: 'agreedByEvaluators' | 'agreedByCluster' | 'agreedByRequester' | 'selected',
                  label: string,
                ) => (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${label}: ${r.text}`}
                      checked={r[key]}
                      disabled={!d.canEdit || (key !== 'selected' && !d.agreementsFor.includes(key))}
                      onChange={(ev) =>
                        void act(
                          () => put(`${url}/recommendations/${r.id}`, { [key]: ev.target.checked }),
                          t('common.saved'),
                        )
                      }
                    />
                  </td>
                );
                return (
                  <tr key={r.id}>
                    <td>{r.text}</td>
                    {flag('agreedByEvaluators', t('evaluations.agreedEvaluators'))}
                    {flag('agreedByCluster', t('evaluations.agreedCluster'))}
                    {flag('agreedByRequester', t('evaluations.agreedRequester'))}
                    {flag('selected', t('evaluations.selected'))}
                    <td>
                      <select
                        aria-label={`${t('evaluations.statusCol')}: ${r.text}`}
                        value={r.status}
                        disabled={!d.canEdit || !r.selected}
                        onChange={(ev) =>
                          void act(
                            () => put(`${url}/recommendations/${r.id}`, { status: ev.target.value }),
                            t('common.saved'),
                          )
                        }
                      >
                        {d.statuses.map((s) => (
                          <option key={s} value={s}>
                            {t(`evaluations.recStatus.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {d.canEdit && (
            <form
              onSubmit={(ev) => {
                ev.preventDefault();
                void act(async () => {
                  await post(`${url}/recommendations`, { text: recText });
                  setRecText('');
                }, t('common.saved'));
              }}
            >
              <label>
                {t('evaluations.recommendation')}
                <input required value={recText} onChange={(ev) => setRecText(ev.target.value)} />
              </label>
              <button type="submit">{t('evaluations.addRecommendation')}</button>
            </form>
          )}
        </>
      )}
    </article>
  );
}
