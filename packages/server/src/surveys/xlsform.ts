import { AppError } from '../http/errors.js';
import { FILE_LIMITS, FileLimitError, checkZip } from '../http/file-limits.js';
import {
  LIKERT_MAX,
  LIKERT_MIN,
  LANGUAGES,
  type Choice,
  type Language,
  type Question,
  type SurveyDefinition,
  type Text3,
} from './model.js';
import { type Text, msg } from '../i18n/index.js';

/**
 * XLSForm (the ODK / KoboToolbox spreadsheet standard, https://xlsform.org): sheets `survey`,
 * `choices` and `settings`; labels per language as `label::English (en)`.
 * Mapping: single choice → `select_one list`; Likert → `select_one list` with appearance `likert`;
 * multiple choice → `select_multiple list`; number → `integer` or `decimal`; text → `text`;
 * ranking of a top 3 → `rank list`.
 */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'French', es: 'Spanish' };
/** The platform's column for a Likert question's collapse (e.g. "1,2,3-4"). */
const COLLAPSE_COLUMN = 'agglomera_collapse';
/**
 * The platform's column naming a question type XLSForm has no word for: an open list ("list the
 * three main …", 003:761) goes out as a multiline text whose platform type is `open_list`.
 */
const TYPE_COLUMN = 'agglomera_type';
const labelColumn = (base: string, l: Language) => `${base}::${LANGUAGE_NAMES[l]} (${l})`;

export async function exportXlsForm(def: SurveyDefinition): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const survey = wb.addWorksheet('survey');
  const choices = wb.addWorksheet('choices');
  const settings = wb.addWorksheet('settings');
  // A Likert question's own collapse (IDB Table 6, 003:723–725) travels in a column of the
  // platform's (XLSForm tools leave columns they do not know alone).
  const collapses = def.questions.some((q) => q.collapse);
  const ownTypes = def.questions.some((q) => q.type === 'open_list');
  survey.addRow([
    'type',
    'name',
    ...LANGUAGES.map((l) => labelColumn('label', l)),
    'required',
    'appearance',
    ...(collapses ? [COLLAPSE_COLUMN] : []),
    ...(ownTypes ? [TYPE_COLUMN] : []),
  ]);
  choices.addRow(['list_name', 'name', ...LANGUAGES.map((l) => labelColumn('label', l))]);
  for (const q of def.questions) {
    const list = q.name;
    const type =
      q.type === 'single_choice' || q.type === 'likert'
        ? `select_one ${list}`
        : q.type === 'multiple_choice'
          ? `select_multiple ${list}`
          : q.type === 'ranking'
            ? `rank ${list}`
            : q.type === 'number'
              ? (q.numberKind ?? 'decimal')
              : 'text';
    survey.addRow([
      type,
      q.name,
      ...LANGUAGES.map((l) => q.label[l] ?? ''),
      q.required ? 'yes' : 'no',
      q.type === 'likert' ? 'likert' : q.type === 'open_list' ? 'multiline' : '',
      ...(collapses ? [q.collapse ?? ''] : []),
      ...(ownTypes ? [q.type === 'open_list' ? 'open_list' : ''] : []),
    ]);
    for (const c of q.choices ?? [])
      choices.addRow([list, c.name, ...LANGUAGES.map((l) => c.label[l] ?? '')]);
  }
  settings.addRow([
    'form_title',
    'form_id',
    'default_language',
    ...(['fr', 'es'] as const).map((l) => labelColumn('form_title', l)),
  ]);
  settings.addRow([
    def.title.en,
    def.formId,
    `${LANGUAGE_NAMES.en} (en)`,
    def.title.fr ?? '',
    def.title.es ?? '',
  ]);
  for (const s of [survey, choices, settings]) s.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A problem in an uploaded form: 400 invalid_file naming the file, sheet, row and column. */
function formError(file: string, sheet: string, row: number | null, column: string | null, problem: Text) {
  const where =
    row !== null && column
      ? msg`${file}, sheet "${sheet}", row ${row}, column "${column}"`
      : row !== null
        ? msg`${file}, sheet "${sheet}", row ${row}`
        : column
          ? msg`${file}, sheet "${sheet}", column "${column}"`
          : msg`${file}, sheet "${sheet}"`;
  return new AppError(400, 'invalid_file', msg`${where}: ${problem}`, { file, sheet, row, column, problem });
}

type Cell = string;
interface Sheet {
  name: string;
  header: string[];
  rows: { row: number; cells: Record<string, Cell> }[];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.result !== undefined) return String(o.result);
  }
  return String(v).trim();
}

/** Which language a `label::…` column holds: the code in parentheses, or a plain `label` for English. */
function languageOf(header: string, base: string): Language | null {
  const h = header.trim();
  if (h === base) return 'en';
  if (!h.startsWith(`${base}::`)) return null;
  const code = /\(([a-z]{2})\)\s*$/i.exec(h)?.[1]?.toLowerCase();
  if (code && (LANGUAGES as readonly string[]).includes(code)) return code as Language;
  const name = h
    .slice(base.length + 2)
    .trim()
    .toLowerCase();
  const byName = (Object.entries(LANGUAGE_NAMES) as [Language, string][]).find(
    ([, n]) => n.toLowerCase() === name,
  );
  return byName ? byName[0] : null;
}

function labelsOf(cells: Record<string, Cell>, header: string[], base: string): Text3 {
  const t: Partial<Text3> = {};
  for (const h of header) {
    const l = languageOf(h, base);
    if (l && cells[h]) t[l] = cells[h];
  }
  return t as Text3;
}

