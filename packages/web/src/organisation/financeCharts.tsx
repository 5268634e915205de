import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { COST_CATEGORIES, FINANCING_SOURCES, PUBLIC_SHARE_REFERENCE } from '@agglomera/methods';
import { formatNumber } from '../i18n';
import { SourceNote } from '../layout/sources';
import { monthName, monthShort, type Plan } from './financeParts';
import { TableScroll } from './TableScroll';

const INCOME = '#15803d';
const SPEND = '#b91c1c';
const BALANCE = '#0b5f73';
const SOURCE_COLOURS = ['#1d4ed8', '#0b5f73', '#15803d', '#d97706', '#6d28d9'];
const pct = (x: number, lng: string) => `${formatNumber(x * 100, lng, 0)} %`;

/** The liquidity line (GIZ: "ensure liquidity at all times"): income and spending per month, the closing balance, the first month below zero. */
export function LiquidityChart({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = plan.monthLabels.map((m, i) => ({
    month: monthShort(m, lng),
    income: plan.totals[i]!.income,
    expenditure: plan.totals[i]!.expenditure,
    closing: plan.liquidity.closing[i]!,
  }));
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
        <div
          role="img"
          aria-label={`${t('orgFinance.liquidityCaption', { currency: plan.currency })}: ${data
            .map((d) => `${d.month} ${money(d.closing)}`)
            .join('; ')}`}
        >
          <ResponsiveContainer width="100%" height={300}>
            <ComposedChart data={data} margin={{ top: 10, right: 10, bottom: 10, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" fontSize={11} />
              <YAxis fontSize={11} width={60} tickFormatter={(v) => formatNumber(Number(v), lng, 0)} />
              <Tooltip formatter={(v) => money(Number(v))} />
              <ReferenceLine y={0} stroke="#111827" />
              <Bar dataKey="income" name={t('orgFinance.income')} fill={INCOME} isAnimationActive={false} />
              <Bar
                dataKey="expenditure"
                name={t('orgFinance.expenditure')}
                fill={SPEND}
                isAnimationActive={false}
              />
              <Line
                dataKey="closing"
                name={t('orgFinance.closing')}
                stroke={BALANCE}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
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
        <div
          role="img"
          aria-label={`${caption}: ${data.map((d) => `${d.source} ${pct(d.share, lng)}`).join('; ')}`}
        >
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={data} layout="vertical" margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" domain={[0, 1]} tickFormatter={(v) => pct(Number(v), lng)} fontSize={11} />
              <YAxis type="category" dataKey="source" width={110} fontSize={11} />
              <Tooltip formatter={(v) => pct(Number(v), lng)} />
              <Bar dataKey="share" isAnimationActive={false}>
                {data.map((d, i) => (
                  <Cell key={d.source} fill={SOURCE_COLOURS[i]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
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
