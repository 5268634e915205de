import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';

export function DiagnoseNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  // The register and the network are the cluster team's; members take part in the needs vote.
  const team = me?.workspaces.find((w) => w.id === workspaceId)?.role !== 'member';
  return (
    <nav aria-label={t('module.diagnose')} className="subnav">
      {team && (
        <>
          <NavLink to={`/w/${workspaceId}/diagnose`} end>
            {t('diagnose.actors')}
          </NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/stakeholders`}>{t('stakeholders.nav')}</NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/value-chain`}>{t('valueChain.nav')}</NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/analysis`}>{t('analysis.nav')}</NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/member-cards`}>{t('memberCards.nav')}</NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/constraints`}>{t('constraints.nav')}</NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/associations`}>{t('assessment.nav')}</NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/report`}>{t('report.nav')}</NavLink>
          <NavLink to={`/w/${workspaceId}/diagnose/network`}>{t('diagnose.network')}</NavLink>
        </>
      )}
      <NavLink to={`/w/${workspaceId}/diagnose/needs`}>{t('needs.nav')}</NavLink>
    </nav>
  );
}
