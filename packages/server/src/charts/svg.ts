import * as echarts from 'echarts';
import SVGtoPDF from 'svg-to-pdfkit';
import { PDF_FONT } from '../diagnose/report/pdf.js';

/**
 * Charts drawn once (issue 12, item 11: "draw charts so that the same picture appears on screen and
 * in PDF/DOCX reports"): Apache ECharts renders an option to an SVG document on the server (its
 * server-side rendering, no browser, no canvas). The screen shows that SVG as an image, the HTML
 * reports embed it and the PDFs place it with svg-to-pdfkit in the PDF's embedded font, so that
 * every reader sees the same picture. DOCX documents keep a table instead (docx needs a PNG
 * fallback for an SVG, and the server draws no PNG).
 */

export type ChartSize = { width: number; height: number };

/** The font the charts name; svg-to-pdfkit maps it to the PDF's embedded DejaVu Sans. */
export const CHART_FONT = 'DejaVu Sans, Arial, sans-serif';

const escAttr = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An ECharts option as an SVG document, named as a whole for screen readers. */
export function renderChartSvg(option: echarts.EChartsOption, size: ChartSize, ariaLabel: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: 11 },
      ...option,
    });
    return chart.renderToSVGString().replace(/^<svg /, `<svg role="img" aria-label="${escAttr(ariaLabel)}" `);
  } finally {
    chart.dispose();
  }
}

/** Places a chart's SVG into a PDF at (x, y), its text in the PDF's embedded font. */
export function placeChartInPdf(
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  size: ChartSize,
): void {
  SVGtoPDF(doc, svg, x, y, {
    ...size,
    fontCallback: (_family: string, bold: boolean) => (bold ? PDF_FONT.bold : PDF_FONT.regular),
  });
}

/** The size an SVG document declares (ECharts writes its width and height on the root). */
export function svgSize(svg: string): ChartSize {
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('chart SVG without a width and height');
  return { width, height };
}

export interface Bar {
  label: string;
  value: number;
  /** The bar's colour; the chart's first colour when not given. */
  colour?: string;
}

/**
 * Horizontal bars, longest measure first as given: a label per row, the value written at the end of
 * its bar. `format` writes a value (axis and labels); `reference` draws a dashed vertical line (LQ =
 * 1, a public-share reference).
 */
export function barChartSvg(options: {
  bars: Bar[];
  format: (v: number) => string;
  ariaLabel: string;
  width?: number;
  /** Height of one bar's row in pixels. */
  rowHeight?: number;
  max?: number;
  reference?: { value: number; label?: string };
}): string {
  const { bars, format, rowHeight = 26 } = options;
  const width = options.width ?? 640;
  const height = Math.max(90, 48 + bars.length * rowHeight);
  // The first row on top, as it reads.
  const rows = [...bars].reverse();
  // The labels' column, from their length: the server measures no text (no canvas), so ECharts'
  // containLabel would guess too narrow and cut long labels at the left edge.
  const labelWidth = Math.min(
    Math.round(width * 0.4),
    Math.max(40, ...bars.map((b) => Math.ceil(b.label.length * 6.4) + 10)),
  );
  return renderChartSvg(
    {
      grid: { left: labelWidth + 8, right: 56, top: 14, bottom: 24, containLabel: false },
      xAxis: {
        type: 'value',
        min: 0,
        ...(options.max !== undefined ? { max: options.max, interval: options.max / 4 } : {}),
        splitNumber: 4,
        axisLabel: { formatter: (v: number) => format(v), hideOverlap: true },
      },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.label),
        axisTick: { show: false },
        axisLabel: { width: labelWidth, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: rows.map((r) => ({
            value: r.value,
            itemStyle: { color: r.colour ?? '#0b5f73' },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { value: unknown }) => format(Number(p.value)),
          },
          ...(options.reference
            ? {
                markLine: {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { color: '#b91c1c', type: 'dashed' },
                  label: { formatter: options.reference.label ?? '', position: 'end' },
                  data: [{ xAxis: options.reference.value }],
                },
              }
            : {}),
        },
      ],
    },
    { width, height },
    options.ariaLabel,
  );
}
