import { IDB_CERTIFICATE_THRESHOLDS, type CertificateKind } from '@agglomera/methods';
import { documentFormatter, type DocumentLocale } from '../i18n/documents.js';
import { blocksPdf, type Block } from '../organisation/document-blocks.js';

/**
 * A training certificate (issue 15, item 3), in the participant's language (en, fr, es): of
 * completion or of participation by the share of sessions attended, with the rule that gave it —
 * IDB / Compete Caribbean's "more than 80 percent" and "more than 50 percent" (003:286) or the
 * programme's own thresholds, said as such.
 */
export interface CertificateInput {
  kind: CertificateKind;
  participant: string;
  organisation: string;
  cohort: string;
  programme: string;
  attended: number;
  sessions: number;
  issuedOn: string;
  thresholds: { completion: number; participation: number };
  /** The sessions attended, dated, in order. */
  sessionList: { heldOn: string; title: string }[];
}

export function certificateBlocks(
  d: CertificateInput,
  locale: DocumentLocale,
): { title: string; blocks: Block[] } {
  const f = documentFormatter(locale);
  const title = f.t(`certificate.title.${d.kind}`);
  const isIdb =
    d.thresholds.completion === IDB_CERTIFICATE_THRESHOLDS.completion &&
    d.thresholds.participation === IDB_CERTIFICATE_THRESHOLDS.participation;
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'subtitle', text: d.programme },
    { kind: 'para', text: f.t('certificate.certifies') },
    { kind: 'heading', text: d.participant },
  ];
  if (d.organisation)
    blocks.push({ kind: 'para', text: f.t('certificate.of', { organisation: d.organisation }) });
  blocks.push({
    kind: 'para',
    text: f.t('certificate.attended', {
      cohort: d.cohort,
      attended: d.attended,
      sessions: d.sessions,
      share: f.percent(d.sessions ? d.attended / d.sessions : 0, 0),
    }),
  });
  if (d.sessionList.length) {
    blocks.push({ kind: 'subheading', text: f.t('certificate.sessions') });
    for (const s of d.sessionList) blocks.push({ kind: 'bullet', text: `${f.date(s.heldOn)} — ${s.title}` });
  }
  blocks.push(
    {
      kind: 'note',
      text: f.t(isIdb ? 'certificate.rule.idb' : 'certificate.rule.programme', {
        completion: f.percent(d.thresholds.completion, 0),
        participation: f.percent(d.thresholds.participation, 0),
      }),
    },
    { kind: 'para', text: f.t('certificate.issued', { programme: d.programme, date: f.date(d.issuedOn) }) },
    { kind: 'signature', text: f.t('certificate.signature'), line: f.t('certificate.line') },
  );
  return { title, blocks };
}

export function certificatePdf(d: CertificateInput, locale: DocumentLocale): Promise<Buffer> {
  const { title, blocks } = certificateBlocks(d, locale);
  return blocksPdf(blocks, { title: `${title} — ${d.participant}`, locale });
}
