import type { Catalogue } from '../catalogue.js';

/** The words of imports run as jobs (jobs/imports.ts); merged by ../modules.ts. */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: {
    messages: {
      '{0} rows imported from {1}': '{0, plural, one {# row} other {# rows}} imported from {1}',
    },
    words: {},
  },
  fr: {
    messages: {
      '{0} rows imported from {1}':
        '{0, plural, one {# ligne importée} other {# lignes importées}} depuis {1}',
      'The file of this import is no longer there': 'Le fichier de cette importation n’est plus là',
      'The person who started this import no longer has an account':
        'La personne qui a lancé cette importation n’a plus de compte',
    },
    words: {},
  },
  es: {
    messages: {
      '{0} rows imported from {1}':
        '{0, plural, one {# fila importada} other {# filas importadas}} desde {1}',
      'The file of this import is no longer there': 'El archivo de esta importación ya no está',
      'The person who started this import no longer has an account':
        'La persona que inició esta importación ya no tiene cuenta',
    },
    words: {},
  },
};
