import { blocksDocx, blocksPdf, type Block } from '../organisation/document-blocks.js';
import { documentFormatter, type DocumentLocale } from '../i18n/documents.js';
import type { DocumentKey } from '../i18n/documents/en.js';
import type { FundedInitiative } from './funding.service.js';
import type { PortfolioInitiative, SharedIndicator } from './portfolio.service.js';
import { EVALUATION_LEVELS, rollUp } from './portfolio-analysis.js';

/**
 * The programme report (issue 15, item 8): the portfolio at the four evaluation levels funders
 * report at (IDB / Compete Caribbean, 003:218–222, 835) with the funded initiatives, as DOCX and
 * PDF from one list of blocks. Only what each initiative shares enters.
 */
export interface ProgrammeReportInput {
  programme: string;
  date: string;
  initiatives: (Pick<PortfolioInitiative, 'id' | 'name' | 'country' | 'sector'> & {
    shares: readonly string[];
  })[];
  indicators: Map<string, SharedIndicator[]>;
  funded: FundedInitiative[];
}

export function programmeReportBlocks(d: ProgrammeReportInput, locale: DocumentLocale) {
  const f = documentFormatter(locale);
  const k = (key: string) => key as DocumentKey;
  const country = (code: string) =>
    code
      ? (new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code)
      : f.t('programmeReport.regional');
  const money = (v: number, currency: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(v);
  const title = f.t('programmeReport.title');
  const blocks: Block[] = [
    { kind: 'title', text: title },
    {
      kind: 'subtitle',
      text: f.t('programmeReport.generated', { programme: d.programme, date: f.date(d.date) }),
    },
    { kind: 'para', text: f.t('programmeReport.intro') },
    { kind: 'heading', text: f.t('programmeReport.portfolio') },
  ];
  if (!d.initiatives.length)
    blocks.push({ kind: 'para', text: f.t('programmeReport.portfolioEmpty'), muted: true });
  for (const i of d.initiatives)
    blocks.push({
      kind: 'bullet',
      text: f.t('programmeReport.initiativeLine', {
        name: i.name,
        where: [country(i.country), i.sector].filter(Boolean).join(', '),
        shares: i.shares.length
          ? f.list(i.shares.map((s) => f.t(k(`programmeReport.share.${s}`))))
          : f.t('programmeReport.nothingShared'),
      }),
    });

  const r = rollUp(d.initiatives, d.indicators, d.funded);
  blocks.push({ kind: 'heading', text: f.t('programmeReport.levels') });
  for (const level of EVALUATION_LEVELS) {
    const l = r.levels.find((x) => x.level === level)!;
    blocks.push({ kind: 'subheading', text: f.t(k(`programmeReport.level.${level}`)) });
    if (!l.indicators) {
      blocks.push({ kind: 'para', text: f.t('programmeReport.levelNone'), muted: true });
      continue;
    }
    blocks.push({
      kind: 'para',
      text: f.t('programmeReport.levelSummary', {
        count: l.indicators,
        initiatives: l.initiatives,
        ...l.lights,
      }),
    });
    for (const i of d.initiatives)
      for (const x of (d.indicators.get(i.id) ?? []).filter((y) => y.evaluationLevel === level))
        blocks.push({
          kind: 'bullet',
          text: f.t('programmeReport.indicatorLine', {
            initiative: i.name,
            indicator: x.name,
            value: x.latest?.value != null ? f.number(x.latest.value) : f.t('programmeReport.noValue'),
            target: x.latest?.target != null ? f.number(x.latest.target) : '—',
            period: x.latest?.period ?? '—',
          }),
        });
  }
  blocks.push({ kind: 'note', text: f.t('programmeReport.lightRule') });

  blocks.push({ kind: 'heading', text: f.t('programmeReport.funded') });
  if (!d.funded.length) blocks.push({ kind: 'para', text: f.t('programmeReport.fundedNone'), muted: true });
  for (const x of d.funded)
    blocks.push({
      kind: 'bullet',
      text: f.t('programmeReport.fundedLine', {
        title: x.title,
        applicant: x.applicant.name,
        date: f.date(x.fundedOn.slice(0, 10)),
        awarded: money(x.awarded, x.currency),
        disbursed: money(x.disbursed, x.currency),
        coInvestment: money(x.coInvestment, x.currency),
      }),
    });

  blocks.push({ kind: 'heading', text: f.t('programmeReport.byCountry') });
  for (const c of r.countries)
    blocks.push({
      kind: 'bullet',
      text: f.t('programmeReport.countryLine', {
        country: country(c.key),
        initiatives: c.initiatives,
        funded: c.funded,
      }),
    });
  return { title, blocks };
}

export function programmeReportDocx(d: ProgrammeReportInput, locale: DocumentLocale): Promise<Buffer> {
  const { title, blocks } = programmeReportBlocks(d, locale);
  return blocksDocx(blocks, { title, locale });
}

export function programmeReportPdf(d: ProgrammeReportInput, locale: DocumentLocale): Promise<Buffer> {
  const { title, blocks } = programmeReportBlocks(d, locale);
  return blocksPdf(blocks, { title, locale });
}
