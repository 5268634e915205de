import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api';
import { Form, FormField, useForm } from '../layout/forms';
import { parseCodes, useProgramme, type CallSummary } from './callsParts';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

/** A call's fields; creates a call, or edits a draft one (`call` given). */
export function CallForm({ call, onDone }: { call?: CallSummary; onDone(): void }) {
  const { t } = useTranslation();
  const { base } = useProgramme();
  const form = useForm();
  const [v, setV] = useState({
    title: call?.title ?? '',
    description: call?.description ?? '',
    opensOn: call?.opensOn ?? today(),
    deadline: call?.deadline ?? inDays(30),
    eligibility: call?.eligibility ?? '',
    types: call?.eligibleTypes ?? ['bso', 'cluster_initiative'],
    countries: (call?.eligibleCountries ?? []).join(', '),
    questions: (call?.questions ?? []).map((q) => q.text).join('\n'),
    areas: (call?.competenceAreas ?? []).join('\n'),
    scaleMin: call?.scale.min ?? 1,
    scaleMax: call?.scale.max ?? 5,
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const body = {
    title: v.title,
    description: v.description,
    opensOn: v.opensOn,
    deadline: v.deadline,
    eligibility: v.eligibility,
    eligibleTypes: v.types,
    eligibleCountries: parseCodes(v.countries),
    questions: lines(v.questions).map((text) => ({
      text: text.replace(/\s*\*$/, ''),
      required: /\*$/.test(text),
    })),
    ...(lines(v.areas).length ? { competenceAreas: lines(v.areas) } : {}),
    scaleMin: Number(v.scaleMin),
    scaleMax: Number(v.scaleMax),
  };
  return (
    <Form
      form={form}
      aria-label={t('progCalls.callForm')}
      onSubmit={() =>
        form.submit(
          () => (call ? patch(`${base}/calls/${call.id}`, body) : post(`${base}/calls`, body)),
          null,
          onDone,
        )
      }
    >
      <FormField name="title" label={t('progCalls.callTitle')}>
        <input value={v.title} onChange={set('title')} required maxLength={300} />
      </FormField>
      <FormField name="description" label={t('progCalls.description')}>
        <textarea value={v.description} onChange={set('description')} rows={3} />
      </FormField>
      <FormField name="opensOn" label={t('progCalls.opensOn')}>
        <input type="date" value={v.opensOn} onChange={set('opensOn')} required />
      </FormField>
      <FormField name="deadline" label={t('progCalls.deadline')}>
        <input type="date" value={v.deadline} onChange={set('deadline')} required />
      </FormField>
      <FormField name="eligibility" label={t('progCalls.eligibility')}>
        <textarea value={v.eligibility} onChange={set('eligibility')} rows={2} />
      </FormField>
      <fieldset>
        <legend>{t('progCalls.eligibleTypes')}</legend>
        {['bso', 'cluster_initiative', 'other'].map((type) => (
          <label key={type} className="inline">
            <input
              type="checkbox"
              checked={v.types.includes(type)}
              onChange={(e) =>
                setV({
                  ...v,
                  types: e.target.checked ? [...v.types, type] : v.types.filter((x) => x !== type),
                })
              }
            />{' '}
            {t(`progCalls.types.${type}`)}
          </label>
        ))}
      </fieldset>
      <FormField
        name="eligibleCountries"
        label={t('progCalls.eligibleCountries')}
        hint={t('progCalls.countriesHint')}
      >
        <input value={v.countries} onChange={set('countries')} />
      </FormField>
      <FormField name="questions" label={t('progCalls.questions')} hint={t('progCalls.questionsHint')}>
        <textarea value={v.questions} onChange={set('questions')} rows={3} />
      </FormField>
      <FormField name="competenceAreas" label={t('progCalls.areas')} hint={t('progCalls.areasHint')}>
        <textarea value={v.areas} onChange={set('areas')} rows={3} />
      </FormField>
      <FormField name="scaleMin" label={t('progCalls.scaleMin')} hint={t('progCalls.scaleHint')}>
        <input type="number" value={v.scaleMin} onChange={set('scaleMin')} min={0} max={100} />
      </FormField>
      <FormField name="scaleMax" label={t('progCalls.scaleMax')}>
        <input type="number" value={v.scaleMax} onChange={set('scaleMax')} min={1} max={100} />
      </FormField>
      <button type="submit">{call ? t('progCalls.save') : t('progCalls.create')}</button>
    </Form>
  );
}
