import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compileSurveyLogic, runXlsForm, type XlsProblem } from '@agglomera/methods';
import { fieldErrorsOf } from '../../layout/forms';
import { type RosterActor, type TieAnswer } from './ActorTiesField';
import { QuestionField, type Answer, type Answers } from './SurveyQuestion';
import type { FormGroup, Question, SurveyForm, Text3 } from './survey-types';

export type { RosterActor, TieAnswer };

export type { FormGroup, ImportWarning, Question, SurveyForm, SurveyFormInfo, Text3 } from './survey-types';

/** The text in the reader's language (or the form's language chosen), else the form's default. */
export function useText(formLanguage?: string) {
  const { i18n } = useTranslation();
  const lang = i18n.language.slice(0, 2);
  return (t: Text3) => (formLanguage ? t[formLanguage] : undefined) || t[lang] || t.en;
}

const today = () => new Date().toISOString().slice(0, 10);
const clock = () => ({ today: today(), now: new Date().toISOString() });

/** A question's default value, as the form writes it (today() and now() worked out). */
function defaultOf(q: Question): Answer | undefined {
  const d = q.default?.trim();
  if (!d) return undefined;
  if (d === 'today()') return today();
  if (d === 'now()') return new Date().toISOString().slice(0, 16);
  if (q.type === 'number') return Number(d);
  if (q.type === 'multiple_choice') return d.split(/\s+/);
  return d;
}

/** Where a question's error sits: its name, or repeat.row.name inside a repeat. */
const problemKey = (p: { question: string; repeat?: string; row?: number }) =>
  p.repeat !== undefined ? `${p.repeat}.${p.row}.${p.question}` : p.question;

/**
 * Renders a survey as an accessible form and hands the answers to `onSubmit`. An imported XLSForm
 * behaves as its rows say: groups as sections, repeats with rows the respondent adds, questions
 * shown only when their `relevant` holds, choices filtered, calculations worked out, and
 * `required` and `constraint` checked with the form's own messages beside the question (the
 * server checks the same rules again, with the same methods).
 */
