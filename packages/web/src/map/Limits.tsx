import { useTranslation } from 'react-i18next';
import type { Limit } from './types';

/** The five limits of cluster mapping of the GIZ guide (001:1296–1300), shown with every result. */
export function Limits({ limits }: { limits: Limit[] }) {
  const { t } = useTranslation();
  return (
    <aside className="notice" aria-labelledby="limits-title">
      <h2 id="limits-title" className="h-small">
        {t('map.limitsTitle')}
      </h2>
      <ul>
        {limits.map((l) => (
          <li key={l.id}>{t(`map.limits.${l.id}`, { defaultValue: l.text })}</li>
        ))}
      </ul>
      <p className="small">{t('map.limitsAdvice')}</p>
    </aside>
  );
}
