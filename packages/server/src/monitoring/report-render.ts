import PDFDocument from 'pdfkit';
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
import {
  NARRATIVE_FIELDS,
  NARRATIVE_TITLES,
  type MonitoringReportData,
  type ReportIndicator,
} from './report-data.js';

/**
 * The monitoring report rendered as HTML (with SVG trend charts), PDF (pdfkit, as the diagnostic
 * report) and DOCX (the `docx` package). All three share the texts below.
 */
export const LIGHT_TEXT: Record<TrafficLight, string> = {
  green: 'On track',
  amber: 'Close to target',
  red: 'Off track',
  none: 'No data',
};
const LIGHT_COLOUR: Record<TrafficLight, string> = {
  green: '2E7D32',
  amber: 'F9A825',
  red: 'C62828',
  none: '9E9E9E',
};

export function formatValue(v: number | null, unit: string, currency: string | null): string {
  if (v === null) return '—';
  const n = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
  if (unit === 'percentage') return `${n} %`;
  if (unit === 'currency') return `${n} ${currency ?? ''}`.trim();
  return n;
}

const level = (s: string) => s.replace(/_/g, ' ');

export function lightRule(d: MonitoringReportData): string {
  return `Traffic lights: green when the target of the period is reached; amber when the shortfall is at most ${d.tolerance} % of the planned change from the baseline to the target (the tolerance of this report; the platform's default is 10 %, the guides give no number); red beyond; grey without a target or a value.`;
}

