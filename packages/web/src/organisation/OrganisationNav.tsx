import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The organisation module's screens (issue 14), in the order the GIZ guide's establishment stage
 * works through them: who the initiative is and its legal form, who governs it, who works in it,
 * how it pays for itself, on what terms members join, and the business plan that gathers it all.
 */
export function OrganisationNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/w/${workspaceId}/organisation`;
  return (
    <nav aria-label={t('module.organisation')} className="subnav">
      <NavLink to={base} end>
        {t('organisationNav.profile')}
      </NavLink>
      <NavLink to={`${base}/legal-form`}>{t('organisationNav.legalForm')}</NavLink>
      <NavLink to={`${base}/governance`}>{t('organisationNav.governance')}</NavLink>
      <NavLink to={`${base}/staff`}>{t('organisationNav.staff')}</NavLink>
      <NavLink to={`${base}/financial-plan`}>{t('organisationNav.financialPlan')}</NavLink>
      <NavLink to={`${base}/agreements`}>{t('organisationNav.agreements')}</NavLink>
      <NavLink to={`${base}/business-plan`}>{t('organisationNav.businessPlan')}</NavLink>
    </nav>
  );
}