export async function importXlsForm(path: string, file: string): Promise<SurveyDefinition> {
  // A form is read whole, so the zip is checked first against a small inflated size (item 4).
  try {
    await checkZip(path, FILE_LIMITS.formInflatedBytes);
  } catch (e) {
    if (e instanceof FileLimitError) throw formError(file, '(workbook)', null, null, e.text);
    throw e;
  }
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw formError(file, '(workbook)', null, null, 'is not an XLSX workbook');
  }
  const read = (name: string): Sheet | null => {
    const ws = wb.getWorksheet(name);
    if (!ws) return null;
    const header: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => (header[col - 1] = cellText(c.value)));
    const rows: Sheet['rows'] = [];
    ws.eachRow((r, n) => {
      if (n === 1) return;
      const cells: Record<string, Cell> = {};
      header.forEach((h, i) => h && (cells[h] = cellText(r.getCell(i + 1).value)));
      if (Object.values(cells).some(Boolean)) rows.push({ row: n, cells });
    });
    return { name, header, rows };
  };
  const survey = read('survey');
  if (!survey) throw formError(file, 'survey', null, null, 'the workbook has no "survey" sheet');
  for (const col of ['type', 'name'])
    if (!survey.header.includes(col))
      throw formError(file, 'survey', 1, col, msg`the column "${col}" is missing`);
  if (!survey.header.some((h) => languageOf(h, 'label') === 'en'))
    throw formError(file, 'survey', 1, 'label::English (en)', 'there is no English label column');
  const choicesSheet = read('choices');
  const lists = new Map<string, { row: number; choice: Choice }[]>();
  if (choicesSheet) {
    for (const col of ['list_name', 'name'])
      if (!choicesSheet.header.includes(col))
        throw formError(file, 'choices', 1, col, msg`the column "${col}" is missing`);
    for (const r of choicesSheet.rows) {
      const list = r.cells.list_name ?? '';
      if (!list) throw formError(file, 'choices', r.row, 'list_name', 'the list name is empty');
      if (!r.cells.name) throw formError(file, 'choices', r.row, 'name', 'the choice name is empty');
      const label = labelsOf(r.cells, choicesSheet.header, 'label');
      if (!label.en)
        throw formError(file, 'choices', r.row, 'label::English (en)', 'the choice has no English label');
      const entries = lists.get(list) ?? [];
      if (entries.some((e) => e.choice.name === r.cells.name))
        throw formError(file, 'choices', r.row, 'name', msg`"${r.cells.name}" is listed twice in "${list}"`);
      entries.push({ row: r.row, choice: { name: r.cells.name, label } });
      lists.set(list, entries);
    }
  }
  const questions: Question[] = [];
  for (const r of survey.rows) {
    const rawType = (r.cells.type ?? '').trim().replace(/\s+/g, ' ');
    const name = r.cells.name ?? '';
    if (!rawType) throw formError(file, 'survey', r.row, 'type', 'the question type is empty');
    const [kind, list] = rawType.split(' ') as [string, string | undefined];
    const label = labelsOf(r.cells, survey.header, 'label');
    if (!name) throw formError(file, 'survey', r.row, 'name', 'the question name is empty');
    if (!label.en)
      throw formError(file, 'survey', r.row, 'label::English (en)', 'the question has no English label');
    if (questions.some((q) => q.name === name))
      throw formError(file, 'survey', r.row, 'name', msg`the name "${name}" is used twice`);
    const required = /^(yes|true|1|true\(\))$/i.test(r.cells.required ?? '');
    const appearance = (r.cells.appearance ?? '').toLowerCase();
    const selects: Record<string, Question['type']> = {
      select_one: appearance.includes('likert') ? 'likert' : 'single_choice',
      select_multiple: 'multiple_choice',
      rank: 'ranking',
    };
    if (kind in selects) {
      if (!list) throw formError(file, 'survey', r.row, 'type', msg`"${rawType}" names no choice list`);
      const entries = lists.get(list);
      if (!entries?.length)
        throw formError(
          file,
          'survey',
          r.row,
          'type',
          msg`the choice list "${list}" is not in the choices sheet`,
        );
      const type = selects[kind]!;
      if (type === 'likert' && (entries.length < LIKERT_MIN || entries.length > LIKERT_MAX))
        throw formError(
          file,
          'survey',
          r.row,
          'appearance',
          msg`a Likert scale has ${LIKERT_MIN} to ${LIKERT_MAX} points; "${list}" has ${entries.length}`,
        );
      const collapse = (r.cells[COLLAPSE_COLUMN] ?? '').trim();
      questions.push({
        name,
        type,
        label,
        required,
        choices: entries.map((e) => e.choice),
        ...(collapse ? { collapse } : {}),
      });
    } else if ((kind === 'integer' || kind === 'decimal') && !list)
      questions.push({ name, type: 'number', label, required, numberKind: kind });
    else if (kind === 'text' && !list)
      questions.push({
        name,
        type: (r.cells[TYPE_COLUMN] ?? '').trim() === 'open_list' ? 'open_list' : 'text',
        label,
        required,
      });
    else
      throw formError(
        file,
        'survey',
        r.row,
        'type',
        msg`unknown question type "${rawType}" (supported: select_one, select_multiple, rank, integer, decimal, text)`,
      );
  }
  if (questions.length === 0) throw formError(file, 'survey', null, null, 'the form has no question');
  const settings = read('settings');
  const s = settings?.rows[0]?.cells ?? {};
  const title: Text3 = { en: s.form_title || file.replace(/\.xlsx$/i, '') };
  if (settings) {
    const t = labelsOf(s, settings.header, 'form_title');
    if (t.fr) title.fr = t.fr;
    if (t.es) title.es = t.es;
  }
  return { title, formId: s.form_id || name(file), questions };
}

const name = (file: string) =>
  file
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .toLowerCase() || 'survey';
