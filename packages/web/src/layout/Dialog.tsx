/**
 * Dialogs on the native <dialog> element opened with showModal(): the rest of the page is inert (the
 * focus stays inside), Escape closes, the focus returns to the opener, and the dialog is labelled by
 * its title.
 *
 * - <Dialog open title onClose>…</Dialog>: controlled.
 * - <NewButton label="+ New member">{(close) => <Form … onSuccess: () => close(addedText) />}</NewButton>:
 *   creation behind a button so that lists stand above the fold; the success notice shows beside it.
 * - const [confirm, confirmDialog] = useConfirm(); … if (await confirm({ message, action })) del(…);
 *   render {confirmDialog} once in the page: every destructive action asks first.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Dialog({
  open,
  title,
  onClose,
  children,
  role,
}: {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  role?: 'alertdialog';
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      const opener = document.activeElement as HTMLElement | null;
      d.showModal();
      return () => {
        if (d.open) d.close();
        opener?.focus?.();
      };
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <div className="dialog-head">
            <h2 id={titleId} className="h-small">
              {title}
            </h2>
            <button
              type="button"
              className="link dialog-close"
              aria-label={t('form.close')}
              onClick={onClose}
            >
              ×
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}

/**
 * A "+ New …" button that opens a dialog holding a creation form. The form calls `close(notice)`
 * after a success: the dialog closes and the notice (role=status) shows beside the button a while.
 */
export function NewButton({
  label,
  title,
  children,
  className,
}: {
  label: string;
  title?: string;
  children(close: (notice?: string) => void): ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);
  const close = useCallback((text?: string) => {
    setOpen(false);
    setNotice(text ?? null);
  }, []);
  return (
    <>
      <button
        type="button"
        className={className ?? 'new-button'}
        onClick={() => (setNotice(null), setOpen(true))}
      >
        {label}
      </button>
      <span role="status" className={notice ? 'form-notice ok' : undefined}>
        {notice}
      </span>
      <Dialog open={open} title={title ?? label.replace(/^\+\s*/, '')} onClose={() => close()}>
        {children(close)}
      </Dialog>
    </>
  );
}

export interface ConfirmRequest {
  /** What will happen, in words ("Delete the survey "X" with its 12 responses?"). */
  message: ReactNode;
  /** The label of the confirming button ("Delete"). */
  action?: string;
  title?: string;
}

/** The shared confirmation of destructive actions: resolves true when the person confirms. */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation();
  const [pending, setPending] = useState<(ConfirmRequest & { resolve(ok: boolean): void }) | null>(null);
  const confirm = useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ ...request, resolve })),
    [],
  );
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  const element = (
    <Dialog
      open={!!pending}
      role="alertdialog"
      title={pending?.title ?? t('form.confirmTitle')}
      onClose={() => answer(false)}
    >
      <p>{pending?.message}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => answer(true)}>
          {pending?.action ?? t('form.confirm')}
        </button>
        <button type="button" className="secondary" autoFocus onClick={() => answer(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
  return [confirm, element];
}
