import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

export function OperationsNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  return (
    <nav aria-label={t('module.operations')} className="subnav">
      <NavLink to={`/w/${workspaceId}/operations`} end>
        {t('members.nav')}
      </NavLink>
      <NavLink to={`/w/${workspaceId}/operations/fees`}>{t('fees.nav')}</NavLink>
    </nav>
  );
}
