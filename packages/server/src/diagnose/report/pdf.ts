import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * PDFs embed DejaVu Sans (the `dejavu-fonts-ttf` package, Bitstream Vera / public-domain licence)
 * instead of the standard Helvetica, whose WinAnsi encoding has no "−" (U+2212), "œ" in some readers,
 * nor most of Latin Extended: every Latin character prints as itself.
 */
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const PDF_FONT = { regular: 'Body', bold: 'Bold' } as const;

/** A new A4 document with the embedded fonts registered and selected, and its bytes once ended. */
export function createPdf(options: { title: string; lang: string }): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    lang: options.lang,
    info: { Title: options.title, Author: 'Agglomera' },
  });
  doc.registerFont(PDF_FONT.regular, join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont(PDF_FONT.bold, join(fontDir, 'DejaVuSans-Bold.ttf'));
  doc.font(PDF_FONT.regular);
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
