import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Form, FormField, useForm } from '../layout/forms';
import { ProgrammeNav } from './ProgrammeNav';

/** The answers of the grant routes (programme/funding.schemas.ts on the server; npm run api-types). */
type GrantList = ApiGet<'/workspaces/{workspaceId}/programme/grants'>;
type GrantDetail = ApiGet<'/workspaces/{workspaceId}/programme/grants/{grantId}'>;
type Due = GrantDetail['dueNext'][number];
type Tranche = GrantDetail['tranches'][number];
const RUNNERS = ['owner', 'manager', 'officer'];
const money = (n: number, c: string) => `${n.toLocaleString()} ${c}`;

function Rules() {
  const { t } = useTranslation();
  return (
    <div className="note" role="note">
      <p>{t('plans.grants.rules.tranches')}</p>
      <p>{t('plans.grants.rules.yearTwo')}</p>
      <p>{t('plans.grants.rules.ringFence')}</p>
      <p>{t('plans.grants.rules.taper')}</p>
    </div>
  );
}

function dueText(t: (k: string, o?: Record<string, unknown>) => string, d: Due, currency: string) {
  return d.kind === 'milestone'
    ? t('plans.grants.dueMilestone', { title: d.title, date: d.dueOn, amount: money(d.amount, currency) })
    : t('plans.grants.dueDisbursement', { title: d.title, amount: money(d.amount, currency) });
}

/** Grant agreements of funded plans with what is due next (MarketMakers 000:139–151). */
export function GrantsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const runner = RUNNERS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const base = `/workspaces/${workspaceId}/programme/grants`;
  const list = useApi<GrantList>(base);
  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="grants-title">
        <h1 id="grants-title">{t('plans.grants.title')}</h1>
        <Rules />
        {list.loading && !list.data ? <Loading /> : <ErrorMessage error={list.error} />}
        {list.data && (
          <DataList
            label={t('plans.grants.title')}
            rows={list.data.grants}
            rowKey={(g) => g.id}
            exportName="grants"
            empty={<EmptyState text={t('plans.grants.none')} />}
            columns={[
              {
                key: 'plan',
                header: t('plans.planTitle'),
                value: (g) => g.plan.title,
                rowHeader: true,
                render: (g) => <Link to={`/w/${workspaceId}/programme/grants/${g.id}`}>{g.plan.title}</Link>,
              },
              { key: 'applicant', header: t('plans.applicant'), value: (g) => g.applicant },
              {
                key: 'awarded',
                header: t('plans.grants.awarded'),
                value: (g) => g.awarded,
                numeric: true,
                render: (g) => money(g.awarded, g.currency),
              },
              {
                key: 'disbursed',
                header: t('plans.grants.disbursed'),
                value: (g) => g.disbursed,
                numeric: true,
                render: (g) => money(g.disbursed, g.currency),
              },
              {
                key: 'co',
                header: t('plans.grants.coInvestment'),
                value: (g) => g.coInvestment,
                numeric: true,
                render: (g) => money(g.coInvestment, g.currency),
              },
              {
                key: 'released',
                header: t('plans.grants.released'),
                value: (g) => `${g.released}/${g.tranches}`,
              },
              {
                key: 'due',
                header: t('plans.grants.dueNext'),
                value: (g) => g.dueNext.map((d) => dueText(t, d, g.currency)).join('; '),
              },
            ]}
          />
        )}
        {runner && list.data && list.data.fundedWithoutGrant.length > 0 && (
          <NewGrant base={base} plans={list.data.fundedWithoutGrant} onDone={list.reload} />
        )}
      </section>
    </>
  );
}

interface TrancheDraft {
  title: string;
  amount: string;
  dueOn: string;
  milestone: string;
}

