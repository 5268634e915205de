import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../../api';
import { Dialog } from '../../layout/Dialog';
import { Form, FormField, useForm } from '../../layout/forms';
import type { Exercise } from './types';

/** Edit a criterion while the selection is open: its name, weight and knock-out threshold. */
export function CriterionEdit({
  base,
  criterion,
  onSaved,
}: {
  base: string;
  criterion: Exercise['criteria'][number];
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm();
  const [name, setName] = useState(criterion.name);
  const [weight, setWeight] = useState(String(criterion.weight));
  const [threshold, setThreshold] = useState(criterion.threshold === null ? '' : String(criterion.threshold));
  return (
    <>
      {' '}
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('form.edit')}
        <span className="visually-hidden"> {criterion.name}</span>
      </button>
      <Dialog open={open} title={t('selection.editCriterion')} onClose={() => setOpen(false)}>
        <Form
          form={form}
          onSubmit={() =>
            form.submit(
              () =>
                put(`${base}/criteria/${criterion.id}`, {
                  name,
                  weight: Number(weight),
                  threshold: threshold === '' ? null : Number(threshold),
                }),
              null,
              async () => {
                await onSaved();
                setOpen(false);
              },
            )
          }
        >
          <FormField name="name" label={t('common.name')}>
            <input value={name} onChange={(ev) => setName(ev.target.value)} required maxLength={200} />
          </FormField>
          <FormField name="weight" label={t('selection.weight')}>
            <input
              type="number"
              min={0.1}
              step={0.1}
              value={weight}
              onChange={(ev) => setWeight(ev.target.value)}
              required
            />
          </FormField>
          <FormField name="threshold" label={t('selection.threshold')} hint={t('selection.thresholdHelp')}>
            <input
              type="number"
              step="any"
              value={threshold}
              onChange={(ev) => setThreshold(ev.target.value)}
            />
          </FormField>
          <button type="submit">{t('common.save')}</button>
        </Form>
      </Dialog>
    </>
  );
}
