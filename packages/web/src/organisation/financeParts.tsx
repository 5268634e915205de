import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, FINANCING_SOURCES, MIN_PLAN_MONTHS } from '@agglomera/methods';
import { patch, post } from '../api';
import type { ApiGet } from '../api/types';
import { Form, FormField, useForm } from '../layout/forms';
import { useSession } from '../session';

export type Plan = ApiGet<'/workspaces/{workspaceId}/organisation/financial-plans/{planId}'>;
export type PlanLine = Plan['lines'][number];
export type PlanList = ApiGet<'/workspaces/{workspaceId}/organisation/financial-plans'>;

/** "February 2027" for "2027-02", in the reader's language. */
export const monthName = (ym: string, lng: string) =>
  new Intl.DateTimeFormat(lng, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${ym}-01T00:00:00Z`),
  );
export const monthShort = (ym: string, lng: string) =>
  new Intl.DateTimeFormat(lng, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${ym}-01T00:00:00Z`),
  );

/** The signed-in user's role here: managers agree plans. */
export function useRole(): string {
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  return me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
}

/** A new plan, or a draft's settings. */
export function PlanForm({
  url,
  plan,
  onDone,
}: {
  url: string;
  plan?: Plan;
  onDone(p: Plan, notice: string): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const next = new Date();
  const [v, setV] = useState({
    title: plan?.title ?? '',
    startMonth: plan?.startMonth ?? `${next.getUTCFullYear() + 1}-01`,
    months: String(plan?.months ?? MIN_PLAN_MONTHS),
    currency: plan?.currency ?? 'EUR',
    opening: String(plan?.opening ?? 0),
  });
  const body = {
    ...v,
    months: Number(v.months),
    opening: Number(v.opening),
    currency: v.currency.toUpperCase(),
  };
  return (
    <Form
      form={form}
      onSubmit={() =>
        form.submit(
          () => (plan ? patch<Plan>(`${url}/${plan.id}`, body) : post<Plan>(url, body)),
          null,
          (p) => onDone(p, t(plan ? 'orgFinance.planSaved' : 'orgFinance.planCreated', { n: p.version })),
        )
      }
    >
      <FormField name="title" label={t('orgFinance.planTitle')}>
        <input value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} required />
      </FormField>
      <FormField name="startMonth" label={t('orgFinance.startMonth')}>
        <input
          type="month"
          value={v.startMonth}
          onChange={(e) => setV({ ...v, startMonth: e.target.value })}
          required
        />
      </FormField>
      <FormField name="months" label={t('orgFinance.months')} hint={t('orgFinance.monthsHint')}>
        <input
          type="number"
          value={v.months}
          onChange={(e) => setV({ ...v, months: e.target.value })}
          required
        />
      </FormField>
      <FormField name="currency" label={t('orgFinance.currency')}>
        <input
          value={v.currency}
          maxLength={3}
          onChange={(e) => setV({ ...v, currency: e.target.value })}
          required
        />
      </FormField>
      <FormField name="opening" label={t('orgFinance.opening')}>
        <input
          type="number"
          step="0.01"
          value={v.opening}
          onChange={(e) => setV({ ...v, opening: e.target.value })}
        />
      </FormField>
      <button type="submit">{plan ? t('orgFinance.save') : t('orgFinance.createPlan')}</button>
    </Form>
  );
}

/**
 * A line of the plan with one amount per month: a list of month fields (it fits a phone), with
 * "the same amount every month" to fill them at once.
 */
export function LineForm({
  url,
  plan,
  line,
  onDone,
}: {
  url: string;
  plan: Plan;
  line?: PlanLine;
  onDone(p: Plan, notice: string): void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    kind: line?.kind ?? 'income',
    label: line?.label ?? '',
    source: line?.source ?? 'membership_fees',
    category: line?.category ?? 'personnel',
    publicFunding: line?.publicFunding ?? false,
  });
  const [amounts, setAmounts] = useState<string[]>(
    line ? line.amounts.map(String) : plan.monthLabels.map(() => '0'),
  );
  const [every, setEvery] = useState('');
  const body = {
    kind: v.kind,
    label: v.label,
    ...(v.kind === 'income'
      ? { source: v.source, category: null, publicFunding: v.source === 'projects' ? v.publicFunding : false }
      : { category: v.category, source: null }),
    amounts: amounts.map((a) => (a === '' ? 0 : Number(a))),
  };
  return (
    <Form
      form={form}
      onSubmit={() =>
        form.submit(
          () =>
            line
              ? patch<Plan>(`${url}/${plan.id}/lines/${line.id}`, body)
              : post<Plan>(`${url}/${plan.id}/lines`, body),
          null,
          (p) => onDone(p, t(line ? 'orgFinance.lineSaved' : 'orgFinance.lineAdded', { label: v.label })),
        )
      }
    >
      <FormField name="kind" label={t('orgFinance.kind')}>
        <select value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as 'income' })}>
          <option value="income">{t('orgFinance.income')}</option>
          <option value="expenditure">{t('orgFinance.expenditure')}</option>
        </select>
      </FormField>
      <FormField name="label" label={t('orgFinance.label')}>
        <input value={v.label} onChange={(e) => setV({ ...v, label: e.target.value })} required />
      </FormField>
      {v.kind === 'income' ? (
        <>
          <FormField name="source" label={t('orgFinance.source')}>
            <select
              value={v.source}
              onChange={(e) => setV({ ...v, source: e.target.value as (typeof FINANCING_SOURCES)[number] })}
            >
              {FINANCING_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`orgFinance.sources.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
          {v.source === 'projects' && (
            <label className="inline-field">
              <input
                type="checkbox"
                checked={v.publicFunding}
                onChange={(e) => setV({ ...v, publicFunding: e.target.checked })}
              />{' '}
              {t('orgFinance.publicProject')}
            </label>
          )}
        </>
      ) : (
        <FormField name="category" label={t('orgFinance.category')}>
          <select
            value={v.category}
            onChange={(e) => setV({ ...v, category: e.target.value as (typeof COST_CATEGORIES)[number] })}
          >
            {COST_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`orgFinance.categories.${c}`)}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <div className="form-row">
        <FormField name="every" label={t('orgFinance.everyMonth')}>
          <input type="number" step="0.01" value={every} onChange={(e) => setEvery(e.target.value)} />
        </FormField>
        <button
          type="button"
          className="secondary"
          onClick={() => setAmounts(amounts.map(() => every || '0'))}
        >
          {t('orgFinance.fillAll')}
        </button>
      </div>
      <fieldset>
        <legend>{t('orgFinance.amountsByMonth', { currency: plan.currency })}</legend>
        <div className="form-row">
          {plan.monthLabels.map((m, i) => (
            <FormField key={m} name={`amounts.${i}`} label={monthName(m, i18n.language)}>
              <input
                type="number"
                step="0.01"
                value={amounts[i]}
                onChange={(e) => setAmounts(amounts.map((a, j) => (j === i ? e.target.value : a)))}
              />
            </FormField>
          ))}
        </div>
      </fieldset>
      <button type="submit">{line ? t('orgFinance.save') : t('orgFinance.addLineSubmit')}</button>
    </Form>
  );
}
