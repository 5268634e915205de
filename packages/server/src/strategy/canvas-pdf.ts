import { CANVAS_BLOCKS } from '@agglomera/methods';
import { PDF_FONT, createPdf } from '../diagnose/report/pdf.js';
import { documentFormatter, type DocumentLocale } from '../i18n/documents.js';
import type { DocumentKey } from '../i18n/documents/en.js';

/** What the canvas PDF prints: a version's header, blocks and note. */
export interface CanvasDocument {
  version: number;
  name: string;
  organisation: string;
  date: string;
  blocks: Record<string, string>;
  note: string;
}

/**
 * A version of the cluster business canvas (GIZ 001:1647–1653) as a printable A4 PDF in the
 * reader's language: the header (NAME, CLUSTER ORGANISATION, DATE of 001:1651), then the ten
 * blocks in the guide's order, each with its guiding questions and what the cluster wrote.
 */
export function canvasPdf(c: CanvasDocument, locale: DocumentLocale): Promise<Buffer> {
  const f = documentFormatter(locale);
  const title = f.t('canvas.title');
  const { doc, bytes } = createPdf({ title: `${title} — ${c.name}`, lang: locale });
  doc.font(PDF_FONT.bold).fontSize(20).text(title);
  doc
    .font(PDF_FONT.regular)
    .fontSize(11)
    .fillColor('#444444')
    .text(f.t('canvas.version', { version: c.version }));
  doc.moveDown(0.6).fillColor('#000000').fontSize(11);
  const header: [DocumentKey, string][] = [
    ['canvas.name', c.name],
    ['canvas.organisation', c.organisation || f.t('common.dash')],
    ['canvas.date', f.date(c.date)],
  ];
  for (const [key, value] of header) {
    doc.font(PDF_FONT.bold).text(`${f.t(key)}${f.colon} `, { continued: true });
    doc.font(PDF_FONT.regular).text(value);
  }
  for (const block of CANVAS_BLOCKS) {
    doc.moveDown(0.8);
    const top = doc.y;
    doc
      .font(PDF_FONT.bold)
      .fontSize(13)
      .fillColor('#1d4e89')
      .text(f.t(`canvas.block.${block.key}` as DocumentKey));
    doc.font(PDF_FONT.regular).fontSize(8.5).fillColor('#555555');
    block.questions.forEach((_, i) =>
      doc.text(`• ${f.t(`canvas.question.${block.key}.${i + 1}` as DocumentKey)}`),
    );
    const text = (c.blocks[block.key] ?? '').trim();
    doc
      .moveDown(0.3)
      .fontSize(10.5)
      .fillColor(text ? '#000000' : '#777777')
      .text(text || f.t('canvas.empty'));
    // A rule down the left edge marks the block, on the page where it started.
    if (doc.y > top) doc.save().moveTo(44, top).lineTo(44, doc.y).lineWidth(2).stroke('#9fb7d6').restore();
  }
  if (c.note) {
    doc.moveDown(0.8).font(PDF_FONT.bold).fontSize(10).fillColor('#000000').text(f.t('canvas.note'));
    doc.font(PDF_FONT.regular).text(c.note);
  }
  doc.moveDown(1).fontSize(8).fillColor('#555555').text(f.t('canvas.footer'));
  doc.end();
  return bytes;
}
