/** Document words of slice B (training certificates, prefix certificate.), spread into en.ts, fr.ts and es.ts (docs/programme.md). */
export const certificateEn = {
  'certificate.title.completion': 'Certificate of completion',
  'certificate.title.participation': 'Certificate of participation',
  'certificate.certifies': 'This certifies that',
  'certificate.of': 'of {organisation}',
  'certificate.attended':
    'took part in {cohort} and attended {attended} of its {sessions} sessions ({share}).',
  'certificate.rule.idb':
    'A certificate of completion is given for more than {completion} of attendance to the whole programme, a certificate of participation for more than {participation} (the thresholds of IDB / Compete Caribbean’s cluster development training).',
  'certificate.rule.programme':
    'A certificate of completion is given for more than {completion} of attendance to the whole programme, a certificate of participation for more than {participation} (the programme’s own thresholds).',
  'certificate.sessions': 'Sessions attended',
  'certificate.issued': 'Issued by {programme} on {date}.',
  'certificate.signature': 'For the programme',
  'certificate.line': 'Signature',
} as const satisfies Record<string, string | { one: string; other: string }>;
