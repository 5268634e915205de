import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../../api';
import type { ApiGet } from '../../api/types';
import { useApi } from '../../useApi';
import { ActionNotice, useAction } from '../../useAction';
import { ErrorMessage, Loading } from '../../layout/common';
import { useConfirm } from '../../layout/Dialog';
import { formatDate, formatNumber } from '../../i18n';
import { MonitoringNav } from '../MonitoringNav';
import { ConductedBy, CriteriaScores, SignedCell, chosenScores } from './shared';
/** The criteria, assessments, peer comparison and recommendations (GET …/benchmarking). */
type Benchmarking = ApiGet<'/workspaces/{workspaceId}/benchmarking'>;

/**
 * ECEI benchmarking (GIZ 001:3645–3746): assessments by the team or an external assessor, signed and
 * then frozen ("conducted by impartial experts", 001:3654), anonymised peers narrowed to a field of
 * activity (001:3641), recommendations as tasks.
 */
export function BenchmarkingPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/benchmarking`;
  const [field, setField] = useState('');
  const b = useApi<Benchmarking>(field ? `${base}?field=${encodeURIComponent(field)}` : base);
  const [confirm, confirmDialog] = useConfirm();
  const { message, act } = useAction(b.reload);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [assessedOn, setAssessedOn] = useState(new Date().toISOString().slice(0, 10));
  const [assessor, setAssessor] = useState('');
  const [share, setShare] = useState(false);
  const [rec, setRec] = useState({ groupKey: '', text: '', responsibleUserId: '', dueOn: '' });
  if (b.error) return <ErrorMessage error={b.error} />;
  if (!b.data) return <Loading />;
  const d = b.data;
  const n = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatNumber(v, i18n.language, 2);
  const groupName = (key: string | null) => (key ? t(`benchmarking.group.${key}`) : '—');
  return (
    <section aria-labelledby="bench-title">
      <h1 id="bench-title">{t('benchmarking.title')}</h1>
      <MonitoringNav />
      <p className="muted">{t('benchmarking.intro')}</p>
      <p className="panel" data-testid="label-notice">
        {t('benchmarking.labels', {
          labels: d.labels.map((l) => t(`benchmarking.label.${l}`)).join(', '),
          body: d.labelBody,
        })}
      </p>
      <ActionNotice message={message} />
      {confirmDialog}

      <h2 id="bench-assessments">{t('benchmarking.assessments')}</h2>
      <p className="muted small">{t('benchmarking.signRule')}</p>
      {d.assessments.length === 0 ? (
        <p className="muted">{t('benchmarking.noAssessments')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('benchmarking.assessments')} tabIndex={0}>
          <table aria-labelledby="bench-assessments" data-testid="bench-assessments">
            <thead>
              <tr>
                <th scope="col">{t('benchmarking.assessedOn')}</th>
                <th scope="col">{t('benchmarking.conductedBy')}</th>
                <th scope="col">{t('benchmarking.signedCol')}</th>
              </tr>
            </thead>
            <tbody>
              {d.assessments.map((a) => (
                <tr key={a.id}>
                  <td>{formatDate(a.assessedOn, i18n.language)}</td>
                  <td>
                    <ConductedBy a={a} />
                  </td>
                  <td>
                    {!a.signedAt && a.conductedBy === 'team' && d.canSign ? (
                      <button
                        type="button"
                        onClick={async () => {
                          if (
                            await confirm({
                              message: t('benchmarking.signConfirm'),
                              action: t('benchmarking.signAction'),
                            })
                          )
                            await act(
                              () => post(`${base}/assessments/${a.id}/sign`),
                              t('benchmarking.signed'),
                            );
                        }}
                      >
                        {t('benchmarking.sign', { date: formatDate(a.assessedOn, i18n.language) })}
                      </button>
                    ) : (
                      <SignedCell a={a} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">{t('benchmarking.externalHow')}</p>

      <h2 id="bench-comparison">{t('benchmarking.comparison')}</h2>
      {!d.comparison ? (
        <p className="muted">{t('benchmarking.noAssessment')}</p>
      ) : (
        <>
          <p>
            {d.comparison.sharing
              ? t('benchmarking.peers', { count: d.comparison.peerCount, min: d.minPeers })
              : t('benchmarking.notSharing')}
          </p>
          {d.comparison.sharing && (
            <>
              <label>
                {t('benchmarking.field')}
                <select value={field} onChange={(e) => setField(e.target.value)}>
                  <option value="">{t('benchmarking.fieldAll')}</option>
                  {d.fields.map((f) => (
                    <option key={f} value={f}>
                      {f.toLowerCase() === d.sector.toLowerCase()
                        ? t('benchmarking.fieldOwn', { field: f })
                        : f}
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted small">{t('benchmarking.fieldHint', { min: d.minPeers })}</p>
            </>
          )}
          <table aria-labelledby="bench-comparison">
            <thead>
              <tr>
                <th scope="col">{t('benchmarking.groupCol')}</th>
                <th scope="col">{t('benchmarking.own')}</th>
                <th scope="col">{t('benchmarking.q1')}</th>
                <th scope="col">{t('benchmarking.median')}</th>
                <th scope="col">{t('benchmarking.q3')}</th>
                <th scope="col">{t('benchmarking.position')}</th>
              </tr>
            </thead>
            <tbody>
              {d.comparison.groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{groupName(g.key)}</th>
                  <td>{n(g.own)}</td>
                  <td>{n(g.peers?.q1)}</td>
                  <td>{n(g.peers?.median)}</td>
                  <td>{n(g.peers?.q3)}</td>
                  <td>{t(`benchmarking.pos.${g.position}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="grid-2">
            <div>
              <h3 id="bench-strengths">{t('benchmarking.strengths')}</h3>
              <ul aria-labelledby="bench-strengths">
                {d.comparison.strengths.map((s) => (
                  <li key={s.key}>
                    {groupName(s.key)} ({n(s.score)}){' '}
                    <span className="muted">{t(`benchmarking.basis.${s.basis}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 id="bench-weaknesses">{t('benchmarking.weaknesses')}</h3>
              <ul aria-labelledby="bench-weaknesses">
                {d.comparison.weaknesses.map((s) => (
                  <li key={s.key}>
                    {groupName(s.key)} ({n(s.score)}){' '}
                    <span className="muted">{t(`benchmarking.basis.${s.basis}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
          {d.canEdit && (
            <button
              type="button"
              onClick={() =>
                void act(
                  () =>
                    put(`${base}/assessments/${d.comparison!.assessmentId}/sharing`, {
                      shareWithPeers: !d.comparison!.sharing,
                    }),
                  t('common.saved'),
                )
              }
            >
              {d.comparison.sharing ? t('benchmarking.stopSharing') : t('benchmarking.startSharing')}
            </button>
          )}
        </>
      )}

      <h2 id="bench-recs">{t('benchmarking.recommendations')}</h2>
      {d.recommendations.length === 0 ? (
        <p className="muted">{t('benchmarking.noRecommendations')}</p>
      ) : (
        <table aria-labelledby="bench-recs">
          <thead>
            <tr>
              <th scope="col">{t('benchmarking.recommendation')}</th>
              <th scope="col">{t('benchmarking.groupCol')}</th>
              <th scope="col">{t('monitoring.field.responsible')}</th>
              <th scope="col">{t('benchmarking.dueOn')}</th>
              <th scope="col">{t('benchmarking.statusCol')}</th>
            </tr>
          </thead>
          <tbody>
            {d.recommendations.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.text}
                  {r.byAssessor && (
                    <span className="muted small">
                      {' '}
                      ({t('benchmarking.byAssessor', { name: r.author ?? '—' })})
                    </span>
                  )}
                </td>
                <td>{groupName(r.groupKey)}</td>
                <td>{r.responsible ?? '—'}</td>
                <td>{r.dueOn ?? '—'}</td>
                <td>
                  {d.canEdit ? (
                    <select
                      aria-label={t('benchmarking.statusOf', { text: r.text })}
                      value={r.status}
                      onChange={(e) =>
                        void act(
                          () => put(`${base}/recommendations/${r.id}`, { status: e.target.value }),
                          t('common.saved'),
                        )
                      }
                    >
                      {(['open', 'in_progress', 'done'] as const).map((s) => (
                        <option key={s} value={s}>
                          {t(`benchmarking.status.${s}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`benchmarking.status.${r.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d.canEdit && d.comparison && (
        <form
          className="panel"
          aria-labelledby="bench-rec-new"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await post(`${base}/recommendations`, {
                assessmentId: d.comparison!.assessmentId,
                groupKey: rec.groupKey || null,
                text: rec.text,
                responsibleUserId: rec.responsibleUserId || null,
                dueOn: rec.dueOn || null,
              });
              setRec({ groupKey: '', text: '', responsibleUserId: '', dueOn: '' });
            }, t('benchmarking.recommendationAdded'));
          }}
        >
          <h3 id="bench-rec-new">{t('benchmarking.newRecommendation')}</h3>
          <label>
            {t('benchmarking.recommendation')}
            <input required value={rec.text} onChange={(e) => setRec({ ...rec, text: e.target.value })} />
          </label>
          <label>
            {t('benchmarking.groupCol')}
            <select value={rec.groupKey} onChange={(e) => setRec({ ...rec, groupKey: e.target.value })}>
              <option value="">—</option>
              {d.groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {groupName(g.key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('monitoring.field.responsible')}
            <select
              value={rec.responsibleUserId}
              onChange={(e) => setRec({ ...rec, responsibleUserId: e.target.value })}
            >
              <option value="">—</option>
              {d.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('benchmarking.dueOn')}
            <input
              type="date"
              value={rec.dueOn}
              onChange={(e) => setRec({ ...rec, dueOn: e.target.value })}
            />
          </label>
          <button type="submit">{t('benchmarking.addRecommendation')}</button>
        </form>
      )}

      {d.canEdit && (
        <form
          className="panel"
          aria-labelledby="bench-new"
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () =>
                post(`${base}/assessments`, {
                  assessedOn,
                  assessor,
                  shareWithPeers: share,
                  scores: chosenScores(scores),
                }),
              t('benchmarking.saved'),
            );
          }}
        >
          <h2 id="bench-new">{t('benchmarking.newAssessment')}</h2>
          <p className="muted">{t('benchmarking.scaleHint', { min: d.scale.min, max: d.scale.max })}</p>
          <label>
            {t('benchmarking.assessedOn')}
            <input type="date" required value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />
          </label>
          <label>
            {t('benchmarking.assessor')}
            <input value={assessor} onChange={(e) => setAssessor(e.target.value)} />
          </label>
          <p className="muted small">{t('benchmarking.impartial')}</p>
          <CriteriaScores groups={d.groups} scale={d.scale} scores={scores} onChange={setScores} />
          <label className="inline">
            <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />{' '}
            {t('benchmarking.share')}
          </label>
          <button type="submit">{t('benchmarking.saveAssessment')}</button>
        </form>
      )}
    </section>
  );
}
