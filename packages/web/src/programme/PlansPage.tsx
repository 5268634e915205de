import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ActionNotice, useAction } from '../useAction';
import { del, post, put } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog, useConfirm } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { ProgrammeNav } from './ProgrammeNav';

/** The answers of the plan, round and panel routes (programme/funding.schemas.ts on the server). */
type RoundList = ApiGet<'/workspaces/{workspaceId}/programme/rounds'>;
export type Round = RoundList['rounds'][number];
type PlanList = ApiGet<'/workspaces/{workspaceId}/programme/plans'>;
type Plan = PlanList['plans'][number];
type PanelList = ApiGet<'/workspaces/{workspaceId}/programme/panels'>;
type Panel = PanelList['panels'][number];
interface IndicatorRow {
  name: string;
  unit: string;
  baseline: string;
  target: string;
}
const RUNNERS = ['owner', 'manager', 'officer'];
const READERS = [...RUNNERS, 'coordinator', 'evaluator', 'viewer'];
const UNITS = ['number', 'percentage', 'ratio', 'score'];

/**
 * Cluster development plans, panels and rounds (IDB / Compete Caribbean 003:310–314): the rounds
 * (a panel member sees only those of their panels), the plans with their status, a plan drafted
 * with its indicators and submitted to a round, and the panels with their members.
 */
export function PlansPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const runner = RUNNERS.includes(role);
  const reader = READERS.includes(role);
  const base = `/workspaces/${workspaceId}/programme`;
  const rounds = useApi<RoundList>(`${base}/rounds`);
  const plans = useApi<PlanList>(reader ? `${base}/plans?limit=200` : null);
  const panels = useApi<PanelList>(reader ? `${base}/panels` : null);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [submitting, setSubmitting] = useState<Plan | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const reload = async () => {
    await Promise.all([rounds.reload(), plans.reload(), panels.reload()]);
  };

  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="plans-title">
        <h1 id="plans-title">{t('plans.title')}</h1>
        <p className="muted">{t('plans.intro')}</p>

        <h2>{t('plans.rounds')}</h2>
        {rounds.loading && !rounds.data ? <Loading /> : <ErrorMessage error={rounds.error} />}
        {runner && panels.data && <RoundForm base={base} panels={panels.data.panels} onDone={reload} />}
        {rounds.data && (
          <DataList
            label={t('plans.rounds')}
            rows={rounds.data.rounds}
            rowKey={(r) => r.id}
            search={false}
            empty={<EmptyState text={t('plans.noRounds')} />}
            columns={[
              {
                key: 'name',
                header: t('plans.round'),
                value: (r) => r.name,
                rowHeader: true,
                render: (r) => <Link to={`/w/${workspaceId}/programme/rounds/${r.id}`}>{r.name}</Link>,
              },
              { key: 'date', header: t('plans.pitchDate'), value: (r) => r.pitchDate },
              { key: 'panel', header: t('plans.panel'), value: (r) => r.panel.name },
              { key: 'status', header: t('plans.status'), value: (r) => t(`plans.roundStatus.${r.status}`) },
              { key: 'plans', header: t('plans.plans'), value: (r) => r.plans, numeric: true },
              { key: 'funded', header: t('plans.funded'), value: (r) => r.funded, numeric: true },
            ]}
          />
        )}

        {reader && (
          <>
            <h2>{t('plans.plans')}</h2>
            {runner && (
              <button type="button" onClick={() => setEditing('new')}>
                {t('plans.newPlan')}
              </button>
            )}
            <ErrorMessage error={plans.error} />
            {plans.data && (
              <DataList
                label={t('plans.plans')}
                rows={plans.data.plans}
                rowKey={(p) => p.id}
                exportName="plans"
                empty={<EmptyState text={t('plans.noPlans')} />}
                columns={[
                  { key: 'title', header: t('plans.planTitle'), value: (p) => p.title, rowHeader: true },
                  { key: 'applicant', header: t('plans.applicant'), value: (p) => p.applicant.name },
                  {
                    key: 'budget',
                    header: t('plans.budget'),
                    value: (p) => p.budget,
                    numeric: true,
                    render: (p) => `${p.budget.toLocaleString()} ${p.currency}`,
                  },
                  {
                    key: 'status',
                    header: t('plans.status'),
                    value: (p) => t(`plans.planStatus.${p.status}`),
                  },
                  { key: 'round', header: t('plans.round'), value: (p) => p.round?.name ?? '—' },
                  {
                    key: 'actions',
                    header: t('plans.actions'),
                    value: () => '',
                    render: (p) =>
                      runner && p.status === 'draft' ? (
                        <span className="actions">
                          <button type="button" onClick={() => setEditing(p.id)}>
                            {t('plans.edit')}
                          </button>
                          <button type="button" onClick={() => setSubmitting(p)}>
                            {t('plans.submit')}
                          </button>
                          <button
                            type="button"
                            className="danger"
                            onClick={async () => {
                              if (
                                await confirm({
                                  message: t('plans.deleteConfirm', { title: p.title }),
                                  action: t('plans.delete'),
                                })
                              ) {
                                await del(`${base}/plans/${p.id}`);
                                await reload();
                              }
                            }}
                          >
                            {t('plans.delete')}
                          </button>
                        </span>
                      ) : null,
                  },
                ]}
              />
            )}
            {panels.data && (
              <PanelsSection base={base} panels={panels.data.panels} runner={runner} onDone={reload} />
            )}
          </>
        )}
      </section>
      {editing && (
        <PlanDialog
          base={base}
          planId={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={async () => (setEditing(null), await reload())}
        />
      )}
      {submitting && rounds.data && (
        <SubmitDialog
          base={base}
          plan={submitting}
          rounds={rounds.data.rounds.filter((r) => r.status === 'open')}
          onClose={() => setSubmitting(null)}
          onDone={async () => (setSubmitting(null), await reload())}
        />
      )}
      {confirmDialog}
    </>
  );
}