export function SurveyAnswerForm({
  survey,
  onSubmit,
}: {
  survey: SurveyForm;
  onSubmit: (answers: Answers) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => survey.form?.groups ?? [], [survey.form]);
  const ownLanguages = (survey.form?.languages ?? []).filter((l) => !['en', 'fr', 'es'].includes(l.key));
  const [formLanguage, setFormLanguage] = useState<string | undefined>(undefined);
  const text = useText(formLanguage);
  const logic = useMemo(() => compileSurveyLogic(survey.questions, groups), [survey.questions, groups]);
  const repeatOf = (q: Question) => logic.byName.get(q.name)?.repeat ?? null;
  const [answers, setAnswers] = useState<Answers>(() => {
    const initial: Answers = {};
    for (const q of survey.questions) {
      const d = defaultOf(q);
      if (d !== undefined && !repeatOf(q)) initial[q.name] = d;
    }
    for (const g of groups) if (g.repeat) initial[g.name] = [];
    return initial;
  });
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const state = useMemo(() => runXlsForm(logic, answers, clock()), [logic, answers]);

  const messageOf = (p: XlsProblem) => {
    const q = survey.questions.find((x) => x.name === p.question)!;
    if (p.kind === 'required')
      return q.requiredMessage ? text(q.requiredMessage) : t('surveys.answer.required');
    if (p.kind === 'choice') return t('surveys.answer.notOffered');
    return q.constraintMessage ? text(q.constraintMessage) : t('surveys.answer.constraint');
  };
  const errors: Record<string, string> = { ...serverErrors };
  if (checked) for (const p of state.problems) errors[problemKey(p)] ??= messageOf(p);

  const set = (name: string, v: Answer | undefined, row?: { repeat: string; index: number }) =>
    setAnswers((a) => {
      const next = { ...a };
      const target: Record<string, Answer> = row
        ? { ...(((next[row.repeat] as Answers[]) ?? [])[row.index] ?? {}) }
        : next;
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete target[name];
      else target[name] = v;
      if (row) {
        const rows = [...((next[row.repeat] as Answers[]) ?? [])];
        rows[row.index] = target;
        next[row.repeat] = rows as Answer;
      }
      return next;
    });
  const addRow = (repeat: string) =>
    setAnswers((a) => {
      const row: Answers = {};
      for (const q of survey.questions)
        if (repeatOf(q) === repeat) {
          const d = defaultOf(q);
          if (d !== undefined) row[q.name] = d;
        }
      return { ...a, [repeat]: [...((a[repeat] as Answers[]) ?? []), row] as Answer };
    });
  const removeRow = (repeat: string, index: number) =>
    setAnswers((a) => ({
      ...a,
      [repeat]: ((a[repeat] as Answers[]) ?? []).filter((_, i) => i !== index) as Answer,
    }));

  /** "${name}" in a label or note: the answer given so far. */
  const fill = (s: string, row?: { repeat: string; index: number }) =>
    s.replace(/\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}/g, (_, n: string) => {
      const inRow = row ? ((state.values[row.repeat] as Answers[] | undefined)?.[row.index] ?? {}) : {};
      const v = (n in inRow ? inRow[n] : state.values[n]) as unknown;
      return v === undefined || v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v);
    });

  if (sent || survey.responded) return <p role="status">{t('surveys.answer.thanks')}</p>;
  if (survey.closed) return <p className="notice">{t('surveys.answer.closed')}</p>;

  let number = 0;
  const renderQuestion = (q: Question, row?: { repeat: string; index: number }) => {
    if (q.type === 'calculate') return null;
    if (!state.isRelevant(q.name, row?.index)) return null;
    if (q.type !== 'note') number++;
    const key = row ? `${row.repeat}.${row.index}.${q.name}` : q.name;
    const values = row
      ? ((state.values[row.repeat] as Answers[] | undefined)?.[row.index] ?? {})
      : state.values;
    const offered = state.choicesFor(q.name, row?.index);
    return (
      <QuestionField
        key={key}
        q={q}
        fieldKey={key}
        number={q.type === 'note' ? null : number}
        label={fill(text(q.label), row)}
        hint={q.hint ? fill(text(q.hint), row) : undefined}
        required={q.required || Boolean(q.requiredIf)}
        value={values[q.name] as Answer | undefined}
        choices={offered ? (q.choices ?? []).filter((c) => offered.includes(c.name)) : q.choices}
        text={text}
        error={errors[key]}
        roster={survey.roster ?? []}
        onChange={(v) => set(q.name, v, row)}
      />
    );
  };

  /** The questions and groups directly inside a group (or at the top), in the form's order. */
  const children = (parent: string | undefined) => {
    const out: ({ kind: 'q'; q: Question } | { kind: 'g'; g: FormGroup })[] = [];
    const seen = new Set<string>();
    for (const q of survey.questions) {
      if (q.group === parent) out.push({ kind: 'q', q });
      else {
        // The outermost group below `parent` on the way to the question.
        let g = groups.find((x) => x.name === q.group);
        while (g && g.parent !== parent) g = groups.find((x) => x.name === g!.parent);
        if (g && !seen.has(g.name)) {
          seen.add(g.name);
          out.push({ kind: 'g', g });
        }
      }
    }
    return out;
  };
  const renderItems = (
    parent: string | undefined,
    row?: { repeat: string; index: number },
  ): React.ReactNode =>
    children(parent).map((item) =>
      item.kind === 'q' ? renderQuestion(item.q, row) : renderGroup(item.g, row),
    );
  const renderGroup = (g: FormGroup, row?: { repeat: string; index: number }): React.ReactNode => {
    if (!state.isRelevant(g.name, row?.index)) return null;
    const legend = g.label ? fill(text(g.label), row) : g.name;
    if (!g.repeat)
      return (
        <fieldset
          key={g.name}
          className={`survey-group${g.appearance?.includes('field-list') ? ' page' : ''}`}
        >
          <legend>{legend}</legend>
          {renderItems(g.name, row)}
        </fieldset>
      );
    const rows = (answers[g.name] as Answers[] | undefined) ?? [];
    return (
      <section key={g.name} className="survey-repeat" aria-label={legend} data-repeat={g.name}>
        <h2 className="small-heading">{legend}</h2>
        {rows.length === 0 && <p className="muted small">{t('surveys.answer.noRows')}</p>}
        {rows.map((_, index) => (
          <fieldset key={index} className="survey-group">
            <legend>{t('surveys.answer.row', { name: legend, n: index + 1 })}</legend>
            {renderItems(g.name, { repeat: g.name, index })}
            <button type="button" className="link-button" onClick={() => removeRow(g.name, index)}>
              {t('surveys.answer.removeRow', { name: legend, n: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => addRow(g.name)}>
          {t('surveys.answer.addRow', { name: legend })}
        </button>
      </section>
    );
  };

  return (
    <form
      className="panel survey-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const formEl = e.currentTarget;
        setError(null);
        setServerErrors({});
        setChecked(true);
        if (state.problems.length > 0) {
          setError(t('surveys.answer.fix', { count: state.problems.length }));
          requestAnimationFrame(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
          return;
        }
        try {
          await onSubmit(state.values as Answers);
          setSent(true);
        } catch (err) {
          const byField = fieldErrorsOf(err);
          setServerErrors(
            Object.fromEntries(Object.entries(byField).map(([k, v]) => [k.replace(/^answers\./, ''), v])),
          );
          setError((err as Error).message);
        }
      }}
    >
      <p className="small muted">
        {t('surveys.answer.deadline', { date: new Date(survey.deadline).toLocaleString(i18n.language) })}{' '}
        {survey.anonymous ? t('surveys.answer.anonymous') : t('surveys.answer.named')}
      </p>
      {ownLanguages.length > 0 && (
        <label>
          {t('surveys.answer.formLanguage')}
          <select value={formLanguage ?? ''} onChange={(e) => setFormLanguage(e.target.value || undefined)}>
            <option value="">{t('surveys.answer.formLanguageDefault')}</option>
            {ownLanguages.map((l) => (
              <option key={l.key} value={l.key}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {renderItems(undefined)}
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <button type="submit">{t('surveys.answer.send')}</button>
    </form>
  );
}
