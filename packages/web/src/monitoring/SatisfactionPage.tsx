import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { MonitoringNav } from './MonitoringNav';

type Text3 = { en: string; fr?: string; es?: string };
interface Group {
  respondents: number;
  counts: number[];
  percentages: (number | null)[];
  mean: number | null;
  satisfied: number | null;
}
interface Comparison {
  responses: number;
  members: number;
  nonMembers: number;
  points: Text3[];
  indicators: { name: string; label: Text3; member: Group; nonMember: Group; difference: number | null }[];
}

/** Member vs non-member comparison of the member satisfaction survey (MarketMakers 000:195–197). */
export function SatisfactionPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', surveyId = '' } = useParams();
  const c = useApi<Comparison>(`/workspaces/${workspaceId}/monitoring/satisfaction/${surveyId}`);
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
    </section>
  );
}
