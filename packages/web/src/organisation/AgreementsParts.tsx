import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '@agglomera/methods';
import { post, put } from '../api';
import type { ApiGet } from '../api/types';
import { Form, FormField, useForm } from '../layout/forms';

/** What the agreements screen shares: the choices form and a member's agreement form (issue 14). */

type SettingsAnswer = ApiGet<'/workspaces/{workspaceId}/organisation/agreement-settings'>;
export type Settings = SettingsAnswer['settings'];
export type FeeChoice = SettingsAnswer['feeCategories'][number];
export type Agreement = ApiGet<'/workspaces/{workspaceId}/organisation/agreements'>['agreements'][number];

const TEXTS = ['services', 'disclosedInformation'] as const;
const LINES = [
  'dataProtection',
  'applicableLaw',
  'contractLanguage',
  'mediator',
  'arbitrationVenue',
  'court',
] as const;

/** The organisation's choices that fill the agreement's clauses. */
export function SettingsForm({
  url,
  initial,
  feeCategories,
  canEdit,
  onSaved,
}: {
  url: string;
  initial: Settings;
  feeCategories: FeeChoice[];
  canEdit: boolean;
  onSaved(): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [s, setS] = useState<Settings>(initial);
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setS({ ...s, [k]: v });
  return (
    <Form
      form={form}
      aria-labelledby="agreement-settings-title"
      data-testid="agreement-settings"
      onSubmit={() => form.submit(() => put(url, s), t('agreements.settingsSaved'), onSaved)}
    >
      <h2 id="agreement-settings-title">{t('agreements.settings')}</h2>
      <p className="small muted">{t('agreements.settingsNote')}</p>
      <fieldset disabled={!canEdit}>
        <legend>{t('agreements.feeAndTerm')}</legend>
        <div className="grid-2">
          <FormField
            name="feeCategoryId"
            label={t('agreements.feeCategory')}
            hint={t('agreements.feeCategoryHint')}
          >
            <select
              value={s.feeCategoryId ?? ''}
              onChange={(e) => set('feeCategoryId', e.target.value || null)}
            >
              <option value="">{t('agreements.noFee')}</option>
              {feeCategories.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.name} — ${new Intl.NumberFormat(undefined, { style: 'currency', currency: c.currency }).format(c.amount)} / ${t(`agreements.period.${c.period}`)}`}
                </option>
              ))}
            </select>
          </FormField>
          <FormField name="paymentDays" label={t('agreements.paymentDays')}>
            <input
              type="number"
              min={0}
              max={365}
              required
              value={s.paymentDays}
              onChange={(e) => set('paymentDays', Number(e.target.value))}
            />
          </FormField>
          <FormField name="termMonths" label={t('agreements.termMonths')} hint={t('agreements.termHint')}>
            <input
              type="number"
              min={1}
              max={240}
              value={s.termMonths ?? ''}
              onChange={(e) => set('termMonths', e.target.value ? Number(e.target.value) : null)}
            />
          </FormField>
          <FormField name="noticeMonths" label={t('agreements.noticeMonths')}>
            <input
              type="number"
              min={0}
              max={240}
              required
              value={s.noticeMonths}
              onChange={(e) => set('noticeMonths', Number(e.target.value))}
            />
          </FormField>
          <FormField name="trademarkUse" label={t('agreements.trademarkUse')}>
            <select
              value={s.trademarkUse}
              onChange={(e) => set('trademarkUse', e.target.value as Settings['trademarkUse'])}
            >
              {(['allowed', 'with_approval', 'not_allowed'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`agreements.trademark.${v}`)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      </fieldset>
      <fieldset disabled={!canEdit}>
        <legend>{t('agreements.clauses')}</legend>
        {TEXTS.map((k) => (
          <FormField key={k} name={k} label={t(`agreements.field.${k}`)}>
            <textarea rows={3} maxLength={4000} value={s[k]} onChange={(e) => set(k, e.target.value)} />
          </FormField>
        ))}
        <div className="grid-2">
          {LINES.map((k) => (
            <FormField key={k} name={k} label={t(`agreements.field.${k}`)}>
              <input maxLength={500} value={s[k]} onChange={(e) => set(k, e.target.value)} />
            </FormField>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={s.mediation} onChange={(e) => set('mediation', e.target.checked)} />{' '}
          {t('agreements.field.mediation')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={s.arbitration}
            onChange={(e) => set('arbitration', e.target.checked)}
          />{' '}
          {t('agreements.field.arbitration')}
        </label>
      </fieldset>
      {canEdit && (
        <div className="actions">
          <button type="submit">{t('agreements.saveSettings')}</button>
        </div>
      )}
    </Form>
  );
}

/** Create or edit a member's agreement. */
export function AgreementForm({
  url,
  actors,
  agreement,
  onDone,
}: {
  url: string;
  actors: { id: string; name: string }[];
  agreement: Agreement | null;
  onDone(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [a, setA] = useState({
    actorId: agreement?.actorId ?? '',
    kind: agreement?.kind ?? 'membership',
    status: agreement?.status ?? 'draft',
    sentOn: agreement?.sentOn ?? '',
    signedOn: agreement?.signedOn ?? '',
    endedOn: agreement?.endedOn ?? '',
    notes: agreement?.notes ?? '',
  });
  const body = { ...a, sentOn: a.sentOn || null, signedOn: a.signedOn || null, endedOn: a.endedOn || null };
  return (
    <Form
      form={form}
      aria-label={agreement ? t('agreements.edit') : t('agreements.new')}
      onSubmit={() =>
        form.submit(
          () => (agreement ? put(`${url}/${agreement.id}`, body) : post(url, body)),
          null,
          () => onDone(agreement ? t('agreements.updated') : t('agreements.created')),
        )
      }
    >
      <FormField name="actorId" label={t('agreements.actor')}>
        <select required value={a.actorId} onChange={(e) => setA({ ...a, actorId: e.target.value })}>
          <option value="">{t('agreements.chooseActor')}</option>
          {actors.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </FormField>
      <div className="grid-2">
        <FormField name="kind" label={t('agreements.kindLabel')}>
          <select value={a.kind} onChange={(e) => setA({ ...a, kind: e.target.value as Agreement['kind'] })}>
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`agreements.kind.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="status" label={t('agreements.statusLabel')}>
          <select
            value={a.status}
            onChange={(e) => setA({ ...a, status: e.target.value as Agreement['status'] })}
          >
            {AGREEMENT_STATUSES.map((k) => (
              <option key={k} value={k}>
                {t(`agreements.status.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        {(['sentOn', 'signedOn', 'endedOn'] as const).map((k) => (
          <FormField key={k} name={k} label={t(`agreements.${k}`)}>
            <input type="date" value={a[k]} onChange={(e) => setA({ ...a, [k]: e.target.value })} />
          </FormField>
        ))}
      </div>
      <FormField name="notes" label={t('agreements.notes')}>
        <input maxLength={2000} value={a.notes} onChange={(e) => setA({ ...a, notes: e.target.value })} />
      </FormField>
      <div className="actions">
        <button type="submit">{t('agreements.save')}</button>
      </div>
    </Form>
  );
}

/** Mark an agreement sent or signed on a day. */
export function StepForm({
  url,
  step,
  onDone,
}: {
  url: string;
  step: 'sent' | 'signed';
  onDone(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  return (
    <Form
      form={form}
      aria-label={t(`agreements.mark.${step}`)}
      onSubmit={() =>
        form.submit(
          () => post(`${url}/${step}`, { on }),
          null,
          () => onDone(t(`agreements.marked.${step}`)),
        )
      }
    >
      <FormField name="on" label={t(`agreements.${step}On`)}>
        <input type="date" required value={on} onChange={(e) => setOn(e.target.value)} />
      </FormField>
      <div className="actions">
        <button type="submit">{t(`agreements.mark.${step}`)}</button>
      </div>
    </Form>
  );
}
