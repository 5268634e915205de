import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { formatDateTime, formatNumber } from '../i18n';
import type { ApiGet } from '../api/types';

type BaselineList = ApiGet<'/workspaces/{workspaceId}/baselines'>;
/**
 * A baseline record. Its data is free-form JSON in the API (each source keeps its own shape); a
 * baseline from the mapping carries the region, year and metrics read here.
 */
type Baseline = Omit<BaselineList['baselines'][number], 'data'> & {
  data: { region?: string; year?: number | null; metrics?: Record<string, number | null> };
};

/** The initiative's baseline records: what monitoring will later compare against (UNIDO 002:242). */
export function Baselines({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useApi<{ baselines: Baseline[] }>(`/workspaces/${workspaceId}/baselines`);
  if (!data || data.baselines.length === 0) return null;
  const fmt = (k: string, v: number | null | undefined) =>
    v === null || v === undefined
      ? '—'
      : k === 'lq'
        ? formatNumber(v, i18n.language, 2)
        : ['share', 'cagr'].includes(k)
          ? `${formatNumber(v * 100, i18n.language, 1)} %`
          : k === 'strong'
            ? v
              ? t('common.yes')
              : t('common.no')
            : formatNumber(v, i18n.language);
  return (
    <section className="panel" aria-labelledby="baseline-title">
      <h2 id="baseline-title" className="h-small">
        {t('lifecycle.baseline')}
      </h2>
      {data.baselines.map((b) => (
        <div key={b.id}>
          <p>
            {b.description}{' '}
            <span className="small muted">({formatDateTime(b.recorded_at, i18n.language)})</span>
          </p>
          <dl className="baseline">
            {Object.entries(b.data.metrics ?? {}).map(([k, v]) => (
              <div key={k}>
                <dt>{t(`selection.metrics.${k}`, { defaultValue: k })}</dt>
                <dd>{fmt(k, v)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
