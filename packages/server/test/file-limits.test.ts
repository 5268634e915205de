import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../src/http/export.js';
import {
  as,
  createTestContext,
  signIn,
  uploadAs,
  workspaceByKind,
  type Session,
  type TestContext,
} from './helpers.js';

/**
 * Hardening issue, items 4 (zip bombs and slow cells), 12 (imports validate as the API does) and
 * 13 (CSV exports keep numbers as numbers). Hostile files are generated here, never committed.
 */

let ctx: TestContext;
let manager: Session;
let ws: string;
const url = (p: string) => `/api/v1/workspaces/${ws}${p}`;
const MB = 1024 * 1024;
const actorCount = async () =>
  Number(
    (
      await ctx.app.db
        .selectFrom('actors')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', ws)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
  ws = workspaceByKind(manager, 'cluster_initiative');
});
afterAll(async () => ctx?.close());

/** A zip of deflated entries; `declared` lies about an entry's inflated size. */
function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data, { level: 9 });
    const name = Buffer.from(e.name);
    const size = e.declared ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    directory.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

/** The parts of an XLSX around a first sheet, whose XML is given. */
function xlsx(sheet: Buffer, options: { declared?: number; extra?: { name: string; data: Buffer }[] } = {}) {
  const text = (s: string) => Buffer.from(s);
  return zip([
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="actors" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declared: options.declared },
    ...(options.extra ?? []),
  ]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>actor_type</t></is></c></row>';
const ROW =
  '<row><c t="inlineStr"><is><t>Bomb Ltd</t></is></c><c t="inlineStr"><is><t>firm</t></is></c></row>';

/** A sheet whose XML takes `bytes` once inflated (rows repeated: it compresses a thousandfold). */
function bigSheet(bytes: number): Buffer {
  const head = Buffer.from(SHEET_HEAD);
  const tail = Buffer.from('</sheetData></worksheet>');
  const body = Buffer.alloc(Math.floor((bytes - head.length - tail.length) / ROW.length) * ROW.length, ROW);
  return Buffer.concat([head, body, tail]);
}

/**
 * Uploads a file. How fast a refusal comes is not asserted here (no timing thresholds in unit
 * tests: they fail on a loaded machine); the message of each refusal names the guard that fired
 * before the file was read whole.
 */
async function timed(path: string, name: string, content: Buffer | string) {
  const res = await uploadAs(ctx.app, manager, url(path), name, content);
  return { res };
}

describe('item 4: zip bombs and slow cells are refused early', () => {
  it('refuses an XLSX whose sheet inflates a thousandfold before reading it', async () => {
    const file = xlsx(bigSheet(60 * MB));
    expect(file.length).toBeLessThan(2 * MB);
    const before = await actorCount();
    const { res } = await timed('/actors/import', 'bomb.xlsx', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_file', details: { file: 'bomb.xlsx' } });
    expect(res.json().error.message).toMatch(/inflates more than 200 times/);
    expect(await actorCount()).toBe(before);
  }, 120_000);

  it('refuses an XLSX that lies about its inflated size, after inflating no more than declared', async () => {
    const file = xlsx(bigSheet(120 * MB), { declared: 4_000 });
    const { res } = await timed('/actors/import', 'liar.xlsx', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'liar.xlsx: part "xl/worksheets/sheet1.xml" inflates to more than its declared size',
    );
  }, 120_000);

  it('refuses an XLSX whose parts inflate to more than 100 MB in all, and one of too many parts', async () => {
    const filler = Buffer.alloc(MB, ' ');
    const many = Array.from({ length: 105 }, (_, i) => ({ name: `xl/media/pad${i}.xml`, data: filler }));
    const { res } = await timed('/actors/import', 'padded.xlsx', xlsx(bigSheet(MB), { extra: many }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'padded.xlsx: the workbook inflates to more than 100 MB: split the file',
    );

    const tiny = Array.from({ length: 1_000 }, (_, i) => ({ name: `x${i}.xml`, data: Buffer.from('<a/>') }));
    const parts = await uploadAs(
      ctx.app,
      manager,
      url('/actors/import'),
      'parts.xlsx',
      xlsx(bigSheet(1_000), { extra: tiny }),
    );
    expect(parts.statusCode).toBe(400);
    expect(parts.json().error.message).toBe('parts.xlsx: the workbook holds 1005 parts (at most 1000)');
  }, 120_000);

  it('reads an ordinary XLSX row by row and refuses a cell longer than Excel allows', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('actors');
    sheet.addRow(['name', 'actor_type', 'notes']);
    sheet.addRow(['Streamed Ltd', 'firm', 'fine']);
    sheet.addRow(['Long Notes Ltd', 'firm', 'x'.repeat(40_000)]);
    const res = await uploadAs(
      ctx.app,
      manager,
      url('/actors/import'),
      'long.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'long.xlsx:3 (column "notes"): a cell is longer than 32,767 characters',
    );
    sheet.spliceRows(3, 1);
    const ok = await uploadAs(
      ctx.app,
      manager,
      url('/actors/import'),
      'short.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ imported: 1 });
  });

  it('refuses a bomb disguised as an XLSForm before reading the whole workbook', async () => {
    const { res } = await timed(
      '/surveys/import',
      'form.xlsx',
      xlsx(bigSheet(12 * MB), { declared: 12 * MB }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_file');
    expect(res.json().error.message).toMatch(/inflates/);
  }, 60_000);

  const mapUpload = (csv: string) => {
    const boundary = '----limits' + Math.random().toString(16).slice(2);
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nLimits\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="definitions"\r\n\r\nus-benchmark\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stats.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(csv),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return ctx.app.inject({
      method: 'POST',
      url: url('/map/datasets'),
      headers: {
        cookie: manager.cookie,
        'x-csrf-token': manager.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
  };
  const STATS = 'region,industry,year,employment\n53,336411,2020,80000\n';

  it('refuses a 100,000-digit number cell, naming its line and column', async () => {
    const res = await mapUpload(`${STATS}19,336411,2020,${'9'.repeat(100_000)}x\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject({ file: 'stats.csv', line: 3, column: 'employment' });
    expect(res.json().error.message).toBe(
      'stats.csv:3 (column "employment"): a cell is longer than 32,767 characters',
    );
  });

  it('refuses a long non-number within the cell limit, quoting its start', async () => {
    const res = await mapUpload(`${STATS}19,336411,2020,${'9'.repeat(32_000)}x\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject({ line: 3, column: 'employment' });
    expect(res.json().error.message).toMatch(
      /^stats\.csv:3 \(column "employment"\): "9{57}…" is not a number$/,
    );
  });
});

describe('item 12: imports apply the API checks', () => {
  it('refuses an actor name longer than the API allows, as the API does', async () => {
    const name = 'N'.repeat(301);
    const api = await as(ctx.app, manager).post(url('/actors'), { name, actor_type: 'firm' });
    expect(api.statusCode).toBe(400);
    const before = await actorCount();
    const csv = `name,actor_type\nShort Name Ltd,firm\n${name},firm\n`;
    const res = await uploadAs(ctx.app, manager, url('/actors/import'), 'long.csv', csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('long.csv:3 (column "name"): must have at most 300 characters');
    const members = await uploadAs(
      ctx.app,
      manager,
      url('/membership/import'),
      'members.csv',
      `name,actor_type,membership_stage\n${name},firm,prospect\n`,
    );
    expect(members.statusCode).toBe(400);
    expect(members.json().error.details).toMatchObject({ line: 2, column: 'name' });
    expect(await actorCount()).toBe(before);
  });

  it('refuses a column given twice, naming it', async () => {
    const res = await uploadAs(
      ctx.app,
      manager,
      url('/actors/import'),
      'twice.csv',
      'name,actor_type,name\nTwice Ltd,firm,Other Ltd\n',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('twice.csv:1 (column "name"): the column "name" appears twice');
  });

  it('refuses hex and infinite prices and capacities', async () => {
    const services = (price: string) =>
      [
        'name,field_of_action,frequency,beneficiaries,effort_min,relevance,fee_model,member_price,non_member_price,trust_level',
        `Hex coaching,Market analyses; search profiles,occasionally,few,medium,high,paid,${price},900,medium`,
      ].join('\n');
    for (const price of ['0x10', 'Infinity', '1e999']) {
      const res = await uploadAs(
        ctx.app,
        manager,
        url('/services/import'),
        'services.csv',
        services(`"${price}"`),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toMatchObject({ line: 2, column: 'member_price' });
    }
    const events = await uploadAs(
      ctx.app,
      manager,
      url('/events/import'),
      'events.csv',
      'title,starts_at,ends_at,capacity\nHex day,2027-03-01 09:00,2027-03-01 12:00,0x10\n',
    );
    expect(events.statusCode).toBe(400);
    expect(events.json().error.details).toMatchObject({ line: 2, column: 'capacity' });
    const title = await uploadAs(
      ctx.app,
      manager,
      url('/events/import'),
      'events.csv',
      `title,starts_at,ends_at\n${'T'.repeat(201)},2027-03-01 09:00,2027-03-01 12:00\n`,
    );
    expect(title.statusCode).toBe(400);
    expect(title.json().error.message).toBe(
      'events.csv:2 (column "title"): must have at most 200 characters',
    );
  });

  it('refuses a year outside the range of the map API and a number too large to hold', async () => {
    const boundary = '----limits';
    const upload = (csv: string) =>
      ctx.app.inject({
        method: 'POST',
        url: url('/map/datasets'),
        headers: {
          cookie: manager.cookie,
          'x-csrf-token': manager.csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload:
          `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nYears\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="definitions"\r\n\r\nus-benchmark\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="years.csv"\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
      });
    const year = await upload('region,industry,year,employment\n53,336411,99999,80000\n');
    expect(year.statusCode).toBe(400);
    expect(year.json().error.message).toBe(
      'years.csv:2 (column "year"): "99999" is not a year (1000 to 3000)',
    );
    const huge = await upload('region,industry,year,employment\n53,336411,2020,1e999\n');
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.message).toBe(
      'years.csv:2 (column "employment"): "1e999" is too large a number',
    );
  });

  it('refuses a Latin-1 file naming the line and byte instead of storing mojibake', async () => {
    const before = await actorCount();
    const latin1 = Buffer.from('name,actor_type\nBoulangerie Dupré,firm\n', 'latin1');
    const res = await uploadAs(ctx.app, manager, url('/actors/import'), 'latin1.csv', latin1);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject({ file: 'latin1.csv', line: 2 });
    expect(res.json().error.message).toBe(
      'latin1.csv:2: byte 0xE9 at offset 32 is not UTF-8: save the file as "CSV UTF-8"',
    );
    expect(await actorCount()).toBe(before);
    const utf8 = await uploadAs(
      ctx.app,
      manager,
      url('/actors/import'),
      'utf8.csv',
      Buffer.from('name,actor_type\nBoulangerie Dupré,firm\n', 'utf8'),
    );
    expect(utf8.statusCode).toBe(201);
  });

  it('takes the delimiter from the header line: a ";" in a comma-separated cell is text', async () => {
    const res = await uploadAs(
      ctx.app,
      manager,
      url('/actors/import'),
      'semicolon.csv',
      'name,actor_type,notes\nSemi Ltd,firm,exports; imports\n',
    );
    expect(res.statusCode).toBe(201);
    const found = (await as(ctx.app, manager).get(url('/actors?search=Semi%20Ltd'))).json().actors[0];
    expect(found.notes).toBe('exports; imports');
    const semi = await uploadAs(
      ctx.app,
      manager,
      url('/actors/import'),
      'semi.csv',
      'name;actor_type;notes\nComma, Ltd;firm;a, b\n',
    );
    expect(semi.statusCode).toBe(201);
  });
});

describe('item 13: CSV exports', () => {
  it('keeps numbers as numbers and defuses formula-like text only', () => {
    const csv = toCsv(
      ['value'],
      [[-12.5], ['-12.5'], ['+3'], ['1e-4'], ['=1+2'], ['-1+2'], ['+A1'], ['@SUM(A1)'], ['\tx'], ['plain']],
    );
    expect(csv.split('\r\n')).toEqual([
      'value',
      '-12.5',
      '-12.5',
      '+3',
      '1e-4',
      "'=1+2",
      "'-1+2",
      "'+A1",
      "'@SUM(A1)",
      "'\tx",
      'plain',
      '',
    ]);
  });
});
