/**
 * Forms that keep what people typed and say what is wrong where it is wrong.
 *
 *   const form = useForm();
 *   <Form form={form} aria-labelledby="new-x"
 *         onSubmit={() => form.submit(() => post(url, body), addedText, () => setValues(EMPTY))}>
 *     <FormField name="name" label={nameLabel}><input value={v.name} onChange={…} required /></FormField>
 *     <button type="submit">…</button>
 *   </Form>
 *
 * - `form.submit(fn, ok, onSuccess)` runs the change; on failure the server's message is shown inside
 *   the form (not at the top of the page), every `details` entry naming `body.<field>` appears beside
 *   the <FormField name="<field>"> (aria-invalid + aria-describedby) and the focus moves to the first
 *   invalid field (else to the message). The values are the caller's state and are never touched by
 *   a failure; `onSuccess` (e.g. reset the values, close the dialog) runs only after a success, which
 *   is announced by a short notice (role=status) that fades after a few seconds.
 * - <FormField> wraps one control: label, the control (cloned with id/name/aria-*), an optional hint,
 *   and the field's error. Nested names work too: name="targets.0.value".
 * - Dialogs (<Dialog>, <NewButton>) and the shared confirmation (useConfirm) live in ./Dialog.tsx.
 */
import {
  cloneElement,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type FormHTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';
import { ApiError } from '../api';

export type FieldErrors = Record<string, string>;

/** The per-field messages of an API error: details as [{field, message}] or {field, message?}. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const list = Array.isArray(error.details) ? error.details : error.details ? [error.details] : [];
  const out: FieldErrors = {};
  for (const d of list as { field?: unknown; message?: unknown }[]) {
    if (typeof d?.field !== 'string') continue;
    const field = d.field.replace(/^body\./, '');
    if (!out[field]) out[field] = typeof d.message === 'string' ? d.message : error.message;
  }
  return out;
}

export interface FormNoticeState {
  ok: boolean;
  text: string;
}

export interface FormState {
  errors: FieldErrors;
  notice: FormNoticeState | null;
  busy: boolean;
  formRef: React.RefObject<HTMLFormElement | null>;
  submit<T>(
    fn: () => Promise<T>,
    ok?: string | ((result: T) => string) | null,
    onSuccess?: (result: T) => unknown,
  ): Promise<boolean>;
  clear(): void;
}

/** How long a success notice stays (ms); errors stay until the next submission. */
const OK_NOTICE_MS = 6000;

export function useForm(): FormState {
  const formRef = useRef<HTMLFormElement | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<FormNoticeState | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);

  // After a failure has rendered: focus the first invalid field, else the message.
  useEffect(() => {
    if (!focusTick || !formRef.current) return;
    const target =
      formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      formRef.current.querySelector<HTMLElement>('.form-notice[role="alert"]');
    target?.focus();
  }, [focusTick]);

  useEffect(() => {
    if (!notice?.ok) return;
    const timer = setTimeout(() => setNotice(null), OK_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const submit = useCallback(
    async <T,>(
      fn: () => Promise<T>,
      ok?: string | ((result: T) => string) | null,
      onSuccess?: (result: T) => unknown,
    ) => {
      setBusy(true);
      setNotice(null);
      try {
        const result = await fn();
        setErrors({});
        await onSuccess?.(result);
        if (ok) setNotice({ ok: true, text: typeof ok === 'string' ? ok : ok(result) });
        return true;
      } catch (e) {
        setErrors(fieldErrorsOf(e));
        setNotice({ ok: false, text: (e as Error).message });
        setFocusTick((n) => n + 1);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  const clear = useCallback(() => (setErrors({}), setNotice(null)), []);
  return { errors, notice, busy, formRef, submit, clear };
}

const FormContext = createContext<FormState | null>(null);

/** A <form> bound to useForm: prevents the page reload, anchors the notice at its end. */
export function Form({
  form,
  onSubmit,
  children,
  ...rest
}: { form: FormState; onSubmit(): unknown; children: ReactNode } & Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit'
>) {
  return (
    <FormContext.Provider value={form}>
      <form
        {...rest}
        ref={form.formRef}
        aria-busy={form.busy || undefined}
        onSubmit={(e) => {
          e.preventDefault();
          if (!form.busy) void onSubmit();
        }}
      >
        {children}
        <FormNotice notice={form.notice} />
      </form>
    </FormContext.Provider>
  );
}

/** The outcome of the form's last submission, inside the form. */
export function FormNotice({ notice }: { notice: FormNoticeState | null }) {
  if (!notice) return null;
  return (
    <p
      role={notice.ok ? 'status' : 'alert'}
      className={`form-notice ${notice.ok ? 'ok' : 'alert'}`}
      tabIndex={notice.ok ? undefined : -1}
    >
      {notice.text}
    </p>
  );
}

/** The error the surrounding <Form> holds for one field (for controls that are not a FormField). */
export function useFieldError(name: string): string | undefined {
  return useContext(FormContext)?.errors[name];
}

/**
 * One labelled control with its hint and its server-side error. The single child element receives
 * id, aria-invalid and aria-describedby (its own aria-describedby is kept).
 */
export function FormField({
  name,
  label,
  hint,
  children,
  className,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactElement;
  className?: string;
}) {
  const id = useId();
  const error = useFieldError(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  if (!isValidElement(children)) return null;
  const own = (children.props as { 'aria-describedby'?: string })['aria-describedby'];
  const describedBy = [own, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-field${error ? ' invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children as ReactElement<Record<string, unknown>>, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'data-field': name,
      })}
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
    </div>
  );
}

/**
 * Several choices of one field as checkboxes in a fieldset (its legend is the field's label), the
 * field's error beside it like <FormField>'s: e.g. the roles of an actor, who may hold several.
 */
export function ChoiceGroup({
  name,
  legend,
  options,
  label,
  value,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  options: readonly string[];
  label(option: string): ReactNode;
  value: readonly string[];
  onChange(value: string[]): void;
}) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <fieldset
      className={`choice-group${error ? ' invalid' : ''}`}
      data-field={name}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className="inline">
          <input
            type="checkbox"
            checked={value.includes(o)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? options.filter((x) => x === o || value.includes(x))
                  : value.filter((x) => x !== o),
              )
            }
          />{' '}
          {label(o)}
        </label>
      ))}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
