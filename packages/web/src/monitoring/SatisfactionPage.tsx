import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { MonitoringNav } from './MonitoringNav';

/** The reading of a member satisfaction survey (GET …/monitoring/satisfaction/{surveyId}). */
type Comparison = ApiGet<'/workspaces/{workspaceId}/monitoring/satisfaction/{surveyId}'>;

/**
 * Member vs non-member comparison of the member satisfaction survey (MarketMakers 000:195–197), the
 * indicators not met at the platform's threshold (changeable here) and the members by size.
 */
export function SatisfactionPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', surveyId = '' } = useParams();
  const [metAt, setMetAt] = useState(50);
  const c = useApi<Comparison>(
    `/workspaces/${workspaceId}/monitoring/satisfaction/${surveyId}?metAt=${metAt}`,
  );
  if (c.error) return <ErrorMessage error={c.error} />;
  if (!c.data) return <Loading />;
  const lang = i18n.language as 'en' | 'fr' | 'es';
  const d = c.data;
  const n = (v: number | null, digits = 1) => (v === null ? '—' : formatNumber(v, i18n.language, digits));
  return (
    <section aria-labelledby="satisfaction-title">
      <h1 id="satisfaction-title">{t('reports.satisfaction.compareTitle')}</h1>
      <MonitoringNav />
      <p className="muted">{t('reports.satisfaction.source')}</p>
      <p>
        {t('reports.satisfaction.counts', {
          responses: d.responses,
          members: d.members,
          nonMembers: d.nonMembers,
        })}
      </p>
      <table aria-labelledby="satisfaction-title">
        <thead>
          <tr>
            <th scope="col">{t('reports.satisfaction.indicator')}</th>
            <th scope="col">{t('reports.satisfaction.meanMembers')}</th>
            <th scope="col">{t('reports.satisfaction.meanNonMembers')}</th>
            <th scope="col">{t('reports.satisfaction.difference')}</th>
            <th scope="col">{t('reports.satisfaction.satisfiedMembers')}</th>
            <th scope="col">{t('reports.satisfaction.satisfiedNonMembers')}</th>
          </tr>
        </thead>
        <tbody>
          {d.indicators.map((i) => (
            <tr key={i.name}>
              <th scope="row">
                {t(`reports.satisfaction.q.${i.name}`, { defaultValue: i.label[lang] ?? i.label.en })}
              </th>
              <td>{n(i.member.mean, 2)}</td>
              <td>{n(i.nonMember.mean, 2)}</td>
              <td>{n(i.difference, 2)}</td>
              <td>{i.member.satisfied === null ? '—' : `${n(i.member.satisfied)} %`}</td>
              <td>{i.nonMember.satisfied === null ? '—' : `${n(i.nonMember.satisfied)} %`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('reports.satisfaction.rule')}</p>

      <h2>{t('reports.satisfaction.metTitle')}</h2>
      <label className="inline">
        {t('reports.satisfaction.metAt')}{' '}
        <input
          type="number"
          min={0}
          max={100}
          step={5}
          value={metAt}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (e.target.value !== '' && v >= 0 && v <= 100) setMetAt(v);
          }}
          style={{ width: '5em' }}
        />{' '}
        %
      </label>
      <p className="small muted">{t('reports.satisfaction.metRule')}</p>
      {d.unmet.length > 0 ? (
        <p className="alert" role="status" data-testid="satisfaction-unmet">
          {t('reports.satisfaction.unmet', {
            indicators: d.unmet.map((u) => t(`reports.satisfaction.q.${u}`)).join(', '),
          })}
        </p>
      ) : (
        <p className="ok" role="status" data-testid="satisfaction-unmet">
          {t('reports.satisfaction.allMet')}
        </p>
      )}

      <h2 id="by-size-title">{t('reports.satisfaction.bySizeTitle')}</h2>
      <p className="small muted">{t('reports.satisfaction.bySizeIntro')}</p>
      {d.bySize === null ? (
        <p className="muted">{t('reports.satisfaction.noSize')}</p>
      ) : (
        <div className="table-scroll">
          <table tabIndex={0} aria-labelledby="by-size-title" data-testid="satisfaction-by-size">
            <thead>
              <tr>
                <th scope="col">{t('reports.satisfaction.size')}</th>
                <th scope="col">{t('reports.satisfaction.respondents')}</th>
                {d.indicators.map((i) => (
                  <th scope="col" key={i.name}>
                    {t(`reports.satisfaction.q.${i.name}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.bySize.map((b) => (
                <tr key={b.size}>
                  <th scope="row">{t(`sizeClass.${b.size}`)}</th>
                  <td>{b.respondents}</td>
                  {b.indicators.map((i) => (
                    <td key={i.name}>
                      {i.satisfied === null ? (
                        '—'
                      ) : (
                        <span className="bar-cell">
                          <span className="bar" style={{ width: `${i.satisfied}%` }} aria-hidden="true" />
                          {n(i.satisfied, 0)} %
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
