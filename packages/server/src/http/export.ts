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
  const buffer = await workbook.xlsx.writeBuffer();
  reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  reply.header('content-disposition', `attachment; filename="${safe}.xlsx"`);
  return reply.send(Buffer.from(buffer));
}
