import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { humanizeSources } from './layout/sources';

export interface ActionMessage {
  ok: boolean;
  text: string;
}

/**
 * Runs a change, then reloads what the page shows, and keeps the outcome to announce: a status
 * message on success, an alert with the server's explanation on failure.
 */
export function useAction(reload: () => Promise<unknown>) {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const act = useCallback(
    async <T,>(fn: () => Promise<T>, ok: string | ((result: T) => string)) => {
      setMessage(null);
      try {
        const result = await fn();
        // Announce only once the page shows the change, so what is read out is what is seen.
        await reload();
        setMessage({ ok: true, text: typeof ok === 'string' ? ok : ok(result) });
      } catch (e) {
        setMessage({ ok: false, text: (e as Error).message });
      }
    },
    [reload],
  );
  return { message, setMessage, act };
}

/** The outcome of the last change, announced to screen readers (status or alert). */
export function ActionNotice({ message }: { message: ActionMessage | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
      {humanizeSources(t, message.text)}
    </p>
  );
}
