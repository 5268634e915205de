import { AGREEMENT_PARTS, type AgreementKind } from '@agglomera/methods';
import { documentFormatter, type DocumentFormatter, type DocumentLocale } from '../i18n/documents.js';
import type { DocumentKey } from '../i18n/documents/en.js';
import type { AgreementSettings, FeeChoice } from './agreements.service.js';
import { blocksDocx, blocksPdf, type Block } from './document-blocks.js';

/**
 * The membership / cooperation agreement (GIZ 001:2506–2516) in the thirteen parts of the guide's
 * "Possible structure" (001:2516), each numbered I–XIII with its sub-points A, B, … in the guide's
 * order, filled with the organisation's choices; the trial partnership's declaration of intent
 * (001:2501: it "merely commits them to disclosing specific business information"); the MoU of an
 * informal cluster on its initial service offering (000:137). The clauses are the platform's own
 * wording and every document says so at its top: a template to be checked by a lawyer.
 */
export interface AgreementDocumentInput {
  kind: AgreementKind;
  organisation: string;
  /** The partner's name, null for a blank agreement. */
  partner: string | null;
  settings: AgreementSettings;
  fee: FeeChoice | null;
}

const PERIOD_WORD: Record<string, Record<DocumentLocale, string>> = {
  year: { en: 'per year', fr: 'par an', es: 'por año' },
  quarter: { en: 'per quarter', fr: 'par trimestre', es: 'por trimestre' },
  month: { en: 'per month', fr: 'par mois', es: 'por mes' },
};

function money(f: DocumentFormatter, amount: number, currency: string): string {
  return /^[A-Z]{3}$/.test(currency)
    ? new Intl.NumberFormat(f.locale, { style: 'currency', currency }).format(amount)
    : `${f.number(amount)} ${currency}`;
}

/** The text of one sub-point (or of a part without sub-points), filled with the choices. */
function clause(f: DocumentFormatter, d: AgreementDocumentInput, part: string, point: string | null): string {
  const s = d.settings;
  const or = (v: string) => v.trim() || f.t('agreement.unset');
  const t = (key: string, params?: Record<string, string | number>) => f.t(key as DocumentKey, params);
  switch (point ? `${part}.${point}` : part) {
    case 'preamble':
      return t('agreement.clause.preamble', {
        organisation: d.organisation,
        partner: d.partner ?? f.t('agreement.partner'),
      });
    case 'cooperation.services':
      return t('agreement.clause.cooperation.services', { services: or(s.services) });
    case 'fee.amount':
      return d.fee
        ? t('agreement.clause.fee.amount', {
            amount: money(f, d.fee.amount, d.fee.currency),
            category: d.fee.name,
            period: PERIOD_WORD[d.fee.period]?.[f.locale] ?? d.fee.period,
          })
        : t('agreement.clause.fee.amount', {
            amount: f.t('agreement.unset'),
            category: f.t('agreement.unset'),
            period: f.t('agreement.unset'),
          });
    case 'fee.dueDate':
      return t('agreement.clause.fee.dueDate', { days: s.paymentDays });
    case 'information.disclosure':
      return t('agreement.clause.information.disclosure', { information: or(s.disclosedInformation) });
    case 'term.indefinite':
      return s.termMonths === null
        ? t('agreement.clause.term.indefinite')
        : t('agreement.clause.term.fixed', { months: s.termMonths });
    case 'term.regular':
      return t('agreement.clause.term.regular', { notice: s.noticeMonths });
    case 'trademark.use':
      return t(`agreement.clause.trademark.use.${s.trademarkUse}`);
    case 'data.processing':
      return t('agreement.clause.data.processing', { regime: or(s.dataProtection) });
    case 'law':
      return t('agreement.clause.law', { law: or(s.applicableLaw), language: or(s.contractLanguage) });
    case 'mediation.obligation':
      return t(`agreement.clause.mediation.obligation.${s.mediation ? 'yes' : 'no'}`);
    case 'mediation.mediator':
      return t('agreement.clause.mediation.mediator', { mediator: or(s.mediator) });
    case 'mediation.arbitration':
      return t(`agreement.clause.mediation.arbitration.${s.arbitration ? 'yes' : 'no'}`);
    case 'arbitration.venue':
      return t('agreement.clause.arbitration.venue', { venue: or(s.arbitrationVenue) });
    case 'arbitration.law':
      return t('agreement.clause.arbitration.law', { law: or(s.applicableLaw) });
    case 'court':
      return t('agreement.clause.court', { court: or(s.court) });
    default:
      return part === 'arbitration'
        ? t('agreement.clause.arbitration.rules')
        : t(`agreement.clause.${part}.${point}`);
  }
}

