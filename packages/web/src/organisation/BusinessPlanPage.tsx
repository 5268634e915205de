import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { SourceNote } from '../layout/sources';
import { OrganisationNav } from './OrganisationNav';

const SECTIONS = ['canvas', 'strategy', 'services', 'organisation', 'staff', 'finance'] as const;
type Section = (typeof SECTIONS)[number];

/** Where each section of the business plan is recorded; the organisation has several screens. */
const LINKS: Record<Section, string[]> = {
  canvas: ['strategy/canvas'],
  strategy: ['strategy'],
  services: ['operations/services'],
  organisation: ['organisation', 'organisation/legal-form', 'organisation/governance'],
  staff: ['organisation/staff'],
  finance: ['organisation/financial-plan'],
};

/**
 * The business plan (issue 14, item 7; MarketMakers step 5): which of its sections have something
 * recorded, with links to the screens that fill them, and the document as DOCX or PDF.
 */
export function BusinessPlanPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const url = `/workspaces/${workspaceId}/organisation/business-plan`;
  const plan = useApi<ApiGet<'/workspaces/{workspaceId}/organisation/business-plan'>>(url);
  return (
    <>
      <OrganisationNav />
      <section aria-labelledby="business-plan-title">
        <h1 id="business-plan-title">{t('businessPlan.title')}</h1>
        <p className="muted">{t('businessPlan.intro')}</p>
        <SourceNote source="000:137" />
        <div className="actions">
          <a href={`/api/v1${url}?format=docx`} download data-testid="business-plan-docx">
            {t('businessPlan.downloadDocx')}
          </a>
          <a href={`/api/v1${url}?format=pdf`} download data-testid="business-plan-pdf">
            {t('businessPlan.downloadPdf')}
          </a>
        </div>
        <h2>{t('businessPlan.checklist')}</h2>
        {plan.error ? (
          <ErrorMessage error={plan.error} />
        ) : !plan.data ? (
          <Loading />
        ) : (
          <ul className="checklist" data-testid="business-plan-sections">
            {SECTIONS.map((s) => (
              <li key={s}>
                <strong>{t(`businessPlan.section.${s}`)}</strong>
                {' — '}
                <span className={plan.data!.sections[s] ? 'ok' : 'muted'}>
                  {plan.data!.sections[s] ? t('businessPlan.filled') : t('businessPlan.notRecorded')}
                </span>{' '}
                {LINKS[s].map((path) => (
                  <Link key={path} to={`/w/${workspaceId}/${path}`} className="small">
                    {t(`businessPlan.link.${path.replace(/\//g, '_')}`)}{' '}
                  </Link>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
