import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { FILE_LIMITS, FileLimitError, checkZip, scanText } from '../http/file-limits.js';
import { type Text, msg } from '../i18n/index.js';

/** A problem in an input file, named by file, line and column so the user can fix it. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: string | null,
    readonly problem: Text,
  ) {
    super(
      `${file}${line !== null ? `:${line}` : ''}${column ? ` (column "${column}")` : ''}: ${String(problem)}`,
    );
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
    msg`unsupported file type "${ext}": use CSV, XLSX or Parquet`,
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
/** The file's format, once it is known to exist and to hold something. */
async function nonEmptyFormat(file: string, label: string): Promise<TabularFormat> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new InputError(label, null, null, 'file not found');
  if (info.size === 0) throw new InputError(label, null, null, 'the file is empty');
  return formatOf(file);
}

export async function readTabular(file: string, label = path.basename(file)): Promise<Tabular> {
  const format = await nonEmptyFormat(file, label);
  if (format === 'csv') return readCsv(file, label);
  if (format === 'xlsx') return readXlsx(file, label);
  throw new InputError(label, null, null, 'Parquet files are read by the mapping engine only');
}

/**
 * The checks of a whole file that cost little and need no rows: its type, the zip guard of an XLSX
 * and the UTF-8 scan of a CSV. An import queued as a job runs them in the request, so that such a
 * file is refused at once (400) rather than by the job.
 */
export async function checkTabularFile(file: string, label = path.basename(file)): Promise<void> {
  const format = await nonEmptyFormat(file, label);
  if (format === 'xlsx') return guardXlsx(file, label);
  if (format === 'parquet')
    throw new InputError(label, null, null, 'Parquet files are read by the mapping engine only');
  const scan = await scanText(file);
  if ('badByte' in scan) throw notUtf8(label, scan);
}

const notUtf8 = (label: string, scan: { badByte: number; line: number; offset: number }) =>
  new InputError(
    label,
    scan.line,
    null,
    msg`byte 0x${scan.badByte.toString(16).toUpperCase().padStart(2, '0')} at offset ${scan.offset} is not UTF-8: save the file as "CSV UTF-8"`,
  );

/** Rows of one import of actors, members, services or events (the documented limit). */
export const IMPORT_MAX_ROWS = 100_000;

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
      throw new InputError(file.label, 1, column, msg`missing column "${column}" (columns: ${list})`);
  const unknown = table.header.find((h) => h && !columns.allowed.includes(h));
  if (unknown)
    throw new InputError(file.label, 1, unknown, msg`unknown column "${unknown}" (columns: ${list})`);
  const rows: TabularRow[] = [];
  for await (const row of table.rows) {
    rows.push(row);
    if (rows.length > maxRows)
      throw new InputError(file.label, null, null, msg`more than ${maxRows} rows: split the file`);
  }
  if (!rows.length) throw new InputError(file.label, null, null, 'the file has a header but no rows');
  return rows;
}

/** The header's names, refusing one given twice (the second would silently win). */
function checkHeader(header: string[], label: string): string[] {
  const seen = new Set<string>();
  for (const h of header) {
    if (h && seen.has(h)) throw new InputError(label, 1, h, msg`the column "${h}" appears twice`);
    seen.add(h);
  }
  return header;
}

/** Refuses a cell longer than Excel allows, naming its line and column. */
function checkCell(value: string, label: string, line: number, column: string): string {
  if (value.length > FILE_LIMITS.cellChars)
    throw new InputError(
      label,
      line,
      column || null,
      msg`a cell is longer than ${FILE_LIMITS.cellChars} characters`,
    );
  return value;
}

