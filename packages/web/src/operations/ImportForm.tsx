import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api';

/** Upload of a CSV or XLSX file to an all-or-nothing import; the server names the bad row and column. */
export function ImportForm({
  url,
  title,
  columns,
  onDone,
}: {
  url: string;
  title: string;
  columns: string;
  onDone(text: string, ok: boolean): void | Promise<void>;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `import-${url.replace(/[^a-z]/gi, '')}`;
  return (
    <form
      className="panel"
      aria-labelledby={id}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!file) return;
        setBusy(true);
        try {
          const form = new FormData();
          form.append('file', file);
          const r = await upload<{ imported: number }>(url, form);
          await onDone(t('imports.done', { count: r.imported }), true);
        } catch (err) {
          await onDone((err as Error).message, false);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 id={id} className="h-small">
        {title}
      </h2>
      <p className="small muted">{t('imports.help', { columns })}</p>
      <label>
        {t('imports.file')}
        <input
          type="file"
          accept=".csv,.xlsx"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <button type="submit" disabled={busy} aria-busy={busy}>
        {busy ? t('imports.busy') : t('imports.import')}
      </button>
    </form>
  );
}
