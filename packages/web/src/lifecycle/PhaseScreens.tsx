import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The label of a screen a phase links to, by its path under the workspace. */
const SCREEN_LABELS: Record<string, string> = {
  strategy: 'strategyNav.strategy',
  'strategy/goals': 'strategyNav.goals',
  'strategy/action-plan': 'strategyNav.actionPlan',
  'operations/services': 'services.title',
  'organisation/business-plan': 'organisationNav.businessPlan',
};

/**
 * The screens where the work of the current UNIDO phase or MarketMakers step is done (the
 * server's PHASE_SCREENS), as links; nothing when the phase has none.
 */
export function PhaseScreens({ workspaceId, screens }: { workspaceId: string; screens: string[] }) {
  const { t } = useTranslation();
  if (screens.length === 0) return null;
  return (
    <p className="small">
      {t('lifecycle.phaseScreens')}{' '}
      {screens.map((s, i) => (
        <span key={s}>
          {i > 0 && ' · '}
          <Link to={`/w/${workspaceId}/${s}`}>{t(SCREEN_LABELS[s] ?? s)}</Link>
        </span>
      ))}
    </p>
  );
}
