import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../../api';
import { useApi } from '../../useApi';
import { useSession } from '../../session';
import { ErrorMessage, Loading } from '../../layout/common';
import { formatNumber } from '../../i18n';
import type { DatasetDetail } from '../types';
import { regionLabel } from '../types';
import type { Exercise } from './types';
import { SelectionDecision } from './SelectionDecision';
import { CriterionEdit } from './CriterionEdit';
import type { ApiGet } from '../../api/types';

const METRICS = ['employment', 'lq', 'cagr', 'share', 'establishments', 'average_wage', 'strong'];

export function SelectionPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', exerciseId = '' } = useParams();
  const { me, refresh } = useSession();
  const base = `/workspaces/${workspaceId}/selections/${exerciseId}`;
  const ex = useApi<Exercise>(base);
  const dataset = useApi<DatasetDetail>(
    ex.data?.dataset_id ? `/workspaces/${workspaceId}/map/datasets/${ex.data.dataset_id}` : null,
  );
  const members = useApi<ApiGet<'/workspaces/{workspaceId}/members'>>(
    ex.data?.canManage ? `/workspaces/${workspaceId}/members` : null,
  );
  const [error, setError] = useState<string | null>(null);
  const [region, setRegion] = useState('');
  const [cluster, setCluster] = useState('');
  const [manualName, setManualName] = useState('');
  const [criterion, setCriterion] = useState({
    name: '',
    kind: 'computed',
    metric: 'employment',
    weight: '1',
    scaleMax: '5',
    threshold: '',
  });
  const [scorer, setScorer] = useState('');
  const [myScores, setMyScores] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  if (ex.error) return <ErrorMessage error={ex.error} />;
  if (!ex.data) return <Loading />;
  const e = ex.data;
  const open = e.status === 'open';
  const act = async (fn: () => Promise<unknown>, ok?: string) => {
    setError(null);
    setNotice(null);
    try {
      await fn();
      await ex.reload();
      if (ok) setNotice(ok);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const candidateName = (id: string) => e.candidates.find((c) => c.id === id)?.name ?? id;
  const scored = e.criteria.filter((c) => c.kind === 'scored');
  const mine = (cand: string, crit: string) =>
    myScores[`${cand}|${crit}`] ??
    String(
      e.scores.find((s) => s.candidate_id === cand && s.criterion_id === crit && s.scorer_id === me?.user.id)
        ?.score ?? '',
    );

  return (
    <section aria-labelledby="sel-title">
      <p>
        <Link to={`/w/${workspaceId}/selection`}>← {t('module.selection')}</Link>
      </p>
      <h1 id="sel-title">{e.name}</h1>
      <p className="small muted">
        {t(`selection.status.${e.status}`)}
        {e.year !== null && ` · ${t('map.year')} ${e.year}`}
      </p>
      <p className="small">{t('selection.method')}</p>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="ok">
          {notice}
        </p>
      )}

      <h2>{t('selection.candidates')}</h2>
      {e.candidates.length === 0 ? (
        <p className="muted">{t('selection.noCandidates')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('map.employment')}</th>
              <th scope="col">LQ</th>
              <th scope="col">{t('map.growth')}</th>
            </tr>
          </thead>
          <tbody>
            {e.candidates.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td className="num">
                  {c.metrics.employment == null ? '—' : formatNumber(c.metrics.employment, i18n.language)}
                </td>
                <td className="num">
                  {c.metrics.lq == null ? '—' : formatNumber(c.metrics.lq, i18n.language, 2)}
                </td>
                <td className="num">
                  {c.metrics.cagr == null ? '—' : `${formatNumber(c.metrics.cagr * 100, i18n.language, 1)} %`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {e.canManage && open && (
        <div className="grid-2">
          {dataset.data && (
            <form
              className="panel"
              onSubmit={(ev) => (
                ev.preventDefault(),
                act(
                  () => post(`${base}/candidates`, { region, clusterCode: cluster }),
                  t('selection.candidateAdded'),
                )
              )}
            >
              <h3 className="h-small">{t('selection.fromMapping')}</h3>
              <label>
                {t('map.region')}
                <select value={region} onChange={(ev) => setRegion(ev.target.value)} required>
                  <option value="">—</option>
                  {dataset.data.regions.map((r) => (
                    <option key={r.region} value={r.region}>
                      {regionLabel(r)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('map.cluster')}
                <select value={cluster} onChange={(ev) => setCluster(ev.target.value)} required>
                  <option value="">—</option>
                  {dataset.data.clusters.map((c) => (
                    <option key={c.cluster_code} value={c.cluster_code}>
                      {c.cluster_name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit">{t('selection.addCandidate')}</button>
            </form>
          )}
          <form
            className="panel"
            onSubmit={(ev) => (
              ev.preventDefault(),
              act(() => post(`${base}/candidates`, { name: manualName }), t('selection.candidateAdded'))
            )}
          >
            <h3 className="h-small">{t('selection.byHand')}</h3>
            <label>
              {t('common.name')}
              <input value={manualName} onChange={(ev) => setManualName(ev.target.value)} required />
            </label>
            <button type="submit">{t('selection.addCandidate')}</button>
          </form>
        </div>
      )}

      <h2>{t('selection.criteria')}</h2>
      {e.criteria.length === 0 ? (
        <p className="muted">{t('selection.noCriteria')}</p>
      ) : (
        <ul>
          {e.criteria.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> —{' '}
              {c.kind === 'computed'
                ? t('selection.computedFrom', { metric: t(`selection.metrics.${c.metric}`) })
                : t('selection.scoredOn', { max: c.scale_max })}{' '}
              · {t('selection.weight')} {formatNumber(c.weight, i18n.language, 1)}
              {c.threshold !== null && (
                <>
                  {' '}
                  ·{' '}
                  {t(
                    c.kind === 'computed' && c.lower_is_better
                      ? 'selection.thresholdAtMost'
                      : 'selection.thresholdAtLeast',
                    {
                      value: formatNumber(c.threshold, i18n.language),
                    },
                  )}
                </>
              )}
              {e.canManage && open && <CriterionEdit base={base} criterion={c} onSaved={ex.reload} />}
            </li>
          ))}
        </ul>
      )}
      {e.canManage && open && (
        <form
          className="panel form-row"
          onSubmit={(ev) => {
            ev.preventDefault();
            void act(
              () =>
                post(`${base}/criteria`, {
                  name: criterion.name,
                  kind: criterion.kind,
                  weight: Number(criterion.weight),
                  ...(criterion.kind === 'computed'
                    ? { metric: criterion.metric }
                    : { scaleMax: Number(criterion.scaleMax) }),
                  ...(criterion.threshold !== '' && { threshold: Number(criterion.threshold) }),
                }),
              t('selection.criterionAdded'),
            );
          }}
        >
          <label>
            {t('common.name')}
            <input
              value={criterion.name}
              onChange={(ev) => setCriterion({ ...criterion, name: ev.target.value })}
              required
            />
          </label>
          <label>
            {t('selection.kind')}
            <select
              value={criterion.kind}
              onChange={(ev) => setCriterion({ ...criterion, kind: ev.target.value })}
            >
              <option value="computed">{t('selection.kinds.computed')}</option>
              <option value="scored">{t('selection.kinds.scored')}</option>
            </select>
          </label>
          {criterion.kind === 'computed' ? (
            <label>
              {t('selection.metric')}
              <select
                value={criterion.metric}
                onChange={(ev) => setCriterion({ ...criterion, metric: ev.target.value })}
              >
                {METRICS.map((m) => (
                  <option key={m} value={m}>
                    {t(`selection.metrics.${m}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label>
              {t('selection.scaleMax')}
              <input
                type="number"
                min={1}
                max={100}
                value={criterion.scaleMax}
                onChange={(ev) => setCriterion({ ...criterion, scaleMax: ev.target.value })}
                required
              />
            </label>
          )}
          <label>
            {t('selection.weight')}
            <input
              type="number"
              min={0.1}
              step={0.1}
              value={criterion.weight}
              onChange={(ev) => setCriterion({ ...criterion, weight: ev.target.value })}
              required
            />
          </label>
          <label>
            {t('selection.threshold')}
            <input
              type="number"
              step="any"
              value={criterion.threshold}
              onChange={(ev) => setCriterion({ ...criterion, threshold: ev.target.value })}
            />
          </label>
          <button type="submit">{t('selection.addCriterion')}</button>
        </form>
      )}

      <h2>{t('selection.panel')}</h2>
      {e.scorers.length === 0 ? (
        <p className="muted">{t('selection.noScorers')}</p>
      ) : (
        <ul>
          {e.scorers.map((s) => (
            <li key={s.id}>
              {s.name} — {t('selection.progress', { done: s.scored, total: s.expected })}
            </li>
          ))}
        </ul>
      )}
      {e.canManage && open && members.data && (
        <form
          className="panel form-row"
          onSubmit={(ev) => (
            ev.preventDefault(),
            act(() => post(`${base}/scorers`, { userId: scorer }), t('selection.scorerAdded'))
          )}
        >
          <label>
            {t('selection.addScorer')}
            <select value={scorer} onChange={(ev) => setScorer(ev.target.value)} required>
              <option value="">—</option>
              {members.data.members
                .filter((m) => !e.scorers.some((s) => s.id === m.id))
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({t(`role.${m.role}`)})
                  </option>
                ))}
            </select>
          </label>
          <button type="submit">{t('selection.invite')}</button>
        </form>
      )}

      {e.isScorer && open && scored.length > 0 && e.candidates.length > 0 && (
        <form
          className="panel"
          onSubmit={(ev) => {
            ev.preventDefault();
            const scores = e.candidates.flatMap((c) =>
              scored.map((cr) => ({
                candidateId: c.id,
                criterionId: cr.id,
                score: Number(mine(c.id, cr.id)),
              })),
            );
            void act(() => put(`${base}/scores`, { scores }), t('selection.scoresSaved'));
          }}
        >
          <h2 className="h-small">{t('selection.yourScores')}</h2>
          <p className="small">{t('selection.independent')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('selection.candidate')}</th>
                {scored.map((c) => (
                  <th key={c.id} scope="col">
                    {c.name} (0–{c.scale_max})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {e.candidates.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  {scored.map((cr) => (
                    <td key={cr.id}>
                      <input
                        className="score-input"
                        type="number"
                        min={0}
                        max={cr.scale_max ?? undefined}
                        step="any"
                        required
                        aria-label={`${cr.name}: ${c.name}`}
                        value={mine(c.id, cr.id)}
                        onChange={(ev) => setMyScores({ ...myScores, [`${c.id}|${cr.id}`]: ev.target.value })}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit">{t('selection.saveScores')}</button>
        </form>
      )}

      {e.ranking && (
        <>
          <h2>{t('selection.ranking')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('selection.candidate')}</th>
                <th scope="col">{t('selection.total')}</th>
                <th scope="col">{t('selection.spread')}</th>
                <th scope="col">{t('selection.thresholds')}</th>
              </tr>
            </thead>
            <tbody>
              {e.ranking.map((r) => (
                <tr key={r.candidateId}>
                  <td>{r.rank}</td>
                  <td>{candidateName(r.candidateId)}</td>
                  <td>
                    <meter min={0} max={1} value={r.total} aria-label={t('selection.total')} />{' '}
                    {formatNumber(r.total * 100, i18n.language, 1)}
                  </td>
                  <td>{r.spread === null ? '—' : formatNumber(r.spread * 100, i18n.language, 1)}</td>
                  <td>
                    {r.knockedOut.length > 0 ? (
                      <span className="badge knocked-out">{t('selection.knockedOut')}</span>
                    ) : r.pending.length > 0 ? (
                      <span className="badge muted">{t('selection.pending')}</span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small muted">{t('selection.spreadHelp')}</p>
        </>
      )}

      <h2>{t('selection.decision')}</h2>
      <SelectionDecision
        e={e}
        base={base}
        onDecided={async () => {
          await ex.reload();
          await refresh();
        }}
      />
    </section>
  );
}
