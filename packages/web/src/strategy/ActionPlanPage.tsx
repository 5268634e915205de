import { useTranslation } from 'react-i18next';
import { StrategyNav } from './StrategyNav';

/** Reserved for its slice of the strategy module (issue 13). */
export function ActionPlanPage() {
  const { t } = useTranslation();
  return (
    <>
      <StrategyNav />
      <p>{t('layout.notAvailable', { defaultValue: '…' })}</p>
    </>
  );
}
