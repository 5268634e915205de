import { Type } from 'typebox';

/** A plain decimal number (-12.5, +3, 1e-4): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

/**
 * RFC 4180 CSV, with text cells that spreadsheets would run as formulas (starting with = + - @
 * tab or CR) defused by a leading quote; numbers, and texts that are plain numbers, stay as they
 * are (hardening issue, item 13: -12.5 must not become the text '-12.5).
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export type ExportFormat = 'csv' | 'xlsx';

/** Sends a list as a CSV or XLSX download. */
export async function sendTable(
  reply: import('fastify').FastifyReply,
  format: ExportFormat,
  baseName: string,
  header: string[],
  rows: (string | number | boolean | null)[][],
  /** More sheets, in an XLSX only (e.g. the rows of a survey's repeats). */
  more: { name: string; header: string[]; rows: (string | number | boolean | null)[][] }[] = [],
) {
  const safe = baseName.replace(/[^A-Za-z0-9_-]+/g, '-');
  if (format === 'csv') {
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${safe}.csv"`);
    return reply.send(
      toCsv(
        header,
        rows.map((r) => r.map((v) => (typeof v === 'boolean' ? String(v) : v))),
      ),
    );
  }
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(safe.slice(0, 31) || 'data');
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  for (const m of more) {
    const extra = workbook.addWorksheet(m.name.replace(/[^A-Za-z0-9_ -]+/g, '-').slice(0, 31) || 'more');
    extra.addRow(m.header);
    extra.getRow(1).font = { bold: true };
    for (const r of m.rows) extra.addRow(r);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  reply.header('content-disposition', `attachment; filename="${safe}.xlsx"`);
  return reply.send(Buffer.from(buffer));
}

/** The `?format=csv|xlsx` of a list that can be downloaded as well as read. */
export const ExportFormatQuery = Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]));

/**
 * Sends records as a CSV or XLSX download, one column per name in `columns` (the API's own field
 * names, which stay the same in every language); lists become "a; b", dates ISO 8601.
 */
export function sendRecords(
  reply: import('fastify').FastifyReply,
  format: ExportFormat,
  baseName: string,
  columns: string[],
  records: Record<string, unknown>[],
) {
  const cell = (v: unknown): string | number | boolean | null => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map((x) => String(x)).join('; ');
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
    return JSON.stringify(v);
  };
  return sendTable(
    reply,
    format,
    baseName,
    columns,
    records.map((r) => columns.map((c) => cell(r[c]))),
  );
}
