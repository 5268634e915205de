import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { OperationsNav } from './OperationsNav';
import type { JointActionList } from './project-types';

const KINDS = [
  'joint_purchasing',
  'joint_marketing',
  'shared_equipment',
  'training',
  'trade_fair',
  'twinning',
  'joint_venture',
  'other',
];
/** Joint actions of enterprises and institutions (UNIDO 002:159) with their cost shares (000:187). */
export function JointActionsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const list = useApi<JointActionList>(`/workspaces/${workspaceId}/joint-actions`);
  const actors = useApi<{ actors: { id: string; name: string; actor_type: string }[] }>(
    `/workspaces/${workspaceId}/actors?limit=500&sort=name`,
  );
  const { message, act } = useAction(() => list.reload());
  const blank = {
    title: '',
    kind: 'joint_purchasing',
    relation: 'enterprise_enterprise',
    startsOn: new Date().toISOString().slice(0, 10),
    totalCost: '',
    currency: 'EUR',
    costSharing: 'equal',
  };
  const [draft, setDraft] = useState(blank);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [results, setResults] = useState<Record<string, string>>({});
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const money = (v: number, c: string) => `${formatNumber(v, i18n.language, 2)} ${c}`;

  return (
    <section aria-labelledby="ja-title">
      <h1 id="ja-title">{t('jointActions.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <p className="muted">{t('jointActions.intro')}</p>
      <p>
        <a href={`/api/v1/workspaces/${workspaceId}/joint-actions?format=csv`} download>
          {t('common.exportCsv')}
        </a>{' '}
        ·{' '}
        <a href={`/api/v1/workspaces/${workspaceId}/joint-actions?format=xlsx`} download>
          {t('common.exportXlsx')}
        </a>
      </p>
      {list.data.jointActions.length === 0 ? (
        <p className="muted">{t('jointActions.none')}</p>
      ) : (
        <ul className="cards">
          {list.data.jointActions.map((a) => (
            <li key={a.id} className="panel" data-testid="joint-action">
              <h2 className="h-small">
                {a.title} <span className="badge">{t(`jointActions.status.${a.status}`)}</span>
              </h2>
              <p className="small muted">
                {t(`jointActions.kinds.${a.kind}`)} · {t(`jointActions.relations.${a.relation}`)} ·{' '}
                {a.starts_on} · {t(`jointActions.sharing.${a.cost_sharing}`)}
              </p>
              <table>
                <caption className="sr-only">{t('jointActions.sharesOf', { title: a.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('jointActions.participant')}</th>
                    {a.cost_sharing === 'pro_rata' && <th scope="col">{t('jointActions.weight')}</th>}
                    <th scope="col">{t('jointActions.share')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.participants.map((p) => (
                    <tr key={p.id}>
                      <td>{p.name}</td>
                      {a.cost_sharing === 'pro_rata' && <td>{p.weight}</td>}
                      <td>{money(p.share, a.currency)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('jointActions.total')}</th>
                    {a.cost_sharing === 'pro_rata' && <td />}
                    <td>{money(a.total_cost, a.currency)}</td>
                  </tr>
                </tbody>
              </table>
              {a.results && <p>{a.results}</p>}
              <form
                className="inline-form"
                aria-label={t('jointActions.resultsOf', { title: a.title })}
                onSubmit={(e) => {
                  e.preventDefault();
                  void act(
                    () =>
                      patch(`/workspaces/${workspaceId}/joint-actions/${a.id}`, {
                        status: 'completed',
                        results: results[a.id] ?? '',
                      }),
                    t('jointActions.completed'),
                  );
                }}
              >
                <label>
                  {t('jointActions.results')}
                  <input
                    value={results[a.id] ?? a.results}
                    onChange={(e) => setResults({ ...results, [a.id]: e.target.value })}
                  />
                </label>
                <button type="submit" className="secondary">
                  {t('jointActions.complete')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form
        className="panel"
        aria-labelledby="ja-new"
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => {
            await post(`/workspaces/${workspaceId}/joint-actions`, {
              ...draft,
              totalCost: Number(draft.totalCost),
              participants: Object.entries(chosen).map(([actorId, weight]) => ({
                actorId,
                ...(draft.costSharing === 'pro_rata'
                  ? { weight: weight === '' ? undefined : Number(weight) }
                  : {}),
              })),
            });
            setDraft(blank);
            setChosen({});
          }, t('jointActions.created'));
        }}
      >
        <h2 id="ja-new">{t('jointActions.new')}</h2>
        <div className="grid2">
          <label>
            {t('jointActions.action')}
            <input
              required
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </label>
          <label>
            {t('jointActions.kind')}
            <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`jointActions.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('jointActions.relation')}
            <select value={draft.relation} onChange={(e) => setDraft({ ...draft, relation: e.target.value })}>
              {['enterprise_enterprise', 'enterprise_institution'].map((k) => (
                <option key={k} value={k}>
                  {t(`jointActions.relations.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('jointActions.startsOn')}
            <input
              required
              type="date"
              value={draft.startsOn}
              onChange={(e) => setDraft({ ...draft, startsOn: e.target.value })}
            />
          </label>
          <label>
            {t('jointActions.totalCost')}
            <input
              required
              type="number"
              min={0}
              step="0.01"
              value={draft.totalCost}
              onChange={(e) => setDraft({ ...draft, totalCost: e.target.value })}
            />
          </label>
          <label>
            {t('jointActions.costSharing')}
            <select
              value={draft.costSharing}
              onChange={(e) => setDraft({ ...draft, costSharing: e.target.value })}
            >
              <option value="equal">{t('jointActions.sharing.equal')}</option>
              <option value="pro_rata">{t('jointActions.sharing.pro_rata')}</option>
            </select>
          </label>
        </div>
        <fieldset>
          <legend>{t('jointActions.participants')}</legend>
          <label>
            {t('jointActions.addParticipant')}
            <select
              value=""
              onChange={(e) => e.target.value && setChosen({ ...chosen, [e.target.value]: '' })}
            >
              <option value="">—</option>
              {(actors.data?.actors ?? [])
                .filter((a) => !(a.id in chosen))
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({t(`actorType.${a.actor_type}`)})
                  </option>
                ))}
            </select>
          </label>
          <ul>
            {Object.entries(chosen).map(([id, weight]) => {
              const name = actors.data?.actors.find((a) => a.id === id)?.name ?? id;
              return (
                <li key={id}>
                  {name}{' '}
                  {draft.costSharing === 'pro_rata' && (
                    <input
                      type="number"
                      min={0}
                      step="any"
                      aria-label={t('jointActions.weightOf', { name })}
                      value={weight}
                      onChange={(e) => setChosen({ ...chosen, [id]: e.target.value })}
                    />
                  )}{' '}
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => {
                      setChosen(Object.fromEntries(Object.entries(chosen).filter(([k]) => k !== id)));
                    }}
                  >
                    {t('jointActions.remove', { name })}
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <button type="submit">{t('jointActions.record')}</button>
      </form>
    </section>
  );
}
