import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../layout/forms';
import { EVALUATION_LEVELS, FREQUENCIES, UNITS } from './types';

/** The fields an indicator has when it is created and when it is edited. */
export interface IndicatorFieldValues {
  name: string;
  definition: string;
  unit: string;
  currency: string;
  disaggregation: string;
  baselineValue: string;
  baselineDate: string;
  dataSource: string;
  method: string;
  responsibleUserId: string;
  frequency: string;
  evaluationLevel: string;
}

/**
 * The indicator form's common fields, shared by the create form of the results chain and the edit
 * form of the indicator screen; `afterDefinition` and `afterBaseline` hold what only one of them has.
 * Inside a <Form> (layout/forms.tsx) each field shows the server's error for it (`body.<field>`).
 */
export function IndicatorFields<T extends IndicatorFieldValues>({
  value,
  onChange,
  people,
  frequencyLocked = false,
  afterDefinition,
  afterBaseline,
}: {
  value: T;
  onChange(next: T): void;
  people: { id: string; name: string }[];
  frequencyLocked?: boolean;
  afterDefinition?: ReactNode;
  afterBaseline?: ReactNode;
}) {
  const { t } = useTranslation();
  const set = (k: keyof IndicatorFieldValues, v: string) => onChange({ ...value, [k]: v });
  return (
    <>
      <FormField name="name" label={t('monitoring.field.name')}>
        <input value={value.name} onChange={(e) => set('name', e.target.value)} required />
      </FormField>
      <FormField name="definition" label={t('monitoring.field.definition')}>
        <input value={value.definition} onChange={(e) => set('definition', e.target.value)} />
      </FormField>
      {afterDefinition}
      <FormField name="unit" label={t('monitoring.field.unit')}>
        <select value={value.unit} onChange={(e) => set('unit', e.target.value)}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`monitoring.unit.${u}`)}
            </option>
          ))}
        </select>
      </FormField>
      {value.unit === 'currency' && (
        <FormField name="currency" label={t('monitoring.field.currency')}>
          <input
            value={value.currency}
            pattern="[A-Z]{3}"
            onChange={(e) => set('currency', e.target.value.toUpperCase())}
            required
          />
        </FormField>
      )}
      <FormField name="disaggregation" label={t('monitoring.field.disaggregation')}>
        <input
          value={value.disaggregation}
          placeholder={t('monitoring.field.disaggregationHint')}
          onChange={(e) => set('disaggregation', e.target.value)}
        />
      </FormField>
      <FormField name="baselineValue" label={t('monitoring.field.baselineValue')}>
        <input
          type="number"
          step="any"
          value={value.baselineValue}
          onChange={(e) => set('baselineValue', e.target.value)}
        />
      </FormField>
      <FormField name="baselineDate" label={t('monitoring.field.baselineDate')}>
        <input type="date" value={value.baselineDate} onChange={(e) => set('baselineDate', e.target.value)} />
      </FormField>
      {afterBaseline}
      <FormField name="dataSource" label={t('monitoring.field.dataSource')}>
        <input value={value.dataSource} onChange={(e) => set('dataSource', e.target.value)} />
      </FormField>
      <FormField name="method" label={t('monitoring.field.method')}>
        <input value={value.method} onChange={(e) => set('method', e.target.value)} />
      </FormField>
      <FormField name="responsibleUserId" label={t('monitoring.field.responsible')}>
        <select value={value.responsibleUserId} onChange={(e) => set('responsibleUserId', e.target.value)}>
          <option value="">—</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        name="frequency"
        label={t('monitoring.field.frequency')}
        hint={frequencyLocked ? t('monitoring.indicators.frequencyLocked') : undefined}
      >
        <select
          value={value.frequency}
          disabled={frequencyLocked}
          onChange={(e) => set('frequency', e.target.value)}
        >
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t(`monitoring.frequency.${f}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="evaluationLevel" label={t('monitoring.field.evaluationLevel')}>
        <select value={value.evaluationLevel} onChange={(e) => set('evaluationLevel', e.target.value)}>
          {EVALUATION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`monitoring.evaluationLevel.${l}`)}
            </option>
          ))}
        </select>
      </FormField>
    </>
  );
}