/** The membership agreement's thirteen parts as blocks: "I. Preamble", "A. Cooperation", … */
function membershipBlocks(f: DocumentFormatter, d: AgreementDocumentInput): Block[] {
  const out: Block[] = [];
  for (const part of AGREEMENT_PARTS) {
    out.push({
      kind: 'heading',
      text: `${part.numeral}. ${f.t(`agreement.part.${part.key}` as DocumentKey)}`,
    });
    if (part.key === 'arbitration' && !d.settings.arbitration)
      out.push({ kind: 'para', text: f.t('agreement.clause.arbitration.no') });
    if (!part.points.length) out.push({ kind: 'para', text: clause(f, d, part.key, null) });
    for (const p of part.points) {
      out.push({
        kind: 'subheading',
        text: `${p.letter}. ${f.t(`agreement.point.${part.key}.${p.key}` as DocumentKey)}`,
      });
      if (part.key !== 'arbitration' || d.settings.arbitration)
        out.push({ kind: 'para', text: clause(f, d, part.key, p.key) });
    }
  }
  return out;
}

export function agreementBlocks(
  d: AgreementDocumentInput,
  locale: DocumentLocale,
): { title: string; blocks: Block[] } {
  const f = documentFormatter(locale);
  const title = f.t(`agreement.title.${d.kind}`);
  const partner = d.partner ?? f.t('agreement.partner');
  const or = (v: string) => v.trim() || f.t('agreement.unset');
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'warning', text: f.t('agreement.template') },
  ];
  if (d.kind === 'membership') {
    blocks.push({
      kind: 'subtitle',
      text: f.t('agreement.between', { organisation: d.organisation, partner }),
    });
    blocks.push(...membershipBlocks(f, d));
    blocks.push({ kind: 'note', text: f.t('agreement.source') });
  } else if (d.kind === 'trial') {
    blocks.push(
      {
        kind: 'para',
        text: f.t('agreement.trial.text', {
          partner,
          organisation: d.organisation,
          information: or(d.settings.disclosedInformation),
        }),
      },
      { kind: 'para', text: f.t('agreement.trial.noOther') },
      { kind: 'note', text: f.t('agreement.sourceTrial') },
    );
  } else {
    blocks.push(
      { kind: 'subtitle', text: f.t('agreement.between', { organisation: d.organisation, partner }) },
      { kind: 'para', text: f.t('agreement.mou.text', { services: or(d.settings.services) }) },
      { kind: 'para', text: f.t('agreement.mou.noObligation') },
      { kind: 'note', text: f.t('agreement.sourceMou') },
    );
  }
  const line = f.t('agreement.signature.line');
  if (d.kind !== 'trial')
    blocks.push({ kind: 'signature', text: f.t('agreement.signature.organisation'), line });
  blocks.push({ kind: 'signature', text: f.t('agreement.signature.partner'), line });
  return { title, blocks };
}

export function agreementDocx(d: AgreementDocumentInput, locale: DocumentLocale): Promise<Buffer> {
  const { title, blocks } = agreementBlocks(d, locale);
  return blocksDocx(blocks, { title, locale });
}

export function agreementPdf(d: AgreementDocumentInput, locale: DocumentLocale): Promise<Buffer> {
  const { title, blocks } = agreementBlocks(d, locale);
  return blocksPdf(blocks, { title, locale });
}
