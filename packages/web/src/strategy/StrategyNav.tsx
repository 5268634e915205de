import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The strategy module's screens (issue 13), in the order the GIZ guide works through them. */
export function StrategyNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/w/${workspaceId}/strategy`;
  return (
    <nav aria-label={t('module.strategy')} className="subnav">
      <NavLink to={`${base}/goals`}>{t('strategyNav.goals')}</NavLink>
      <NavLink to={`${base}/canvas`}>{t('strategyNav.canvas')}</NavLink>
      <NavLink to={base} end>
        {t('strategyNav.strategy')}
      </NavLink>
      <NavLink to={`${base}/action-plan`}>{t('strategyNav.actionPlan')}</NavLink>
      <NavLink to={`${base}/roadmaps`}>{t('strategyNav.roadmaps')}</NavLink>
      <NavLink to={`${base}/internationalisation`}>{t('strategyNav.internationalisation')}</NavLink>
    </nav>
  );
}