function RoundForm({ base, panels, onDone }: { base: string; panels: Panel[]; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({ name: '', pitchDate: '', panelId: '' });
  return (
    <details>
      <summary>{t('plans.newRound')}</summary>
      <Form
        form={form}
        onSubmit={() =>
          form.submit(
            () => post(`${base}/rounds`, v),
            t('plans.roundCreated'),
            async () => (setV({ name: '', pitchDate: '', panelId: '' }), await onDone()),
          )
        }
      >
        <FormField name="name" label={t('plans.round')}>
          <input value={v.name} required onChange={(e) => setV({ ...v, name: e.target.value })} />
        </FormField>
        <FormField name="pitchDate" label={t('plans.pitchDate')}>
          <input
            type="date"
            value={v.pitchDate}
            required
            onChange={(e) => setV({ ...v, pitchDate: e.target.value })}
          />
        </FormField>
        <FormField name="panelId" label={t('plans.panel')} hint={t('plans.scaleHint')}>
          <select value={v.panelId} required onChange={(e) => setV({ ...v, panelId: e.target.value })}>
            <option value="">—</option>
            {panels.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
        <button type="submit">{t('plans.createRound')}</button>
      </Form>
    </details>
  );
}

function PanelsSection({
  base,
  panels,
  runner,
  onDone,
}: {
  base: string;
  panels: Panel[];
  runner: boolean;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const members = useApi<ApiGet<'/workspaces/{workspaceId}/members'>>(
    runner ? `/workspaces/${workspaceId}/members` : null,
  );
  const form = useForm();
  const [v, setV] = useState({ name: '', focus: '' });
  const [seat, setSeat] = useState<Record<string, string>>({});
  // Seating a member says what happened (a refusal included) beside the panels.
  const seating = useAction(onDone);
  const eligible = (members.data?.members ?? []).filter((m) => m.role === 'panel_member');
  return (
    <>
      <h2>{t('plans.panels')}</h2>
      <p className="muted">{t('plans.panelsIntro')}</p>
      {panels.length === 0 && <EmptyState text={t('plans.noPanels')} />}
      <ActionNotice message={seating.message} />
      <ul className="cards">
        {panels.map((p) => (
          <li key={p.id} className="card">
            <h3>{p.name}</h3>
            {p.focus && <p className="muted">{p.focus}</p>}
            <p>
              {t('plans.members')}: {p.members.map((m) => m.name).join(', ') || '—'}
            </p>
            {runner && (
              <div className="actions">
                <label>
                  {t('plans.seatMember')}{' '}
                  <select
                    value={seat[p.id] ?? ''}
                    onChange={(e) => setSeat({ ...seat, [p.id]: e.target.value })}
                  >
                    <option value="">—</option>
                    {eligible.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  disabled={!seat[p.id]}
                  onClick={() =>
                    seating.act(
                      () => post(`${base}/panels/${p.id}/members`, { userId: seat[p.id] }),
                      t('plans.seated'),
                    )
                  }
                >
                  {t('plans.seat')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {runner && (
        <Form
          form={form}
          aria-label={t('plans.newPanel')}
          onSubmit={() =>
            form.submit(
              () => post(`${base}/panels`, v),
              t('plans.panelCreated'),
              async () => (setV({ name: '', focus: '' }), await onDone()),
            )
          }
        >
          <FormField name="name" label={t('plans.panelName')}>
            <input value={v.name} required onChange={(e) => setV({ ...v, name: e.target.value })} />
          </FormField>
          <FormField name="focus" label={t('plans.panelFocus')}>
            <input value={v.focus} onChange={(e) => setV({ ...v, focus: e.target.value })} />
          </FormField>
          <button type="submit">{t('plans.createPanel')}</button>
        </Form>
      )}
    </>
  );
}

function PlanDialog({
  base,
  planId,
  onClose,
  onDone,
}: {
  base: string;
  planId: string | null;
  onClose(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const applicants = useApi<ApiGet<'/workspaces/{workspaceId}/programme/plan-applicants'>>(
    `/workspaces/${workspaceId}/programme/plan-applicants`,
  );
  const existing = useApi<ApiGet<'/workspaces/{workspaceId}/programme/plans/{planId}'>>(
    planId ? `${base}/plans/${planId}` : null,
  );
  const form = useForm();
  const [v, setV] = useState<{
    applicantId: string;
    title: string;
    sector: string;
    summary: string;
    budget: string;
    currency: string;
    indicators: IndicatorRow[];
  } | null>(
    planId
      ? null
      : { applicantId: '', title: '', sector: '', summary: '', budget: '', currency: 'USD', indicators: [] },
  );
  if (!v && existing.data) {
    const p = existing.data.plan;
    setV({
      applicantId: p.applicant.id,
      title: p.title,
      sector: p.sector,
      summary: p.summary,
      budget: String(p.budget),
      currency: p.currency,
      indicators: p.indicators.map((i) => ({
        name: i.name,
        unit: i.unit,
        baseline: i.baseline == null ? '' : String(i.baseline),
        target: i.target == null ? '' : String(i.target),
      })),
    });
  }
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  const setInd = (i: number, patch: Partial<IndicatorRow>) =>
    v && setV({ ...v, indicators: v.indicators.map((x, n) => (n === i ? { ...x, ...patch } : x)) });
  return (
    <Dialog open title={planId ? t('plans.editPlan') : t('plans.newPlan')} onClose={onClose}>
      {!v ? (
        <Loading />
      ) : (
        <Form
          form={form}
          onSubmit={() =>
            form.submit(
              () => {
                const body = {
                  applicantId: v.applicantId,
                  title: v.title,
                  sector: v.sector,
                  summary: v.summary,
                  budget: Number(v.budget),
                  currency: v.currency,
                  indicators: v.indicators.map((i) => ({
                    name: i.name,
                    unit: i.unit,
                    baseline: num(i.baseline),
                    target: num(i.target),
                  })),
                };
                return planId ? put(`${base}/plans/${planId}`, body) : post(`${base}/plans`, body);
              },
              null,
              onDone,
            )
          }
        >
          <FormField name="applicantId" label={t('plans.applicant')}>
            <select
              value={v.applicantId}
              required
              onChange={(e) => setV({ ...v, applicantId: e.target.value })}
            >
              <option value="">—</option>
              {(applicants.data?.applicants ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField name="title" label={t('plans.planTitle')}>
            <input value={v.title} required onChange={(e) => setV({ ...v, title: e.target.value })} />
          </FormField>
          <FormField name="sector" label={t('plans.sector')}>
            <input value={v.sector} onChange={(e) => setV({ ...v, sector: e.target.value })} />
          </FormField>
          <FormField name="summary" label={t('plans.summary')}>
            <textarea value={v.summary} onChange={(e) => setV({ ...v, summary: e.target.value })} />
          </FormField>
          <FormField name="budget" label={t('plans.budget')}>
            <input
              type="number"
              min={0}
              step="0.01"
              required
              value={v.budget}
              onChange={(e) => setV({ ...v, budget: e.target.value })}
            />
          </FormField>
          <FormField name="currency" label={t('plans.currency')}>
            <input
              value={v.currency}
              required
              maxLength={3}
              onChange={(e) => setV({ ...v, currency: e.target.value.toUpperCase() })}
            />
          </FormField>
          <fieldset>
            <legend>{t('plans.indicators')}</legend>
            {v.indicators.map((i, n) => (
              <div key={n} className="form-row">
                <FormField name={`indicators.${n}.name`} label={t('plans.indicatorName')}>
                  <input value={i.name} required onChange={(e) => setInd(n, { name: e.target.value })} />
                </FormField>
                <FormField name={`indicators.${n}.unit`} label={t('plans.unit')}>
                  <select value={i.unit} onChange={(e) => setInd(n, { unit: e.target.value })}>
                    {UNITS.map((u) => (
                      <option key={u} value={u}>
                        {t(`plans.units.${u}`)}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField name={`indicators.${n}.baseline`} label={t('plans.baseline')}>
                  <input
                    type="number"
                    step="any"
                    value={i.baseline}
                    onChange={(e) => setInd(n, { baseline: e.target.value })}
                  />
                </FormField>
                <FormField name={`indicators.${n}.target`} label={t('plans.target')}>
                  <input
                    type="number"
                    step="any"
                    value={i.target}
                    onChange={(e) => setInd(n, { target: e.target.value })}
                  />
                </FormField>
                <button
                  type="button"
                  onClick={() => setV({ ...v, indicators: v.indicators.filter((_, k) => k !== n) })}
                >
                  {t('plans.removeIndicator')}
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() =>
                setV({
                  ...v,
                  indicators: [...v.indicators, { name: '', unit: 'number', baseline: '', target: '' }],
                })
              }
            >
              {t('plans.addIndicator')}
            </button>
          </fieldset>
          <button type="submit">{t('plans.save')}</button>
        </Form>
      )}
    </Dialog>
  );
}

function SubmitDialog({
  base,
  plan,
  rounds,
  onClose,
  onDone,
}: {
  base: string;
  plan: Plan;
  rounds: Round[];
  onClose(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [roundId, setRoundId] = useState('');
  return (
    <Dialog open title={t('plans.submitTitle', { title: plan.title })} onClose={onClose}>
      <Form
        form={form}
        onSubmit={() => form.submit(() => post(`${base}/plans/${plan.id}/submit`, { roundId }), null, onDone)}
      >
        <FormField name="roundId" label={t('plans.round')} hint={t('plans.submitHint')}>
          <select value={roundId} required onChange={(e) => setRoundId(e.target.value)}>
            <option value="">—</option>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </FormField>
        <button type="submit">{t('plans.submit')}</button>
      </Form>
    </Dialog>
  );
}
