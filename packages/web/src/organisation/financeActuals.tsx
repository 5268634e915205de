import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n';
import { SourceNote } from '../layout/sources';
import { monthShort, type Plan, type PlanList } from './financeParts';
import { TableScroll } from './TableScroll';

/**
 * The platform's own records beside the plan: fee invoices paid by month, uses of paid services
 * (valued at the member price: the platform records uses, not what was charged), project budgets.
 */
export function Actuals({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const n = (x: number) => formatNumber(x, lng, 0);
  const planned = (source: string, i: number) =>
    plan.lines.filter((l) => l.source === source).reduce((a, l) => a + (l.amounts[i] ?? 0), 0);
  const a = plan.actuals;
  return (
    <>
      <TableScroll label={t('orgFinance.actuals')}>
        <table tabIndex={0} data-testid="actuals">
          <thead>
            <tr>
              <th scope="col">{t('orgFinance.month')}</th>
              <th scope="col">{t('orgFinance.feesPlanned')}</th>
              <th scope="col">{t('orgFinance.feesPaid')}</th>
              <th scope="col">{t('orgFinance.servicesPlanned')}</th>
              <th scope="col">{t('orgFinance.serviceUses')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.monthLabels.map((m, i) => (
              <tr key={m}>
                <th scope="row">{monthShort(m, lng)}</th>
                <td className="num">{n(planned('membership_fees', i))}</td>
                <td className="num">{n(a.feesPaid[m] ?? 0)}</td>
                <td className="num">{n(planned('service_fees', i))}</td>
                <td className="num">
                  {a.serviceUses[m]
                    ? t('orgFinance.usesValue', {
                        uses: a.serviceUses[m]!.uses,
                        value: n(a.serviceUses[m]!.atMemberPrice),
                      })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {a.feeInvoicesInOtherCurrencies > 0 && (
        <p className="small">
          {t('orgFinance.otherCurrencies', {
            count: a.feeInvoicesInOtherCurrencies,
            currency: plan.currency,
          })}
        </p>
      )}
      <h3>{t('orgFinance.projectBudgets')}</h3>
      {a.projects.length === 0 ? (
        <p className="small muted">{t('orgFinance.noProjects')}</p>
      ) : (
        <TableScroll label={t('orgFinance.projectBudgets')}>
          <table tabIndex={0}>
            <thead>
              <tr>
                <th scope="col">{t('orgFinance.project')}</th>
                <th scope="col">{t('orgFinance.period')}</th>
                <th scope="col">{t('orgFinance.budgetPlanned')}</th>
                <th scope="col">{t('orgFinance.budgetActual')}</th>
              </tr>
            </thead>
            <tbody>
              {a.projects.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.title}</th>
                  <td>
                    {p.startsOn} – {p.endsOn}
                  </td>
                  <td className="num">
                    {n(p.planned)} {p.currency}
                  </td>
                  <td className="num">
                    {n(p.actual)} {p.currency}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="small muted">{t('orgFinance.cannotKnow')}</p>
    </>
  );
}

const PER_YEAR = { year: 1, quarter: 4, month: 12 } as const;

/**
 * A fee and service revenue scenario against the plan's costs (MarketMakers: a conservative
 * revenue model the business plan validates): paying members per fee category and service revenue,
 * a year's worth, against a year of planned expenditure.
 */
export function FeeScenario({ plan, list }: { plan: Plan; list: PlanList }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const n = (x: number) => formatNumber(x, lng, 0);
  const cats = list.feeCategories.filter((c) => c.currency === plan.currency);
  const [members, setMembers] = useState<Record<string, string>>(
    Object.fromEntries(cats.map((c) => [c.id, '0'])),
  );
  const [services, setServices] = useState('0');
  const fees = cats.reduce((s, c) => s + Number(members[c.id] || 0) * c.amount * PER_YEAR[c.period], 0);
  const revenue = fees + Number(services || 0);
  const costs = (plan.totals.reduce((s, x) => s + x.expenditure, 0) * 12) / plan.months;
  return (
    <div data-testid="fee-scenario">
      <p className="small muted">{t('orgFinance.scenarioIntro', { members: list.members })}</p>
      {cats.length === 0 && (
        <p className="small">{t('orgFinance.noFeeCategories', { currency: plan.currency })}</p>
      )}
      <div className="form-row">
        {cats.map((c) => (
          <div className="form-field" key={c.id}>
            <label htmlFor={`scenario-${c.id}`}>
              {t('orgFinance.payingMembers', {
                name: c.name,
                amount: n(c.amount),
                currency: c.currency,
                period: t(`orgFinance.per.${c.period}`),
              })}
            </label>
            <input
              id={`scenario-${c.id}`}
              type="number"
              min={0}
              value={members[c.id] ?? '0'}
              onChange={(e) => setMembers({ ...members, [c.id]: e.target.value })}
            />
          </div>
        ))}
        <div className="form-field">
          <label htmlFor="scenario-services">
            {t('orgFinance.serviceRevenue', { currency: plan.currency })}
          </label>
          <input
            id="scenario-services"
            type="number"
            min={0}
            value={services}
            onChange={(e) => setServices(e.target.value)}
          />
        </div>
      </div>
      <p data-testid="scenario-result">
        {t('orgFinance.scenarioResult', {
          revenue: n(revenue),
          costs: n(costs),
          currency: plan.currency,
          cover: costs ? formatNumber((revenue / costs) * 100, lng, 0) : '—',
        })}
      </p>
      <SourceNote source="000:137" />
    </div>
  );
}
