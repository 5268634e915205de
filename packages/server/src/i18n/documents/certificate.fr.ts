import type { certificateEn } from './certificate.js';

/** See ./certificate.ts. */
export const certificateFr: Record<keyof typeof certificateEn, string | { one: string; other: string }> = {
  'certificate.title.completion': 'Certificat de réussite',
  'certificate.title.participation': 'Certificat de participation',
  'certificate.certifies': 'Nous certifions que',
  'certificate.of': 'de {organisation}',
  'certificate.attended': 'a suivi {cohort} et assisté à {attended} de ses {sessions} séances ({share}).',
  'certificate.rule.idb':
    'Un certificat de réussite est délivré pour une assiduité de plus de {completion} à l’ensemble du programme, un certificat de participation pour plus de {participation} (les seuils de la formation au développement de clusters de la BID / Compete Caribbean).',
  'certificate.rule.programme':
    'Un certificat de réussite est délivré pour une assiduité de plus de {completion} à l’ensemble du programme, un certificat de participation pour plus de {participation} (les seuils propres au programme).',
  'certificate.sessions': 'Séances suivies',
  'certificate.issued': 'Délivré par {programme} le {date}.',
  'certificate.signature': 'Pour le programme',
  'certificate.line': 'Signature',
};
