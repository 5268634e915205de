import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, put } from '../../api';
import { Form, FormField, useForm } from '../../layout/forms';
import { NewButton, useConfirm } from '../../layout/Dialog';
import type { SurveyDetail, Text3 } from './survey-types';

/** What the dialog reads of a survey. */
type Editable = Pick<
  SurveyDetail,
  'id' | 'title' | 'anonymous' | 'deadline' | 'questions' | 'sentAt' | 'responses'
>;

/** An ISO instant as the value of a datetime-local input, in the browser's time zone. */
const local = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/**
 * Change a survey's title and deadline (a dialog), and delete it while it has not been sent (after
 * confirming). The server refuses a past deadline for an unsent survey on `body.deadline`.
 */
export function SurveyEdit({
  base,
  listUrl,
  survey,
  canDelete,
  onSaved,
}: {
  base: string;
  listUrl: string;
  survey: Editable;
  canDelete: boolean;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirm, confirmDialog] = useConfirm();
  return (
    <div className="actions">
      <NewButton label={t('form.edit')} title={t('list.editSurvey')} className="secondary">
        {(close) => (
          <EditForm
            base={base}
            survey={survey}
            onSaved={async () => {
              await onSaved();
              close(t('form.saved'));
            }}
          />
        )}
      </NewButton>
      {canDelete && !survey.sentAt && (
        <button
          type="button"
          className="danger"
          onClick={async () => {
            if (
              !(await confirm({
                message: t('list.confirmDeleteSurvey', { title: survey.title.en ?? '' }),
                action: t('form.delete'),
              }))
            )
              return;
            await del(base);
            navigate(listUrl);
          }}
        >
          {t('list.deleteSurvey')}
        </button>
      )}
      {confirmDialog}
    </div>
  );
}

function EditForm({
  base,
  survey,
  onSaved,
}: {
  base: string;
  survey: Editable;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [title, setTitle] = useState<Text3>({ fr: '', es: '', ...survey.title });
  const [deadline, setDeadline] = useState(local(survey.deadline));
  return (
    <Form
      form={form}
      aria-label={t('list.editSurvey')}
      onSubmit={() =>
        form.submit(
          () =>
            put(base, {
              title: Object.fromEntries(Object.entries(title).filter(([, v]) => v?.trim())),
              anonymous: survey.anonymous,
              deadline: new Date(deadline).toISOString(),
              questions: survey.questions,
            }),
          null,
          onSaved,
        )
      }
    >
      {(['en', 'fr', 'es'] as const).map((lang) => (
        <FormField key={lang} name={`title.${lang}`} label={`${t('surveys.field.title')} (${lang})`}>
          <input
            value={title[lang] ?? ''}
            required={lang === 'en'}
            onChange={(e) => setTitle({ ...title, [lang]: e.target.value })}
          />
        </FormField>
      ))}
      <FormField name="deadline" label={t('surveys.field.deadline')}>
        <input
          type="datetime-local"
          value={deadline}
          required
          onChange={(e) => setDeadline(e.target.value)}
        />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('common.save')}
      </button>
    </Form>
  );
}
