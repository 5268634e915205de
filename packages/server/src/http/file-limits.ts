import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { type Text, msg } from '../i18n/index.js';

/**
 * Limits of uploaded files (hardening issue, item 4), checked while the file is read so that a
 * hostile file is refused early instead of holding the server: an XLSX is a zip whose sheets may
 * inflate a thousandfold, and a single cell may be megabytes long.
 */
export const FILE_LIMITS = {
  /** Bytes of all entries of an XLSX once inflated (a 300,000-row sheet takes about 60 MB). */
  inflatedBytes: 100 * 1024 * 1024,
  /** Bytes of an XLSForm once inflated: forms are read whole, so they are kept smaller. */
  formInflatedBytes: 10 * 1024 * 1024,
  /** Entries of an XLSX (a workbook has a few dozen). */
  entries: 1_000,
  /** Inflated ÷ compressed size of one entry above 1 MB; spreadsheets stay far below. */
  ratio: 200,
  /** Characters of one cell: Excel's own limit. */
  cellChars: 32_767,
} as const;

/** A limit broken: what is wrong, in words the uploader can act on. */
export class FileLimitError extends Error {
  constructor(readonly text: Text) {
    super(String(text));
  }
}

const MB = (bytes: number) => msg`${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Checks an XLSX (zip) file before any XLSX reader touches it: the central directory's entries
 * and declared sizes, then the actual inflated size of each entry (streamed, never kept), so a
 * zip bomb costs at most `inflatedBytes` of inflating. Throws FileLimitError naming the problem.
 */
export async function checkZip(
  file: string,
  inflatedBytes: number = FILE_LIMITS.inflatedBytes,
): Promise<void> {
  const { entries, dirOffset } = await readCentralDirectory(file);
  if (entries.length > FILE_LIMITS.entries)
    throw new FileLimitError(
      msg`the workbook holds ${entries.length} parts (at most ${FILE_LIMITS.entries})`,
    );
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (declared > inflatedBytes)
      throw new FileLimitError(msg`the workbook inflates to more than ${MB(inflatedBytes)}: split the file`);
    if (e.size > 1024 * 1024 && e.size > e.compressedSize * FILE_LIMITS.ratio)
      throw new FileLimitError(
        msg`part "${e.name}" inflates more than ${FILE_LIMITS.ratio} times: it is not an ordinary spreadsheet`,
      );
    if (e.method !== 0 && e.method !== 8)
      throw new FileLimitError(msg`part "${e.name}" uses a compression method spreadsheets do not use`);
  }
  // Declared sizes can lie: inflate each entry, counting, and stop at the first byte too many.
  // Entries follow one another with no room between them (but a data descriptor), so no part
  // hidden from the directory can reach a reader that walks the local headers.
  const handle = await open(file, 'r');
  let total = 0;
  let end = 0;
  try {
    for (const e of [...entries].sort((a, b) => a.offset - b.offset)) {
      if (e.offset < end || e.offset - end > 24)
        throw new FileLimitError('not a readable XLSX file (data outside the zip directory)');
      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, e.offset);
      if (local.readUInt32LE(0) !== 0x04034b50) throw new FileLimitError('not a readable XLSX file');
      const start = e.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      end = start + e.compressedSize;
      if (e.compressedSize === 0) continue;
      const raw = createReadStream(file, { start, end: start + e.compressedSize - 1 });
      const data = e.method === 8 ? raw.pipe(createInflateRaw()) : raw;
      let size = 0;
      try {
        for await (const chunk of data as AsyncIterable<Buffer>) {
          size += chunk.length;
          total += chunk.length;
          if (size > e.size)
            throw new FileLimitError(msg`part "${e.name}" inflates to more than its declared size`);
          if (total > inflatedBytes)
            throw new FileLimitError(
              msg`the workbook inflates to more than ${MB(inflatedBytes)}: split the file`,
            );
        }
      } catch (err) {
        if (err instanceof FileLimitError) throw err;
        throw new FileLimitError('not a readable XLSX file (a part cannot be inflated)');
      } finally {
        raw.destroy();
        if (data !== raw) (data as NodeJS.ReadableStream & { destroy(): void }).destroy();
      }
    }
    if (dirOffset < end || dirOffset - end > 24)
      throw new FileLimitError('not a readable XLSX file (data outside the zip directory)');
  } finally {
    await handle.close();
  }
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The entries of a zip's central directory (no ZIP64: spreadsheets of this size never need it). */
async function readCentralDirectory(file: string): Promise<{ entries: ZipEntry[]; dirOffset: number }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new FileLimitError('not a readable XLSX file (no zip directory)');
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff)
      throw new FileLimitError(
        'the workbook is a ZIP64 archive, larger than any spreadsheet the server reads',
      );
    if (dirOffset + dirSize > size)
      throw new FileLimitError('not a readable XLSX file (broken zip directory)');
    if (count > FILE_LIMITS.entries)
      throw new FileLimitError(msg`the workbook holds ${count} parts (at most ${FILE_LIMITS.entries})`);
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50)
        throw new FileLimitError('not a readable XLSX file (broken zip directory)');
      const nameLength = dir.readUInt16LE(p + 28);
      const entry: ZipEntry = {
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        name: dir.toString('utf8', p + 46, p + 46 + nameLength),
        offset: dir.readUInt32LE(p + 42),
      };
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff)
        throw new FileLimitError(
          'the workbook is a ZIP64 archive, larger than any spreadsheet the server reads',
        );
      if (entry.offset + 30 > size)
        throw new FileLimitError('not a readable XLSX file (broken zip directory)');
      entries.push(entry);
      p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    }
    return { entries, dirOffset };
  } finally {
    await handle.close();
  }
}

/**
 * Checks that a text file is UTF-8 and finds the delimiter of its header line, in one linear pass.
 * Returns the delimiter (the most frequent of , ; and tab outside quotes in line 1; comma when
 * none) or the first byte that is not UTF-8 with its line and offset.
 */
export async function scanText(
  file: string,
): Promise<{ delimiter: string } | { badByte: number; line: number; offset: number }> {
  let line = 1;
  let offset = 0;
  // UTF-8 state: continuation bytes still expected and the range allowed for the next one.
  let need = 0;
  let lo = 0x80;
  let hi = 0xbf;
  let start = { line: 1, offset: 0, byte: 0 };
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inHeader = true;
  let quoted = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++, offset++) {
      const b = chunk[i]!;
      if (need > 0) {
        if (b < lo || b > hi) return { badByte: start.byte, line: start.line, offset: start.offset };
        need--;
        lo = 0x80;
        hi = 0xbf;
        continue;
      }
      if (b < 0x80) {
        if (b === 0x0a) {
          line++;
          inHeader = false;
        } else if (inHeader) {
          if (b === 0x22) quoted = !quoted;
          else if (!quoted && (b === 0x2c || b === 0x3b || b === 0x09))
            counts[b === 0x2c ? ',' : b === 0x3b ? ';' : '\t']++;
        }
        continue;
      }
      start = { line, offset, byte: b };
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        if (b === 0xe0) lo = 0xa0;
        if (b === 0xed) hi = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        if (b === 0xf0) lo = 0x90;
        if (b === 0xf4) hi = 0x8f;
      } else return { badByte: b, line, offset };
    }
  }
  if (need > 0) return { badByte: start.byte, line: start.line, offset: start.offset };
  const best = (Object.entries(counts) as [string, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  return { delimiter: best[1] > 0 ? best[0] : ',' };
}
