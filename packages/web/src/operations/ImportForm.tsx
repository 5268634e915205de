import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api';
import { Form, FormField, useForm } from '../layout/forms';
import { NewButton } from '../layout/Dialog';
import { JobProgress, useJob } from '../jobs/JobProgress';

/**
 * Upload of a CSV or XLSX file to an all-or-nothing import; the server names the bad row and column,
 * and the refusal stays inside the form (the chosen file is kept). `onDone` runs after a success.
 */
export function ImportForm({
  url,
  title,
  columns,
  onDone,
  inDialog = false,
  doneText,
  help,
}: {
  url: string;
  title: string;
  columns: string;
  onDone(text: string, ok: boolean): void | Promise<void>;
  /** Shown inside a dialog that carries the title already. */
  inDialog?: boolean;
  /** The success notice for a count of imported rows (default "N rows imported."). */
  doneText?(count: number): string;
  /** Replaces the standard help (which names `columns`). */
  help?: string;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [file, setFile] = useState<File | null>(null);
  const { job, track } = useJob();
  const id = `import-${url.replace(/[^a-z]/gi, '')}`;
  return (
    <Form
      form={form}
      className={inDialog ? undefined : 'panel'}
      aria-labelledby={inDialog ? undefined : id}
      aria-label={inDialog ? title : undefined}
      onSubmit={() => {
        if (!file) return;
        const body = new FormData();
        body.append('file', file);
        return form.submit(
          // A large file becomes a job on the server (202 with its id): its progress shows below
          // until it is done, and its outcome is the import's answer.
          async () => {
            const answer = await upload<{ imported: number } | { jobId: string }>(url, body);
            if (!('jobId' in answer)) return answer;
            return track<{ imported: number }>(url.split('/')[2]!, answer.jobId);
          },
          null,
          (r) => onDone(doneText ? doneText(r.imported) : t('imports.done', { count: r.imported }), true),
        );
      }}
    >
      {!inDialog && (
        <h2 id={id} className="h-small">
          {title}
        </h2>
      )}
      <p className="small muted">{help ?? t('imports.help', { columns })}</p>
      <FormField name="file" label={t('imports.file')}>
        <input
          name="file"
          type="file"
          accept=".csv,.xlsx"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </FormField>
      <button type="submit" disabled={form.busy} aria-busy={form.busy}>
        {form.busy ? t('imports.busy') : t('imports.import')}
      </button>
      <JobProgress job={job} />
    </Form>
  );
}

/** "+ Import …": the import form in a dialog; the dialog closes on success and says how many rows came in. */
export function ImportButton({
  label,
  url,
  title,
  columns,
  onDone,
  doneText,
  help,
}: {
  label: string;
  url: string;
  title: string;
  columns: string;
  onDone(): unknown;
  doneText?(count: number): string;
  help?: string;
}) {
  return (
    <NewButton label={label} title={title} className="secondary">
      {(close) => (
        <ImportForm
          url={url}
          title={title}
          columns={columns}
          inDialog
          doneText={doneText}
          help={help}
          onDone={async (text) => {
            await onDone();
            close(text);
          }}
        />
      )}
    </NewButton>
  );
}
