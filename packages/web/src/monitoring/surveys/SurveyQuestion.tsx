import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActorTiesField, type RosterActor, type TieAnswer } from './ActorTiesField';
import type { Question, Text3 } from './survey-types';

export type Answer = string | number | string[] | TieAnswer[] | Answers[];
export type Answers = { [name: string]: Answer };

/**
 * One question of the answer form: its control for its type, its hint, and the message of the
 * rule it breaks beside it (aria-invalid and aria-describedby on the control). Inputs carry
 * `name="q-<field>"` (`q-<repeat>.<row>.<name>` in a repeat), which the browser tests use.
 */
export function QuestionField({
  q,
  fieldKey,
  number,
  label,
  hint,
  required,
  value,
  choices,
  text,
  error,
  roster,
  onChange,
}: {
  q: Question;
  fieldKey: string;
  number: number | null;
  label: string;
  hint?: string;
  required: boolean;
  value: Answer | undefined;
  choices?: { name: string; label: Text3 }[];
  text: (t: Text3) => string;
  error?: string;
  roster: RosterActor[];
  onChange: (v: Answer | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const name = `q-${fieldKey}`;
  const title = `${number !== null ? `${number}. ` : ''}${label}${required ? ' *' : ''}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': described } as const;
  const extra = (
    <>
      {hint && (
        <span id={hintId} className="small muted">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </>
  );
  const group = (children: ReactNode, className?: string) => (
    <fieldset
      className={[className, error ? 'invalid' : ''].filter(Boolean).join(' ') || undefined}
      data-question={fieldKey}
      {...aria}
      tabIndex={error ? -1 : undefined}
    >
      <legend>{title}</legend>
      {children}
      {extra}
    </fieldset>
  );
  const single = (control: ReactNode) => (
    <div className={`form-field${error ? ' invalid' : ''}`} data-question={fieldKey}>
      <label htmlFor={id}>{title}</label>
      {control}
      {extra}
    </div>
  );
  const options = choices ?? [];
  const disabled = q.readOnly;

  switch (q.type) {
    case 'note':
      return (
        <p className="survey-note" data-question={fieldKey}>
          {label}
          {hint && (
            <>
              <br />
              <span className="small muted">{hint}</span>
            </>
          )}
        </p>
      );
    case 'single_choice':
    case 'likert':
      return group(
        options.map((c) => (
          <label key={c.name} className="inline">
            <input
              type="radio"
              name={name}
              value={c.name}
              checked={value === c.name}
              disabled={disabled}
              onChange={() => onChange(c.name)}
            />{' '}
            {text(c.label)}
          </label>
        )),
        q.type === 'likert' ? 'likert' : undefined,
      );
    case 'multiple_choice': {
      const chosen = (value as string[] | undefined) ?? [];
      return group(
        options.map((c) => (
          <label key={c.name} className="inline">
            <input
              type="checkbox"
              name={name}
              value={c.name}
              checked={chosen.includes(c.name)}
              disabled={disabled}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, c.name] : chosen.filter((x) => x !== c.name))
              }
            />{' '}
            {text(c.label)}
          </label>
        )),
      );
    }
    case 'ranking': {
      const ranked = (value as string[] | undefined) ?? [];
      const top = Math.min(3, options.length);
      return group(
        Array.from({ length: top }, (_, i) => (
          <label key={i}>
            {t('surveys.answer.rank', { n: i + 1 })}
            <select
              name={`${name}.${i}`}
              value={ranked[i] ?? ''}
              onChange={(e) => {
                const next = [...ranked];
                next[i] = e.target.value;
                onChange(next.filter((x, j) => x && next.indexOf(x) === j));
              }}
            >
              <option value="">—</option>
              {options.map((c) => (
                <option key={c.name} value={c.name}>
                  {text(c.label)}
                </option>
              ))}
            </select>
          </label>
        )),
      );
    }
    case 'actor_ties':
      return (
        <div data-question={fieldKey}>
          <ActorTiesField
            legend={title}
            roster={roster}
            ties={(value as TieAnswer[] | undefined) ?? []}
            onChange={(ties) => onChange(ties)}
          />
          {extra}
        </div>
      );
    case 'open_list': {
      // Up to three answers in the respondent's own words (the IDB's "three main …" questions).
      const list = (value as string[] | undefined) ?? [];
      return group(
        [0, 1, 2].map((i) => (
          <label key={i}>
            {t('surveys.answer.listItem', { n: i + 1 })}
            <input
              name={`${name}.${i}`}
              value={list[i] ?? ''}
              maxLength={500}
              onChange={(e) => {
                const next = [0, 1, 2].map((j) => (j === i ? e.target.value : (list[j] ?? '')));
                onChange(next.some((x) => x.trim()) ? next : undefined);
              }}
            />
          </label>
        )),
      );
    }
    case 'acknowledge':
      return group(
        <label className="inline">
          <input
            type="checkbox"
            name={name}
            checked={value === 'OK'}
            onChange={(e) => onChange(e.target.checked ? 'OK' : undefined)}
          />{' '}
          {t('surveys.answer.acknowledge')}
        </label>,
      );
    case 'number':
      return single(
        <input
          id={id}
          name={name}
          type="number"
          inputMode={q.numberKind === 'integer' ? 'numeric' : 'decimal'}
          step={q.numberKind === 'integer' ? 1 : 'any'}
          value={(value as number | undefined) ?? ''}
          readOnly={disabled}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          {...aria}
        />,
      );
    case 'date':
    case 'time':
    case 'datetime':
      return single(
        <input
          id={id}
          name={name}
          type={q.type === 'datetime' ? 'datetime-local' : q.type}
          value={(value as string | undefined) ?? ''}
          readOnly={disabled}
          onChange={(e) => onChange(e.target.value || undefined)}
          {...aria}
        />,
      );
    default:
      return single(
        <textarea
          id={id}
          name={name}
          rows={q.appearance?.includes('multiline') ? 4 : 2}
          value={(value as string | undefined) ?? ''}
          readOnly={disabled}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />,
      );
  }
}
