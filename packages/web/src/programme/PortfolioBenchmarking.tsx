import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { useConfirm } from '../layout/Dialog';
import { formatDate, formatNumber } from '../i18n';
import { ConductedBy, CriteriaScores, SignedCell, chosenScores } from '../monitoring/benchmarking/shared';
import type { ApiGet } from '../api/types';

/** The benchmarking shared with the programme, as the API gives it (programme/programme.schemas.ts). */
type Shared = ApiGet<'/workspaces/{workspaceId}/portfolio/{initiativeId}/benchmarking'>;

/**
 * The benchmarking an initiative shares with the programme (scope `benchmarking`): its signed
 * assessments, and for the programme's evaluator an external assessment to conduct and sign ("The
 * benchmarking process should be conducted by impartial experts", GIZ 001:3654).
 */
export function PortfolioBenchmarking({ url }: { url: string }) {
  const { t, i18n } = useTranslation();
  const b = useApi<Shared>(url);
  const { message, act } = useAction(b.reload);
  const [confirm, confirmDialog] = useConfirm();
  const [scores, setScores] = useState<Record<string, string>>({});
  const [assessedOn, setAssessedOn] = useState(new Date().toISOString().slice(0, 10));
  const [organisation, setOrganisation] = useState('');
  const [rec, setRec] = useState({ groupKey: '', text: '' });
  if (b.error) return <ErrorMessage error={b.error} />;
  if (!b.data) return <Loading />;
  const d = b.data;
  /** The caller's latest unsigned external assessment: recommendations go to it until it is signed. */
  const draft = d.assessments.find((a) => a.byMe && !a.signedAt);
  const n = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatNumber(v, i18n.language, 2);
  return (
    <div data-testid="portfolio-benchmarking">
      <p className="muted">{t('benchmarking.external.intro')}</p>
      <ActionNotice message={message} />
      {confirmDialog}
      {d.assessments.length === 0 ? (
        <p className="muted">{t('benchmarking.external.none')}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('benchmarking.external.means')}
          tabIndex={0}
        >
          <table aria-label={t('benchmarking.external.means')}>
            <thead>
              <tr>
                <th scope="col">{t('benchmarking.assessedOn')}</th>
                <th scope="col">{t('benchmarking.conductedBy')}</th>
                <th scope="col">{t('benchmarking.signedCol')}</th>
                {d.groups.map((g) => (
                  <th scope="col" key={g.key}>
                    {t(`benchmarking.group.${g.key}`)}
                  </th>
                ))}
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
                    {!a.signedAt && a.byMe ? (
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
                              () => post(`${url}/assessments/${a.id}/sign`),
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
                  {d.groups.map((g) => (
                    <td key={g.key}>{n(a.groupMeans[g.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {d.assessments.some((a) => a.recommendations.length > 0) && (
        <>
          <h3 id="portfolio-bench-recs">{t('benchmarking.recommendations')}</h3>
          <ul aria-labelledby="portfolio-bench-recs">
            {d.assessments.flatMap((a) =>
              a.recommendations.map((r) => (
                <li key={r.id}>
                  {r.groupKey ? `${t(`benchmarking.group.${r.groupKey}`)}: ` : ''}
                  {r.text}{' '}
                  <span className="muted small">
                    ({formatDate(a.assessedOn, i18n.language)}; {t(`benchmarking.status.${r.status}`)})
                  </span>
                </li>
              )),
            )}
          </ul>
        </>
      )}
      {draft && (
        <form
          className="panel"
          aria-labelledby="portfolio-bench-rec-new"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await post(`${url}/assessments/${draft.id}/recommendations`, {
                groupKey: rec.groupKey || null,
                text: rec.text,
              });
              setRec({ groupKey: '', text: '' });
            }, t('benchmarking.recommendationAdded'));
          }}
        >
          <h3 id="portfolio-bench-rec-new">
            {t('benchmarking.external.recommend', { date: formatDate(draft.assessedOn, i18n.language) })}
          </h3>
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
                  {t(`benchmarking.group.${g.key}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('benchmarking.addRecommendation')}</button>
        </form>
      )}
      {d.canAssess && (
        <form
          className="panel"
          aria-labelledby="portfolio-bench-new"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await post(`${url}/assessments`, {
                assessedOn,
                ...(organisation.trim() ? { assessorOrganisation: organisation.trim() } : {}),
                scores: chosenScores(scores),
              });
              setScores({});
            }, t('benchmarking.external.saved'));
          }}
        >
          <h3 id="portfolio-bench-new">{t('benchmarking.external.new')}</h3>
          <p className="muted small">{t('benchmarking.external.hint')}</p>
          <p className="muted small">{t('benchmarking.scaleHint', { min: d.scale.min, max: d.scale.max })}</p>
          <label>
            {t('benchmarking.assessedOn')}
            <input type="date" required value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />
          </label>
          <label>
            {t('benchmarking.organisationOf')}
            <input value={organisation} maxLength={200} onChange={(e) => setOrganisation(e.target.value)} />
          </label>
          <CriteriaScores groups={d.groups} scale={d.scale} scores={scores} onChange={setScores} />
          <button type="submit">{t('benchmarking.saveAssessment')}</button>
        </form>
      )}
    </div>
  );
}
