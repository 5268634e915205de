import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, get, post } from '../api';
import { useApi } from '../useApi';
import { formatNumber } from '../i18n';
import { ErrorMessage, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { SourceNote } from '../layout/sources';
import { OrganisationNav } from './OrganisationNav';
import {
  LineForm,
  PlanForm,
  monthShort,
  useRole,
  type Plan,
  type PlanLine,
  type PlanList,
} from './financeParts';
import { CostTable, LiquidityChart, MixChart } from './financeCharts';
import { Actuals, FeeScenario } from './financeActuals';
import { TableScroll } from './TableScroll';

/**
 * The financial plan (GIZ 001:2067–2229; MarketMakers 000:137): versions of a plan of income and
 * expenditure over 12 months or more, draft or agreed; the liquidity line with the first month
 * below zero; the cost structure; the financing mix and its public share against the guide's
 * reference points; a fee and service revenue scenario; the platform's own records beside it.
 */
export function FinancialPlanPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { workspaceId = '' } = useParams();
  const role = useRole();
  const team = ['owner', 'manager', 'staff'].includes(role);
  const manager = ['owner', 'manager'].includes(role);
  const url = `/workspaces/${workspaceId}/organisation/financial-plans`;
  const list = useApi<PlanList>(url);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [editing, setEditing] = useState<{ kind: 'settings' } | { kind: 'line'; line?: PlanLine } | null>(
    null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();

  const open = async (id: string) => setPlan(await get<Plan>(`${url}/${id}`));
  useEffect(() => {
    const id = list.data?.currentId ?? list.data?.plans[0]?.id;
    if (id && !plan) void open(id);
  }, [list.data]);

  const act = async (fn: () => Promise<Plan | null>, text: string) => {
    setError(null);
    try {
      const p = await fn();
      setPlan(p);
      setNotice(text);
      await list.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const done = (p: Plan, text: string) => {
    setPlan(p);
    setEditing(null);
    setNotice(text);
    void list.reload();
  };
  const n = (x: number) => formatNumber(x, lng, 0);
  const draft = plan?.status === 'draft';
  const gap = plan?.liquidity.firstGap ?? null;

  return (
    <>
      <OrganisationNav />
      <section aria-labelledby="plan-title">
        <h1 id="plan-title">{t('orgFinance.title')}</h1>
        <p className="muted">{t('orgFinance.intro')}</p>
        <SourceNote source="001:2080–2081" />
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : (
          <>
            <h2>{t('orgFinance.versions')}</h2>
            {list.data.plans.length === 0 ? (
              <EmptyState text={t('orgFinance.empty')} />
            ) : (
              <ul data-testid="plan-versions">
                {list.data.plans.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => void open(p.id)}
                      aria-current={plan?.id === p.id || undefined}
                    >
                      {t('orgFinance.versionLine', {
                        n: p.version,
                        title: p.title,
                        status: t(`orgFinance.status.${p.status}`),
                      })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {team && (
              <NewButton label={t('orgFinance.newPlan')}>
                {(close) => (
                  <PlanForm
                    url={url}
                    onDone={(p, text) => {
                      setPlan(p);
                      void list.reload();
                      close(text);
                    }}
                  />
                )}
              </NewButton>
            )}
            <p role="status" className={notice ? 'form-notice ok' : undefined}>
              {notice}
            </p>
            {error && (
              <p role="alert" className="form-notice alert">
                {error}
              </p>
            )}
            {plan && (
              <>
                <h2 data-testid="plan-heading">
                  {t('orgFinance.planHeading', { n: plan.version, title: plan.title })}{' '}
                  <span className="badge">{t(`orgFinance.status.${plan.status}`)}</span>
                </h2>
                <p className="small">
                  {t('orgFinance.planFacts', {
                    from: monthShort(plan.monthLabels[0]!, lng),
                    to: monthShort(plan.monthLabels.at(-1)!, lng),
                    months: plan.months,
                    opening: n(plan.opening),
                    currency: plan.currency,
                  })}
                  {plan.agreedOn && ` ${t('orgFinance.agreedOn', { day: plan.agreedOn })}`}
                </p>
                <div className="actions">
                  {manager && draft && (
                    <button
                      type="button"
                      onClick={async () => {
                        if (
                          await confirm({
                            message: t('orgFinance.confirmAgree', { n: plan.version }),
                            action: t('orgFinance.agree'),
                          })
                        )
                          await act(
                            () => post<Plan>(`${url}/${plan.id}/agree`),
                            t('orgFinance.agreed', { n: plan.version }),
                          );
                      }}
                    >
                      {t('orgFinance.agree')}
                    </button>
                  )}
                  {team && draft && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing({ kind: 'settings' })}
                    >
                      {t('orgFinance.editSettings')}
                    </button>
                  )}
                  {team && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => act(() => post<Plan>(`${url}/${plan.id}/copy`), t('orgFinance.copied'))}
                    >
                      {t('orgFinance.copy')}
                    </button>
                  )}
                  <a
                    className="button secondary"
                    href={`/api/v1${url}/${plan.id}/xlsx`}
                    data-testid="plan-xlsx"
                  >
                    {t('orgFinance.xlsx')}
                  </a>
                  {team && draft && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={async () => {
                        if (
                          await confirm({
                            message: t('orgFinance.confirmDelete', { n: plan.version }),
                            action: t('orgFinance.remove'),
                          })
                        )
                          await act(
                            async () => {
                              await del(`${url}/${plan.id}`);
                              return null;
                            },
                            t('orgFinance.deleted', { n: plan.version }),
                          );
                      }}
                    >
                      {t('orgFinance.removePlan')}
                    </button>
                  )}
                </div>
                {!draft && <p className="small muted">{t('orgFinance.notDraft')}</p>}

                <h2>{t('orgFinance.liquidity')}</h2>
                <LiquidityChart plan={plan} />

                <h2 id="lines-heading">{t('orgFinance.lines')}</h2>
                {team && draft && (
                  <button type="button" className="new-button" onClick={() => setEditing({ kind: 'line' })}>
                    {t('orgFinance.addLineButton')}
                  </button>
                )}
                {plan.lines.length === 0 ? (
                  <EmptyState text={t('orgFinance.noLines')} />
                ) : (
                  <TableScroll label={t('orgFinance.lines')}>
                    <table tabIndex={0} aria-labelledby="lines-heading" data-testid="plan-grid">
                      <thead>
                        <tr>
                          <th scope="col">{t('orgFinance.label')}</th>
                          {plan.monthLabels.map((m, i) => (
                            <th scope="col" key={m} className={gap === i ? 'alert' : undefined}>
                              {monthShort(m, lng)}
                            </th>
                          ))}
                          <th scope="col">{t('orgFinance.total')}</th>
                          {team && draft && <th scope="col">{t('orgFinance.actions')}</th>}
                        </tr>
                      </thead>
                      <tbody>
                        {plan.lines.map((l) => (
                          <tr key={l.id}>
                            <th scope="row">
                              {l.label}
                              <br />
                              <span className="small muted">
                                {l.kind === 'income'
                                  ? `${t('orgFinance.income')} · ${t(`orgFinance.sources.${l.source}`)}${l.source === 'projects' ? ` (${t(l.publicFunding ? 'orgFinance.public' : 'orgFinance.private')})` : ''}`
                                  : `${t('orgFinance.expenditure')} · ${t(`orgFinance.categories.${l.category}`)}`}
                              </span>
                            </th>
                            {l.amounts.map((a, i) => (
                              <td key={i} className="num">
                                {n(a)}
                              </td>
                            ))}
                            <td className="num">{n(l.amounts.reduce((x, y) => x + y, 0))}</td>
                            {team && draft && (
                              <td>
                                <div className="actions">
                                  <button
                                    type="button"
                                    className="link"
                                    aria-label={t('orgFinance.editLine', { label: l.label })}
                                    onClick={() => setEditing({ kind: 'line', line: l })}
                                  >
                                    {t('orgFinance.edit')}
                                  </button>
                                  <button
                                    type="button"
                                    className="link"
                                    aria-label={t('orgFinance.removeLine', { label: l.label })}
                                    onClick={async () => {
                                      if (
                                        await confirm({
                                          message: t('orgFinance.confirmLine', { label: l.label }),
                                          action: t('orgFinance.remove'),
                                        })
                                      )
                                        await act(
                                          () => del<Plan>(`${url}/${plan.id}/lines/${l.id}`),
                                          t('orgFinance.lineRemoved', { label: l.label }),
                                        );
                                    }}
                                  >
                                    {t('orgFinance.remove')}
                                  </button>
                                </div>
                              </td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                      <tfoot>
                        <tr>
                          <th scope="row">{t('orgFinance.totalIncome')}</th>
                          {plan.totals.map((x, i) => (
                            <td key={i} className="num">
                              {n(x.income)}
                            </td>
                          ))}
                          <td className="num">{n(plan.totals.reduce((s, x) => s + x.income, 0))}</td>
                          {team && draft && <td />}
                        </tr>
                        <tr>
                          <th scope="row">{t('orgFinance.totalExpenditure')}</th>
                          {plan.totals.map((x, i) => (
                            <td key={i} className="num">
                              {n(x.expenditure)}
                            </td>
                          ))}
                          <td className="num">{n(plan.totals.reduce((s, x) => s + x.expenditure, 0))}</td>
                          {team && draft && <td />}
                        </tr>
                        <tr>
                          <th scope="row">{t('orgFinance.closing')}</th>
                          {plan.liquidity.closing.map((c, i) => (
                            <td key={i} className="num" style={c < 0 ? { color: '#b91c1c' } : undefined}>
                              <strong>{n(c)}</strong>
                            </td>
                          ))}
                          <td />
                          {team && draft && <td />}
                        </tr>
                      </tfoot>
                    </table>
                  </TableScroll>
                )}

                <h2>{t('orgFinance.costStructure')}</h2>
                <CostTable plan={plan} />
                <SourceNote source="001:2081" />

                <h2>{t('orgFinance.mix')}</h2>
                <SourceNote source="001:2097–2098" />
                <MixChart plan={plan} />

                <h2>{t('orgFinance.scenario')}</h2>
                <FeeScenario plan={plan} list={list.data} />

                <h2>{t('orgFinance.actuals')}</h2>
                <Actuals plan={plan} />

                <Dialog
                  open={!!editing}
                  title={
                    editing?.kind === 'settings'
                      ? t('orgFinance.editSettings')
                      : editing?.line
                        ? t('orgFinance.editLine', { label: editing.line.label })
                        : t('orgFinance.addLine')
                  }
                  onClose={() => setEditing(null)}
                >
                  {editing?.kind === 'settings' && <PlanForm url={url} plan={plan} onDone={done} />}
                  {editing?.kind === 'line' && (
                    <LineForm url={url} plan={plan} line={editing.line} onDone={done} />
                  )}
                </Dialog>
              </>
            )}
            {confirmDialog}
          </>
        )}
      </section>
    </>
  );
}
