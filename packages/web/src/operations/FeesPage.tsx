import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { OperationsNav, useWorkspaceRole } from './OperationsNav';
import type { ApiGet } from '../api/types';

/** Membership fees by category, invoices with their status and the fee-income summary. */
export function FeesPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const board = ['owner', 'manager'].includes(useWorkspaceRole());
  const categories = useApi<ApiGet<'/workspaces/{workspaceId}/fees/categories'>>(
    `/workspaces/${workspaceId}/fees/categories`,
  );
  const invoices = useApi<ApiGet<'/workspaces/{workspaceId}/fees/invoices'>>(
    `/workspaces/${workspaceId}/fees/invoices`,
  );
  const members = useApi<{ actors: { id: string; name: string }[] }>(
    `/workspaces/${workspaceId}/actors?status=member&limit=500`,
  );
  const { message, act } = useAction(() => Promise.all([categories.reload(), invoices.reload()]));
  const today = new Date().toISOString().slice(0, 10);
  const [cat, setCat] = useState({ name: '', amount: '', currency: 'EUR', period: 'year' });
  const [inv, setInv] = useState({ actorId: '', categoryId: '', issuedOn: today, dueOn: today });
  if (categories.error) return <ErrorMessage error={categories.error} />;
  if (!categories.data || !invoices.data) return <Loading />;
  const money = (v: number, c: string) =>
    new Intl.NumberFormat(i18n.language, { style: 'currency', currency: c }).format(v);

  return (
    <section aria-labelledby="fees-title">
      <h1 id="fees-title">{t('fees.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <h2>{t('fees.summary')}</h2>
      {Object.keys(invoices.data.summary).length === 0 ? (
        <p className="muted">{t('fees.noInvoices')}</p>
      ) : (
        Object.entries(invoices.data.summary).map(([c, s]) => (
          <dl key={c} className="baseline" data-testid={`summary-${c}`}>
            {(['paid', 'issued', 'overdue', 'total'] as const).map((k) => (
              <div key={k}>
                <dt>{t(`fees.status.${k}`)}</dt>
                <dd>{money(s[k] ?? 0, c)}</dd>
              </div>
            ))}
          </dl>
        ))
      )}
      <h2>{t('fees.invoices')}</h2>
      {invoices.data.invoices.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('fees.member')}</th>
              <th scope="col">{t('fees.category')}</th>
              <th scope="col">{t('fees.amount')}</th>
              <th scope="col">{t('fees.issued')}</th>
              <th scope="col">{t('fees.due')}</th>
              <th scope="col">{t('fees.statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {invoices.data.invoices.map((i) => (
              <tr key={i.id}>
                <td>{i.actor_name}</td>
                <td>{i.category}</td>
                <td className="num">{money(i.amount, i.currency)}</td>
                <td>{i.issued_on}</td>
                <td>{i.due_on}</td>
                <td>
                  <span className={`badge fee-${i.status}`}>{t(`fees.status.${i.status}`)}</span>{' '}
                  {i.status !== 'paid' ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        act(
                          () =>
                            put(`/workspaces/${workspaceId}/fees/invoices/${i.id}/paid`, { paidOn: today }),
                          t('fees.markedPaid'),
                        )
                      }
                    >
                      {t('fees.markPaid')}
                    </button>
                  ) : (
                    <span className="small muted">{i.paid_on}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="grid-2">
        <form
          className="panel"
          onSubmit={(e) => (
            e.preventDefault(),
            act(() => post(`/workspaces/${workspaceId}/fees/invoices`, inv), t('fees.issuedOk'))
          )}
        >
          <h2 className="h-small">{t('fees.issue')}</h2>
          <label>
            {t('fees.member')}
            <select
              value={inv.actorId}
              onChange={(e) => setInv({ ...inv, actorId: e.target.value })}
              required
            >
              <option value="">—</option>
              {members.data?.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('fees.category')}
            <select
              value={inv.categoryId}
              onChange={(e) => setInv({ ...inv, categoryId: e.target.value })}
              required
            >
              <option value="">—</option>
              {categories.data.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} — {money(c.amount, c.currency)} / {t(`fees.periods.${c.period}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="form-row">
            <label>
              {t('fees.issued')}
              <input
                type="date"
                value={inv.issuedOn}
                onChange={(e) => setInv({ ...inv, issuedOn: e.target.value })}
                required
              />
            </label>
            <label>
              {t('fees.due')}
              <input
                type="date"
                value={inv.dueOn}
                onChange={(e) => setInv({ ...inv, dueOn: e.target.value })}
                required
              />
            </label>
          </div>
          <button type="submit">{t('fees.issueButton')}</button>
        </form>
        {board && (
          <form
            className="panel"
            onSubmit={(e) => (
              e.preventDefault(),
              act(
                () =>
                  post(`/workspaces/${workspaceId}/fees/categories`, {
                    ...cat,
                    amount: Number(cat.amount),
                  }).then(() => setCat({ ...cat, name: '', amount: '' })),
                t('fees.categoryAdded'),
              )
            )}
          >
            <h2 className="h-small">{t('fees.addCategory')}</h2>
            <label>
              {t('common.name')}
              <input value={cat.name} onChange={(e) => setCat({ ...cat, name: e.target.value })} required />
            </label>
            <div className="form-row">
              <label>
                {t('fees.amount')}
                <input
                  type="number"
                  step="0.01"
                  value={cat.amount}
                  onChange={(e) => setCat({ ...cat, amount: e.target.value })}
                  required
                />
              </label>
              <label>
                {t('fees.currency')}
                <input
                  value={cat.currency}
                  maxLength={3}
                  onChange={(e) => setCat({ ...cat, currency: e.target.value.toUpperCase() })}
                  required
                />
              </label>
              <label>
                {t('fees.period')}
                <select value={cat.period} onChange={(e) => setCat({ ...cat, period: e.target.value })}>
                  {['year', 'quarter', 'month'].map((p) => (
                    <option key={p} value={p}>
                      {t(`fees.periods.${p}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <button type="submit">{t('fees.addCategoryButton')}</button>
          </form>
        )}
      </div>
      <p className="small muted">
        {formatNumber(invoices.data.invoices.length, i18n.language)} {t('fees.invoiceCount')}
      </p>
    </section>
  );
}