async function readCsv(file: string, label: string): Promise<Tabular> {
  // One linear pass first: the text must be UTF-8 (a Latin-1 file would be stored garbled), and
  // the delimiter is the one of the header line, so a ";" inside a comma-separated cell is text.
  const scan = await scanText(file);
  if ('badByte' in scan) throw notUtf8(label, scan);
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      relax_column_count: false,
      skip_empty_lines: true,
      info: true,
      delimiter: scan.delimiter,
      // A record may hold a few dozen cells of the longest length allowed.
      max_record_size: FILE_LIMITS.cellChars * 32,
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
    parser.destroy();
    throw new InputError(label, 1, null, (e as Error).message);
  }
  if (first.done) throw new InputError(label, null, null, 'the file is empty');
  const header = checkHeader(
    first.value.record.map((h) => normalise(checkCell(h, label, 1, ''))),
    label,
  );
  async function* rows(): AsyncIterable<TabularRow> {
    try {
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
        const line = next.value.info.lines;
        header.forEach((h, i) => (values[h] = checkCell(next.value.record[i] ?? '', label, line, h)));
        yield { line, values };
      }
    } finally {
      parser.destroy();
    }
  }
  return { header, rows: rows() };
}

/** The text of a cell as a person reads it in the spreadsheet. */
const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    return '';
  }
  return String(v);
};

/**
 * Guards an XLSX before any XLSX reader opens it (zip bombs: hardening issue, item 4), naming the
 * problem as a problem of the file.
 */
export async function guardXlsx(file: string, label: string, inflatedBytes?: number): Promise<void> {
  try {
    await checkZip(file, inflatedBytes);
  } catch (e) {
    if (e instanceof FileLimitError) throw new InputError(label, null, null, e.text);
    throw e;
  }
}

/**
 * Reads the first sheet of an XLSX row by row with exceljs's streaming reader (the workbook is
 * never held whole), after the zip guard; each cell is capped as in CSV.
 */
async function readXlsx(file: string, label: string): Promise<Tabular> {
  await guardXlsx(file, label);
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(file, {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  type Row = { number: number; hasValues: boolean; getCell(i: number): { value: ExcelJS.CellValue } };
  const unreadable = (e: unknown) =>
    e instanceof InputError
      ? e
      : new InputError(label, null, null, msg`not a readable XLSX file (${(e as Error).message})`);
  const sheets = reader[Symbol.asyncIterator]() as AsyncIterator<AsyncIterable<Row>>;
  let sheetRows: AsyncIterator<Row>;
  let first: IteratorResult<Row>;
  try {
    const sheet = await sheets.next();
    if (sheet.done) throw new InputError(label, null, null, 'the file is empty');
    sheetRows = sheet.value[Symbol.asyncIterator]();
    do first = await sheetRows.next();
    while (!first.done && !first.value.hasValues);
  } catch (e) {
    throw unreadable(e);
  }
  if (first.done) throw new InputError(label, null, null, 'the file is empty');
  const headerRow = first.value;
  const header: string[] = [];
  // Trailing empty header cells are not columns.
  for (let c = 1; c <= 16_384; c++) {
    const v = headerRow.getCell(c).value;
    if (v === null || v === undefined) {
      let more = false;
      for (let d = c + 1; d <= c + 64 && !more; d++) more = headerRow.getCell(d).value != null;
      if (!more) break;
    }
    header.push(normalise(checkCell(cellText(v), label, headerRow.number, '')));
  }
  checkHeader(header, label);
  async function* rows(): AsyncIterable<TabularRow> {
    for (;;) {
      let next: IteratorResult<Row>;
      try {
        next = await sheetRows.next();
      } catch (e) {
        throw unreadable(e);
      }
      if (next.done) return;
      const row = next.value;
      if (!row.hasValues) continue;
      const values: Record<string, string> = {};
      header.forEach(
        (h, i) => (values[h] = checkCell(cellText(row.getCell(i + 1).value), label, row.number, h)),
      );
      yield { line: row.number, values };
    }
  }
  return { header, rows: rows() };
}

/** A value quoted in an error message, shortened when long (a cell may hold 32,767 characters). */
export const quoted = (value: string) => `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;

/** A decimal number as people write it in statistics files: 12, 12.5, .5, 1e3 (no hex, no NaN). */
export const NUMBER_PATTERN = '\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*';
export const INTEGER_PATTERN = '\\s*[+-]?[0-9]+\\s*';
const numberRe = new RegExp(`^${NUMBER_PATTERN}$`);
const integerRe = new RegExp(`^${INTEGER_PATTERN}$`);
export const isNumberText = (s: string) => numberRe.test(s);
export const isIntegerText = (s: string) =>
  integerRe.test(s) || (numberRe.test(s) && Number.isInteger(Number(s)));