export function checkLines(d: MonitoringReportData): string[] {
  if (!d.checks) return [];
  const im = d.checks.impactMonitoring;
  const bo = d.checks.baselineObservation;
  const lines: string[] = [];
  const share = im.value === null ? 'not measured' : `${Math.round(im.value * 1000) / 10} %`;
  lines.push(
    im.met
      ? `Impact monitoring: ${im.participants} of ${im.actors} cluster actors took part (${share}); the guide's minimum of 70 % is met.`
      : `Warning: impact monitoring needs a minimum of 70 % of the cluster actors to assure meaningful results (GIZ guide); ${im.participants} of ${im.actors} took part (${share}).`,
  );
  lines.push(
    bo.met
      ? `Baseline observation: ${bo.value} cluster firms interviewed${bo.observedOn ? ` (${bo.observedOn})` : ''}; the guide's minimum of 15 is met.`
      : `Warning: the baseline observation interviews a reference portfolio of at least 15 cluster firms representing a cross section of the cluster (GIZ guide); ${bo.value === null ? 'none is recorded' : `${bo.value} recorded`}.`,
  );
  return lines;
}

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A small line chart of targets (dashed) and actuals (solid) over the periods, as SVG. */
export function trendSvg(i: ReportIndicator, width = 320, height = 120): string {
  const pts = i.trend;
  const values = pts.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null);
  if (i.baselineValue !== null) values.push(i.baselineValue);
  if (pts.length === 0 || values.length === 0) return `<p class="muted">No values yet.</p>`;
  const pad = 24;
  const min = Math.min(0, ...values);
  const max = Math.max(...values, min + 1);
  const x = (k: number) =>
    pad + (pts.length === 1 ? (width - 2 * pad) / 2 : (k * (width - 2 * pad)) / (pts.length - 1));
  const y = (v: number) => height - pad - ((v - min) * (height - 2 * pad)) / (max - min);
  const line = (key: 'target' | 'actual') =>
    pts
      .map((p, k) => (p[key] === null ? null : `${x(k).toFixed(1)},${y(p[key]!).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  const dots = pts
    .map((p, k) =>
      p.actual === null
        ? ''
        : `<circle cx="${x(k).toFixed(1)}" cy="${y(p.actual).toFixed(1)}" r="3" fill="#1565c0"/>`,
    )
    .join('');
  return `<svg role="img" aria-label="Trend of ${esc(i.name)}: targets and actuals by period" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#999"/>
<polyline fill="none" stroke="#777" stroke-dasharray="4 3" points="${line('target')}"/>
<polyline fill="none" stroke="#1565c0" stroke-width="2" points="${line('actual')}"/>${dots}
<text x="${pad}" y="${height - 6}" font-size="10">${esc(pts[0]!.key)}</text>
<text x="${width - pad}" y="${height - 6}" font-size="10" text-anchor="end">${esc(pts[pts.length - 1]!.key)}</text>
<text x="4" y="${pad - 8}" font-size="10">${esc(formatValue(max, i.unit, i.currency))}</text>
</svg>`;
}

export function reportHtml(d: MonitoringReportData): string {
  const rows = d.indicators
    .map(
      (i) =>
        `<tr><td>${esc(i.name)}</td><td>${esc(level(i.level))}</td><td>${esc(formatValue(i.baselineValue, i.unit, i.currency))}${i.baselineDate ? ` <small>(${esc(i.baselineDate)})</small>` : ''}</td><td>${esc(i.period?.key ?? '—')}</td><td>${esc(formatValue(i.target, i.unit, i.currency))}</td><td>${esc(formatValue(i.actual, i.unit, i.currency))}</td><td><span class="light" style="background:#${LIGHT_COLOUR[i.light]}"></span> ${esc(LIGHT_TEXT[i.light])}</td></tr>`,
    )
    .join('\n');
  const narrative = NARRATIVE_FIELDS.map(
    (f) =>
      `<section><h2>${esc(NARRATIVE_TITLES[f])}</h2>${
        (d.narrative[f] ?? '').trim()
          ? (d.narrative[f] ?? '')
              .split(/\n{2,}/)
              .map((p) => `<p>${esc(p)}</p>`)
              .join('')
          : '<p class="muted">—</p>'
      }</section>`,
  ).join('\n');
  const checks = checkLines(d);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(d.title)} — ${esc(d.workspace)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#1d2733;line-height:1.45}table{border-collapse:collapse;width:100%}th,td{border:1px solid #c9d2db;padding:4px 6px;text-align:left;vertical-align:top}.light{display:inline-block;width:12px;height:12px;border-radius:50%;vertical-align:middle}.muted{color:#5b6570}.warning{background:#fff4e5;border-left:4px solid #f9a825;padding:6px 10px}.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}figure{margin:0}h2{border-bottom:1px solid #c9d2db;padding-bottom:2px}</style></head><body>
<h1>${esc(d.title)}</h1>
<p><strong>${esc(d.workspace)}</strong> · Monitoring report · ${esc(d.startsOn)} to ${esc(d.endsOn)}</p>
${checks.map((l) => `<p class="${l.startsWith('Warning') ? 'warning' : ''}">${esc(l)}</p>`).join('\n')}
<h2>Indicators</h2>
<p>${d.lights.green} on track, ${d.lights.amber} close to target, ${d.lights.red} off track, ${d.lights.none} without data.</p>
<table><thead><tr><th>Indicator</th><th>Level</th><th>Baseline</th><th>Period</th><th>Target</th><th>Actual</th><th>Status</th></tr></thead><tbody>
${rows}
</tbody></table>
<p><small>${esc(lightRule(d))}</small></p>
<h2>Trends</h2>
<p class="muted">Dashed: targets; solid: actual values.</p>
<div class="charts">${d.indicators.map((i) => `<figure><figcaption>${esc(i.name)}</figcaption>${trendSvg(i)}</figure>`).join('\n')}</div>
${narrative}
<p><small>Results chain after UNIDO and GIZ; generated by Agglomera.</small></p>
</body></html>`;
}

export function reportPdf(d: MonitoringReportData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: `${d.title} — ${d.workspace}`, Author: 'Agglomera' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const left = 50;
    const width = doc.page.width - 100;
    doc.fontSize(20).text(d.title);
    doc.moveDown(0.3).fontSize(11).text(`${d.workspace} · Monitoring report · ${d.startsOn} to ${d.endsOn}`);
    for (const l of checkLines(d)) {
      doc.moveDown(0.4).fontSize(10);
      if (l.startsWith('Warning')) doc.fillColor('#a15c00').text(l).fillColor('black');
      else doc.text(l);
    }
    doc.moveDown(0.8).fontSize(14).text('Indicators', { underline: true });
    doc
      .moveDown(0.2)
      .fontSize(10)
      .text(
        `${d.lights.green} on track, ${d.lights.amber} close to target, ${d.lights.red} off track, ${d.lights.none} without data.`,
      );
    const cols = [
      { title: 'Indicator', w: 0.3 },
      { title: 'Baseline', w: 0.13 },
      { title: 'Period', w: 0.12 },
      { title: 'Target', w: 0.13 },
      { title: 'Actual', w: 0.13 },
      { title: 'Status', w: 0.19 },
    ];
    const row = (cells: string[], bold: boolean, light?: TrafficLight) => {
      if (doc.y > doc.page.height - 90) doc.addPage();
      const y = doc.y + 4;
      let x = left;
      let bottom = y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      cells.forEach((c, k) => {
        const w = cols[k]!.w * width;
        const tx = k === cells.length - 1 && light ? x + 12 : x;
        if (k === cells.length - 1 && light)
          doc
            .circle(x + 4, y + 5, 4)
            .fill(`#${LIGHT_COLOUR[light]}`)
            .fillColor('black');
        doc.text(c, tx, y, { width: w - 6 });
        bottom = Math.max(bottom, doc.y);
        x += w;
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
          `${i.name} (${level(i.level)})`,
          formatValue(i.baselineValue, i.unit, i.currency),
          i.period?.key ?? '—',
          formatValue(i.target, i.unit, i.currency),
          formatValue(i.actual, i.unit, i.currency),
          LIGHT_TEXT[i.light],
        ],
        false,
        i.light,
      );
    doc.font('Helvetica').moveDown(0.5).fontSize(8).text(lightRule(d), left, doc.y, { width });
    doc.addPage();
    doc.fontSize(14).text('Trends', { underline: true });
    doc.moveDown(0.2).fontSize(9).text('Dashed grey: targets; blue: actual values.');
    for (const i of d.indicators) {
      if (doc.y > doc.page.height - 170) doc.addPage();
      doc.moveDown(0.6).fontSize(10).font('Helvetica-Bold').text(i.name).font('Helvetica');
      const top = doc.y + 4;
      const h = 90;
      const w = width * 0.7;
      const values = i.trend.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null);
      if (values.length === 0) {
        doc.fontSize(9).text('No values yet.');
        continue;
      }
      const min = Math.min(0, ...values);
      const max = Math.max(...values, min + 1);
      const n = i.trend.length;
      const px = (k: number) => left + 30 + (n === 1 ? w / 2 : (k * w) / (n - 1));
      const py = (v: number) => top + h - ((v - min) * h) / (max - min);
      doc
        .moveTo(left + 30, top + h)
        .lineTo(left + 30 + w, top + h)
        .strokeColor('#999')
        .stroke();
      const draw = (key: 'target' | 'actual', colour: string, dash: boolean) => {
        const ps = i.trend
          .map((p, k) => [k, p[key]] as const)
          .filter((e): e is readonly [number, number] => e[1] !== null);
        if (ps.length === 0) return;
        doc.moveTo(px(ps[0]![0]), py(ps[0]![1]));
        for (const [k, v] of ps.slice(1)) doc.lineTo(px(k), py(v));
        if (dash) doc.dash(4, { space: 3 });
        doc
          .strokeColor(colour)
          .lineWidth(dash ? 1 : 2)
          .stroke()
          .undash()
          .lineWidth(1);
        if (key === 'actual') for (const [k, v] of ps) doc.circle(px(k), py(v), 2.5).fill(colour);
      };
      draw('target', '#777777', true);
      draw('actual', '#1565c0', false);
      doc.fillColor('black').fontSize(7);
      doc.text(formatValue(max, i.unit, i.currency), left, top - 4, { width: 28, align: 'right' });
      doc.text(formatValue(min, i.unit, i.currency), left, top + h - 4, { width: 28, align: 'right' });
      doc.text(i.trend[0]!.key, left + 30, top + h + 3);
      doc.text(i.trend[n - 1]!.key, left + w - 20, top + h + 3, { width: 50 });
      doc.x = left;
      doc.y = top + h + 16;
    }
    for (const f of NARRATIVE_FIELDS) {
      if (doc.y > doc.page.height - 120) doc.addPage();
      doc.moveDown(0.8).fontSize(14).text(NARRATIVE_TITLES[f], left, doc.y, { underline: true });
      doc
        .moveDown(0.2)
        .fontSize(10)
        .text((d.narrative[f] ?? '').trim() || '—', { width });
    }
    doc.end();
  });
}

