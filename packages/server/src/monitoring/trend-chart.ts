import { renderChartSvg } from '../charts/svg.js';
import type { DocumentFormatter } from '../i18n/documents.js';
import type { ReportIndicator } from './report-data.js';

/**
 * The trend chart of an indicator, drawn once by Apache ECharts as SVG on the server (its
 * server-side rendering, no browser) and shown as it is on the report screen, in the HTML report
 * and in the PDF (issue 12, item 11: the same picture everywhere). Targets dashed, actual values
 * solid with their points, on a real time axis: each period sits at its middle date, and a line
 * breaks at a period without a value and across missing periods, so that a missing quarter leaves a
 * gap instead of vanishing.
 */

/** What a trend chart draws of an indicator: its name and its periods' targets and values. */
export type TrendOf = Pick<ReportIndicator, 'name' | 'trend'>;

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const TAG = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as const;

/** The points of one line, [time, value], with a null where the line breaks. */
export function trendPoints(i: TrendOf, key: 'target' | 'actual'): [number, number | null][] {
  const out: [number, number | null][] = [];
  i.trend.forEach((p, k) => {
    const prev = i.trend[k - 1];
    const mid = (day(p.startsOn) + day(p.endsOn)) / 2;
    // A missing period between two that have values: a break at its place.
    if (prev && day(p.startsOn) - day(prev.endsOn) > DAY)
      out.push([(day(prev.endsOn) + day(p.startsOn)) / 2, null]);
    out.push([mid, p[key]]);
  });
  return out;
}

/** The stretches of a line that are drawn (its points between breaks). */
export const trendRuns = (i: TrendOf, key: 'target' | 'actual') =>
  trendPoints(i, key)
    .reduce<[number, number][][]>(
      (runs, [t, v]) => {
        if (v === null) runs.push([]);
        else runs[runs.length - 1]!.push([t, v]);
        return runs;
      },
      [[]],
    )
    .filter((r) => r.length > 0);

/**
 * The chart as an SVG document, in the reader's language, or null when the indicator has no value
 * to draw. `format` writes a value with its unit.
 */
export function trendChartSvg(
  f: DocumentFormatter,
  i: TrendOf,
  format: (v: number) => string,
  size: { width: number; height: number } = { width: 560, height: 240 },
): string | null {
  const values = i.trend.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const month = new Intl.DateTimeFormat(TAG[f.locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return renderChartSvg(
    {
      grid: { left: 12, right: 20, top: 34, bottom: 8, containLabel: true },
      legend: { top: 0, itemWidth: 22 },
      xAxis: {
        type: 'time',
        min: day(i.trend[0]!.startsOn),
        max: day(i.trend[i.trend.length - 1]!.endsOn),
        splitNumber: 4,
        axisLabel: { formatter: (t: number) => month.format(new Date(t)), hideOverlap: true },
      },
      yAxis: {
        type: 'value',
        min: Math.min(0, ...values),
        axisLabel: { formatter: (v: number) => format(v) },
      },
      series: [
        {
          name: f.t('monitoring.col.target'),
          type: 'line',
          data: trendPoints(i, 'target'),
          connectNulls: false,
          showSymbol: false,
          color: '#666666',
          lineStyle: { type: 'dashed', width: 1.5 },
        },
        {
          name: f.t('monitoring.col.actual'),
          type: 'line',
          data: trendPoints(i, 'actual'),
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 7,
          color: '#1565c0',
          lineStyle: { width: 2.5 },
        },
      ],
    },
    size,
    // Named for screen readers as a whole (its text elements are the axes and the legend).
    f.t('monitoring.trends.aria', { name: i.name }),
  );
}
