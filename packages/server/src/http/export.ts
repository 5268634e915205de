/** RFC 4180 CSV, with cells that spreadsheets would run as formulas defused by a leading quote. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
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
