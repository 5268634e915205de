import { placeChartInPdf } from '../charts/svg.js';
import { PDF_FONT, createPdf } from '../diagnose/report/pdf.js';
import { trendChartSvg, type TrendOf } from './trend-chart.js';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { TrafficLight } from '@agglomera/methods';
import { DEFAULT_TOLERANCE } from '@agglomera/methods';
import { documentFormatter, type DocumentFormatter, type DocumentLocale } from '../i18n/documents.js';
import {
  NARRATIVE_FIELDS,
  type MonitoringReportData,
  type NarrativeField,
  type ReportIndicator,
} from './report-data.js';

/**
 * The monitoring report rendered as HTML (with SVG trend charts), PDF (pdfkit, as the diagnostic
 * report) and DOCX (the `docx` package), in the reader's language. All three share the texts below.
 */
const LIGHT_COLOUR: Record<TrafficLight, string> = {
  green: '2E7D32',
  amber: 'F9A825',
  red: 'C62828',
  none: '9E9E9E',
};

export function formatValue(
  f: DocumentFormatter,
  v: number | null,
  unit: string,
  currency: string | null,
): string {
  if (v === null) return f.t('common.dash');
  if (unit === 'percentage') return f.points(v);
  if (unit === 'currency' && currency && /^[A-Z]{3}$/.test(currency))
    return new Intl.NumberFormat(f.locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(
      v,
    );
  return f.number(v);
}

export function lightRule(f: DocumentFormatter, d: MonitoringReportData): string {
  return f.t('monitoring.lightRule', {
    tolerance: f.points(d.tolerance),
    default: f.points(DEFAULT_TOLERANCE),
  });
}

/** The warnings and confirmations of the GIZ guide's participation checks. */
export function checkLines(
  f: DocumentFormatter,
  d: MonitoringReportData,
): { text: string; warning: boolean }[] {
  if (!d.checks) return [];
  const im = d.checks.impactMonitoring;
  const bo = d.checks.baselineObservation;
  const share = im.value === null ? f.t('monitoring.check.notMeasured') : f.percent(im.value, 1);
  const impact = {
    participants: im.participants,
    actors: im.actors,
    share,
    minimum: f.percent(im.required, 0),
  };
  return [
    im.met
      ? { text: f.t('monitoring.check.impactMet', impact), warning: false }
      : { text: f.t('monitoring.check.impactWarning', impact), warning: true },
    bo.met
      ? {
          text: f.t('monitoring.check.baselineMet', {
            count: bo.value ?? 0,
            when: bo.observedOn ? ` (${f.date(bo.observedOn)})` : '',
            minimum: bo.required,
          }),
          warning: false,
        }
      : {
          text: f.t('monitoring.check.baselineWarning', {
            minimum: bo.required,
            recorded:
              bo.value === null
                ? f.t('monitoring.check.noneRecorded')
                : f.t('monitoring.check.recorded', { count: bo.value }),
          }),
          warning: true,
        },
  ];
}

/** What every rendering says above the indicator table. */
function texts(f: DocumentFormatter, d: MonitoringReportData) {
  return {
    subtitle: `${f.t('monitoring.kind')} · ${f.t('monitoring.dates', { start: f.date(d.startsOn), end: f.date(d.endsOn) })}`,
    lights: f.t('monitoring.lights', { ...d.lights }),
    level: (i: ReportIndicator) => f.label('level', i.level),
    light: (i: ReportIndicator) => f.t(`light.${i.light}`),
    narrative: (n: NarrativeField) => f.t(`monitoring.narrative.${n}`),
    value: (i: ReportIndicator, v: number | null) => formatValue(f, v, i.unit, i.currency),
  };
}

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** An indicator's trend chart (trend-chart.ts), drawn once for the screen, the HTML and the PDF. */
export const trendChart = (
  f: DocumentFormatter,
  i: TrendOf & Pick<ReportIndicator, 'unit' | 'currency'>,
  size?: { width: number; height: number },
) => trendChartSvg(f, i, (v) => formatValue(f, v, i.unit, i.currency), size);

export function reportHtml(d: MonitoringReportData, locale: DocumentLocale = 'en'): string {
  const f = documentFormatter(locale);
  const x = texts(f, d);
  const rows = d.indicators
    .map(
      (i) =>
        `<tr><td>${esc(i.name)}</td><td>${esc(x.level(i))}</td><td>${esc(x.value(i, i.baselineValue))}${i.baselineDate ? ` <small>(${esc(f.date(i.baselineDate))})</small>` : ''}</td><td>${esc(i.period?.key ?? '—')}</td><td>${esc(x.value(i, i.target))}</td><td>${esc(x.value(i, i.actual))}</td><td><span class="light" style="background:#${LIGHT_COLOUR[i.light]}"></span> ${esc(x.light(i))}</td></tr>`,
    )
    .join('\n');
  const narrative = NARRATIVE_FIELDS.map(
    (n) =>
      `<section><h2>${esc(x.narrative(n))}</h2>${
        (d.narrative[n] ?? '').trim()
          ? (d.narrative[n] ?? '')
              .split(/\n{2,}/)
              .map((p) => `<p>${esc(p)}</p>`)
              .join('')
          : '<p class="muted">—</p>'
      }</section>`,
  ).join('\n');
  const head = (k: Parameters<typeof f.t>[0]) => `<th>${esc(f.t(k))}</th>`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${esc(d.title)} — ${esc(d.workspace)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#1d2733;line-height:1.45}table{border-collapse:collapse;width:100%}th,td{border:1px solid #c9d2db;padding:4px 6px;text-align:left;vertical-align:top}.light{display:inline-block;width:12px;height:12px;border-radius:50%;vertical-align:middle}.muted{color:#5b6570}.warning{background:#fff4e5;border-left:4px solid #f9a825;padding:6px 10px}.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,560px),1fr));gap:12px}figure{margin:0}svg{max-width:100%;height:auto}h2{border-bottom:1px solid #c9d2db;padding-bottom:2px}</style></head><body>
<h1>${esc(d.title)}</h1>
<p><strong>${esc(d.workspace)}</strong> · ${esc(x.subtitle)}</p>
${checkLines(f, d)
  .map((l) => `<p class="${l.warning ? 'warning' : ''}">${esc(l.text)}</p>`)
  .join('\n')}
<h2>${esc(f.t('monitoring.indicators'))}</h2>
<p>${esc(x.lights)}</p>
<table><thead><tr>${head('monitoring.col.indicator')}${head('monitoring.col.level')}${head('monitoring.col.baseline')}${head('monitoring.col.period')}${head('monitoring.col.target')}${head('monitoring.col.actual')}${head('monitoring.col.status')}</tr></thead><tbody>
${rows}
</tbody></table>
<p><small>${esc(lightRule(f, d))}</small></p>
<h2>${esc(f.t('monitoring.trends'))}</h2>
<p class="muted">${esc(f.t('monitoring.trends.legend'))}</p>
<div class="charts">${d.indicators.map((i) => `<figure><figcaption>${esc(i.name)}</figcaption>${trendChart(f, i) ?? `<p class="muted">${esc(f.t('monitoring.trends.empty'))}</p>`}</figure>`).join('\n')}</div>
${narrative}
<p><small>${esc(f.t('monitoring.footer'))}</small></p>
</body></html>`;
}

export function reportPdf(d: MonitoringReportData, locale: DocumentLocale = 'en'): Promise<Buffer> {
  const f = documentFormatter(locale);
  const x = texts(f, d);
  const { doc, bytes } = createPdf({ title: `${d.title} — ${d.workspace}`, lang: locale });
  const left = 50;
  const width = doc.page.width - 100;
  doc.fontSize(20).text(d.title);
  doc.moveDown(0.3).fontSize(11).text(`${d.workspace} · ${x.subtitle}`);
  for (const l of checkLines(f, d)) {
    doc.moveDown(0.4).fontSize(10);
    if (l.warning) doc.fillColor('#a15c00').text(l.text).fillColor('black');
    else doc.text(l.text);
  }
  doc.moveDown(0.8).fontSize(14).text(f.t('monitoring.indicators'), { underline: true });
  doc.moveDown(0.2).fontSize(10).text(x.lights);
  const cols = [
    { title: f.t('monitoring.col.indicator'), w: 0.3 },
    { title: f.t('monitoring.col.baseline'), w: 0.13 },
    { title: f.t('monitoring.col.period'), w: 0.12 },
    { title: f.t('monitoring.col.target'), w: 0.13 },
    { title: f.t('monitoring.col.actual'), w: 0.13 },
    { title: f.t('monitoring.col.status'), w: 0.19 },
  ];
  const row = (cells: string[], bold: boolean, light?: TrafficLight) => {
    if (doc.y > doc.page.height - 90) doc.addPage();
    const y = doc.y + 4;
    let cx = left;
    let bottom = y;
    doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(9);
    cells.forEach((c, k) => {
      const w = cols[k]!.w * width;
      const tx = k === cells.length - 1 && light ? cx + 12 : cx;
      if (k === cells.length - 1 && light)
        doc
          .circle(cx + 4, y + 5, 4)
          .fill(`#${LIGHT_COLOUR[light]}`)
          .fillColor('black');
      doc.text(c, tx, y, { width: w - 6 });
      bottom = Math.max(bottom, doc.y);
      cx += w;
    });
    doc
      .moveTo(left, bottom + 2)
      .lineTo(left + width, bottom + 2)
      .strokeColor('#c9d2db')
      .stroke();
    doc.x = left;
    doc.y = bottom + 2;
  };
  row(
    cols.map((c) => c.title),
    true,
  );
  for (const i of d.indicators)
    row(
      [
        `${i.name} (${x.level(i)})`,
        x.value(i, i.baselineValue),
        i.period?.key ?? '—',
        x.value(i, i.target),
        x.value(i, i.actual),
        x.light(i),
      ],
      false,
      i.light,
    );
  doc.font(PDF_FONT.regular).moveDown(0.5).fontSize(8).text(lightRule(f, d), left, doc.y, { width });
  doc.addPage();
  doc.fontSize(14).text(f.t('monitoring.trends'), { underline: true });
  doc.moveDown(0.2).fontSize(9).text(f.t('monitoring.trends.legend'));
  for (const i of d.indicators) {
    if (doc.y > doc.page.height - 210) doc.addPage();
    doc.moveDown(0.6).fontSize(10).font(PDF_FONT.bold).text(i.name).font(PDF_FONT.regular);
    const top = doc.y + 4;
    const h = 170;
    // The same picture as on screen: the ECharts SVG placed into the PDF, its text in the PDF's font.
    const svg = trendChart(f, i, { width: Math.round(width), height: h });
    if (!svg) {
      doc.fontSize(9).text(f.t('monitoring.trends.empty'));
      continue;
    }
    placeChartInPdf(doc, svg, left, top, { width, height: h });
    doc.x = left;
    doc.y = top + h + 16;
  }
  for (const n of NARRATIVE_FIELDS) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.moveDown(0.8).fontSize(14).text(x.narrative(n), left, doc.y, { underline: true });
    doc
      .moveDown(0.2)
      .fontSize(10)
      .text((d.narrative[n] ?? '').trim() || '—', { width });
  }
  doc.end();
  return bytes;
}

