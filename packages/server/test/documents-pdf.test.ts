import { describe, expect, it } from 'vitest';
import { diagnosticPdf, type DiagnosticData } from '../src/diagnose/report/diagnostic.js';
import { pdfText } from './documents.js';
import { trendChart } from '../src/monitoring/report-render.js';
import { trendRuns } from '../src/monitoring/trend-chart.js';
import { documentFormatter } from '../src/i18n/documents.js';

const data: DiagnosticData = {
  initiative: 'Cœur de Peñalosa — Région Ωmega',
  date: '2026-03-01',
  lifecycle: { stage: 'operationalisation', unidoPhase: 2, blueprintStep: null },
  actors: { total: 1, byType: { anchor_firm: 1 }, byStatus: { member: 1 } },
  network: { ties: 1, density: 0.5, components: 1, brokers: ['Łódź Żurawie'] },
  stakeholders: [],
  valueChains: [],
  analyses: [
    { framework: 'swot', category: 'threats', sign: '−', text: 'Coûts élevés, año difícil', tags: [] },
  ],
  needs: null,
  memberCards: 2,
  baseline: null,
};

describe('PDF documents', () => {
  it('embeds a font that prints − é ñ œ and Latin Extended as themselves', async () => {
    const pdf = await diagnosticPdf(data, 'fr');
    expect(pdf.includes(Buffer.from('/FontFile2'))).toBe(true);
    expect(pdf.includes(Buffer.from('Helvetica'))).toBe(false);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Cœur de Peñalosa');
    expect(text).toContain('Łódź Żurawie');
    expect(text).toContain('− Coûts élevés, año difícil');
    expect(text).toContain('Rapport de diagnostic');
    expect(text).toContain('1 acteur');
    expect(text).toContain('2 profils de membres décrits.');
    expect(text).toContain('Opérationnalisation');
    expect(text).not.toContain('operationalisation');
  });
});

describe('trend charts', () => {
  const q = (key: string, startsOn: string, endsOn: string, actual: number | null) => ({
    key,
    startsOn,
    endsOn,
    target: 10,
    actual,
  });
  const indicator = {
    id: 'x',
    name: 'Firms exporting',
    level: 'outcomes',
    unit: 'number',
    currency: null,
    definition: '',
    evaluationLevel: 'cluster',
    baselineValue: 0,
    baselineDate: null,
    period: null,
    target: null,
    actual: null,
    light: 'none' as const,
    progress: null,
    // Q2 is missing altogether, Q4 has no value yet.
    trend: [
      q('2025-Q1', '2025-01-01', '2025-03-31', 4),
      q('2025-Q3', '2025-07-01', '2025-09-30', 6),
      q('2025-Q4', '2025-10-01', '2025-12-31', null),
      q('2026-Q1', '2026-01-01', '2026-03-31', 9),
    ],
  };

  it('places periods on a time axis and leaves a gap for a missing quarter', () => {
    const runs = trendRuns(indicator, 'actual');
    expect(runs.map((r) => r.map(([, v]) => v))).toEqual([[4], [6], [9]]);
    const [q1, q3, q1next] = runs.map((r) => r[0]![0] / 86_400_000);
    // Q1 to Q3 spans two quarters of time, Q3 to the next Q1 two as well: equal distances, not one step each.
    expect(Math.abs(q3! - q1! - (q1next! - q3!))).toBeLessThan(2);
  });

  it('draws the chart once with ECharts: one stroke per run, on a time axis, in the reader’s language', () => {
    const svg = trendChart(documentFormatter('fr'), indicator)!;
    expect(svg.startsWith('<svg role="img" aria-label="Évolution de Firms exporting')).toBe(true);
    expect(svg).toContain('width="560" height="240"');
    // The actual values: three points, and a line that moves (M) to each run instead of joining them.
    const points = [
      ...svg.matchAll(/matrix\([^)]*,([\d.]+),[\d.]+\)" fill="#1565c0" ecmeta_series_index="1"/g),
    ];
    expect(points).toHaveLength(3);
    const line = /<path d="([^"]+)"[^>]*stroke="#1565c0" stroke-width="2.5"/.exec(svg)![1]!;
    expect(line.match(/M/g)).toHaveLength(3);
    expect(line).not.toContain('L');
    // Equal time between Q1 and Q3 and between Q3 and the next Q1: equal distances on the axis.
    const [x1, x3, x5] = points.map((m) => Number(m[1]));
    expect(Math.abs(x3! - x1! - (x5! - x3!))).toBeLessThan(3);
    // The legend and the months in French.
    expect(svg).toContain('>Cible</text>');
    expect(svg).toContain('>Réalisé</text>');
    expect(svg).toContain('>janv. 2025</text>');
    expect(trendChart(documentFormatter('fr'), { ...indicator, trend: [] })).toBeNull();
  });
});
