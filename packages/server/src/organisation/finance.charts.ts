import { FINANCING_SOURCES } from '@agglomera/methods';
import type * as echarts from 'echarts';
import { barChartSvg, renderChartSvg, type ChartSize } from '../charts/svg.js';
import type { Database } from '../db/database.js';
import { documentFormatter, type DocumentFormatter, type DocumentLocale } from '../i18n/documents.js';
import { getPlan } from './finance.service.js';

/**
 * The financial plan's two charts, drawn once by ECharts on the server (charts/svg.ts) and shown
 * the same on the plan's screen and in the business plan's PDF (issue 12, item 11): the liquidity
 * line (GIZ 001:2081, "ensure liquidity at all times": income and expenditure per month with the
 * closing balance) and the financing mix by source (001:2097–2098).
 */

/** What the charts need of a plan (finance.service.ts getPlan gives it). */
export interface PlanForCharts {
  currency: string;
  monthLabels: string[];
  totals: { income: number; expenditure: number }[];
  liquidity: { closing: number[]; firstGap: number | null } | null;
  mix: { total: number; shares: Record<string, number> } | null;
}

const INCOME = '#15803d';
const SPEND = '#b91c1c';
const BALANCE = '#0b5f73';
const SOURCE_COLOURS = ['#1d4ed8', '#0b5f73', '#15803d', '#d97706', '#6d28d9'];

/** "2030-02" as the locale writes a short month ("févr. 30"). */
function shortMonth(f: DocumentFormatter, ym: string): string {
  const d = new Date(`${ym}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(f.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(d);
}

/** "2030-02" as the locale writes the month in full ("février 2030"). */
export function monthName(f: DocumentFormatter, ym: string): string {
  const d = new Date(`${ym}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Income and expenditure per month as bars, the closing balance as a line, the zero line marked. */
export function liquidityChartSvg(
  f: DocumentFormatter,
  plan: PlanForCharts,
  size: ChartSize = { width: 720, height: 300 },
): string | null {
  if (!plan.liquidity || plan.monthLabels.length === 0) return null;
  const closing = plan.liquidity.closing;
  const money = (v: number) => f.number(v, { max: 0 });
  const caption = f.t('businessPlan.chart.liquidity', { currency: plan.currency });
  const option: echarts.EChartsOption = {
    grid: { left: 8, right: 12, top: 34, bottom: 6, containLabel: true },
    legend: { top: 0, itemWidth: 18 },
    xAxis: {
      type: 'category',
      data: plan.monthLabels.map((m) => shortMonth(f, m)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v) } },
    series: [
      {
        name: f.t('businessPlan.chart.income'),
        type: 'bar',
        color: INCOME,
        barMaxWidth: 14,
        data: plan.totals.map((t) => t.income),
      },
      {
        name: f.t('businessPlan.chart.expenditure'),
        type: 'bar',
        color: SPEND,
        barMaxWidth: 14,
        data: plan.totals.map((t) => t.expenditure),
      },
      {
        name: f.t('businessPlan.chart.closing'),
        type: 'line',
        color: BALANCE,
        lineStyle: { width: 2.5 },
        symbolSize: 5,
        data: closing,
        markLine: {
          symbol: 'none',
          silent: true,
          label: { show: false },
          lineStyle: { color: '#111827', type: 'solid', width: 1 },
          data: [{ yAxis: 0 }],
        },
      },
    ],
  };
  const aria = `${caption}${f.colon} ${plan.monthLabels
    .map((m, i) => `${shortMonth(f, m)} ${money(closing[i] ?? 0)}`)
    .join(`${f.semicolon} `)}`;
  return renderChartSvg(option, size, aria);
}

/** The share of planned income by source, in the order of the guide's financing structure. */
export function mixChartSvg(f: DocumentFormatter, plan: PlanForCharts, width = 640): string | null {
  if (!plan.mix || plan.mix.total <= 0) return null;
  const bars = FINANCING_SOURCES.map((s, i) => ({
    label: f.label('businessPlan.source', s),
    value: plan.mix!.shares[s] ?? 0,
    colour: SOURCE_COLOURS[i % SOURCE_COLOURS.length],
  }));
  const caption = f.t('businessPlan.chart.mix');
  return barChartSvg({
    bars,
    max: 1,
    width,
    format: (v) => f.percent(v, 0),
    ariaLabel: `${caption}${f.colon} ${bars.map((b) => `${b.label} ${f.percent(b.value, 0)}`).join(`${f.semicolon} `)}`,
  });
}

/** Both charts of a plan in the reader's language, for the plan's screen. */
export const planCharts = (f: DocumentFormatter, plan: PlanForCharts) => ({
  liquidity: liquidityChartSvg(f, plan),
  mix: mixChartSvg(f, plan),
});

/** A plan as its screen shows it: in full, with its charts drawn in the reader's language. */
export async function planWithCharts(
  db: Database,
  workspaceId: string,
  planId: string,
  locale: DocumentLocale,
) {
  const plan = await getPlan(db, workspaceId, planId);
  return { ...plan, charts: planCharts(documentFormatter(locale), plan) };
}
