import type { Worksheet } from 'exceljs';
import type { Language, Text3 } from './model.js';

/**
 * Reading the sheets of an XLSForm as xlsform.org defines them: sheet and column names in any
 * case, the older spellings of columns (`list name`, `jr:constraintMsg`, …), and texts in the
 * form's languages (`label` for the default language, `label::French (fr)` or `label::Swahili`
 * for the others). Shared by the import (xlsform-import.ts) and the export (xlsform-export.ts).
 */

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'French', es: 'Spanish' };

/** The older or alternative spellings of columns, as pyxform (the reference converter) accepts them. */
const ALIASES: Record<string, string> = {
  list_name: 'list_name',
  'list name': 'list_name',
  'constraint message': 'constraint_message',
  'jr:constraintmsg': 'constraint_message',
  'required message': 'required_message',
  'jr:requiredmsg': 'required_message',
  'choice filter': 'choice_filter',
  'read only': 'read_only',
  calculate: 'calculation',
  'repeat count': 'repeat_count',
  'jr:count': 'repeat_count',
  'form title': 'form_title',
  'form id': 'form_id',
  id_string: 'form_id',
  'default language': 'default_language',
  'guidance hint': 'guidance_hint',
};

/** A column's name without its language: lower case, spaces as XLSForm's aliases want them. */
export function baseColumn(header: string): { base: string; language: string | null } {
  const [raw = '', ...rest] = header.split('::');
  const lower = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const base = ALIASES[lower] ?? lower;
  const language = rest.length ? rest.join('::').trim() : null;
  return { base, language };
}

/** The key a language is kept under in Text3: its code in parentheses, or en/fr/es by name, else its name. */
export function languageKey(name: string): string {
  const code = /\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$/.exec(name)?.[1];
  if (code) return code.toLowerCase();
  const n = name.trim().toLowerCase();
  const byName: Record<string, string> = {
    english: 'en',
    french: 'fr',
    français: 'fr',
    francais: 'fr',
    spanish: 'es',
    español: 'es',
    espanol: 'es',
  };
  return byName[n] ?? name.trim();
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: string; result?: unknown; formula?: string };
    if (o.richText)
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (typeof o.text === 'string') return o.text.trim();
    if (o.result !== undefined) return cellText(o.result);
    return '';
  }
  return String(v).trim();
}

export interface SheetColumn {
  header: string;
  base: string;
  language: string | null;
  index: number;
}
export interface SheetRow {
  row: number;
  get(base: string): string;
  /** The texts of a column in every language, keyed as languageKey does; the plain column under `plainKey`. */
  texts(base: string, plainKey: string): Record<string, string>;
  /** The columns of the row with a value, by their header. */
  filled: SheetColumn[];
  value(column: SheetColumn): string;
}
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  has(base: string): boolean;
  /** The header as written in the sheet (for error messages). */
  headerOf(base: string): string;
}

/** A sheet read whole: its header row, and every row with at least one value. */
export function readSheet(ws: Worksheet): Sheet {
  const columns: SheetColumn[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (c, col) => {
    const header = cellText(c.value);
    if (header) columns.push({ header, ...baseColumn(header), index: col });
  });
  const rows: SheetRow[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const values = new Map<SheetColumn, string>();
    for (const c of columns) {
      const v = cellText(r.getCell(c.index).value);
      if (v) values.set(c, v);
    }
    if (values.size === 0) return;
    const filled = [...values.keys()];
    rows.push({
      row: n,
      filled,
      value: (c) => values.get(c) ?? '',
      get: (base) => {
        const c = filled.find((x) => x.base === base && x.language === null);
        return c ? values.get(c)! : '';
      },
      texts: (base, plainKey) => {
        const out: Record<string, string> = {};
        for (const c of filled)
          if (c.base === base) out[c.language === null ? plainKey : languageKey(c.language)] = values.get(c)!;
        return out;
      },
    });
  });
  return {
    name: ws.name,
    columns,
    rows,
    has: (base) => columns.some((c) => c.base === base),
    headerOf: (base) => columns.find((c) => c.base === base)?.header ?? base,
  };
}

/** Text3 from the texts of a column: `en` holds the English text, else the default language's, else the first. */
export function toText3(texts: Record<string, string>, defaultKey: string): Text3 | undefined {
  const keys = Object.keys(texts);
  if (keys.length === 0) return undefined;
  return { ...texts, en: texts.en ?? texts[defaultKey] ?? texts[keys[0]!]! };
}
