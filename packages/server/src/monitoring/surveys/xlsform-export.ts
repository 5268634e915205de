import {
  LANGUAGES,
  groupChain,
  type FormGroup,
  type Question,
  type SurveyDefinition,
  type Text3,
} from './model.js';
import { COLLAPSE_COLUMN, TYPE_COLUMN } from './xlsform-import.js';
import { LANGUAGE_NAMES } from './xlsform-sheets.js';

/**
 * A survey as an XLSForm (the ODK / KoboToolbox spreadsheet standard, https://xlsform.org), which
 * imports back to the same survey (issue 17, item 4). A survey built here goes out with its three
 * languages as `label::English (en)` …; an imported form with its own languages, its plain default
 * language, its groups and repeats and every column of logic it came with.
 * Mapping: single choice → `select_one list`; Likert → `select_one list` with appearance `likert`;
 * multiple choice → `select_multiple list`; number → `integer` or `decimal`; text → `text`;
 * ranking of a top 3 → `rank list`; an open list → `text` with the platform's column
 * `agglomera_type` = open_list; a Likert question's collapse → the platform's `agglomera_collapse`.
 */

interface LanguageColumn {
  key: string;
  /** The column's suffix, or null for the plain (default language) column. */
  suffix: string | null;
}

function languageColumns(def: SurveyDefinition): LanguageColumn[] {
  const f = def.form;
  if (!f?.languages?.length) return LANGUAGES.map((l) => ({ key: l, suffix: `${LANGUAGE_NAMES[l]} (${l})` }));
  return f.languages.map((l) => ({ key: l.key, suffix: l.key === f.defaultLanguage ? null : l.name }));
}

const column = (base: string, l: LanguageColumn) => (l.suffix === null ? base : `${base}::${l.suffix}`);
const textIn = (t: Text3 | undefined, l: LanguageColumn) => t?.[l.key] ?? '';

function typeOf(q: Question): string {
  const list = q.list ?? q.name;
  const other = q.orOther ? ' or_other' : '';
  if (q.type === 'single_choice' || q.type === 'likert') return `select_one ${list}${other}`;
  if (q.type === 'multiple_choice') return `select_multiple ${list}${other}`;
  if (q.type === 'ranking') return `rank ${list}`;
  if (q.type === 'number') return q.numberKind ?? 'decimal';
  if (q.type === 'open_list') return 'text';
  return q.type;
}

function appearanceOf(q: Question): string {
  if (q.appearance) return q.appearance;
  if (q.type === 'likert') return 'likert';
  if (q.type === 'open_list') return 'multiline';
  return '';
}

