import { XlsFormLogicError } from '@agglomera/methods';
import { AppError } from '../../http/errors.js';
import { FILE_LIMITS, FileLimitError, checkZip } from '../../http/file-limits.js';
import { type Text, msg } from '../../i18n/index.js';
import {
  LIKERT_MAX,
  LIKERT_MIN,
  fromXlsText,
  logicOf,
  type Choice,
  type FormGroup,
  type ImportWarning,
  type Question,
  type SurveyDefinition,
  type SurveyForm,
  type Text3,
} from './model.js';
import {
  LANGUAGE_NAMES,
  languageKey,
  readSheet,
  toText3,
  type Sheet,
  type SheetRow,
} from './xlsform-sheets.js';

/**
 * XLSForm import as xlsform.org defines it (issue 17): the `survey`, `choices` and `settings`
 * sheets in any case; labels and hints in the default language (`label`) and in any other
 * (`label::Swahili (sw)`); groups (sections, `field-list` pages) and repeats; notes, dates, times,
 * calculations, acknowledgements; `required`, `relevant`, `constraint` with its message,
 * `choice_filter`, `default`, `read_only`, `appearance` and `or_other`. What the platform does not
 * run is refused naming the sheet, row, column and feature (a question type such as geopoint or
 * select_one_from_file), or, for a column that only decorates (media, guidance hints), left out with
 * a warning listed on the survey; nothing is dropped silently.
 */

/** The platform's own columns (xlsform-export.ts writes them; XLSForm tools leave unknown columns alone). */
export const COLLAPSE_COLUMN = 'agglomera_collapse';
export const TYPE_COLUMN = 'agglomera_type';

/** A problem in an uploaded form: 400 invalid_file naming the file, sheet, row and column. */
export function formError(
  file: string,
  sheet: string,
  row: number | null,
  column: string | null,
  problem: Text,
) {
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

/** Survey columns the platform reads. */
const SURVEY_COLUMNS = new Set([
  'type',
  'name',
  'label',
  'hint',
  'required',
  'required_message',
  'relevant',
  'constraint',
  'constraint_message',
  'choice_filter',
  'default',
  'read_only',
  'appearance',
  'calculation',
  COLLAPSE_COLUMN,
  TYPE_COLUMN,
]);
const CHOICE_COLUMNS = new Set(['list_name', 'name', 'label']);
/** Choice columns that only decorate: media. */
const CHOICE_MEDIA = new Set(['image', 'audio', 'video', 'media', 'big-image']);
const SETTINGS_COLUMNS = new Set(['form_title', 'form_id', 'version', 'default_language']);

/** Question types of XLSForm the platform cannot run: refused by name. */
const UNSUPPORTED_TYPES = new Set([
  'select_one_from_file',
  'select_multiple_from_file',
  'select_one_external',
  'geopoint',
  'geotrace',
  'geoshape',
  'image',
  'audio',
  'video',
  'file',
  'barcode',
  'range',
  'hidden',
  'xml-external',
  'csv-external',
  'background-audio',
  'background-geopoint',
  'osm',
]);
/** Metadata the device records by itself (start, end, device id…): not questions; left out with a warning. */
const METADATA_TYPES = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'imei',
  'username',
  'email',
  'phonenumber',
  'simserial',
  'subscriberid',
  'audit',
  'start-geopoint',
]);

const YES = /^(yes|true|true\(\)|1)$/i;
const NO = /^(no|false|false\(\)|0)?$/i;

function normaliseType(raw: string): string {
  return raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(
      /^(begin|end) (group|repeat)$/i,
      (_, a: string, b: string) => `${a.toLowerCase()}_${b.toLowerCase()}`,
    )
    .replace(/^select (one|multiple)\b/i, (_, a: string) => `select_${a.toLowerCase()}`)
    .replace(/^(begin|end)_(group|repeat)$/i, (m) => m.toLowerCase());
}