function NewGrant({
  base,
  plans,
  onDone,
}: {
  base: string;
  plans: { id: string; title: string; currency: string }[];
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({ planId: '', startsOn: '', coInvestment: '0' });
  const [tr, setTr] = useState<TrancheDraft[]>([{ title: '', amount: '', dueOn: '', milestone: '' }]);
  const set = (i: number, p: Partial<TrancheDraft>) =>
    setTr(tr.map((x, n) => (n === i ? { ...x, ...p } : x)));
  return (
    <Form
      form={form}
      aria-labelledby="new-grant"
      onSubmit={() =>
        form.submit(
          () =>
            post(base, {
              planId: v.planId,
              startsOn: v.startsOn,
              coInvestment: Number(v.coInvestment),
              tranches: tr.map((x) => ({ ...x, amount: Number(x.amount), purpose: 'start_up' })),
            }),
          t('plans.grants.created'),
          // A success empties the form for the next funded plan.
          async () => {
            setV({ planId: '', startsOn: '', coInvestment: '0' });
            setTr([{ title: '', amount: '', dueOn: '', milestone: '' }]);
            await onDone();
          },
        )
      }
    >
      <h2 id="new-grant">{t('plans.grants.new')}</h2>
      <FormField name="planId" label={t('plans.grants.fundedPlan')}>
        <select value={v.planId} required onChange={(e) => setV({ ...v, planId: e.target.value })}>
          <option value="">—</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="startsOn" label={t('plans.grants.startsOn')}>
        <input
          type="date"
          required
          value={v.startsOn}
          onChange={(e) => setV({ ...v, startsOn: e.target.value })}
        />
      </FormField>
      <FormField name="coInvestment" label={t('plans.grants.coInvestment')}>
        <input
          type="number"
          min={0}
          step="0.01"
          value={v.coInvestment}
          onChange={(e) => setV({ ...v, coInvestment: e.target.value })}
        />
      </FormField>
      {tr.map((x, i) => (
        <fieldset key={i}>
          <legend>{t('plans.grants.trancheN', { n: i + 1 })}</legend>
          <FormField name={`tranches.${i}.title`} label={t('plans.grants.trancheTitle')}>
            <input required value={x.title} onChange={(e) => set(i, { title: e.target.value })} />
          </FormField>
          <FormField name={`tranches.${i}.amount`} label={t('plans.grants.amount')}>
            <input
              type="number"
              min={0}
              step="0.01"
              required
              value={x.amount}
              onChange={(e) => set(i, { amount: e.target.value })}
            />
          </FormField>
          <FormField name={`tranches.${i}.dueOn`} label={t('plans.grants.dueOn')}>
            <input type="date" required value={x.dueOn} onChange={(e) => set(i, { dueOn: e.target.value })} />
          </FormField>
          <FormField name={`tranches.${i}.milestone`} label={t('plans.grants.milestone')}>
            <input required value={x.milestone} onChange={(e) => set(i, { milestone: e.target.value })} />
          </FormField>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => setTr([...tr, { title: '', amount: '', dueOn: '', milestone: '' }])}
      >
        {t('plans.grants.addTranche')}
      </button>{' '}
      <button type="submit">{t('plans.grants.create')}</button>
    </Form>
  );
}

/** One grant: tranches, milestones, co-investment, disbursements, what is due next. */
export function GrantPage() {
  const { t } = useTranslation();
  const { workspaceId = '', grantId = '' } = useParams();
  const { me } = useSession();
  const runner = RUNNERS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const base = `/workspaces/${workspaceId}/programme/grants/${grantId}`;
  const detail = useApi<GrantDetail>(base);
  const d = detail.data;
  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="grant-title">
        <p>
          <Link to={`/w/${workspaceId}/programme/grants`}>{t('plans.grants.back')}</Link>
        </p>
        {!d ? (
          detail.loading ? (
            <Loading />
          ) : (
            <ErrorMessage error={detail.error} />
          )
        ) : (
          <>
            <h1 id="grant-title">{d.grant.plan.title}</h1>
            <p>
              {d.grant.applicant} · {t('plans.grants.startsOn')}: {d.grant.startsOn} ·{' '}
              {t('plans.grants.awarded')}: {money(d.grant.awarded, d.grant.currency)} ·{' '}
              {t('plans.grants.disbursed')}: {money(d.grant.disbursed, d.grant.currency)}
            </p>
            <p>
              {t('plans.grants.coInvestment')}: {money(d.grant.coInvestment, d.grant.currency)} (
              {t(`plans.grants.kind.${d.grant.coInvestmentKind}`)}) {d.grant.coInvestmentNote}
            </p>
            <Rules />
            <h2>{t('plans.grants.dueNext')}</h2>
            {d.dueNext.length === 0 ? (
              <p>{t('plans.grants.nothingDue')}</p>
            ) : (
              <ul>
                {d.dueNext.map((x) => (
                  <li key={x.kind + x.trancheId}>{dueText(t, x, d.grant.currency)}</li>
                ))}
              </ul>
            )}
            <h2>{t('plans.grants.tranches')}</h2>
            {d.tranches.map((x) => (
              <article key={x.id} className="card" aria-labelledby={`t-${x.id}`}>
                <h3 id={`t-${x.id}`}>
                  {x.title} — {money(x.amount, d.grant.currency)} · {t(`plans.grants.status.${x.status}`)}
                </h3>
                <p>
                  {t(`plans.grants.purpose.${x.purpose}`)}
                  {x.reEngagement ? ` · ${t('plans.grants.reEngagement')}: ${x.service}` : ''} ·{' '}
                  {t('plans.grants.dueOn')}: {x.dueOn}
                </p>
                <p>
                  {t('plans.grants.milestone')}: {x.milestone}
                  {x.milestoneMetOn ? ` — ${t('plans.grants.metOn', { date: x.milestoneMetOn })}` : ''}
                </p>
                <p>
                  {t('plans.grants.disbursed')}: {money(x.disbursed, d.grant.currency)}
                </p>
                {runner && x.status === 'due' && (
                  <MilestoneForm base={base} tranche={x} onDone={detail.reload} />
                )}
                {runner && x.status === 'released' && x.disbursed < x.amount && (
                  <DisburseForm base={base} tranche={x} onDone={detail.reload} />
                )}
              </article>
            ))}
            <h2>{t('plans.grants.disbursements')}</h2>
            {d.disbursements.length === 0 ? (
              <p>{t('plans.grants.noDisbursements')}</p>
            ) : (
              <ul>
                {d.disbursements.map((x) => (
                  <li key={x.id}>
                    {x.paidOn}: {money(x.amount, d.grant.currency)} {x.reference} ({x.by ?? '—'})
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}

function MilestoneForm({
  base,
  tranche,
  onDone,
}: {
  base: string;
  tranche: Tranche;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [metOn, setMetOn] = useState(new Date().toISOString().slice(0, 10));
  const [evidence, setEvidence] = useState('');
  return (
    <Form
      form={form}
      aria-label={t('plans.grants.meetTitle', { title: tranche.title })}
      onSubmit={() =>
        form.submit(() => post(`${base}/tranches/${tranche.id}/milestone`, { metOn, evidence }), null, onDone)
      }
    >
      <FormField name="metOn" label={t('plans.grants.metOnLabel')}>
        <input type="date" required value={metOn} onChange={(e) => setMetOn(e.target.value)} />
      </FormField>
      <FormField name="evidence" label={t('plans.grants.evidence')}>
        <input value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </FormField>
      <button type="submit">{t('plans.grants.release')}</button>
    </Form>
  );
}

function DisburseForm({
  base,
  tranche,
  onDone,
}: {
  base: string;
  tranche: Tranche;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [amount, setAmount] = useState(String(tranche.amount - tranche.disbursed));
  const [paidOn, setPaidOn] = useState(new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState('');
  return (
    <Form
      form={form}
      aria-label={t('plans.grants.disburseTitle', { title: tranche.title })}
      onSubmit={() =>
        form.submit(
          () =>
            post(`${base}/tranches/${tranche.id}/disbursements`, {
              amount: Number(amount),
              paidOn,
              reference,
            }),
          null,
          onDone,
        )
      }
    >
      <FormField name="amount" label={t('plans.grants.amount')}>
        <input
          type="number"
          min={0}
          step="0.01"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </FormField>
      <FormField name="paidOn" label={t('plans.grants.paidOn')}>
        <input type="date" required value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
      </FormField>
      <FormField name="reference" label={t('plans.grants.reference')}>
        <input value={reference} onChange={(e) => setReference(e.target.value)} />
      </FormField>
      <button type="submit">{t('plans.grants.disburse')}</button>
    </Form>
  );
}
