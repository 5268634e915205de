import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { Form, FormField, useForm } from '../layout/forms';
import { IndicatorFields } from './IndicatorFields';
import { LEVELS, type Chain } from './types';

const blank = () => {
  const year = new Date().getFullYear();
  return {
    name: '',
    definition: '',
    level: 'outcomes',
    itemId: '',
    unit: 'number',
    currency: '',
    disaggregation: '',
    baselineValue: '',
    baselineDate: '',
    dataSource: '',
    method: '',
    source: 'manual',
    metricKey: '',
    responsibleUserId: '',
    frequency: 'annual',
    evaluationLevel: 'cluster',
    startsOn: `${year}-01-01`,
    endsOn: `${year + 2}-12-31`,
  };
};

/**
 * The results chain's "new indicator" form (shown in a dialog). What was typed stays after a refusal,
 * the refused field says why and takes the focus; after a success the form empties and `onCreated`
 * runs with the success notice (reload the list, close the dialog and say so).
 */
export function NewIndicatorForm({
  base,
  chain,
  onCreated,
  goalIds,
}: {
  base: string;
  chain: Chain;
  onCreated(notice: string): unknown;
  /** The strategy goals the new indicator measures (the goals screen gives a goal its indicator). */
  goalIds?: string[];
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [ind, setInd] = useState(blank);
  const body = () => ({
    name: ind.name,
    definition: ind.definition,
    level: ind.level,
    itemId: ind.itemId || null,
    unit: ind.unit,
    ...(ind.unit === 'currency' ? { currency: ind.currency } : {}),
    disaggregation: ind.disaggregation
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    baselineValue: ind.baselineValue === '' ? null : Number(ind.baselineValue),
    baselineDate: ind.baselineDate || null,
    dataSource: ind.dataSource,
    method: ind.method,
    source: ind.source,
    ...(ind.source === 'platform' ? { metricKey: ind.metricKey } : {}),
    responsibleUserId: ind.responsibleUserId || null,
    frequency: ind.frequency,
    evaluationLevel: ind.evaluationLevel,
    startsOn: ind.startsOn,
    endsOn: ind.endsOn,
    ...(goalIds?.length ? { goalIds } : {}),
  });
  return (
    <Form
      form={form}
      aria-label={t('monitoring.indicators.add')}
      data-testid="new-indicator"
      onSubmit={() =>
        form.submit(
          () => post(`${base}/indicators`, body()),
          null,
          async () => {
            setInd(blank());
            await onCreated(t('monitoring.indicators.added'));
          },
        )
      }
    >
      <div className="grid-2">
        <IndicatorFields
          value={ind}
          onChange={(next) => setInd(next)}
          people={chain.people}
          afterDefinition={
            <>
              <FormField name="level" label={t('monitoring.field.level')}>
                <select
                  value={ind.level}
                  onChange={(e) => setInd({ ...ind, level: e.target.value, itemId: '' })}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`monitoring.level.${l}`)}
                    </option>
                  ))}
                </select>
              </FormField>
              {/* The chain box the indicator measures, so that the box shows it (issue 12, item 11). */}
              <FormField name="itemId" label={t('monitoring.field.item')}>
                <select value={ind.itemId} onChange={(e) => setInd({ ...ind, itemId: e.target.value })}>
                  <option value="">{t('monitoring.field.noItem')}</option>
                  {chain.items
                    .filter((item) => item.level === ind.level)
                    .map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.title}
                      </option>
                    ))}
                </select>
              </FormField>
            </>
          }
          afterBaseline={
            <>
              <FormField name="source" label={t('monitoring.field.source')}>
                <select value={ind.source} onChange={(e) => setInd({ ...ind, source: e.target.value })}>
                  <option value="manual">{t('monitoring.source.manual')}</option>
                  <option value="platform">{t('monitoring.source.platform')}</option>
                </select>
              </FormField>
              {ind.source === 'platform' && (
                <FormField name="metricKey" label={t('monitoring.field.metric')}>
                  <select
                    value={ind.metricKey}
                    onChange={(e) => setInd({ ...ind, metricKey: e.target.value })}
                    required
                  >
                    <option value="">—</option>
                    {chain.metrics.map((m) => (
                      <option key={m.key} value={m.key}>
                        {t(`monitoring.metric.${m.key}`, { defaultValue: m.key })}
                      </option>
                    ))}
                  </select>
                </FormField>
              )}
            </>
          }
        />
        <FormField name="startsOn" label={t('monitoring.field.startsOn')}>
          <input
            type="date"
            value={ind.startsOn}
            onChange={(e) => setInd({ ...ind, startsOn: e.target.value })}
            required
          />
        </FormField>
        <FormField name="endsOn" label={t('monitoring.field.endsOn')}>
          <input
            type="date"
            value={ind.endsOn}
            onChange={(e) => setInd({ ...ind, endsOn: e.target.value })}
            required
          />
        </FormField>
      </div>
      <button type="submit" disabled={form.busy}>
        {t('monitoring.indicators.add')}
      </button>
    </Form>
  );
}
