import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

export function MonitoringNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  return (
    <nav aria-label={t('module.monitoring')} className="subnav">
      <NavLink to={`/w/${workspaceId}/monitoring`} end>
        {t('monitoring.nav.chain')}
      </NavLink>
      <NavLink to={`/w/${workspaceId}/monitoring/due`}>{t('monitoring.nav.due')}</NavLink>
      <NavLink to={`/w/${workspaceId}/monitoring/surveys`}>{t('monitoring.nav.surveys')}</NavLink>
    </nav>
  );
}
