import type { FastifyReply } from 'fastify';
import { sendTable } from '../http/export.js';
import { humanise, render, type Locale } from '../i18n/index.js';
import type { getPlan } from './finance.service.js';

type Plan = Awaited<ReturnType<typeof getPlan>>;

/**
 * A financial plan as a spreadsheet, in the reader's language: one row per line (kind, source or
 * cost category, label, one column per month, the line's total), then the monthly income and
 * expenditure totals and the closing balance (the liquidity line of 001:2081).
 */
export function sendPlanXlsx(reply: FastifyReply, p: Plan, locale: Locale) {
  const t = (s: string) => render(locale, s);
  const w = (s: string) => humanise(locale, s);
  const total = (a: number[]) => Math.round(a.reduce((x, y) => x + y, 0) * 100) / 100;
  const header = [t('Kind'), t('Source or cost category'), t('Line'), ...p.monthLabels, t('Total')];
  const rows: (string | number | null)[][] = p.lines.map((l) => [
    w(l.kind),
    w((l.kind === 'income' ? l.source : l.category) ?? ''),
    l.label,
    ...l.amounts,
    total(l.amounts),
  ]);
  const income = p.totals.map((x) => x.income);
  const spend = p.totals.map((x) => x.expenditure);
  rows.push([t('Total income'), '', '', ...income, total(income)]);
  rows.push([t('Total expenditure'), '', '', ...spend, total(spend)]);
  rows.push([
    t('Closing balance'),
    '',
    `${t('Opening balance')}: ${p.opening}`,
    ...p.liquidity.closing,
    null,
  ]);
  return sendTable(reply, 'xlsx', `financial-plan-v${p.version}`, header, rows);
}