export async function importXlsForm(
  path: string,
  file: string,
): Promise<SurveyDefinition & { form: SurveyForm }> {
  // A form is read whole, so the zip is checked first against a small inflated size.
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
  const sheet = (name: string): Sheet | null => {
    const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === name);
    return ws ? readSheet(ws) : null;
  };
  const survey = sheet('survey');
  if (!survey) throw formError(file, 'survey', null, null, 'the workbook has no "survey" sheet');
  for (const col of ['type', 'name'])
    if (!survey.has(col)) throw formError(file, survey.name, 1, col, msg`the column "${col}" is missing`);
  const warnings: ImportWarning[] = [];

  // Settings: title, id, version and the default language (the language of the plain columns).
  const settings = sheet('settings');
  const s0 = settings?.rows[0];
  const defaultLanguage = s0?.get('default_language') ?? '';
  // Without a default language, a plain label is read as English, unless the form also has an
  // English column: then it is kept as the form's "default" language (the platform's reading).
  const hasEnglish = [survey, sheet('choices')].some((sh) =>
    sh?.columns.some((c) => c.base === 'label' && c.language !== null && languageKey(c.language) === 'en'),
  );
  const plainKey = defaultLanguage ? languageKey(defaultLanguage) : hasEnglish ? 'default' : 'en';
  const plainName = defaultLanguage || (plainKey === 'en' ? `${LANGUAGE_NAMES.en} (en)` : 'default');
  if (settings && s0)
    for (const c of s0.filled)
      if (!SETTINGS_COLUMNS.has(c.base))
        warnings.push({ kind: 'column', sheet: 'settings', column: c.header });

  // The languages of the form, in the order their columns come.
  const languages: { key: string; name: string }[] = [];
  const addLanguage = (key: string, name: string) => {
    if (!languages.some((l) => l.key === key)) languages.push({ key, name });
  };
  for (const sh of [survey, sheet('choices')])
    for (const c of sh?.columns ?? [])
      if (['label', 'hint', 'constraint_message', 'required_message'].includes(c.base))
        if (c.language === null) addLanguage(plainKey, plainName);
        else addLanguage(languageKey(c.language), c.language);

  const text = (r: SheetRow, base: string): Text3 | undefined => toText3(r.texts(base, plainKey), plainKey);

  // Choices, by list; a list's other columns are what a choice filter reads.
  const choicesSheet = sheet('choices');
  const lists = new Map<string, { row: number; choice: Choice }[]>();
  if (choicesSheet) {
    for (const col of ['list_name', 'name'])
      if (!choicesSheet.has(col))
        throw formError(file, choicesSheet.name, 1, col, msg`the column "${col}" is missing`);
    const warned = new Set<string>();
    for (const r of choicesSheet.rows) {
      const list = r.get('list_name');
      const name = r.get('name');
      if (!list)
        throw formError(
          file,
          choicesSheet.name,
          r.row,
          choicesSheet.headerOf('list_name'),
          'the list name is empty',
        );
      if (!name)
        throw formError(
          file,
          choicesSheet.name,
          r.row,
          choicesSheet.headerOf('name'),
          'the choice name is empty',
        );
      const label = text(r, 'label');
      if (!label)
        throw formError(
          file,
          choicesSheet.name,
          r.row,
          choicesSheet.headerOf('label'),
          'the choice has no label',
        );
      const filter: Record<string, string> = {};
      for (const c of r.filled) {
        if (CHOICE_COLUMNS.has(c.base)) continue;
        if (CHOICE_MEDIA.has(c.base) || c.base.startsWith('media')) {
          if (!warned.has(c.header)) warnings.push({ kind: 'media', sheet: 'choices', column: c.header });
          warned.add(c.header);
          continue;
        }
        filter[c.header.trim()] = r.value(c);
      }
      const entries = lists.get(list) ?? [];
      if (entries.some((e) => e.choice.name === name))
        throw formError(
          file,
          choicesSheet.name,
          r.row,
          choicesSheet.headerOf('name'),
          msg`"${name}" is listed twice in "${list}"`,
        );
      entries.push({
        row: r.row,
        choice: { name, label, ...(Object.keys(filter).length ? { filter } : {}) },
      });
      lists.set(list, entries);
    }
  }

  // Survey rows: questions, and the groups and repeats they sit in.
  const questions: Question[] = [];
  const groups: FormGroup[] = [];
  const rowOf = new Map<string, number>();
  const stack: { group: FormGroup; row: number }[] = [];
  const warnedColumns = new Set<string>();
  const names = new Set<string>();
  const at = (r: SheetRow, base: string, problem: Text) =>
    formError(file, survey.name, r.row, survey.headerOf(base), problem);
  for (const r of survey.rows) {
    const rawType = r.get('type');
    if (!rawType) {
      if (r.filled.length) throw at(r, 'type', 'the type is empty');
      continue;
    }
    const type = normaliseType(rawType);
    const [kind = '', list, orOther, ...extra] = type.split(' ');
    for (const c of r.filled)
      if (!SURVEY_COLUMNS.has(c.base) && !warnedColumns.has(c.header)) {
        warnedColumns.add(c.header);
        warnings.push({ kind: 'column', sheet: 'survey', column: c.header });
      }
    if (kind === 'end_group' || kind === 'end_repeat') {
      const open = stack.pop();
      const repeat = kind === 'end_repeat';
      if (!open) throw at(r, 'type', msg`"${rawType}" closes no open group`);
      if (open.group.repeat !== repeat)
        throw at(
          r,
          'type',
          open.group.repeat
            ? msg`"${rawType}" closes "${open.group.name}", opened at row ${open.row} as a repeat`
            : msg`"${rawType}" closes "${open.group.name}", opened at row ${open.row} as a group`,
        );
      continue;
    }
    const name = r.get('name');
    if (!name) throw at(r, 'name', 'the name is empty');
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name))
      throw at(r, 'name', msg`"${name}" is not a valid name (letters, digits, _)`);
    if (names.has(name)) throw at(r, 'name', msg`the name "${name}" is used twice`);
    names.add(name);
    rowOf.set(name, r.row);
    const parent = stack.at(-1)?.group.name;
    if (kind === 'begin_group' || kind === 'begin_repeat') {
      const label = text(r, 'label');
      const g: FormGroup = {
        name,
        repeat: kind === 'begin_repeat',
        ...(label ? { label } : {}),
        ...(parent ? { parent } : {}),
        ...(r.get('relevant') ? { relevant: r.get('relevant') } : {}),
        ...(r.get('appearance') ? { appearance: r.get('appearance') } : {}),
      };
      if (r.get('repeat_count')) warnings.push({ kind: 'repeat_count', sheet: 'survey', row: r.row, name });
      groups.push(g);
      stack.push({ group: g, row: r.row });
      continue;
    }
    if (UNSUPPORTED_TYPES.has(kind))
      throw at(r, 'type', msg`the question type "${kind}" is not supported by the platform`);
    if (METADATA_TYPES.has(kind)) {
      warnings.push({ kind: 'metadata', sheet: 'survey', row: r.row, name, type: kind });
      names.delete(name);
      continue;
    }
    const label = text(r, 'label');
    const base = {
      name,
      label: label ?? { en: '' },
      required: false,
      ...(parent ? { group: parent } : {}),
    } as Question;
    const req = r.get('required');
    if (YES.test(req)) base.required = true;
    else if (!NO.test(req)) base.requiredIf = req;
    const hint = text(r, 'hint');
    if (hint) base.hint = hint;
    const cm = text(r, 'constraint_message');
    if (cm) base.constraintMessage = cm;
    const rm = text(r, 'required_message');
    if (rm) base.requiredMessage = rm;
    for (const [col, key] of [
      ['relevant', 'relevant'],
      ['constraint', 'constraint'],
      ['choice_filter', 'choiceFilter'],
      ['default', 'default'],
      ['appearance', 'appearance'],
      ['calculation', 'calculation'],
    ] as const) {
      const v = r.get(col);
      if (v) base[key] = v;
    }
    if (YES.test(r.get('read_only'))) base.readOnly = true;
    const appearance = (base.appearance ?? '').toLowerCase();
    const selects: Record<string, Question['type']> = {
      select_one: appearance.includes('likert') ? 'likert' : 'single_choice',
      select_multiple: 'multiple_choice',
      rank: 'ranking',
    };
    if (kind in selects) {
      if (!list) throw at(r, 'type', msg`"${rawType}" names no choice list`);
      if ((orOther && orOther !== 'or_other') || extra.length)
        throw at(
          r,
          'type',
          msg`"${rawType}" is not a type: a select names one list, then "or_other" if it has one`,
        );
      const entries = lists.get(list);
      if (!entries?.length) throw at(r, 'type', msg`the choice list "${list}" is not in the choices sheet`);
      const qType = selects[kind]!;
      if (qType === 'likert' && (entries.length < LIKERT_MIN || entries.length > LIKERT_MAX))
        throw at(
          r,
          'appearance',
          msg`a Likert scale has ${LIKERT_MIN} to ${LIKERT_MAX} points; "${list}" has ${entries.length}`,
        );
      const choices = entries.map((e) => e.choice);
      if (orOther) {
        if (choices.some((c) => c.name === 'other'))
          throw at(r, 'type', msg`"${list}" already has a choice named "other"; "or_other" adds one`);
        choices.push({ name: 'other', label: { en: 'Other', fr: 'Autre', es: 'Otro' } });
      }
      const collapse = r.get(COLLAPSE_COLUMN);
      // The appearance the type implies is not kept: the export writes it again.
      if (qType === 'likert' && base.appearance === 'likert') delete base.appearance;
      questions.push({
        ...base,
        type: qType,
        choices,
        ...(list !== name ? { list } : {}),
        ...(orOther ? { orOther: true } : {}),
        ...(collapse ? { collapse } : {}),
      });
      if (orOther) {
        // As XLSForm does it: a text asked when "other" is chosen.
        const other = `${name}_other`;
        if (names.has(other)) throw at(r, 'name', msg`the name "${other}" is used twice`);
        names.add(other);
        rowOf.set(other, r.row);
        questions.push({
          name: other,
          type: 'text',
          label: { en: 'Specify other.', fr: 'Précisez.', es: 'Especifique.' },
          required: false,
          relevant: `selected(\${${name}}, 'other')`,
          otherOf: name,
          ...(parent ? { group: parent } : {}),
        });
      }
      continue;
    }
    if (list) throw at(r, 'type', msg`"${rawType}" is not a type`);
    const simple: Record<string, Partial<Question>> = {
      integer: { type: 'number', numberKind: 'integer' },
      int: { type: 'number', numberKind: 'integer' },
      decimal: { type: 'number', numberKind: 'decimal' },
      text: { type: r.get(TYPE_COLUMN) === 'open_list' ? 'open_list' : 'text' },
      string: { type: 'text' },
      note: { type: 'note' },
      date: { type: 'date' },
      time: { type: 'time' },
      datetime: { type: 'datetime' },
      calculate: { type: 'calculate' },
      acknowledge: { type: 'acknowledge' },
    };
    const t = simple[kind.toLowerCase()];
    if (!t)
      throw at(
        r,
        'type',
        msg`unknown question type "${rawType}" (supported: select_one, select_multiple, rank, integer, decimal, text, note, date, time, datetime, calculate, acknowledge, begin group, begin repeat)`,
      );
    if (t.type === 'calculate' && !base.calculation)
      throw at(r, 'calculation', 'a calculate row needs its calculation');
    if (t.type !== 'calculate' && !label) throw at(r, 'label', 'the question has no label');
    if (t.type === 'open_list' && base.appearance === 'multiline') delete base.appearance;
    questions.push({ ...base, ...t } as Question);
  }
  const open = stack.pop();
  if (open)
    throw formError(
      file,
      survey.name,
      open.row,
      survey.headerOf('type'),
      open.group.repeat
        ? msg`the repeat "${open.group.name}" opened here is never closed`
        : msg`the group "${open.group.name}" opened here is never closed`,
    );
  if (questions.length === 0) throw formError(file, survey.name, null, null, 'the form has no question');
  // A group with no question anywhere inside it could not come back from an export: left out, said.
  const used = new Set<string>();
  for (const q of questions)
    for (let g = q.group; g; g = groups.find((x) => x.name === g)?.parent) used.add(g);
  const kept = groups.filter((g) => {
    if (!used.has(g.name))
      warnings.push({ kind: 'empty_group', sheet: 'survey', row: rowOf.get(g.name)!, name: g.name });
    return used.has(g.name);
  });
  try {
    logicOf(questions, kept);
  } catch (e) {
    if (!(e instanceof XlsFormLogicError)) throw e;
    const row = rowOf.get(e.item) ?? null;
    throw formError(
      file,
      survey.name,
      row,
      survey.headerOf(e.column === 'required' ? 'required' : e.column),
      fromXlsText(e.text),
    );
  }

  const title = (s0 && text(s0, 'form_title')) ?? { en: file.replace(/\.xlsx$/i, '') };
  const version = s0?.get('version');
  const form: SurveyForm = {
    ...(kept.length ? { groups: kept } : {}),
    ...(version ? { version } : {}),
    defaultLanguage: plainKey,
    languages,
    ...(warnings.length ? { warnings } : {}),
  };
  return { title, formId: s0?.get('form_id') || formName(file), questions, form };
}

const formName = (file: string) =>
  file
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .toLowerCase() || 'survey';
