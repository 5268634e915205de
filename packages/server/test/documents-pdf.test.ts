import { describe, expect, it } from 'vitest';
import { diagnosticPdf, type DiagnosticData } from '../src/reports/diagnostic.js';
import { pdfText } from './documents.js';

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
