import type { Catalogue } from '../catalogue.js';

/**
 * The outcomes of mailing jobs in words, as the list of jobs shows them (operations/
 * communication.routes.ts, monitoring/surveys/sends.service.ts), in the language of the person who
 * started the job; merged by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: {
    messages: {
      '{0} sent, {1} failed, {2} without an e-mail address':
        '{0} sent, {1} failed, {2} without an e-mail address',
      '{0} of {1} links mailed': '{0} of {1, plural, one {# link} other {# links}} mailed',
      '{0} of {1} links mailed; not mailed to {2}':
        '{0} of {1, plural, one {# link} other {# links}} mailed; not mailed to {2}',
    },
    words: {},
  },
  fr: {
    messages: {
      'The message was deleted before it was sent': 'Le message a été supprimé avant son envoi',
      '{0} sent, {1} failed, {2} without an e-mail address':
        '{0, plural, one {# envoyé} other {# envoyés}}, {1, plural, one {# échec} other {# échecs}}, {2} sans adresse e-mail',
      'The survey was deleted before its links were sent':
        'L’enquête a été supprimée avant l’envoi de ses liens',
      '{0} of {1} links mailed': '{0} {1, plural, one {lien envoyé sur #} other {liens envoyés sur #}}',
      '{0} of {1} links mailed; not mailed to {2}':
        '{0} {1, plural, one {lien envoyé sur #} other {liens envoyés sur #}} ; non envoyé à {2}',
      'The survey was deleted before the reminders were sent':
        'L’enquête a été supprimée avant l’envoi des relances',
      '{0} reminded': '{0, plural, one {# relance envoyée} other {# relances envoyées}}',
      '{0} reminded; not mailed to {1}':
        '{0, plural, one {# relance envoyée} other {# relances envoyées}} ; non envoyé à {1}',
    },
    words: {},
  },
  es: {
    messages: {
      'The message was deleted before it was sent': 'El mensaje se eliminó antes de enviarse',
      '{0} sent, {1} failed, {2} without an e-mail address':
        '{0, plural, one {# enviado} other {# enviados}}, {1, plural, one {# fallido} other {# fallidos}}, {2} sin dirección de correo',
      'The survey was deleted before its links were sent':
        'La encuesta se eliminó antes de enviar sus enlaces',
      '{0} of {1} links mailed': '{0} de {1, plural, one {# enlace enviado} other {# enlaces enviados}}',
      '{0} of {1} links mailed; not mailed to {2}':
        '{0} de {1, plural, one {# enlace enviado} other {# enlaces enviados}}; no enviado a {2}',
      'The survey was deleted before the reminders were sent':
        'La encuesta se eliminó antes de enviar los recordatorios',
      '{0} reminded': '{0, plural, one {# recordatorio enviado} other {# recordatorios enviados}}',
      '{0} reminded; not mailed to {1}':
        '{0, plural, one {# recordatorio enviado} other {# recordatorios enviados}}; no enviado a {1}',
    },
    words: {},
  },
};
