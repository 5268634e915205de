import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieType } from '@agglomera/methods';
import { ActorTiesField, type RosterActor, type TieAnswer } from './ActorTiesField';

export type { RosterActor, TieAnswer };

export type Text3 = { en: string; fr?: string; es?: string };
export interface Question {
  name: string;
  type:
    | 'single_choice'
    | 'multiple_choice'
    | 'likert'
    | 'number'
    | 'text'
    | 'ranking'
    | 'actor_ties'
    | 'open_list';
  label: Text3;
  required: boolean;
  choices?: { name: string; label: Text3 }[];
  numberKind?: 'integer' | 'decimal';
  /** For an actor_ties question: the kind of tie the respondent names actors for. */
  tieType?: TieType;
  /** For a Likert question: how its points merge into the categories of its results ("1,2,3-4"). */
  collapse?: string;
}
export interface SurveyForm {
  id: string;
  title: Text3;
  anonymous: boolean;
  deadline: string;
  closed: boolean;
  responded: boolean;
  questions: Question[];
  /** The actors the respondent may name (their own organisation left out). */
  roster?: RosterActor[];
}

/** The text in the reader's language, or English when it was not translated. */
export function useText() {
  const { i18n } = useTranslation();
  const lang = i18n.language.slice(0, 2) as 'en' | 'fr' | 'es';
  return (t: Text3) => t[lang] || t.en;
}

type Answer = string | number | string[] | TieAnswer[];
type Answers = Record<string, Answer>;

/** Renders a survey's questions as an accessible form and hands the answers to `onSubmit`. */
export function SurveyAnswerForm({
  survey,
  onSubmit,
}: {
  survey: SurveyForm;
  onSubmit: (answers: Answers) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const [answers, setAnswers] = useState<Answers>({});
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const set = (name: string, v: Answer | undefined) =>
    setAnswers((a) => {
      const next = { ...a };
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[name];
      else next[name] = v;
      return next;
    });
  if (sent || survey.responded) return <p role="status">{t('surveys.answer.thanks')}</p>;
  if (survey.closed) return <p className="notice">{t('surveys.answer.closed')}</p>;
  return (
    <form
      className="panel survey-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const unnamed = survey.questions.findIndex(
          (q) => q.type === 'actor_ties' && q.required && !answers[q.name],
        );
        if (unnamed >= 0) {
          setError(t('surveys.ties.required', { n: unnamed + 1 }));
          return;
        }
        try {
          await onSubmit(answers);
          setSent(true);
        } catch (err) {
          setError((err as Error).message);
        }
      }}
    >
      <p className="small muted">
        {t('surveys.answer.deadline', { date: new Date(survey.deadline).toLocaleString(i18n.language) })}{' '}
        {survey.anonymous ? t('surveys.answer.anonymous') : t('surveys.answer.named')}
      </p>
      {survey.questions.map((q, qi) => {
        const id = `q-${q.name}`;
        const label = `${qi + 1}. ${text(q.label)}${q.required ? ' *' : ''}`;
        if (q.type === 'single_choice' || q.type === 'likert')
          return (
            <fieldset key={q.name} className={q.type === 'likert' ? 'likert' : undefined}>
              <legend>{label}</legend>
              {q.choices!.map((c) => (
                <label key={c.name} className="inline">
                  <input
                    type="radio"
                    name={id}
                    value={c.name}
                    checked={answers[q.name] === c.name}
                    onChange={() => set(q.name, c.name)}
                    required={q.required}
                  />
                  {text(c.label)}
                </label>
              ))}
            </fieldset>
          );
        if (q.type === 'multiple_choice') {
          const chosen = (answers[q.name] as string[] | undefined) ?? [];
          return (
            <fieldset key={q.name}>
              <legend>{label}</legend>
              {q.choices!.map((c) => (
                <label key={c.name} className="inline">
                  <input
                    type="checkbox"
                    checked={chosen.includes(c.name)}
                    onChange={(e) =>
                      set(q.name, e.target.checked ? [...chosen, c.name] : chosen.filter((x) => x !== c.name))
                    }
                  />
                  {text(c.label)}
                </label>
              ))}
            </fieldset>
          );
        }
        if (q.type === 'ranking') {
          const ranked = (answers[q.name] as string[] | undefined) ?? [];
          const top = Math.min(3, q.choices!.length);
          return (
            <fieldset key={q.name}>
              <legend>{label}</legend>
              {Array.from({ length: top }, (_, i) => (
                <label key={i}>
                  {t('surveys.answer.rank', { n: i + 1 })}
                  <select
                    value={ranked[i] ?? ''}
                    onChange={(e) => {
                      const next = [...ranked];
                      next[i] = e.target.value;
                      set(
                        q.name,
                        next.filter((x, j) => x && next.indexOf(x) === j),
                      );
                    }}
                  >
                    <option value="">—</option>
                    {q.choices!.map((c) => (
                      <option key={c.name} value={c.name}>
                        {text(c.label)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          );
        }
        if (q.type === 'actor_ties')
          return (
            <ActorTiesField
              key={q.name}
              legend={label}
              roster={survey.roster ?? []}
              ties={(answers[q.name] as TieAnswer[] | undefined) ?? []}
              onChange={(ties) => set(q.name, ties)}
            />
          );
        if (q.type === 'open_list') {
          // Up to three answers in the respondent's own words (the IDB's "three main …" questions).
          const list = (answers[q.name] as string[] | undefined) ?? [];
          return (
            <fieldset key={q.name}>
              <legend>{label}</legend>
              {[0, 1, 2].map((i) => (
                <label key={i}>
                  {t('surveys.answer.listItem', { n: i + 1 })}
                  <input
                    value={list[i] ?? ''}
                    maxLength={500}
                    required={q.required && i === 0}
                    onChange={(e) => {
                      const next = [0, 1, 2].map((j) => (j === i ? e.target.value : (list[j] ?? '')));
                      set(q.name, next.some((x) => x.trim()) ? next : undefined);
                    }}
                  />
                </label>
              ))}
            </fieldset>
          );
        }
        if (q.type === 'number')
          return (
            <label key={q.name}>
              {label}
              <input
                type="number"
                step={q.numberKind === 'integer' ? 1 : 'any'}
                value={(answers[q.name] as number | undefined) ?? ''}
                onChange={(e) => set(q.name, e.target.value === '' ? undefined : Number(e.target.value))}
                required={q.required}
              />
            </label>
          );
        return (
          <label key={q.name}>
            {label}
            <textarea
              value={(answers[q.name] as string | undefined) ?? ''}
              onChange={(e) => set(q.name, e.target.value)}
              required={q.required}
            />
          </label>
        );
      })}
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <button type="submit">{t('surveys.answer.send')}</button>
    </form>
  );
}
