import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PDF_FONT, createPdf } from '../diagnose/report/pdf.js';
import { placeChartInPdf, svgSize } from '../charts/svg.js';
import type { DocumentLocale } from '../i18n/documents.js';

/**
 * The organisation's documents (the agreements and the business plan, issue 14) are written once as
 * a list of blocks and rendered both as DOCX (the `docx` package) and as PDF (pdfkit with the
 * embedded fonts of diagnose/report/pdf.ts), so that both formats say the same thing in the same
 * order.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'warning'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'para'; text: string; muted?: boolean }
  | { kind: 'bullet'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'signature'; text: string; line: string }
  /**
   * A chart drawn once by ECharts (charts/svg.ts): its SVG placed in the PDF, the same as on screen;
   * the DOCX gives its rows as a table (docx needs a PNG beside an SVG, and the server draws none).
   */
  | { kind: 'chart'; svg: string; rows: { label: string; text: string; share?: number }[] };

export function blocksDocx(
  blocks: Block[],
  meta: { title: string; locale: DocumentLocale },
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.kind === 'title') children.push(new Paragraph({ text: b.text, heading: HeadingLevel.TITLE }));
    else if (b.kind === 'subtitle')
      children.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: true })] }));
    else if (b.kind === 'warning')
      children.push(
        new Paragraph({
          children: [new TextRun({ text: b.text, bold: true, color: 'B00020' })],
          border: {
            top: { style: 'single', size: 6, color: 'B00020' },
            bottom: { style: 'single', size: 6, color: 'B00020' },
          },
        }),
      );
    else if (b.kind === 'heading')
      children.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 }));
    else if (b.kind === 'subheading')
      children.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 }));
    else if (b.kind === 'para')
      children.push(
        new Paragraph({ children: [new TextRun({ text: b.text, color: b.muted ? '777777' : undefined })] }),
      );
    else if (b.kind === 'bullet') children.push(new Paragraph({ text: b.text, bullet: { level: 0 } }));
    else if (b.kind === 'note')
      children.push(new Paragraph({ children: [new TextRun({ text: b.text, size: 16 })] }));
    else if (b.kind === 'signature')
      children.push(
        new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: b.text, bold: true })] }),
        new Paragraph({ spacing: { before: 480 }, text: `______________________________  ${b.line}` }),
      );
    else if (b.kind === 'chart')
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (i) =>
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph(i.label)] }),
                  new TableCell({ children: [new Paragraph(i.text)] }),
                  new TableCell({
                    children: [
                      new Paragraph({
                        children: [
                          new TextRun({
                            text: '█'.repeat(Math.round(Math.max(0, Math.min(1, i.share ?? 0)) * 20)),
                            color: '1D4E89',
                          }),
                        ],
                      }),
                    ],
                  }),
                ],
              }),
          ),
        }),
      );
  }
  const doc = new Document({
    creator: 'Agglomera',
    title: meta.title,
    styles: { default: { document: { run: { language: { value: meta.locale } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export function blocksPdf(blocks: Block[], meta: { title: string; locale: DocumentLocale }): Promise<Buffer> {
  const { doc, bytes } = createPdf({ title: meta.title, lang: meta.locale });
  const black = () => doc.fillColor('#000000');
  for (const b of blocks) {
    if (b.kind === 'title') doc.font(PDF_FONT.bold).fontSize(20).text(b.text);
    else if (b.kind === 'subtitle') doc.font(PDF_FONT.regular).fontSize(11).fillColor('#444444').text(b.text);
    else if (b.kind === 'warning') {
      doc.moveDown(0.5).font(PDF_FONT.bold).fontSize(10).fillColor('#b00020').text(b.text);
      doc.moveDown(0.3);
    } else if (b.kind === 'heading') {
      doc.moveDown(0.8).font(PDF_FONT.bold).fontSize(14).fillColor('#1d4e89').text(b.text);
      doc.moveDown(0.2);
    } else if (b.kind === 'subheading')
      doc.moveDown(0.3).font(PDF_FONT.bold).fontSize(11).fillColor('#000000').text(b.text);
    else if (b.kind === 'para')
      doc
        .font(PDF_FONT.regular)
        .fontSize(10.5)
        .fillColor(b.muted ? '#777777' : '#000000')
        .text(b.text);
    else if (b.kind === 'bullet')
      black().font(PDF_FONT.regular).fontSize(10.5).text(`• ${b.text}`, { indent: 10 });
    else if (b.kind === 'note')
      doc.moveDown(0.6).font(PDF_FONT.regular).fontSize(8).fillColor('#555555').text(b.text);
    else if (b.kind === 'signature') {
      black().moveDown(2).font(PDF_FONT.bold).fontSize(10.5).text(b.text);
      doc.moveDown(2).font(PDF_FONT.regular).text(`______________________________  ${b.line}`);
    } else if (b.kind === 'chart') drawChart(doc, b);
    black();
  }
  doc.end();
  return bytes;
}

/** A chart's SVG across the text width, on a new page when it would not fit. */
function drawChart(doc: PDFKit.PDFDocument, b: Extract<Block, { kind: 'chart' }>) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const size = svgSize(b.svg);
  const height = (size.height * width) / size.width;
  if (doc.y + height + 12 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 6;
  placeChartInPdf(doc, b.svg, left, top, { width, height });
  doc.x = left;
  doc.y = top + height + 8;
}
