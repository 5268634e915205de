import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';

const TEAM = ['owner', 'manager', 'staff'];

/** The role a signed-in user has in the workspace of the current page. */
export function useWorkspaceRole(): string {
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  return me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
}
export const isTeam = (role: string) => TEAM.includes(role);

/** The operations module: the management sees the whole organisation; members see their portal. */
export function OperationsNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const role = useWorkspaceRole();
  const base = `/w/${workspaceId}/operations`;
  return (
    <nav aria-label={t('module.operations')} className="subnav">
      {isTeam(role) ? (
        <>
          <NavLink to={base} end>
            {t('members.nav')}
          </NavLink>
          <NavLink to={`${base}/fees`}>{t('fees.nav')}</NavLink>
        </>
      ) : (
        <NavLink to={`${base}/portal`}>{t('portal.nav')}</NavLink>
      )}
      <NavLink to={`${base}/atlas`}>{t('atlas.nav')}</NavLink>
      <NavLink to={`${base}/events`}>{t('events.nav')}</NavLink>
      <NavLink to={`${base}/working-groups`}>{t('groups.nav')}</NavLink>
      <NavLink to={`${base}/services`}>{t('services.nav')}</NavLink>
      {isTeam(role) && (
        <>
          <NavLink to={`${base}/service-portfolio`}>{t('servicePortfolio.nav')}</NavLink>
          <NavLink to={`${base}/projects`}>{t('projects.nav')}</NavLink>
          <NavLink to={`${base}/joint-actions`}>{t('jointActions.nav')}</NavLink>
          <NavLink to={`${base}/communication`}>{t('communication.nav')}</NavLink>
          <NavLink to={`${base}/processes`}>{t('processes.nav')}</NavLink>
        </>
      )}
    </nav>
  );
}
