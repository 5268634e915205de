import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';

/** A problem in an input file, named by file, line and column so the user can fix it. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}${column ? ` (column "${column}")` : ''}: ${problem}`);
  }
}

export type TabularFormat = 'csv' | 'xlsx' | 'parquet';

export function formatOf(file: string): TabularFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.parquet') return 'parquet';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  throw new InputError(
    path.basename(file),
    null,
    null,
    `unsupported file type "${ext}": use CSV, XLSX or Parquet`,
  );
}

export interface TabularRow {
  /** Line of the file (CSV) or sheet row (XLSX), counting the header as line 1. */
  line: number;
  values: Record<string, string>;
}

export interface Tabular {
  header: string[];
  rows: AsyncIterable<TabularRow>;
}

const normalise = (h: string) => h.trim().toLowerCase();

/** Reads a CSV or XLSX file row by row; column names are trimmed and lower-cased. */
export async function readTabular(file: string, label = path.basename(file)): Promise<Tabular> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new InputError(label, null, null, 'file not found');
  if (info.size === 0) throw new InputError(label, null, null, 'the file is empty');
  const format = formatOf(file);
  if (format === 'csv') return readCsv(file, label);
  if (format === 'xlsx') return readXlsx(file, label);
  throw new InputError(label, null, null, 'Parquet files are read by the mapping engine only');
}

/**
 * Reads every row of an import file after checking its columns (the required ones present, no
 * unknown one), so that nothing is written before the whole file is known to be good.
 */
export async function readImportRows(
  file: { path: string; label: string },
  columns: { required: readonly string[]; allowed: readonly string[] },
  maxRows = Infinity,
): Promise<TabularRow[]> {
  const table = await readTabular(file.path, file.label);
  const list = columns.allowed.join(', ');
  for (const column of columns.required)
    if (!table.header.includes(column))
      throw new InputError(file.label, 1, column, `missing column "${column}" (columns: ${list})`);
  const unknown = table.header.find((h) => h && !columns.allowed.includes(h));
  if (unknown) throw new InputError(file.label, 1, unknown, `unknown column "${unknown}" (columns: ${list})`);
  const rows: TabularRow[] = [];
  for await (const row of table.rows) {
    rows.push(row);
    if (rows.length > maxRows)
      throw new InputError(
        file.label,
        null,
        null,
        `more than ${maxRows.toLocaleString('en')} rows: split the file`,
      );
  }
  if (!rows.length) throw new InputError(file.label, null, null, 'the file has a header but no rows');
  return rows;
}

async function readCsv(file: string, label: string): Promise<Tabular> {
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      relax_column_count: false,
      skip_empty_lines: true,
      info: true,
      delimiter: [',', ';', '\t'],
    }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  let first: IteratorResult<{ record: string[]; info: { lines: number } }>;
  try {
    first = await iterator.next();
  } catch (e) {
    throw new InputError(label, 1, null, (e as Error).message);
  }
  if (first.done) throw new InputError(label, null, null, 'the file is empty');
  const header = first.value.record.map(normalise);
  async function* rows(): AsyncIterable<TabularRow> {
    for (;;) {
      let next: IteratorResult<{ record: string[]; info: { lines: number } }>;
      try {
        next = await iterator.next();
      } catch (e) {
        const err = e as Error & { lines?: number };
        throw new InputError(label, err.lines ?? null, null, err.message);
      }
      if (next.done) return;
      const values: Record<string, string> = {};
      header.forEach((h, i) => (values[h] = next.value.record[i] ?? ''));
      yield { line: next.value.info.lines, values };
    }
  }
  return { header, rows: rows() };
}

async function readXlsx(file: string, label: string): Promise<Tabular> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    throw new InputError(label, null, null, `not a readable XLSX file (${(e as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new InputError(label, null, null, 'the file is empty');
  const text = (v: ExcelJS.CellValue): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') {
      if (v instanceof Date) return v.toISOString();
      if ('result' in v) return text(v.result as ExcelJS.CellValue);
      if ('text' in v) return String(v.text);
      if ('richText' in v) return v.richText.map((r) => r.text).join('');
      return '';
    }
    return String(v);
  };
  const headerRow = sheet.getRow(1);
  const header: string[] = [];
  for (let c = 1; c <= headerRow.cellCount; c++) header.push(normalise(text(headerRow.getCell(c).value)));
  async function* rows(): AsyncIterable<TabularRow> {
    for (let r = 2; r <= sheet!.rowCount; r++) {
      const row = sheet!.getRow(r);
      if (!row.hasValues) continue;
      const values: Record<string, string> = {};
      header.forEach((h, i) => (values[h] = text(row.getCell(i + 1).value)));
      yield { line: r, values };
    }
  }
  return { header, rows: rows() };
}

/** A decimal number as people write it in statistics files: 12, 12.5, .5, 1e3 (no hex, no NaN). */
export const NUMBER_PATTERN = '\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*';
export const INTEGER_PATTERN = '\\s*[+-]?[0-9]+\\s*';
const numberRe = new RegExp(`^${NUMBER_PATTERN}$`);
const integerRe = new RegExp(`^${INTEGER_PATTERN}$`);
export const isNumberText = (s: string) => numberRe.test(s);
export const isIntegerText = (s: string) =>
  integerRe.test(s) || (numberRe.test(s) && Number.isInteger(Number(s)));