export async function exportXlsForm(def: SurveyDefinition): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const survey = wb.addWorksheet('survey');
  const choicesWs = wb.addWorksheet('choices');
  const settings = wb.addWorksheet('settings');
  const langs = languageColumns(def);
  const groups = def.form?.groups ?? [];
  const rows = def.questions.filter((q) => !q.otherOf);
  const uses = (k: keyof Question) => rows.some((q) => q[k] !== undefined && q[k] !== '');
  const groupUses = (k: keyof FormGroup) => groups.some((g) => g[k] !== undefined);
  const textColumns = (['hint', 'constraintMessage', 'requiredMessage'] as const).filter((k) => uses(k));
  const TEXT_BASE = {
    hint: 'hint',
    constraintMessage: 'constraint_message',
    requiredMessage: 'required_message',
  };
  const logic = (
    [
      ['relevant', 'relevant'],
      ['constraint', 'constraint'],
      ['choiceFilter', 'choice_filter'],
      ['default', 'default'],
      ['calculation', 'calculation'],
    ] as const
  ).filter(([k]) => uses(k) || (k === 'relevant' && groupUses('relevant')));
  const readOnly = uses('readOnly');
  const collapses = uses('collapse');
  const ownTypes = rows.some((q) => q.type === 'open_list');
  const header = [
    'type',
    'name',
    ...langs.map((l) => column('label', l)),
    ...textColumns.flatMap((k) => langs.map((l) => column(TEXT_BASE[k], l))),
    'required',
    ...logic.map(([, c]) => c),
    ...(readOnly ? ['read_only'] : []),
    'appearance',
    ...(collapses ? [COLLAPSE_COLUMN] : []),
    ...(ownTypes ? [TYPE_COLUMN] : []),
  ];
  survey.addRow(header);
  const put = (cells: Record<string, string>) => survey.addRow(header.map((h) => cells[h] ?? ''));
  const labelCells = (t: Text3 | undefined, base = 'label') =>
    Object.fromEntries(langs.map((l) => [column(base, l), textIn(t, l)]));

  // Groups open and close around the questions in order, as nested as the form has them.
  const chain = groupChain(groups);
  const open: FormGroup[] = [];
  const close = (to: number) => {
    while (open.length > to) {
      const g = open.pop()!;
      put({ type: g.repeat ? 'end_repeat' : 'end_group' });
    }
  };
  for (const q of rows) {
    const want = chain(q.group);
    let same = 0;
    while (same < open.length && same < want.length && open[same]!.name === want[same]!.name) same++;
    close(same);
    for (const g of want.slice(same)) {
      put({
        type: g.repeat ? 'begin_repeat' : 'begin_group',
        name: g.name,
        ...labelCells(g.label),
        relevant: g.relevant ?? '',
        appearance: g.appearance ?? '',
      });
      open.push(g);
    }
    const cells: Record<string, string> = {
      type: typeOf(q),
      name: q.name,
      ...labelCells(q.type === 'calculate' && q.label.en === q.name ? undefined : q.label),
      required: q.requiredIf ?? (q.required ? 'yes' : ''),
      appearance: appearanceOf(q),
      read_only: q.readOnly ? 'yes' : '',
      [COLLAPSE_COLUMN]: q.collapse ?? '',
      [TYPE_COLUMN]: q.type === 'open_list' ? 'open_list' : '',
    };
    for (const k of textColumns) Object.assign(cells, labelCells(q[k], TEXT_BASE[k]));
    for (const [k, c] of logic) cells[c] = (q[k] as string | undefined) ?? '';
    put(cells);
  }
  close(0);

  // Choice lists, once each; the columns a choice filter reads after the labels.
  const filterColumns = [
    ...new Set(rows.flatMap((q) => (q.choices ?? []).flatMap((c) => Object.keys(c.filter ?? {})))),
  ];
  const choiceHeader = ['list_name', 'name', ...langs.map((l) => column('label', l)), ...filterColumns];
  choicesWs.addRow(choiceHeader);
  const written = new Set<string>();
  for (const q of rows) {
    const list = q.list ?? q.name;
    if (!q.choices?.length || written.has(list)) continue;
    written.add(list);
    for (const c of q.orOther ? q.choices.filter((x) => x.name !== 'other') : q.choices)
      choicesWs.addRow([
        list,
        c.name,
        ...langs.map((l) => textIn(c.label, l)),
        ...filterColumns.map((f) => c.filter?.[f] ?? ''),
      ]);
  }

  const titleLangs = langs.filter((l) => l.suffix === null || def.title[l.key]);
  const plain = langs.find((l) => l.suffix === null);
  settings.addRow([
    ...titleLangs.map((l) => column('form_title', l)),
    'form_id',
    ...(def.form?.version ? ['version'] : []),
    'default_language',
  ]);
  settings.addRow([
    ...titleLangs.map((l) => textIn(def.title, l) || def.title.en),
    def.formId,
    ...(def.form?.version ? [def.form.version] : []),
    plain
      ? (def.form?.languages?.find((l) => l.key === plain.key)?.name ?? plain.key)
      : `${LANGUAGE_NAMES.en} (en)`,
  ]);
  for (const s of [survey, choicesWs, settings]) s.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
