import { NavLink, Route, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgrammeNav } from './ProgrammeNav';
import { PlansPage } from './PlansPage';
import { RoundPage } from './RoundPage';
import { GrantsPage, GrantPage } from './GrantsPage';
import { AssessmentPage } from '../diagnose/AssessmentPage';
import { ConstraintsPage } from '../diagnose/ConstraintsPage';

/** Slice C's screens (docs/programme.md): cluster development plans, panels and rounds, grants and tranches, the agency's diagnosis. */
export function planScreens() {
  return (
    <>
      <Route path="/w/:workspaceId/programme/plans" element={<PlansPage />} />
      <Route path="/w/:workspaceId/programme/rounds/:roundId" element={<RoundPage />} />
      <Route path="/w/:workspaceId/programme/grants" element={<GrantsPage />} />
      <Route path="/w/:workspaceId/programme/grants/:grantId" element={<GrantPage />} />
      <Route path="/w/:workspaceId/programme/diagnosis" element={<AssessmentPage nav={<DiagnosisNav />} />} />
      <Route
        path="/w/:workspaceId/programme/diagnosis/constraints"
        element={<ConstraintsPage nav={<DiagnosisNav />} />}
      />
    </>
  );
}

/** The agency's diagnosis (MarketMakers 000:48–115): the diagnose screens, in the programme. */
function DiagnosisNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  return (
    <>
      <ProgrammeNav />
      <p className="muted">{t('plans.diagnosis.intro')}</p>
      <nav aria-label={t('programmeNav.diagnosis')} className="subnav">
        <NavLink to={`/w/${workspaceId}/programme/diagnosis`} end>
          {t('plans.diagnosis.assessments')}
        </NavLink>
        <NavLink to={`/w/${workspaceId}/programme/diagnosis/constraints`}>
          {t('plans.diagnosis.constraints')}
        </NavLink>
      </nav>
    </>
  );
}
