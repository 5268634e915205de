import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useWorkspaceKind } from './MonitoringNav';

/** The participation checks as GET …/monitoring/checks answers them. */
export type Checks = ApiGet<'/workspaces/{workspaceId}/monitoring/checks'>;

/**
 * The two participation checks of the GIZ guide, shown as warnings while unmet: impact monitoring
 * needs at least 70 % of the cluster actors (001:2978); the baseline observation at least 15
 * cluster firms (001:3757).
 */
export function ChecksNotice({ checks: given }: { checks?: Checks | null }) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const kind = useWorkspaceKind();
  const fetched = useApi<Checks>(
    given === undefined && kind === 'cluster_initiative'
      ? `/workspaces/${workspaceId}/monitoring/checks`
      : null,
  );
  const c = given ?? fetched.data;
  if (!c) return null;
  const im = c.impactMonitoring;
  const bo = c.baselineObservation;
  const share = im.value === null ? '—' : `${Math.round(im.value * 1000) / 10} %`;
  return (
    <div className="checks">
      {im.met ? (
        <p className="ok">
          {t('reports.checks.impactMet', { participants: im.participants, actors: im.actors, share })}
        </p>
      ) : (
        <p className="warning" data-testid="warning-impact">
          {t('reports.checks.impactWarning', { participants: im.participants, actors: im.actors, share })}
        </p>
      )}
      <p className="small muted" data-testid="impact-base">
        {t(`reports.checks.impactBase.${im.base}`, { actors: im.actors })}
      </p>
      {bo.met ? (
        <p className="ok">{t('reports.checks.baselineMet', { firms: bo.value })}</p>
      ) : (
        <p className="warning" data-testid="warning-baseline">
          {bo.value === null
            ? t('reports.checks.baselineMissing')
            : t('reports.checks.baselineWarning', { firms: bo.value })}
        </p>
      )}
    </div>
  );
}
