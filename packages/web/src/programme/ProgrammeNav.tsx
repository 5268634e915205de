import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';

/**
 * The funder's programme screens (issue 15; docs/programme.md), in the order IDB / Compete
 * Caribbean ran its programme (003:263–316): the call and its applicants, the training cohort, the
 * cluster development plans and their panels, the grants in tranches, the agency's own diagnosis,
 * then the portfolio of followed initiatives and the programme report.
 * Links are shown to the roles whose screens answer them (the routes' policies, programme/shared.ts).
 */
const LINKS: { path: string; key: string; roles?: string[] }[] = [
  { path: 'programme', key: 'overview' },
  {
    path: 'programme/calls',
    key: 'calls',
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer', 'assessor'],
  },
  {
    path: 'programme/cohorts',
    key: 'cohorts',
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer'],
  },
  {
    path: 'programme/plans',
    key: 'plans',
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer', 'panel_member'],
  },
  {
    path: 'programme/grants',
    key: 'grants',
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer'],
  },
  {
    path: 'programme/diagnosis',
    key: 'diagnosis',
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer'],
  },
  {
    path: 'portfolio',
    key: 'portfolio',
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer', 'agent'],
  },
  {
    path: 'programme/report',
    key: 'report',
    roles: ['owner', 'manager', 'officer', 'coordinator', 'evaluator', 'viewer'],
  },
];

export function programmeLinks(role: string | undefined) {
  return LINKS.filter((l) => !l.roles || (role && l.roles.includes(role)));
}

export function ProgrammeNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role;
  return (
    <nav aria-label={t('module.programme')} className="subnav">
      {programmeLinks(role).map((l) => (
        <NavLink key={l.key} to={`/w/${workspaceId}/${l.path}`} end={l.path === 'programme'}>
          {t(`programmeNav.${l.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