const cell = (text: string, opts: { bold?: boolean; fill?: string } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] })],
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
  });

export async function reportDocx(d: MonitoringReportData): Promise<Buffer> {
  const header = ['Indicator', 'Level', 'Baseline', 'Period', 'Target', 'Actual', 'Status'];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true })) }),
      ...d.indicators.map(
        (i) =>
          new TableRow({
            children: [
              cell(i.name),
              cell(level(i.level)),
              cell(formatValue(i.baselineValue, i.unit, i.currency)),
              cell(i.period?.key ?? '—'),
              cell(formatValue(i.target, i.unit, i.currency)),
              cell(formatValue(i.actual, i.unit, i.currency)),
              cell(LIGHT_TEXT[i.light], { fill: LIGHT_COLOUR[i.light] }),
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
            new TableRow({ children: ['Period', 'Target', 'Actual'].map((h) => cell(h, { bold: true })) }),
            ...i.trend.map(
              (p) =>
                new TableRow({
                  children: [
                    cell(p.key),
                    cell(formatValue(p.target, i.unit, i.currency)),
                    cell(formatValue(p.actual, i.unit, i.currency)),
                  ],
                }),
            ),
          ],
        })
      : new Paragraph('No values yet.'),
  ]);
  const doc = new Document({
    creator: 'Agglomera',
    title: `${d.title} — ${d.workspace}`,
    sections: [
      {
        children: [
          new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun({ text: d.workspace, bold: true }),
              new TextRun(` · Monitoring report · ${d.startsOn} to ${d.endsOn}`),
            ],
          }),
          ...checkLines(d).map(
            (l) => new Paragraph({ children: [new TextRun({ text: l, bold: l.startsWith('Warning') })] }),
          ),
          new Paragraph({ text: 'Indicators', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(
            `${d.lights.green} on track, ${d.lights.amber} close to target, ${d.lights.red} off track, ${d.lights.none} without data.`,
          ),
          table,
          new Paragraph({ children: [new TextRun({ text: lightRule(d), size: 16 })] }),
          new Paragraph({ text: 'Trends', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Targets and actual values by period (the charts are in the HTML and PDF versions).'),
          ...trends,
          ...NARRATIVE_FIELDS.flatMap((f) => [
            new Paragraph({ text: NARRATIVE_TITLES[f], heading: HeadingLevel.HEADING_1 }),
            ...((d.narrative[f] ?? '').trim() || '—')
              .split(/\n{2,}/)
              .map((p) => new Paragraph({ text: p, alignment: AlignmentType.LEFT })),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
