import type { certificateEn } from './certificate.js';

/** See ./certificate.ts. */
export const certificateEs: Record<keyof typeof certificateEn, string | { one: string; other: string }> = {
  'certificate.title.completion': 'Certificado de finalización',
  'certificate.title.participation': 'Certificado de participación',
  'certificate.certifies': 'Se certifica que',
  'certificate.of': 'de {organisation}',
  'certificate.attended':
    'participó en {cohort} y asistió a {attended} de sus {sessions} sesiones ({share}).',
  'certificate.rule.idb':
    'Se otorga un certificado de finalización por una asistencia de más del {completion} a todo el programa, y uno de participación por más del {participation} (los umbrales de la formación en desarrollo de clústeres del BID / Compete Caribbean).',
  'certificate.rule.programme':
    'Se otorga un certificado de finalización por una asistencia de más del {completion} a todo el programa, y uno de participación por más del {participation} (los umbrales propios del programa).',
  'certificate.sessions': 'Sesiones a las que asistió',
  'certificate.issued': 'Otorgado por {programme} el {date}.',
  'certificate.signature': 'Por el programa',
  'certificate.line': 'Firma',
};
