import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, FINANCING_SOURCES, PUBLIC_SHARE_REFERENCE } from '@agglomera/methods';
import { formatNumber } from '../i18n';
import { SourceNote } from '../layout/sources';
import { ServerChart } from '../layout/ServerChart';
import { monthName, monthShort, type Plan } from './financeParts';
import { TableScroll } from './TableScroll';

const pct = (x: number, lng: string) => `${formatNumber(x * 100, lng, 0)} %`;

/**
 * The liquidity line (GIZ: "ensure liquidity at all times"): income and spending per month, the
 * closing balance, the first month below zero. The chart is the server's (finance.charts.ts), the
 * same picture as in the business plan's PDF.
 */
export function LiquidityChart({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const gap = plan.liquidity.firstGap;
  const money = (n: number) => `${formatNumber(n, lng, 0)} ${plan.currency}`;
  return (
    <>
      {gap === null ? (
        <p className="notice" data-testid="liquidity-gap" data-gap="none">
          {t('orgFinance.noGap', { lowest: money(plan.liquidity.lowest) })}
        </p>
      ) : (
        <p className="alert" role="alert" data-testid="liquidity-gap" data-gap={plan.monthLabels[gap]}>
          {t('orgFinance.gap', {
            month: monthName(plan.monthLabels[gap]!, lng),
            balance: money(plan.liquidity.closing[gap]!),
            lowest: money(plan.liquidity.lowest),
          })}
        </p>
      )}
      <figure className="chart" data-testid="liquidity-chart">
        <figcaption>{t('orgFinance.liquidityCaption', { currency: plan.currency })}</figcaption>
        <ServerChart
          svg={plan.charts?.liquidity}
          alt={`${t('orgFinance.liquidityCaption', { currency: plan.currency })}: ${plan.monthLabels
            .map((m, i) => `${monthShort(m, lng)} ${money(plan.liquidity.closing[i]!)}`)
            .join('; ')}`}
        />
        <p className="small muted">{t('orgFinance.liquidityLegend')}</p>
      </figure>
    </>
  );
}

/** The financing mix by source (GIZ: baseline support, private sources, projects) and its public share against the guide's reference points. */
export function MixChart({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = FINANCING_SOURCES.map((s) => ({
    source: t(`orgFinance.sources.${s}`),
    share: plan.mix.shares[s] ?? 0,
  }));
  const caption = t('orgFinance.mixCaption');
  const ref = PUBLIC_SHARE_REFERENCE;
  return (
    <>
      <figure className="chart" data-testid="financing-mix">
        <figcaption>{caption}</figcaption>
        {plan.mix.total > 0 ? (
          <ServerChart
            svg={plan.charts?.mix}
            alt={`${caption}: ${data.map((d) => `${d.source} ${pct(d.share, lng)}`).join('; ')}`}
          />
        ) : (
          <p className="muted">{t('orgFinance.noIncome')}</p>
        )}
      </figure>
      <p data-testid="public-share">
        {t('orgFinance.publicShare', {
          public: pct(plan.mix.publicShare, lng),
          private: pct(plan.mix.privateShare, lng),
        })}
      </p>
      <p className="small">
        {t('orgFinance.publicReference', {
          min: pct(ref.min, lng),
          max: pct(ref.max, lng),
          years: ref.yearsToPrivateIncome,
        })}
      </p>
      <SourceNote source="001:2229" />
      <TableScroll label={t('orgFinance.byYear')}>
        <table tabIndex={0}>
          <caption className="small">{t('orgFinance.byYear')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orgFinance.planYear')}</th>
              <th scope="col">{t('orgFinance.income')}</th>
              <th scope="col">{t('orgFinance.publicShareCol')}</th>
              <th scope="col">{t('orgFinance.againstReference')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.publicShareByYear.map((y) => (
              <tr key={y.year}>
                <th scope="row">{t('orgFinance.yearN', { n: y.year })}</th>
                <td className="num">{formatNumber(y.total, lng, 0)}</td>
                <td className="num">{pct(y.publicShare, lng)}</td>
                <td>
                  {y.total === 0
                    ? '—'
                    : y.publicShare > ref.max
                      ? t('orgFinance.above')
                      : y.publicShare < ref.min
                        ? t('orgFinance.below')
                        : t('orgFinance.within')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** The cost structure by the guide's categories. */
export function CostTable({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const total = Object.values(plan.costsByCategory).reduce((a, b) => a + b, 0);
  return (
    <TableScroll label={t('orgFinance.costStructure')}>
      <table tabIndex={0} data-testid="cost-structure">
        <thead>
          <tr>
            <th scope="col">{t('orgFinance.category')}</th>
            <th scope="col">{t('orgFinance.amount', { currency: plan.currency })}</th>
            <th scope="col">{t('orgFinance.share')}</th>
          </tr>
        </thead>
        <tbody>
          {COST_CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row">{t(`orgFinance.categories.${c}`)}</th>
              <td className="num">{formatNumber(plan.costsByCategory[c] ?? 0, lng, 0)}</td>
              <td className="num">{total ? pct((plan.costsByCategory[c] ?? 0) / total, lng) : '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('orgFinance.total')}</th>
            <td className="num">{formatNumber(total, lng, 0)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