const cell = (text: string, opts: { bold?: boolean; fill?: string } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] })],
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
  });

export async function reportDocx(d: MonitoringReportData, locale: DocumentLocale = 'en'): Promise<Buffer> {
  const f = documentFormatter(locale);
  const x = texts(f, d);
  const header = [
    f.t('monitoring.col.indicator'),
    f.t('monitoring.col.level'),
    f.t('monitoring.col.baseline'),
    f.t('monitoring.col.period'),
    f.t('monitoring.col.target'),
    f.t('monitoring.col.actual'),
    f.t('monitoring.col.status'),
  ];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true })) }),
      ...d.indicators.map(
        (i) =>
          new TableRow({
            children: [
              cell(i.name),
              cell(x.level(i)),
              cell(x.value(i, i.baselineValue)),
              cell(i.period?.key ?? '—'),
              cell(x.value(i, i.target)),
              cell(x.value(i, i.actual)),
              cell(x.light(i), { fill: LIGHT_COLOUR[i.light] }),
            ],
          }),
      ),
    ],
  });
  const trends = d.indicators.flatMap((i) => [
    new Paragraph({ text: i.name, heading: HeadingLevel.HEADING_3 }),
    i.trend.length
      ? new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              children: [
                f.t('monitoring.col.period'),
                f.t('monitoring.col.target'),
                f.t('monitoring.col.actual'),
              ].map((h) => cell(h, { bold: true })),
            }),
            ...i.trend.map(
              (p) =>
                new TableRow({
                  children: [cell(p.key), cell(x.value(i, p.target)), cell(x.value(i, p.actual))],
                }),
            ),
          ],
        })
      : new Paragraph(f.t('monitoring.trends.empty')),
  ]);
  const doc = new Document({
    creator: 'Agglomera',
    title: `${d.title} — ${d.workspace}`,
    styles: { default: { document: { run: { language: { value: locale } } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [new TextRun({ text: d.workspace, bold: true }), new TextRun(` · ${x.subtitle}`)],
          }),
          ...checkLines(f, d).map(
            (l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.warning })] }),
          ),
          new Paragraph({ text: f.t('monitoring.indicators'), heading: HeadingLevel.HEADING_1 }),
          new Paragraph(x.lights),
          table,
          new Paragraph({ children: [new TextRun({ text: lightRule(f, d), size: 16 })] }),
          new Paragraph({ text: f.t('monitoring.trends'), heading: HeadingLevel.HEADING_1 }),
          ...trends,
          ...NARRATIVE_FIELDS.flatMap((n) => [
            new Paragraph({ text: x.narrative(n), heading: HeadingLevel.HEADING_1 }),
            ...((d.narrative[n] ?? '').trim() || '—')
              .split(/\n{2,}/)
              .map((p) => new Paragraph({ text: p, alignment: AlignmentType.LEFT })),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
