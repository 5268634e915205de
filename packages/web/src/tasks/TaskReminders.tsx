import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage } from '../layout/common';
import { Form, FormField, useForm } from '../layout/forms';
import { formatDate } from '../i18n';
import type { Frequency, Reminders } from '../home/homeTypes';

/**
 * My e-mail reminders of late and soon-due tasks (server: home/reminders.service.ts), on the account
 * page: weekly on Mondays by default, daily, or off; what a digest would hold today.
 */
export function TaskReminders() {
  const { t, i18n } = useTranslation();
  const current = useApi<Reminders>('/me/reminders');
  const form = useForm();
  const [choice, setChoice] = useState<Frequency | null>(null);
  const frequency = choice ?? current.data?.frequency ?? 'weekly';
  return (
    <section aria-labelledby="task-reminders">
      <h2 id="task-reminders">{t('tasks.reminders.title')}</h2>
      <p>{t('tasks.reminders.intro')}</p>
      <ErrorMessage error={current.error} />
      {current.data && (
        <p data-testid="reminders-today">
          {t('tasks.reminders.today', {
            late: current.data.today.late,
            dueSoon: current.data.today.dueSoon,
            until: formatDate(current.data.today.until, i18n.language),
          })}
          {current.data.lastSentOn &&
            ` ${t('tasks.reminders.lastSent', { day: formatDate(current.data.lastSentOn, i18n.language) })}`}
        </p>
      )}
      <Form
        form={form}
        className="panel form-row"
        aria-label={t('tasks.reminders.title')}
        onSubmit={() =>
          form.submit(
            () => put('/me/reminders', { frequency }),
            t('tasks.reminders.saved'),
            () => current.reload(),
          )
        }
      >
        <FormField name="frequency" label={t('tasks.reminders.frequency')}>
          <select name="frequency" value={frequency} onChange={(e) => setChoice(e.target.value as Frequency)}>
            {(['weekly', 'daily', 'off'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`tasks.reminders.frequencies.${f}`)}
              </option>
            ))}
          </select>
        </FormField>
        <button type="submit" disabled={form.busy}>
          {t('tasks.reminders.save')}
        </button>
      </Form>
      <p className="small muted">{t('tasks.reminders.platform')}</p>
    </section>
  );
}
