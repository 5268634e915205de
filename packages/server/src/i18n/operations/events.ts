import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of changing an event (its seats, members first on the waiting list:
 * fidelity issue 16, item 21); merged into the server's catalogues by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      '{0} seats are taken: the capacity cannot be less':
        '{0} places sont prises : la capacité ne peut pas être inférieure',
    },
    words: {},
  },
  es: {
    messages: {
      '{0} seats are taken: the capacity cannot be less':
        'Hay {0} plazas ocupadas: la capacidad no puede ser menor',
    },
    words: {},
  },
};
