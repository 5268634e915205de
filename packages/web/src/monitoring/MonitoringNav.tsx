import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';

/** The kind of the workspace of the current page (cluster_initiative or programme). */
export function useWorkspaceKind(): string {
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  return me?.workspaces.find((w) => w.id === workspaceId)?.kind ?? '';
}

export function MonitoringNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const kind = useWorkspaceKind();
  return (
    <nav aria-label={t('module.monitoring')} className="subnav">
      <NavLink to={`/w/${workspaceId}/monitoring`} end>
        {t('monitoring.nav.chain')}
      </NavLink>
      <NavLink to={`/w/${workspaceId}/monitoring/due`}>{t('monitoring.nav.due')}</NavLink>
      <NavLink to={`/w/${workspaceId}/monitoring/surveys`}>{t('monitoring.nav.surveys')}</NavLink>
      <NavLink to={`/w/${workspaceId}/monitoring/reports`}>{t('reports.nav')}</NavLink>
      {kind === 'cluster_initiative' && (
        <NavLink to={`/w/${workspaceId}/monitoring/benchmarking`}>{t('benchmarking.nav')}</NavLink>
      )}
      <NavLink to={`/w/${workspaceId}/monitoring/evaluations`}>{t('evaluations.nav')}</NavLink>
    </nav>
  );
}
